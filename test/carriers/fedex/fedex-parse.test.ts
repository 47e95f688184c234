import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CarrierResponseError, normalize, type TrackingResult } from '../../../src/index.js';
import { fedex } from '../../../carriers/fedex/index.js';
import { parseFedexTracking } from '../../../carriers/fedex/fedex-parse.js';

const FETCHED_AT = '2025-12-01T00:00:00.000Z';
const adapter = fedex();

function fixture(scenario: string): string {
  return readFileSync(new URL(`../../../fixtures/fedex/track-${scenario}.json`, import.meta.url), 'utf8');
}

function results(scenario: string): TrackingResult[] {
  return normalize(adapter, fixture(scenario), { fetchedAt: FETCHED_AT });
}

function single(scenario: string): TrackingResult {
  const all = results(scenario);
  expect(all).toHaveLength(1);
  return all[0] as TrackingResult;
}

/** A fixture as an object, to build hand-made variants in a test. */
function body(scenario: string): { output: { completeTrackResults: { trackingNumber: string; trackResults: Record<string, unknown>[] }[]; alerts?: unknown } } {
  return JSON.parse(fixture(scenario));
}

function trackResult(value: ReturnType<typeof body>, index = 0): Record<string, unknown> & { scanEvents: Record<string, unknown>[] } {
  return value.output.completeTrackResults[index]?.trackResults[0] as Record<string, unknown> & { scanEvents: Record<string, unknown>[] };
}

describe('FedEx parse: fixtures', () => {
  it('reads a domestic delivery: 8 events from label to delivery, each at the offset FedEx sent', () => {
    const result = single('delivered-domestic');
    expect(result).toMatchObject({ trackingNumber: '271936045812', outcome: 'found', status: 'delivered', subStatus: 'delivered' });
    expect(result.events).toHaveLength(8);
    const first = result.events[0];
    const last = result.events.at(-1);
    expect(first?.occurredAt).toBe('2025-06-10T22:26:00.000Z');
    expect(last?.occurredAt).toBe('2025-06-12T14:41:00.000Z');
    expect(result.events.every((event) => event.timeBasis === 'carrier_offset')).toBe(true);
    expect(result.events.map((event) => event.carrierStatus.code)).toEqual(['OC', 'PU', 'DP', 'AR', 'DP', 'AR', 'OD', 'DL']);
    expect(result.events.map((event) => event.subStatus)).toEqual([
      'info_received',
      'picked_up',
      'departed_facility',
      'arrived_at_facility',
      'departed_facility',
      'arrived_at_facility',
      'out_for_delivery',
      'delivered',
    ]);
    // The label event carries the label system's offset and no place: its zone stays unknown.
    expect(first).toMatchObject({ localTime: '2025-06-10T17:26:00-05:00', timeZone: null, location: null });
    expect(result.events[1]).toMatchObject({
      localTime: '2025-06-11T16:04:00-07:00',
      timeZone: 'America/Los_Angeles',
      location: { city: 'SEATTLE', region: 'WA', postalCode: '98108', countryCode: 'US', facility: 'BFIA' },
    });
    expect(result.events[3]).toMatchObject({ localTime: '2025-06-11T23:02:00-05:00', timeZone: 'America/Chicago' });
    expect(last).toMatchObject({
      localTime: '2025-06-12T10:41:00-04:00',
      timeZone: 'America/New_York',
      location: { city: 'BOSTON', region: 'MA', postalCode: '02116', countryCode: 'US' },
      carrierStatus: { code: 'DL', description: 'Delivered', language: null },
    });
    expect(result.deliveredAt).toBe('2025-06-12T14:41:00.000Z');
    expect(result.signedBy).toBe('M.OKAFOR');
    expect(result.origin).toEqual({ city: 'SEATTLE', region: 'WA', countryCode: 'US' });
    expect(result.destination).toEqual({ city: 'BOSTON', region: 'MA', countryCode: 'US' });
    expect(result.service).toEqual({ code: 'FEDEX_2_DAY', name: 'FedEx 2Day' });
    expect(result.estimatedDelivery).toBeNull();
    expect(result.handoffs).toEqual([]);
    expect(result.warnings).toEqual([]);
  });

  it('reads an inbound cross-border parcel through clearance, a delay, an inspection hold, duties owed and release', () => {
    const result = single('customs-inbound');
    expect(result).toMatchObject({ trackingNumber: '395182074621', outcome: 'found', status: 'customs_cleared', subStatus: 'customs_cleared' });
    expect(result.events).toHaveLength(11);
    expect(result.events[0]?.occurredAt).toBe('2025-03-03T09:12:00.000Z');
    expect(result.events.at(-1)?.occurredAt).toBe('2025-03-06T20:12:00.000Z');
    const customs = result.events.slice(6).map((event) => [event.carrierStatus.code, event.status, event.subStatus]);
    expect(customs).toEqual([
      ['CP', 'customs_processing', 'customs_processing'],
      ['CD', 'customs_held', 'customs_delayed'],
      ['CD', 'customs_held', 'customs_inspection'],
      ['CD', 'awaiting_payment', 'duties_taxes_due'],
      ['CC', 'customs_cleared', 'customs_cleared'],
    ]);
    expect(result.events[9]?.carrierStatus.description).toBe('Clearance delay - Import: Import duties and taxes are due from the recipient before release');
    // Offsets differ along the way: London, Paris, then Ontario, each recorded with its zone.
    expect(result.events.slice(1, 7).map((event) => [event.localTime, event.timeZone])).toEqual([
      ['2025-03-03T16:40:00+00:00', 'Europe/London'],
      ['2025-03-03T21:05:00+00:00', 'Europe/London'],
      ['2025-03-04T01:15:00+01:00', 'Europe/Paris'],
      ['2025-03-04T05:50:00+01:00', 'Europe/Paris'],
      ['2025-03-04T08:40:00-05:00', 'America/Toronto'],
      ['2025-03-04T10:05:00-05:00', 'America/Toronto'],
    ]);
    expect(result.events[6]?.location).toEqual({ city: 'MISSISSAUGA', region: 'ON', postalCode: 'L5T', countryCode: 'CA', facility: 'YYZR' });
    // ESTIMATED_DELIVERY is midnight at a fixed -06:00: kept as the calendar date FedEx wrote, not shifted.
    expect(result.estimatedDelivery).toEqual({ from: '2025-03-07', to: '2025-03-07', precision: 'date' });
    expect(result.amountDue).toBeNull();
    expect(result.warnings).toEqual([
      { code: 'CARRIER_WARNING', rawCode: 'CLEARANCE_ENTRY_FEE_APPLIES', message: 'A clearance entry fee applies to this shipment' },
    ]);
  });

  it('reads an address exception, an undeliverable shipment exception and the return to the shipper', () => {
    const result = single('exception-return-to-sender');
    expect(result).toMatchObject({ outcome: 'found', status: 'returning_to_sender', subStatus: 'returning_to_sender' });
    expect(result.events).toHaveLength(11);
    expect(result.events[0]?.occurredAt).toBe('2025-10-04T17:48:00.000Z');
    expect(result.events.at(-1)?.occurredAt).toBe('2025-10-09T14:15:00.000Z');
    expect(result.events.slice(-4).map((event) => [event.carrierStatus.code, event.status, event.subStatus, event.carrierStatus.description])).toEqual([
      ['OD', 'out_for_delivery', 'out_for_delivery', 'On FedEx vehicle for delivery'],
      ['DE:03', 'exception', 'address_issue', 'Delivery exception: Incorrect address'],
      ['SE:099', 'exception', 'undeliverable', 'Shipment exception: Unable to deliver'],
      ['RS', 'returning_to_sender', 'returning_to_sender', 'Returning package to shipper'],
    ]);
    expect(result.events.at(-1)?.location).toEqual({ city: 'AUSTIN', region: 'TX', postalCode: '78744', countryCode: 'US', facility: '0787' });
    expect(result.service).toEqual({ code: 'FEDEX_GROUND', name: 'FedEx Ground' });
    expect(result.warnings).toEqual([]);
  });

  it('reads out for delivery then a failed attempt, and a pickup scan sent as midnight without offset as a date', () => {
    const result = single('delivery-attempted');
    expect(result).toMatchObject({ outcome: 'found', status: 'delivery_attempted', subStatus: 'recipient_unavailable' });
    expect(result.events).toHaveLength(8);
    expect(result.events[0]?.occurredAt).toBe('2025-11-11T03:02:00.000Z');
    expect(result.events.at(-1)?.occurredAt).toBe('2025-11-13T22:48:00.000Z');
    expect(result.events.at(-2)).toMatchObject({ status: 'out_for_delivery', carrierStatus: { code: 'OD' } });
    expect(result.events.at(-1)).toMatchObject({
      carrierStatus: { code: 'DE:08', description: 'Delivery exception: Customer not available or business closed' },
      location: { city: 'DENVER', region: 'CO', postalCode: '80205', countryCode: 'US' },
      timeZone: 'America/Denver',
    });
    const pickup = result.events[1];
    expect(pickup).toMatchObject({
      carrierStatus: { code: 'PU' },
      occurredAt: '2025-11-11T08:00:00.000Z',
      localTime: '2025-11-11T00:00:00-08:00',
      timeZone: 'America/Los_Angeles',
      timeBasis: 'date_only',
    });
    expect(result.estimatedDelivery).toEqual({ from: '2025-11-14T09:00:00-07:00', to: '2025-11-14T13:00:00-07:00', precision: 'datetime' });
    expect(result.handoffs).toEqual([]);
    expect(result.warnings).toEqual([]);
  });

  it('reads an unknown number inside a 200 answer as not found, with FedEx error and alert as warnings', () => {
    const result = single('not-found');
    expect(result).toMatchObject({ trackingNumber: '482609135745', outcome: 'not_found', status: 'pending', subStatus: 'pending', events: [] });
    expect(result.warnings.map((warning) => [warning.code, warning.rawCode])).toEqual([
      ['CARRIER_WARNING', 'TRACKING.TRACKINGNUMBER.NOTFOUND'],
      ['CARRIER_WARNING', 'TRACKING.DATA.NOTFOUND'],
    ]);
    // The alert came as a plain string (reference §8.2): its code is read from the text.
    expect(result.warnings[1]?.message).toBe('TRACKING.DATA.NOTFOUND -  Tracking data unavailable');
  });

  it('keeps events with unknown codes, as unknown or by their derived code, and warns for each', () => {
    const result = single('unknown-code');
    expect(result).toMatchObject({ outcome: 'found', status: 'in_transit', subStatus: 'arrived_at_facility' });
    expect(result.events).toHaveLength(5);
    expect(result.events[0]?.occurredAt).toBe('2025-08-19T18:02:00.000Z');
    expect(result.events.at(-1)?.occurredAt).toBe('2025-08-20T10:25:00.000Z');
    const byDerived = result.events[2];
    const unknown = result.events[3];
    expect(byDerived).toMatchObject({ status: 'in_transit', subStatus: 'in_transit', carrierStatus: { code: 'KV', description: 'Sort in progress' } });
    expect(unknown).toMatchObject({ status: 'unknown', subStatus: 'unknown', carrierStatus: { code: 'ZY', description: 'Package scanned at partner agent' } });
    expect(result.warnings.filter((warning) => warning.code === 'UNKNOWN_CARRIER_CODE').map((warning) => warning.rawCode)).toEqual(['KV', 'ZY']);
  });

  it('answers every number of a mixed batch on its own: one not found leaves the others untouched', () => {
    const all = results('mixed-batch');
    expect(all.map((result) => [result.trackingNumber, result.outcome, result.status, result.events.length])).toEqual([
      ['618472053930', 'found', 'delivered', 6],
      ['283746105957', 'not_found', 'pending', 0],
      ['705918364279', 'found', 'in_transit', 3],
      ['361804275930165', 'found', 'info_received', 1],
    ]);
    const [delivered, missing, moving, label] = all as [TrackingResult, TrackingResult, TrackingResult, TrackingResult];
    expect(delivered.events[0]?.occurredAt).toBe('2025-09-15T20:10:00.000Z');
    expect(delivered.events.at(-1)?.occurredAt).toBe('2025-09-16T13:47:00.000Z');
    expect(delivered.deliveredAt).toBe('2025-09-16T13:47:00.000Z');
    expect(delivered.signedBy).toBe('R.DUVAL');
    expect(missing.warnings.map((warning) => warning.rawCode)).toEqual(['TRACKING.TRACKINGNUMBER.NOTFOUND', 'TRACKING.DATA.NOTFOUND']);
    // The not-found alert belongs to the number that was not found, not to the whole batch.
    for (const found of [delivered, moving, label]) expect(found.warnings).toEqual([]);
    expect(moving.events.map((event) => [event.localTime, event.timeZone])).toEqual([
      ['2025-09-15T09:41:00-07:00', null],
      ['2025-09-15T15:20:00-07:00', 'America/Phoenix'],
      ['2025-09-15T20:05:00-07:00', 'America/Phoenix'],
    ]);
    expect(moving.estimatedDelivery).toEqual({ from: '2025-09-18T20:00:00-06:00', to: '2025-09-18T20:00:00-06:00', precision: 'datetime' });
    expect(label.events[0]).toMatchObject({ status: 'info_received', occurredAt: '2025-09-15T16:30:00.000Z', location: null });
  });

  it('names USPS and its number for a Ground Economy parcel, on the USPS scan and on the result', () => {
    const result = single('ground-economy-usps');
    const usps = { carrier: 'usps', carrierName: 'USPS', trackingNumber: '9261299048273160582710' };
    expect(result).toMatchObject({ trackingNumber: '61299048273160582710', outcome: 'found', status: 'in_transit', subStatus: 'handed_over' });
    expect(result.events).toHaveLength(8);
    expect(result.events[0]?.occurredAt).toBe('2025-05-12T22:22:00.000Z');
    expect(result.events.at(-1)?.occurredAt).toBe('2025-05-16T09:47:00.000Z');
    expect(result.events.at(-1)).toMatchObject({ carrierStatus: { code: 'AX' }, subStatus: 'handed_over', handoff: usps });
    expect(result.events.filter((event) => event.handoff !== undefined)).toHaveLength(1);
    // OX (data sent to USPS) keeps the in-transit status instead of turning the parcel back into a label.
    expect(result.events[5]).toMatchObject({ carrierStatus: { code: 'OX' }, status: 'in_transit', subStatus: 'generic_update' });
    expect(result.handoffs).toEqual([usps]);
    expect(result.service).toEqual({ code: 'SMART_POST', name: 'FedEx Ground Economy' });
    expect(result.estimatedDelivery).toEqual({ from: '2025-05-19', to: '2025-05-19', precision: 'date' });
  });
});

describe('FedEx parse: rules', () => {
  it('gives the same results for the body as a string and already parsed', () => {
    const text = fixture('customs-inbound');
    expect(parseFedexTracking(JSON.parse(text))).toEqual(parseFedexTracking(text));
  });

  it('derives the USPS number of a Ground Economy parcel from its own number when FedEx names no partner number', () => {
    const variant = body('ground-economy-usps');
    (trackResult(variant).additionalTrackingInfo as { packageIdentifiers: unknown[] }).packageIdentifiers = [];
    const [parsed] = parseFedexTracking(variant);
    expect(parsed?.handoffs).toEqual([{ carrier: 'usps', carrierName: 'USPS', trackingNumber: '9261299048273160582710' }]);
    expect(parsed?.events.at(-1)?.handoff).toEqual({ carrier: 'usps', carrierName: 'USPS', trackingNumber: '9261299048273160582710' });
  });

  it('gives no USPS handoff for an Express parcel, and names an unknown partner for a bare partner number', () => {
    const [express] = parseFedexTracking(fixture('delivered-domestic'));
    expect(express?.handoffs).toEqual([]);
    const variant = body('delivered-domestic');
    (trackResult(variant).additionalTrackingInfo as { packageIdentifiers: unknown[] }).packageIdentifiers = [{ type: 'PARTNER_CARRIER_NUMBER', value: ['LX401927384'] }];
    const [withPartner] = parseFedexTracking(variant);
    expect(withPartner?.handoffs).toEqual([{ carrier: null, trackingNumber: 'LX401927384' }]);
  });

  it('hands over to Canada Post on an AC scan', () => {
    const variant = body('customs-inbound');
    trackResult(variant).scanEvents.unshift({
      date: '2025-03-07T09:30:00-05:00',
      eventType: 'AC',
      eventDescription: 'At Canada Post facility',
      scanLocation: { city: 'MONTREAL', stateOrProvinceCode: 'QC', countryCode: 'CA' },
    });
    const [parsed] = parseFedexTracking(variant);
    const handoff = { carrier: 'canada-post', carrierName: 'Canada Post', trackingNumber: null };
    expect(parsed?.events.at(-1)).toMatchObject({ status: 'in_transit', subStatus: 'handed_over', handoff });
    expect(parsed?.handoffs).toEqual([handoff]);
  });

  it('picks the shipment with the latest scan when FedEx reuses a number, and warns', () => {
    const variant = body('delivered-domestic');
    const newer = trackResult(variant);
    const older = structuredClone(newer);
    older.trackingNumberInfo = { trackingNumber: '271936045812', trackingNumberUniqueId: '11877~271936045812~FDEG', carrierCode: 'FDXE' };
    older.scanEvents = [{ date: '2023-02-01T10:00:00-05:00', eventType: 'DL', eventDescription: 'Delivered', scanLocation: { city: 'AKRON', stateOrProvinceCode: 'OH', countryCode: 'US' } }];
    variant.output.completeTrackResults[0]!.trackResults = [older, newer];
    const [parsed] = parseFedexTracking(variant);
    expect(parsed?.events).toHaveLength(8);
    expect(parsed?.warnings?.[0]).toMatchObject({ code: 'AMBIGUOUS_TRACKING_NUMBER' });
    expect(parsed?.warnings?.[0]?.message).toContain('12031~271936045812~FDEG');
  });

  it('keeps a scan without an offset in the zone of its place, and assumes one with a warning when the place is vague', () => {
    const variant = body('delivered-domestic');
    const scans = trackResult(variant).scanEvents;
    scans[1] = { ...scans[1], date: '2025-06-12T07:52:00' };
    scans[3] = { ...scans[3], date: '2025-06-12T01:47:00', scanLocation: { countryCode: 'US' } };
    const [parsed] = parseFedexTracking(variant);
    const byCode = (index: number) => parsed?.events[parsed.events.length - 1 - index];
    expect(byCode(1)?.time).toEqual({
      occurredAt: '2025-06-12T11:52:00.000Z',
      localTime: '2025-06-12T07:52:00-04:00',
      timeZone: 'America/New_York',
      timeBasis: 'location_zone',
    });
    expect(byCode(3)?.time.timeBasis).toBe('assumed_zone');
    expect(parsed?.warnings?.map((warning) => warning.code)).toContain('ASSUMED_TIME_ZONE');
  });

  it('records the language of FedEx texts only when the locale asked for is known', () => {
    const [unknownLanguage] = parseFedexTracking(fixture('delivered-domestic'));
    const [chinese] = parseFedexTracking(fixture('delivered-domestic'), { locale: 'zh-CN' });
    expect(unknownLanguage?.events[0]?.carrierStatus.language).toBeNull();
    expect(chinese?.events[0]?.carrierStatus.language).toBe('zh-CN');
  });

  it('answers not found for the numbers asked when FedEx lists no result, and refuses to guess without them', () => {
    const empty = JSON.stringify({ transactionId: 'x', output: { completeTrackResults: [], alerts: [{ code: 'TRACKING.DATA.NOTFOUND', alertType: 'NOTE', message: 'Tracking data unavailable' }] } });
    expect(parseFedexTracking(empty, { trackingNumbers: ['482609135745'] })).toEqual([
      { trackingNumber: '482609135745', outcome: 'not_found', events: [], warnings: [{ code: 'CARRIER_WARNING', rawCode: 'TRACKING.DATA.NOTFOUND', message: 'Tracking data unavailable' }] },
    ]);
    expect(() => parseFedexTracking(empty)).toThrow(CarrierResponseError);
  });

  it('raises CarrierResponseError, never a TypeError, for bodies that do not fit', () => {
    const cases: unknown[] = [
      '<html>maintenance</html>',
      '',
      '{"output": {"completeTrackResults": [{"trackingNumber": "271936045812", "trackResults": [{"scanEvents": [{"eventType": "PU"}]}]}]}}',
      '{"output": {"completeTrackResults": [{"trackingNumber": "271936045812", "trackResults": [{"scanEvents": [{"date": "yesterday", "eventType": "PU"}]}]}]}}',
      '{"output": {"completeTrackResults": [{"trackingNumber": "271936045812", "trackResults": [{"scanEvents": [{"date": "2025-02-30T10:00:00-05:00", "eventType": "PU"}]}]}]}}',
      '{"output": {"completeTrackResults": "none"}}',
      '{"something": "else"}',
      [1, 2, 3],
    ];
    for (const raw of cases) {
      let caught: unknown;
      try {
        parseFedexTracking(raw, { trackingNumbers: ['271936045812'] });
      } catch (error) {
        caught = error;
      }
      expect(CarrierResponseError.isInstance(caught), String(raw)).toBe(true);
      expect((caught as CarrierResponseError).carrierId).toBe('fedex');
    }
  });

  it('refuses an error body as a tracking answer and names FedEx code', () => {
    let caught: unknown;
    try {
      parseFedexTracking(fixture('auth-failure'));
    } catch (error) {
      caught = error;
    }
    expect(CarrierResponseError.isInstance(caught)).toBe(true);
    expect((caught as CarrierResponseError).issues[0]).toContain('NOT.AUTHORIZED.ERROR');
  });

  it('matches the recorded output of every tracking fixture', () => {
    const scenarios = ['delivered-domestic', 'customs-inbound', 'exception-return-to-sender', 'delivery-attempted', 'not-found', 'unknown-code', 'mixed-batch', 'ground-economy-usps'];
    for (const scenario of scenarios) expect(results(scenario)).toMatchSnapshot(scenario);
  });
});
