import { readFileSync, readdirSync, statSync } from 'node:fs';
import { XMLParser } from 'fast-xml-parser';
import { normalize } from '../src/index.js';
import type { CarrierAdapter } from '../src/adapter-kit/index.js';
import { measure, median, micros } from './measure.js';

/** One row of the normalization benchmark. */
export interface NormalizeRow {
  carrier: string;
  fixture: string;
  events: number;
  bytes: number;
  normalizeMs: number;
  floorMs: number;
  floor: 'JSON.parse' | 'fast-xml-parser';
  perEventUs: number;
  ratio: number;
}

const root = new URL('../', import.meta.url).pathname;

/**
 * For every fixture of every carrier: the time to normalize it, per event, and the ratio to the floor
 * (parsing the same bytes with JSON.parse, or fast-xml-parser for XML), measured in the same run.
 */
export async function benchNormalize(options: { short?: boolean } = {}): Promise<NormalizeRow[]> {
  const rows: NormalizeRow[] = [];
  const xml = new XMLParser({ ignoreAttributes: false, processEntities: false });
  const measureOptions = options.short ? { rounds: 1, minRoundMs: 2 } : { rounds: 5, minRoundMs: 20 };
  const pairs = options.short ? 1 : 5;
  for (const id of readdirSync(`${root}carriers`).filter((name) => statSync(`${root}carriers/${name}`).isDirectory())) {
    const module = (await import(`../carriers/${id}/index.ts`)) as Record<string, unknown>;
    const factory = module[id.replace(/-([a-z0-9])/g, (_, letter: string) => letter.toUpperCase())] as () => CarrierAdapter;
    const adapter = factory();
    for (const file of readdirSync(`${root}fixtures/${id}`).filter((name) => /\.(json|xml)$/.test(name) && !name.endsWith('.meta.json'))) {
      const meta = JSON.parse(readFileSync(`${root}fixtures/${id}/${file.replace(/\.(json|xml)$/, '.meta.json')}`, 'utf8')) as { httpStatus?: number };
      if ((meta.httpStatus ?? 200) >= 400 && meta.httpStatus !== 404) continue;
      const body = readFileSync(`${root}fixtures/${id}/${file}`, 'utf8');
      let results;
      try {
        results = normalize(adapter, body, { fetchedAt: '2025-01-01T00:00:00Z' });
      } catch {
        continue;
      }
      const events = results.reduce((sum, result) => sum + result.events.length, 0);
      const isXml = file.endsWith('.xml');
      const runNormalize = () => normalize(adapter, body, { fetchedAt: '2025-01-01T00:00:00Z' });
      const runFloor = () => (isXml ? xml.parse(body) : JSON.parse(body));
      // The machine is shared: normalize and its floor are measured in alternating pairs, so that both see the
      // same load, and the ratio is the median of the pairs' ratios (each measure is itself a median of rounds).
      const normalizeSamples: number[] = [];
      const floorSamples: number[] = [];
      const ratios: number[] = [];
      for (let pair = 0; pair < pairs; pair++) {
        const first = pair % 2 === 0;
        const floorFirst = first ? undefined : measure(runFloor, measureOptions);
        const normalizeSample = measure(runNormalize, measureOptions);
        const floorSample = floorFirst ?? measure(runFloor, measureOptions);
        normalizeSamples.push(normalizeSample);
        floorSamples.push(floorSample);
        ratios.push(normalizeSample / floorSample);
      }
      const normalizeMs = median(normalizeSamples);
      const floorMs = median(floorSamples);
      rows.push({
        carrier: id,
        fixture: file,
        events,
        bytes: Buffer.byteLength(body),
        normalizeMs,
        floorMs,
        floor: isXml ? 'fast-xml-parser' : 'JSON.parse',
        perEventUs: events > 0 ? (normalizeMs * 1000) / events : 0,
        ratio: median(ratios),
      });
    }
  }
  return rows;
}

/** The goal of issue 10: normalizing costs at most this many times the floor. */
export const NORMALIZE_GOAL_RATIO = 2;

/** Prints the rows as a table, then one line per carrier: its worst and median ratio, and how many fixtures meet the goal. */
export function printNormalize(rows: readonly NormalizeRow[]): void {
  console.log('\nnormalize (median of rounds; ratio = normalize / floor on the same bytes, median of alternating pairs)');
  console.log(['carrier', 'fixture', 'events', 'bytes', 'normalize', 'per event', 'floor', 'ratio'].join('\t'));
  for (const row of rows) {
    console.log(
      [row.carrier, row.fixture, row.events, row.bytes, micros(row.normalizeMs), `${row.perEventUs.toFixed(2)} µs`, `${row.floor} ${micros(row.floorMs)}`, `${row.ratio.toFixed(1)}x`].join('\t'),
    );
  }
  console.log(`\nper carrier (goal: at most ${NORMALIZE_GOAL_RATIO}x the floor)`);
  console.log(['carrier', 'fixtures', 'median ratio', 'worst ratio', 'within goal'].join('\t'));
  for (const carrier of [...new Set(rows.map((row) => row.carrier))]) {
    const ratios = rows.filter((row) => row.carrier === carrier).map((row) => row.ratio);
    const within = ratios.filter((ratio) => ratio <= NORMALIZE_GOAL_RATIO).length;
    console.log([carrier, ratios.length, `${median(ratios).toFixed(1)}x`, `${Math.max(...ratios).toFixed(1)}x`, `${within}/${ratios.length}`].join('\t'));
  }
}
