/**
 * Benchmark of `mergeLegs`: 10 legs of 1 000 events, then 10 legs of 10 000 events, same density. The merge sorts once
 * and de-duplicates with a sliding window per milestone class, so ten times the events should cost about ten times
 * the time (goal: at most twelve). A quadratic pairwise scan would cost about a hundred times.
 *
 * Run: `npx tsx bench/merge.ts` (add `--short` for a quick run).
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { mergeLegs } from '../src/merge/merge-legs.js';
import type { Location } from '../src/schema/location.js';
import type { SubStatus, TrackingStatus } from '../src/schema/status.js';
import type { TrackingEvent } from '../src/schema/tracking-event.js';
import type { TrackingResult } from '../src/schema/tracking-result.js';
import { measure } from './measure.js';

/** One row of the merge benchmark. */
export interface MergeRow {
  legs: number;
  eventsPerLeg: number;
  /** Input events (legs x events per leg). */
  events: number;
  /** Events in the merged timeline (duplicates told by two legs collapsed). */
  mergedEvents: number;
  /** Median time of one merge, ms. */
  mergeMs: number;
  perEventUs: number;
  /** `mergeMs` divided by the first row's (1 for the first row). */
  ratioToFirst: number;
}

/** The maximum `ratioToFirst` the benchmark accepts for ten times the events. */
export const MERGE_SCALING_GOAL = 12;

const PAIRS: ReadonlyArray<readonly [TrackingStatus, SubStatus]> = [
  ['in_transit', 'arrived_at_facility'],
  ['in_transit', 'processed'],
  ['in_transit', 'departed_facility'],
  ['in_transit', 'in_transit'],
  ['in_transit', 'received_at_destination_facility'],
  ['customs_processing', 'customs_processing'],
  ['customs_held', 'customs_inspection'],
  ['customs_cleared', 'customs_cleared'],
  ['out_for_delivery', 'out_for_delivery'],
  ['delivery_attempted', 'notice_left'],
  ['exception', 'delayed'],
  ['in_transit', 'generic_update'],
];
const PLACES: readonly Location[] = [
  { city: 'Memphis', region: 'TN', countryCode: 'US' },
  { city: 'LOUISVILLE', region: 'KY', countryCode: 'US' },
  { city: 'Chicago', postalCode: '60666', countryCode: 'US' },
  { countryCode: 'US' },
  { city: 'Guangzhou', countryCode: 'CN' },
];
const BASE = Date.parse('2025-01-01T00:00:00.000Z');
const STEP_MS = 5 * 60 * 1000;

/**
 * Builds `legs` results of `eventsPerLeg` events each, deterministic (a fixed-seed generator): events every 5 minutes
 * per leg, legs starting one hour apart so they overlap, and a third of each leg's events relayed from the previous
 * leg at the same instant and place (duplicates for the merge to find).
 */
export function buildMergeInput(legs: number, eventsPerLeg: number): TrackingResult[] {
  let seed = 0x2545f491;
  const random = () => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return seed / 0x100000000;
  };
  const results: TrackingResult[] = [];
  let previous: TrackingEvent[] = [];
  for (let leg = 0; leg < legs; leg++) {
    const carrier = `bench-${leg}`;
    const trackingNumber = `BENCH${String(leg).padStart(4, '0')}`;
    const events: TrackingEvent[] = [];
    for (let index = 0; index < eventsPerLeg; index++) {
      const relayed = previous[index];
      const relay = relayed !== undefined && random() < 1 / 3;
      const [status, subStatus] = relay ? [relayed.status, relayed.subStatus] : (PAIRS[Math.floor(random() * PAIRS.length)] as readonly [TrackingStatus, SubStatus]);
      const at = relay ? Date.parse(relayed.occurredAt) : BASE + leg * 3_600_000 + index * STEP_MS + Math.floor(random() * 60_000);
      const occurredAt = new Date(at).toISOString();
      events.push({
        id: `ev_${carrier}_${index}`,
        carrier,
        trackingNumber,
        status,
        subStatus,
        occurredAt,
        localTime: occurredAt.replace(/Z$/, '+00:00'),
        timeZone: 'UTC',
        timeBasis: 'carrier_offset',
        location: relay ? relayed.location : (PLACES[Math.floor(random() * PLACES.length)] as Location),
        description: subStatus,
        carrierStatus: { code: `C${index % 97}`, description: `scan ${index}`, language: 'en' },
        ...(index === eventsPerLeg - 1 && leg < legs - 1 ? { handoff: { carrier: `bench-${leg + 1}`, trackingNumber: `BENCH${String(leg + 1).padStart(4, '0')}` } } : {}),
      });
    }
    events.sort((a, b) => Date.parse(a.occurredAt) - Date.parse(b.occurredAt));
    const last = events.at(-1) as TrackingEvent;
    results.push({
      carrier,
      trackingNumber,
      outcome: 'found',
      status: last.status,
      subStatus: last.subStatus,
      statusDescription: '',
      events,
      estimatedDelivery: null,
      deliveredAt: null,
      signedBy: null,
      origin: null,
      destination: null,
      service: null,
      amountDue: null,
      handoffs: [],
      warnings: [],
      fetchedAt: '2025-06-01T00:00:00.000Z',
      locale: 'en',
    });
    previous = events;
  }
  return results;
}

/**
 * Measures `mergeLegs` on 10 legs of 1 000 and of 10 000 events (median of rounds, through `bench/measure.ts`) and
 * gives each size's time, its time per event and its ratio to the smaller size.
 */
export async function benchMerge(options: { short?: boolean } = {}): Promise<MergeRow[]> {
  const measureOptions = options.short ? { rounds: 1, minRoundMs: 2 } : { rounds: 5 };
  const rows: MergeRow[] = [];
  for (const eventsPerLeg of [1_000, 10_000]) {
    const input = buildMergeInput(10, eventsPerLeg);
    const mergedEvents = mergeLegs(input, { reference: 'bench' }).events.length;
    const mergeMs = measure(() => mergeLegs(input, { reference: 'bench' }), measureOptions);
    const events = 10 * eventsPerLeg;
    rows.push({ legs: 10, eventsPerLeg, events, mergedEvents, mergeMs, perEventUs: (mergeMs * 1000) / events, ratioToFirst: rows[0] ? mergeMs / rows[0].mergeMs : 1 });
  }
  return rows;
}

/** Prints the rows as a table, with the scaling ratio against {@link MERGE_SCALING_GOAL}. */
export function printMerge(rows: readonly MergeRow[]): void {
  console.log('\nmergeLegs (median of rounds; ratio = time / time of the first row)');
  console.log(['legs', 'events/leg', 'events', 'merged', 'merge', 'per event', 'ratio'].join('\t'));
  for (const row of rows) {
    console.log([row.legs, row.eventsPerLeg, row.events, row.mergedEvents, `${row.mergeMs.toFixed(1)} ms`, `${row.perEventUs.toFixed(2)} µs`, `${row.ratioToFirst.toFixed(2)}x`].join('\t'));
  }
  const last = rows.at(-1);
  if (last && rows.length > 1) {
    console.log(`10x the events cost ${last.ratioToFirst.toFixed(2)}x the time (goal: at most ${MERGE_SCALING_GOAL}x): ${last.ratioToFirst <= MERGE_SCALING_GOAL ? 'met' : 'NOT met'}`);
  }
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  printMerge(await benchMerge({ short: process.argv.includes('--short') }));
}
