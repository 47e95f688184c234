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
import { collectGarbage } from '../test/reliability/support/measure-heap.js';
import { measure, median } from './measure.js';

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
  /** The median over alternating pairs of this size's time divided by the first size's (1 for the first row). */
  ratioToFirst: number;
  /** Median time of the floor pass ({@link readEachInstant}) over the same input, ms. */
  floorMs: number;
  /** The same ratio for the floor pass: how ten times the events scale on this machine when each is only read once. */
  floorRatioToFirst: number;
}

/**
 * The floor of the scaling: one pass that reads each input event's instant (`Date.parse(occurredAt)`), the least a
 * merge must do with every event. Ten times the events outgrow the processor's caches (the 100 000 events and their
 * strings take tens of MiB), so even this pass costs more than ten times as much; the merge's ratio is shown next to it.
 */
export function readEachInstant(results: readonly TrackingResult[]): number {
  let sum = 0;
  for (let leg = 0; leg < results.length; leg++) {
    const events = (results[leg] as TrackingResult).events;
    for (let index = 0; index < events.length; index++) sum += Date.parse((events[index] as TrackingEvent).occurredAt);
  }
  return sum;
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
 * Measures `mergeLegs` on 10 legs of 1 000 and of 10 000 events and gives each size's time, its time per event and
 * its ratio to the smaller size. The machine is shared and the collector's state carries over from one measure to
 * the next (a large merge leaves old-generation garbage that is swept while the next measure runs), so the sizes are
 * measured in alternating pairs, each measure starting after a full collection when the runtime allows one; the
 * ratio is the median of the pairs' ratios, each time the median of its rounds (`bench/measure.ts`). Collections
 * that the merge itself causes are part of its time.
 */
export async function benchMerge(options: { short?: boolean } = {}): Promise<MergeRow[]> {
  const measureOptions = options.short ? { rounds: 1, minRoundMs: 2 } : { rounds: 5 };
  const pairs = options.short ? 1 : 5;
  const sizes = [1_000, 10_000] as const;
  const inputs = sizes.map((eventsPerLeg) => buildMergeInput(10, eventsPerLeg));
  const mergedEvents = inputs.map((input) => mergeLegs(input, { reference: 'bench' }).events.length);
  const samples: number[][] = sizes.map(() => []);
  const floorSamples: number[][] = sizes.map(() => []);
  const ratios: number[] = [];
  const floorRatios: number[] = [];
  for (let pair = 0; pair < pairs; pair++) {
    const order = pair % 2 === 0 ? [0, 1] : [1, 0];
    for (const size of order) {
      const input = inputs[size] as TrackingResult[];
      collectGarbage();
      (samples[size] as number[]).push(measure(() => mergeLegs(input, { reference: 'bench' }), measureOptions));
      (floorSamples[size] as number[]).push(measure(() => readEachInstant(input), measureOptions));
    }
    ratios.push((samples[1]?.at(-1) as number) / (samples[0]?.at(-1) as number));
    floorRatios.push((floorSamples[1]?.at(-1) as number) / (floorSamples[0]?.at(-1) as number));
  }
  return sizes.map((eventsPerLeg, size) => {
    const mergeMs = median(samples[size] as number[]);
    const events = 10 * eventsPerLeg;
    return {
      legs: 10,
      eventsPerLeg,
      events,
      mergedEvents: mergedEvents[size] as number,
      mergeMs,
      perEventUs: (mergeMs * 1000) / events,
      ratioToFirst: size === 0 ? 1 : median(ratios),
      floorMs: median(floorSamples[size] as number[]),
      floorRatioToFirst: size === 0 ? 1 : median(floorRatios),
    };
  });
}

/** Prints the rows as a table, with the scaling ratio against {@link MERGE_SCALING_GOAL}. */
export function printMerge(rows: readonly MergeRow[]): void {
  console.log('\nmergeLegs (median of rounds; ratio = time / time of the first row, median of alternating pairs)');
  console.log(['legs', 'events/leg', 'events', 'merged', 'merge', 'per event', 'ratio', 'floor pass', 'floor ratio'].join('\t'));
  for (const row of rows) {
    console.log(
      [row.legs, row.eventsPerLeg, row.events, row.mergedEvents, `${row.mergeMs.toFixed(1)} ms`, `${row.perEventUs.toFixed(2)} µs`, `${row.ratioToFirst.toFixed(2)}x`, `${row.floorMs.toFixed(2)} ms`, `${row.floorRatioToFirst.toFixed(2)}x`].join('\t'),
    );
  }
  const last = rows.at(-1);
  if (last && rows.length > 1) {
    console.log(
      `10x the events cost ${last.ratioToFirst.toFixed(2)}x the time (goal: at most ${MERGE_SCALING_GOAL}x): ${last.ratioToFirst <= MERGE_SCALING_GOAL ? 'met' : 'NOT met'}; ` +
        `a pass that only reads each event's instant scales ${last.floorRatioToFirst.toFixed(2)}x on this machine`,
    );
  }
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  printMerge(await benchMerge({ short: process.argv.includes('--short') }));
}
