import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { canadaPost } from '../../carriers/canada-post/index.js';
import { chinaPost } from '../../carriers/china-post/index.js';
import { dhl } from '../../carriers/dhl/index.js';
import { royalMail } from '../../carriers/royal-mail/index.js';
import { ups } from '../../carriers/ups/index.js';
import { usps } from '../../carriers/usps/index.js';
import type { CarrierAdapter } from '../../src/carrier/carrier-spec.js';
import { normalize } from '../../src/engine/normalize.js';
import { mergeLegs } from '../../src/merge/merge-legs.js';
import { Shipment } from '../../src/schema/shipment.js';
import type { TrackingResult } from '../../src/schema/tracking-result.js';
import type { FixtureMeta } from '../conformance/conformance-case.js';

/**
 * The four journeys of issue 6, each leg a raw body in its carrier's shape (fixtures/journeys/<journey>/), normalized
 * with the real adapter and merged.
 */
const root = new URL('../../fixtures/journeys/', import.meta.url).pathname;
const FETCHED_AT = '2025-12-01T00:00:00.000Z';

interface LegFixture {
  file: string;
  adapter: CarrierAdapter;
}

function loadLeg(journey: string, leg: LegFixture): { result: TrackingResult; meta: FixtureMeta & { journey: string; leg: number } } {
  const body = readFileSync(`${root}${journey}/${leg.file}`, 'utf8');
  const meta = JSON.parse(readFileSync(`${root}${journey}/${leg.file.replace(/\.(json|xml)$/, '.meta.json')}`, 'utf8')) as FixtureMeta & { journey: string; leg: number };
  const results = normalize(leg.adapter, body, { fetchedAt: FETCHED_AT });
  expect(results).toHaveLength(1);
  return { result: results[0] as TrackingResult, meta };
}

/**
 * Declares the journey's shared tests (each leg as its meta file says; order and repetition do not matter) and
 * returns a getter for the merged shipment, computed once inside the first test that asks.
 */
function journeyOf(journey: string, legs: readonly LegFixture[]): () => { shipment: Shipment; results: TrackingResult[] } {
  let merged: { shipment: Shipment; results: TrackingResult[] } | undefined;
  const get = () => (merged ??= mergeJourney(journey, legs));
  it('normalizes each leg with its real adapter as the leg meta file says, and merges into a valid Shipment whatever the order', () => {
    expect(get().shipment.legs).toHaveLength(legs.length);
  });
  return get;
}

function mergeJourney(journey: string, legs: readonly LegFixture[]): { shipment: Shipment; results: TrackingResult[] } {
  const loaded = legs.map((leg) => loadLeg(journey, leg));
  loaded.forEach(({ result, meta }, index) => {
    expect(meta.carrier).toBe(result.carrier);
    expect(meta.journey).toBe(journey);
    expect(meta.leg).toBe(index);
    for (const field of ['scenario', 'shape', 'source'] as const) expect(typeof meta[field]).toBe('string');
    expect(result.outcome).toBe(meta.expect?.outcome);
    expect(result.status).toBe(meta.expect?.status);
    expect(result.events).toHaveLength(meta.expect?.events ?? -1);
    if (meta.expect?.warning) expect(result.warnings.map((warning) => warning.code)).toContain(meta.expect.warning);
  });
  const results = loaded.map((leg) => leg.result);
  const shipment = mergeLegs([...results].reverse(), { reference: `order-${journey}` });
  const checked = Shipment.safeParse(shipment);
  expect(checked.success, checked.success ? '' : JSON.stringify(checked.error.issues.slice(0, 3))).toBe(true);
  expect(mergeLegs(results, { reference: `order-${journey}` })).toEqual(shipment);
  expect(mergeLegs([...results, ...results], { reference: `order-${journey}` })).toEqual(shipment);
  return { shipment, results };
}

/** The carriers that reported each merged event, for events told by more than one. */
const mergedReports = (shipment: Shipment) =>
  shipment.events.filter((event) => event.reportedBy.length > 1).map((event) => event.reportedBy.map((report) => `${report.carrier}:${report.carrierStatus.code}`).join(' + '));

function expectEveryInputEventOnce(shipment: Shipment, results: readonly TrackingResult[]): void {
  const reported = shipment.events.flatMap((event) => event.reportedBy.map((report) => `${report.carrier}|${report.eventId}`));
  const given = results.flatMap((result) => result.events.map((event) => `${result.carrier}|${event.id}`));
  expect([...reported].sort()).toEqual([...given].sort());
}

describe('journey China Post then USPS under the same S10 number', () => {
  const journey = journeyOf('china-post-usps', [
    { file: 'china-post-leg.json', adapter: chinaPost() },
    { file: 'usps-leg.json', adapter: usps() },
  ]);

  it('is delivered by USPS, with 20 events out of 31 and the handoff at the New York arrival', () => {
    const { shipment, results } = journey();
    expect(shipment).toMatchObject({ status: 'delivered', subStatus: 'delivered', deliveredAt: '2025-11-12T19:27:00.000Z' });
    expect(shipment.events).toHaveLength(20);
    expect(shipment.legs.map((leg) => [leg.role, leg.carrier, leg.trackingNumber])).toEqual([
      ['origin', 'china-post', 'LZ719462057CN'],
      ['last_mile', 'usps', 'LZ719462057CN'],
    ]);
    expect(shipment.legs[0]).toMatchObject({ handoffAt: '2025-11-06T00:26:00.000Z', handoffBasis: 'handoff_event', eventCount: 19 });
    expect(shipment.statusEventId).toBe(shipment.events.at(-1)?.id);
    expect(shipment.warnings).toEqual([]);
    expectEveryInputEventOnce(shipment, results);
  });

  it('collapses "arrived at the destination processing centre" and USPS "received from abroad" into one event with both carriers words', () => {
    const { shipment } = journey();
    const arrival = shipment.events.find((event) => event.occurredAt === '2025-11-06T00:26:00.000Z');
    expect(arrival).toMatchObject({ status: 'in_transit', subStatus: 'arrived_destination_country', carrier: 'usps', leg: 1 });
    expect(arrival?.reportedBy.map((report) => [report.carrier, report.carrierStatus.description])).toEqual([
      ['china-post', '【美国】到达寄达地处理中心'],
      ['usps', 'Processed Through Facility'],
    ]);
    expect(arrival?.handoff).toMatchObject({ carrier: 'usps' });
    expect(mergedReports(shipment)).toHaveLength(11);
  });

  it('sums up customs: export processing, then an import hold with duties, released at the carriers release', () => {
    const { shipment } = journey();
    expect(shipment.customs).toEqual({ status: 'cleared', heldSince: null, clearedAt: '2025-11-10T20:02:00.000Z', dutiesOwed: null });
  });
});

describe('journey DHL eCommerce then USPS under a new number', () => {
  const journey = journeyOf('dhl-ecommerce-usps', [
    { file: 'dhl-leg.json', adapter: dhl() },
    { file: 'usps-leg.json', adapter: usps() },
  ]);

  it('is delivered by USPS, with 11 events out of 17 and the handoff at the tender to USPS', () => {
    const { shipment, results } = journey();
    expect(shipment).toMatchObject({ status: 'delivered', deliveredAt: '2025-09-12T19:48:51.000Z' });
    expect(shipment.events).toHaveLength(11);
    expect(shipment.legs.map((leg) => `${leg.role}:${leg.carrier}:${leg.trackingNumber}`)).toEqual(['origin:dhl:GM605338217400591846', 'last_mile:usps:9400111899223918462038']);
    expect(shipment.legs[0]).toMatchObject({ handoffAt: '2025-09-11T10:55:18.000Z', handoffBasis: 'handoff_event' });
    expect(shipment.estimatedDelivery).toEqual({ from: '2025-09-12T09:00:00-06:00', to: '2025-09-12T20:00:00-06:00', precision: 'datetime' });
    expectEveryInputEventOnce(shipment, results);
  });

  it('keeps the tender to USPS as its own event and merges the USPS scans DHL relays', () => {
    const { shipment } = journey();
    expect(shipment.events.find((event) => event.subStatus === 'handed_over')?.reportedBy.map((report) => report.carrier)).toEqual(['dhl']);
    expect(mergedReports(shipment)).toEqual([
      'dhl:transit + usps:80',
      'dhl:transit + usps:81',
      'dhl:transit + usps:AD',
      'dhl:transit + usps:07',
      'dhl:transit + usps:OF',
      'dhl:delivered + usps:01',
    ]);
  });
});

describe('journey UPS Mail Innovations then USPS', () => {
  const journey = journeyOf('ups-mail-innovations-usps', [
    { file: 'ups-leg.json', adapter: ups() },
    { file: 'usps-leg.json', adapter: usps() },
  ]);

  it('is delivered by USPS, with 10 events out of 13 and the handoff at the transfer to the post office', () => {
    const { shipment, results } = journey();
    expect(shipment).toMatchObject({ status: 'delivered', deliveredAt: '2025-10-09T16:58:40.000Z' });
    expect(shipment.events).toHaveLength(10);
    expect(shipment.legs.map((leg) => `${leg.role}:${leg.carrier}`)).toEqual(['origin:ups', 'last_mile:usps']);
    expect(shipment.legs[0]).toMatchObject({ handoffAt: '2025-10-08T10:20:00.000Z', handoffBasis: 'handoff_event' });
    expect(shipment.legs[0]?.warnings.map((warning) => warning.code)).toContain('ASSUMED_TIME_ZONE');
    expectEveryInputEventOnce(shipment, results);
  });

  it('keeps the USPS pre-advice in the timeline without moving the status back', () => {
    const { shipment } = journey();
    const preAdvice = shipment.events.findIndex((event) => event.carrier === 'usps' && event.status === 'info_received');
    expect(preAdvice).toBeGreaterThan(shipment.events.findIndex((event) => event.subStatus === 'picked_up'));
    expect(mergedReports(shipment)).toEqual(['ups:I:ZZ + usps:A1', 'ups:I:1A + usps:OF', 'ups:D:DL + usps:01']);
  });
});

describe('journey Royal Mail then Canada Post', () => {
  const journey = journeyOf('royal-mail-canada-post', [
    { file: 'royal-mail-leg.json', adapter: royalMail() },
    { file: 'canada-post-leg.xml', adapter: canadaPost() },
  ]);

  it('awaits the duties Canada Post asks for, with 10 events out of 15 and the handoff when the item left the UK', () => {
    const { shipment, results } = journey();
    expect(shipment).toMatchObject({ status: 'awaiting_payment', subStatus: 'duties_taxes_due', deliveredAt: null });
    expect(shipment.events).toHaveLength(10);
    expect(shipment.legs.map((leg) => `${leg.role}:${leg.carrier}`)).toEqual(['origin:royal-mail', 'last_mile:canada-post']);
    expect(shipment.legs[0]).toMatchObject({ handoffAt: '2025-02-04T21:36:12.000Z', handoffBasis: 'handoff_event' });
    expect(shipment.estimatedDelivery).toEqual({ from: '2025-02-12', to: '2025-02-12', precision: 'date' });
    expectEveryInputEventOnce(shipment, results);
  });

  it('sums up customs: held, released, then duties owing since the request', () => {
    const { shipment } = journey();
    expect(shipment.customs).toEqual({ status: 'awaiting_payment', heldSince: '2025-02-07T15:05:37.000Z', clearedAt: null, dutiesOwed: null });
    expect(mergedReports(shipment)).toEqual([
      'royal-mail:EVPPA + canada-post:4000',
      'royal-mail:EVHOE + canada-post:4202',
      'royal-mail:EVJOE + canada-post:0701',
      'royal-mail:EVJIC + canada-post:0800',
      'royal-mail:EVJDP + canada-post:0125',
    ]);
  });
});
