/**
 * Run in a child process under a given TZ by test/reliability/time-zones.test.ts: normalizes every fixture of every
 * carrier and merges every journey of fixtures/journeys/, then prints the whole output as one JSON document. Nothing
 * here reads the clock: `fetchedAt` is fixed, so two runs differ only if the process time zone leaks into output.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { normalize } from '../../../src/engine/normalize.js';
import { ParcelineError } from '../../../src/errors/parceline-error.js';
import { mergeLegs } from '../../../src/merge/merge-legs.js';
import type { TrackingResult } from '../../../src/schema/tracking-result.js';
import { FUZZ_ADAPTERS } from './hostile-bodies.js';

const root = new URL('../../../fixtures/', import.meta.url);
const FETCHED_AT = '2026-01-01T00:00:00.000Z';

function outcomeOf(carrier: string, body: string, trackingNumbers: string[] | undefined): { results: TrackingResult[] } | { error: unknown } {
  const factory = FUZZ_ADAPTERS[carrier];
  if (!factory) return { error: `no adapter ${carrier}` };
  try {
    return { results: normalize(factory(), body, { fetchedAt: FETCHED_AT, trackingNumbers }) };
  } catch (error) {
    return { error: ParcelineError.isInstance(error) ? error.toJSON() : String(error) };
  }
}

function readMeta(file: URL): { carrier?: string; trackingNumbers?: string[] } {
  return JSON.parse(readFileSync(file, 'utf8')) as { carrier?: string; trackingNumbers?: string[] };
}

const fixtures: Record<string, unknown> = {};
for (const carrier of Object.keys(FUZZ_ADAPTERS)) {
  const folder = new URL(`${carrier}/`, root);
  for (const file of readdirSync(folder).sort()) {
    if (file.endsWith('.meta.json') || !/\.(json|xml)$/.test(file)) continue;
    const meta = readMeta(new URL(file.replace(/\.(json|xml)$/, '.meta.json'), folder));
    fixtures[`${carrier}/${file}`] = outcomeOf(carrier, readFileSync(new URL(file, folder), 'utf8'), meta.trackingNumbers);
  }
}

const journeys: Record<string, unknown> = {};
const journeysRoot = new URL('journeys/', root);
for (const journey of readdirSync(journeysRoot).sort()) {
  const folder = new URL(`${journey}/`, journeysRoot);
  if (!statSync(folder).isDirectory()) continue;
  const legs: TrackingResult[] = [];
  for (const file of readdirSync(folder).sort()) {
    if (file.endsWith('.meta.json') || !/\.(json|xml)$/.test(file)) continue;
    const meta = readMeta(new URL(file.replace(/\.(json|xml)$/, '.meta.json'), folder));
    const outcome = outcomeOf(meta.carrier ?? '', readFileSync(new URL(file, folder), 'utf8'), meta.trackingNumbers);
    if ('results' in outcome) legs.push(...outcome.results);
  }
  journeys[journey] = { legs: legs.length, shipment: mergeLegs(legs, { reference: `order-${journey}` }) };
}

process.stdout.write(JSON.stringify({ zone: Intl.DateTimeFormat().resolvedOptions().timeZone, fixtures, journeys }));
