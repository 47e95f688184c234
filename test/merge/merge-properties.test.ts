import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEDUPE_WINDOW_MS } from '../../src/merge/dedupe-events.js';
import { mergeLegs } from '../../src/merge/merge-legs.js';
import type { Location } from '../../src/schema/location.js';
import { Shipment } from '../../src/schema/shipment.js';
import type { SubStatus, TrackingStatus } from '../../src/schema/status.js';
import type { Handoff, TrackingEvent } from '../../src/schema/tracking-event.js';
import type { TrackingResult } from '../../src/schema/tracking-result.js';

/**
 * Properties of mergeLegs over generated journeys: legs of a few carriers whose events crowd the same instants,
 * places and milestones, so that the merge has duplicates to find and near-duplicates to leave alone.
 */
const CARRIERS = ['china-post', 'usps', 'dhl', 'royal-mail'] as const;
const NUMBERS = ['LZ719462057CN', '9400111899223918462038', 'GM605338217400591846'] as const;
const PAIRS: ReadonlyArray<readonly [TrackingStatus, SubStatus]> = [
  ['info_received', 'info_received'],
  ['in_transit', 'picked_up'],
  ['in_transit', 'in_transit'],
  ['in_transit', 'arrived_at_facility'],
  ['in_transit', 'departed_facility'],
  ['in_transit', 'departed_origin_country'],
  ['in_transit', 'arrived_destination_country'],
  ['in_transit', 'handed_over'],
  ['in_transit', 'received_at_destination_facility'],
  ['in_transit', 'problem_resolved'],
  ['customs_processing', 'customs_processing'],
  ['customs_held', 'customs_held'],
  ['customs_held', 'customs_inspection'],
  ['awaiting_payment', 'duties_taxes_due'],
  ['customs_cleared', 'customs_cleared'],
  ['out_for_delivery', 'out_for_delivery'],
  ['delivered', 'delivered'],
  ['delivered', 'generic_update'],
  ['exception', 'delayed'],
  ['unknown', 'unknown'],
  ['returning_to_sender', 'returning_to_sender'],
];
const PLACES: ReadonlyArray<Location | null> = [
  null,
  { countryCode: 'US' },
  { countryCode: 'CN' },
  { city: 'ERIE', countryCode: 'US' },
  { city: 'Erie', postalCode: '16501', countryCode: 'US' },
  { city: 'GUANGZHOU', countryCode: 'CN' },
  { city: 'Chicago', countryCode: 'US', facility: 'ISC CHICAGO' },
];
const BASE = Date.parse('2025-05-01T00:00:00.000Z');
const HALF_HOUR = 30 * 60 * 1000;

interface EventSpec {
  slot: number;
  pair: number;
  place: number;
  handoffTo: number | null;
  handoffSameNumber: boolean;
}

interface LegSpec {
  carrier: number;
  number: number;
  fetchedHours: number;
  events: EventSpec[];
  /** Events this leg relays from the first leg: which one, and how many half hours later or earlier. */
  relays: Array<{ from: number; jitter: number }>;
}

const eventSpec: fc.Arbitrary<EventSpec> = fc.record({
  slot: fc.integer({ min: 0, max: 48 }),
  pair: fc.integer({ min: 0, max: PAIRS.length - 1 }),
  place: fc.integer({ min: 0, max: PLACES.length - 1 }),
  handoffTo: fc.option(fc.integer({ min: 0, max: 3 }), { freq: 6 }),
  handoffSameNumber: fc.boolean(),
});

const legSpecs: fc.Arbitrary<LegSpec[]> = fc.uniqueArray(
  fc.record({
    carrier: fc.integer({ min: 0, max: CARRIERS.length - 1 }),
    number: fc.integer({ min: 0, max: NUMBERS.length - 1 }),
    fetchedHours: fc.integer({ min: 0, max: 48 }),
    events: fc.array(eventSpec, { maxLength: 14 }),
    relays: fc.array(fc.record({ from: fc.nat(), jitter: fc.integer({ min: -14, max: 14 }) }), { maxLength: 6 }),
  }),
  { minLength: 1, maxLength: 4, selector: (leg) => `${leg.carrier}|${leg.number}` },
);

function buildResults(specs: readonly LegSpec[]): TrackingResult[] {
  return specs.map((spec) => {
    const carrier = CARRIERS[spec.carrier] as string;
    const trackingNumber = NUMBERS[spec.number] as string;
    const first = specs[0] as LegSpec;
    const relayed: EventSpec[] =
      spec === first || first.events.length === 0
        ? []
        : spec.relays.map(({ from, jitter }) => {
            const source = first.events[from % first.events.length] as EventSpec;
            return { ...source, slot: Math.max(0, source.slot + jitter), handoffTo: null };
          });
    const ordered = [...spec.events, ...relayed].map((event, index) => ({ event, index })).sort((a, b) => a.event.slot - b.event.slot || a.index - b.index);
    const events: TrackingEvent[] = ordered.map(({ event }, index) => {
      const [status, subStatus] = PAIRS[event.pair] as readonly [TrackingStatus, SubStatus];
      const occurredAt = new Date(BASE + event.slot * HALF_HOUR).toISOString();
      const out: TrackingEvent = {
        id: `ev_${carrier}_${trackingNumber}_${index}`,
        carrier,
        trackingNumber,
        status,
        subStatus,
        occurredAt,
        localTime: occurredAt.replace('.000Z', '+00:00'),
        timeZone: 'UTC',
        timeBasis: 'carrier_offset',
        location: PLACES[event.place] ?? null,
        description: subStatus,
        carrierStatus: { code: `${carrier}-${event.pair}`, description: `${carrier} ${subStatus}`, language: 'en' },
      };
      const target = event.handoffTo === null ? undefined : specs[event.handoffTo % specs.length];
      if (target && target !== spec) {
        const handoff: Handoff = { carrier: CARRIERS[target.carrier] as string, trackingNumber: event.handoffSameNumber ? null : (NUMBERS[target.number] as string) };
        out.handoff = handoff;
      }
      return out;
    });
    const last = events.at(-1);
    return {
      carrier,
      trackingNumber,
      outcome: events.length > 0 ? 'found' : 'not_found',
      status: last?.status ?? 'pending',
      subStatus: last?.subStatus ?? 'pending',
      statusDescription: '',
      events,
      estimatedDelivery: spec.fetchedHours % 3 === 0 ? { from: '2025-05-09', to: '2025-05-10', precision: 'date' } : null,
      deliveredAt: null,
      signedBy: null,
      origin: null,
      destination: null,
      service: null,
      amountDue: spec.fetchedHours % 5 === 0 ? { amount: '12.30', currency: 'USD' } : null,
      handoffs: [],
      warnings: [],
      fetchedAt: new Date(BASE + (300 + spec.fetchedHours) * 3_600_000).toISOString(),
      locale: 'en',
    } satisfies TrackingResult;
  });
}

const journeys: fc.Arbitrary<TrackingResult[]> = legSpecs.map(buildResults);
const merge = (results: readonly TrackingResult[]) => mergeLegs(results, { reference: 'order-prop' });
const RUNS = { numRuns: 300 };

describe('mergeLegs properties', () => {
  it('does not depend on the order of the input results', () => {
    fc.assert(
      fc.property(
        journeys.chain((results) => fc.tuple(fc.constant(results), fc.shuffledSubarray(results, { minLength: results.length, maxLength: results.length }))),
        ([results, shuffled]) => {
          expect(merge(shuffled)).toEqual(merge(results));
        },
      ),
      RUNS,
    );
  });

  it('is idempotent: the same inputs twice, or with some legs repeated, give the same shipment', () => {
    fc.assert(
      fc.property(
        journeys.chain((results) => fc.tuple(fc.constant(results), fc.subarray(results))),
        ([results, repeated]) => {
          const once = merge(results);
          expect(merge(structuredClone(results))).toEqual(once);
          expect(merge([...repeated, ...results, ...repeated])).toEqual(once);
        },
      ),
      RUNS,
    );
  });

  it('loses no event and invents none: every input event is reported by exactly one output event', () => {
    fc.assert(
      fc.property(journeys, (results) => {
        const shipment = merge(results);
        const given = results.flatMap((result) => result.events.map((event) => `${result.carrier}|${result.trackingNumber}|${event.id}`));
        const reported = shipment.events.flatMap((event) => event.reportedBy.map((report) => `${report.carrier}|${report.trackingNumber}|${report.eventId}`));
        expect(reported.length).toBe(new Set(reported).size);
        expect([...reported].sort()).toEqual([...given].sort());
      }),
      RUNS,
    );
  });

  it('traces every output event to one or more input events, at most one per leg, the primary among them', () => {
    fc.assert(
      fc.property(journeys, (results) => {
        const shipment = merge(results);
        const byKey = new Map(results.flatMap((result) => result.events.map((event) => [`${result.carrier}|${event.id}`, event] as const)));
        for (const event of shipment.events) {
          expect(event.reportedBy.length).toBeGreaterThan(0);
          expect(new Set(event.reportedBy.map((report) => report.leg)).size).toBe(event.reportedBy.length);
          const primary = event.reportedBy.at(-1);
          expect(primary).toMatchObject({ eventId: event.id, leg: event.leg, carrier: event.carrier, occurredAt: event.occurredAt });
          expect(shipment.legs[event.leg]?.carrier).toBe(event.carrier);
          for (const report of event.reportedBy) {
            const source = byKey.get(`${report.carrier}|${report.eventId}`);
            expect(byKey.has(`${report.carrier}|${report.eventId}`), `${report.carrier} ${report.eventId} traces to an input event`).toBe(true);
            expect(report).toMatchObject({ status: source?.status, subStatus: source?.subStatus, occurredAt: source?.occurredAt, carrierStatus: source?.carrierStatus });
          }
        }
      }),
      RUNS,
    );
  });

  it('merges conservatively: reports of one event lie within the window and never in two known countries', () => {
    fc.assert(
      fc.property(journeys, (results) => {
        const shipment = merge(results);
        const locations = new Map(results.flatMap((result) => result.events.map((event) => [`${result.carrier}|${event.id}`, event.location] as const)));
        for (const event of shipment.events) {
          const instants = event.reportedBy.map((report) => Date.parse(report.occurredAt));
          expect(Math.max(...instants) - Math.min(...instants)).toBeLessThanOrEqual(DEDUPE_WINDOW_MS);
          const countries = new Set(event.reportedBy.map((report) => locations.get(`${report.carrier}|${report.eventId}`)?.countryCode).filter(Boolean));
          expect(countries.size).toBeLessThanOrEqual(1);
          if (event.reportedBy.length > 1) expect(event.reportedBy.every((report) => report.subStatus !== 'generic_update' && report.status !== 'unknown')).toBe(true);
        }
      }),
      RUNS,
    );
  });

  it('gives a valid strict Shipment whose timeline ascends, a later leg after an earlier one at the same instant', () => {
    fc.assert(
      fc.property(journeys, (results) => {
        const shipment = merge(results);
        const checked = Shipment.safeParse(shipment);
        expect(checked.success, checked.success ? '' : JSON.stringify(checked.error.issues.slice(0, 2))).toBe(true);
        for (let index = 1; index < shipment.events.length; index++) {
          const before = shipment.events[index - 1] as Shipment['events'][number];
          const after = shipment.events[index] as Shipment['events'][number];
          const gap = Date.parse(after.occurredAt) - Date.parse(before.occurredAt);
          expect(gap > 0 || (gap === 0 && after.leg >= before.leg)).toBe(true);
        }
        expect(new Set(shipment.events.map((event) => event.id)).size).toBe(shipment.events.length);
        expect(shipment.legs.map((leg) => leg.index)).toEqual(shipment.legs.map((_, index) => index));
      }),
      RUNS,
    );
  });

  it('never reports delivery by a leg that is not the last one', () => {
    fc.assert(
      fc.property(journeys, (results) => {
        const shipment = merge(results);
        const last = shipment.legs.length - 1;
        for (const event of shipment.events) if (event.leg < last) expect(event.status).not.toBe('delivered');
        if (shipment.status === 'delivered') expect(shipment.events.find((event) => event.id === shipment.statusEventId)?.leg).toBe(last);
      }),
      RUNS,
    );
  });
});
