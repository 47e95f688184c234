import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dhl } from '../../../carriers/dhl/index.js';
import { parseDhlTracking } from '../../../carriers/dhl/dhl-parse.js';
import { CarrierResponseError, normalize, type TrackingResult } from '../../../src/index.js';

const FETCHED_AT = '2025-08-01T00:00:00.000Z';

function fixture(name: string): string {
  return readFileSync(new URL(`../../../fixtures/dhl/${name}`, import.meta.url), 'utf8');
}

function normalizeOne(body: unknown, trackingNumbers?: readonly string[]): TrackingResult {
  const results = normalize(dhl(), body, { fetchedAt: FETCHED_AT, ...(trackingNumbers ? { trackingNumbers } : {}) });
  expect(results).toHaveLength(1);
  return results[0] as TrackingResult;
}

/** A minimal 200 body with one shipment, for the rules that need no fixture. */
function body(shipment: Record<string, unknown>): string {
  return JSON.stringify({ shipments: [{ id: '3847105920', service: 'express', ...shipment }] });
}

describe('Parcel Germany, delivered, German texts (track-parcel-de-delivered-de.json)', () => {
  const result = normalizeOne(fixture('track-parcel-de-delivered-de.json'));

  it('is delivered at the delivery scan with all six events kept', () => {
    expect(result.outcome).toBe('found');
    expect(result.trackingNumber).toBe('00340434182736450917');
    expect(result.status).toBe('delivered');
    expect(result.subStatus).toBe('delivered');
    expect(result.events).toHaveLength(6);
    expect(result.deliveredAt).toBe('2025-04-09T11:26:00.000Z');
  });

  it('reads German wall times in Berlin time (CEST), including the event without a location', () => {
    const first = result.events[0];
    const last = result.events.at(-1);
    expect(first?.occurredAt).toBe('2025-04-07T16:32:11.000Z');
    expect(first?.localTime).toBe('2025-04-07T18:32:11+02:00');
    expect(first?.location).toBeNull();
    expect(last?.occurredAt).toBe('2025-04-09T11:26:00.000Z');
    expect(result.events.every((event) => event.timeZone === 'Europe/Berlin' && event.timeBasis === 'location_zone')).toBe(true);
    expect(result.warnings).toEqual([]);
  });

  it('classifies the German sentences and marks them as German', () => {
    expect(result.events.map((event) => `${event.status}/${event.subStatus}`)).toEqual([
      'info_received/info_received',
      'in_transit/picked_up',
      'in_transit/processed',
      'in_transit/processed',
      'out_for_delivery/out_for_delivery',
      'delivered/delivered',
    ]);
    expect(result.events.every((event) => event.carrierStatus.language === 'de')).toBe(true);
    expect(result.events[5]?.carrierStatus).toEqual({ code: 'delivered', description: 'Die Sendung wurde erfolgreich zugestellt.', language: 'de' });
  });

  it('reads "Deutschland" as the country and keeps no signer when DHL says none is available', () => {
    expect(result.events[1]?.location).toEqual({ countryCode: 'DE' });
    expect(result.origin).toEqual({ countryCode: 'DE' });
    expect(result.signedBy).toBeNull();
    expect(result.service).toEqual({ code: 'parcel-de', name: 'DHL PAKET' });
    expect(result.handoffs).toEqual([]);
  });
});

describe('Express inbound with customs (track-express-customs-inbound.json)', () => {
  const result = normalizeOne(fixture('track-express-customs-inbound.json'));

  it('ends in transit at the delivery facility after customs, with ten events', () => {
    expect(result.status).toBe('in_transit');
    expect(result.subStatus).toBe('received_at_destination_facility');
    expect(result.events).toHaveLength(10);
    expect(result.events[0]?.occurredAt).toBe('2025-03-10T06:12:00.000Z');
    expect(result.events.at(-1)?.occurredAt).toBe('2025-03-12T23:10:00.000Z');
  });

  it('goes through customs processing, a customs hold, duties owed and clearance', () => {
    expect(result.events.map((event) => `${event.status}/${event.subStatus}`)).toEqual([
      'in_transit/picked_up',
      'in_transit/processed',
      'in_transit/departed_origin_country',
      'in_transit/arrived_at_facility',
      'customs_processing/customs_processing',
      'customs_held/customs_held',
      'awaiting_payment/duties_taxes_due',
      'customs_cleared/customs_cleared',
      'in_transit/departed_facility',
      'in_transit/received_at_destination_facility',
    ]);
  });

  it('resolves each local wall time in the zone of its scan', () => {
    expect(result.events[0]).toMatchObject({ localTime: '2025-03-10T14:12:00+08:00', timeZone: 'Asia/Hong_Kong', timeBasis: 'location_zone' });
    expect(result.events[3]).toMatchObject({ localTime: '2025-03-11T06:20:00-04:00', timeZone: 'America/New_York', timeBasis: 'location_zone' });
    expect(result.events[9]).toMatchObject({ localTime: '2025-03-12T18:10:00-05:00', timeZone: 'America/Chicago', timeBasis: 'location_zone' });
  });

  it('splits the Express locality into city, state and country', () => {
    expect(result.events[0]?.location).toEqual({ city: 'HONG KONG', countryCode: 'HK' });
    expect(result.events[3]?.location).toEqual({ city: 'CINCINNATI HUB', region: 'OH', countryCode: 'US' });
    expect(result.destination).toEqual({ city: 'CHICAGO', region: 'IL', countryCode: 'US' });
  });

  it('keeps Express events without a code, except the newest, which repeats the shipment status', () => {
    expect(result.events.slice(0, 9).every((event) => event.carrierStatus.code === null)).toBe(true);
    expect(result.events[9]?.carrierStatus.code).toBe('transit');
  });

  it('reads a midnight-Z estimate as a calendar date', () => {
    expect(result.estimatedDelivery).toEqual({ from: '2025-03-13', to: '2025-03-13', precision: 'date' });
  });
});

describe('exception, then return to sender (track-exception-returned.json)', () => {
  const result = normalizeOne(fixture('track-exception-returned.json'));

  it('ends returned to the sender after an address exception and the return', () => {
    expect(result.status).toBe('returned_to_sender');
    expect(result.subStatus).toBe('returned_to_sender');
    expect(result.deliveredAt).toBeNull();
    expect(result.events.map((event) => `${event.status}/${event.subStatus}`)).toEqual([
      'info_received/info_received',
      'in_transit/processed',
      'out_for_delivery/out_for_delivery',
      'exception/address_issue',
      'returning_to_sender/returning_to_sender',
      'returned_to_sender/returned_to_sender',
    ]);
  });

  it('keeps the offsets DHL sent, cutting nine fractional digits to milliseconds', () => {
    expect(result.events).toHaveLength(6);
    expect(result.events[0]).toMatchObject({
      occurredAt: '2025-02-03T16:02:44.518Z',
      localTime: '2025-02-03T17:02:44.518+01:00',
      timeZone: null,
      timeBasis: 'carrier_offset',
    });
    expect(result.events.at(-1)?.occurredAt).toBe('2025-02-07T09:03:12.000Z');
    expect(result.events.every((event) => event.timeBasis === 'carrier_offset')).toBe(true);
  });

  it('keeps the raw statusCode beside our status', () => {
    expect(result.events[3]?.carrierStatus.code).toBe('failure');
    expect(result.events[5]?.carrierStatus.code).toBe('delivered');
    expect(result.events[5]?.location).toEqual({ city: 'Utrecht', postalCode: '3542 AD', countryCode: 'NL' });
  });
});

describe('out for delivery, then a failed attempt (track-express-delivery-attempt.json)', () => {
  const result = normalizeOne(fixture('track-express-delivery-attempt.json'));

  it('ends in a failed attempt because nobody was home', () => {
    expect(result.status).toBe('delivery_attempted');
    expect(result.subStatus).toBe('recipient_unavailable');
    expect(result.events).toHaveLength(8);
    expect(result.events[0]?.occurredAt).toBe('2025-05-19T14:40:00.000Z');
    expect(result.events.at(-1)?.occurredAt).toBe('2025-05-21T12:37:00.000Z');
    expect(result.events.slice(-3).map((event) => `${event.status}/${event.subStatus}`)).toEqual([
      'in_transit/delivery_scheduled',
      'out_for_delivery/out_for_delivery',
      'delivery_attempted/recipient_unavailable',
    ]);
  });

  it('marks the last departure in Germany as leaving the origin country and reads British times in BST', () => {
    expect(result.events[1]?.subStatus).toBe('departed_origin_country');
    expect(result.events.at(-1)).toMatchObject({ localTime: '2025-05-21T13:37:00+01:00', timeZone: 'Europe/London', timeBasis: 'location_zone' });
    expect(result.events.at(-1)?.location).toEqual({ city: 'LONDON', countryCode: 'GB' });
  });
});

describe('not found (track-not-found.json)', () => {
  it('gives not_found for the number asked for', () => {
    const result = normalizeOne(fixture('track-not-found.json'), ['6291058476']);
    expect(result.outcome).toBe('not_found');
    expect(result.trackingNumber).toBe('6291058476');
    expect(result.status).toBe('pending');
    expect(result.events).toEqual([]);
    expect(result.warnings).toEqual([{ code: 'CARRIER_WARNING', message: 'No shipment with the given tracking number was found.', rawCode: '404' }]);
  });

  it('reads the number from the problem instance when the numbers asked for are not known', () => {
    const result = normalizeOne(fixture('track-not-found.json'));
    expect(result.outcome).toBe('not_found');
    expect(result.trackingNumber).toBe('3847105920');
  });

  it('refuses a 404 problem that names no number when none was asked for', () => {
    const problem = JSON.stringify({ title: 'No result found', status: 404, detail: 'nothing' });
    expect(() => parseDhlTracking(problem)).toThrow(CarrierResponseError);
  });
});

describe('unknown code (track-unknown-code.json)', () => {
  const result = normalizeOne(fixture('track-unknown-code.json'));

  it('keeps an event with an undocumented statusCode as unknown, with the raw code, text and a warning', () => {
    const unknown = result.events.at(-1);
    expect(unknown).toMatchObject({ status: 'unknown', subStatus: 'unknown' });
    expect(unknown?.carrierStatus).toEqual({ code: 'suspended', description: 'Movement suspended by the facility', language: 'en' });
    expect(result.warnings).toEqual([
      expect.objectContaining({ code: 'UNKNOWN_CARRIER_CODE', rawCode: 'suspended' }),
    ]);
  });

  it('does not let the unknown event replace the known status, and reads bagging scans as moving', () => {
    expect(result.status).toBe('in_transit');
    expect(result.subStatus).toBe('processing');
    expect(result.events).toHaveLength(4);
    expect(result.events[2]).toMatchObject({ status: 'in_transit', subStatus: 'processing', carrierStatus: { code: 'unknown', description: 'CLOSE BAG' } });
    expect(result.events[0]?.occurredAt).toBe('2025-06-02T14:14:27.000Z');
    expect(result.events.at(-1)?.occurredAt).toBe('2025-06-03T11:47:40.000Z');
  });
});

describe('eCommerce handed to USPS (track-ecommerce-usps-handoff.json)', () => {
  const result = normalizeOne(fixture('track-ecommerce-usps-handoff.json'));

  it('is delivered with ten events across Pacific and Central time', () => {
    expect(result.status).toBe('delivered');
    expect(result.events).toHaveLength(10);
    expect(result.events[0]).toMatchObject({ occurredAt: '2025-07-14T17:22:05.000Z', timeZone: 'America/Los_Angeles', timeBasis: 'location_zone' });
    expect(result.events.at(-1)).toMatchObject({ occurredAt: '2025-07-18T18:21:09.000Z', timeZone: 'America/Chicago', timeBasis: 'location_zone' });
    expect(result.deliveredAt).toBe('2025-07-18T18:21:09.000Z');
  });

  it('emits the USPS number on the tender event and in the handoffs', () => {
    const tender = result.events.find((event) => event.subStatus === 'handed_over');
    expect(tender?.carrierStatus.description).toBe('Tendered to delivery service provider');
    expect(tender?.handoff).toEqual({ carrier: 'usps', trackingNumber: '9400111899223857104624' });
    expect(result.events.filter((event) => event.handoff !== undefined)).toHaveLength(1);
    expect(result.handoffs).toEqual([{ carrier: 'usps', trackingNumber: '9400111899223857104624' }]);
  });

  it('reads the eCommerce locations and the delivery window', () => {
    expect(result.events[0]?.location).toEqual({ city: 'Ontario', region: 'CA', postalCode: '91761', countryCode: 'US' });
    expect(result.estimatedDelivery).toEqual({ from: '2025-07-18T09:00:00-05:00', to: '2025-07-18T20:00:00-05:00', precision: 'datetime' });
  });
});

describe('body handling', () => {
  it('gives the same result for the body as a string and already parsed', () => {
    const text = fixture('track-express-delivery-attempt.json');
    expect(normalizeOne(JSON.parse(text) as unknown)).toEqual(normalizeOne(text));
  });

  it('raises CarrierResponseError, never a TypeError, for bodies that do not fit', () => {
    for (const raw of ['<html>maintenance</html>', '', '{"shipments": "none"}', '{"shipments": [{"id": "1", "events": [{"description": "no time"}]}]}', '[1, 2]']) {
      expect(() => parseDhlTracking(raw, { trackingNumbers: ['3847105920'] }), raw).toThrow(CarrierResponseError);
    }
  });

  it('raises CarrierResponseError for a timestamp that is not a real date', () => {
    const raw = body({ events: [{ timestamp: '2025-02-30T10:00:00', description: 'Shipment picked up', location: { address: { addressLocality: 'LEIPZIG - GERMANY' } } }] });
    expect(() => parseDhlTracking(raw)).toThrow(/not a real date/);
    const second = body({
      events: [
        { timestamp: '2025-02-28T10:00:00', description: 'Delivered', location: { address: { addressLocality: 'LEIPZIG - GERMANY' } } },
        { timestamp: '2025-02-30T09:00:00', description: 'Shipment picked up', location: { address: { addressLocality: 'LEIPZIG - GERMANY' } } },
      ],
    });
    let error: unknown;
    try {
      parseDhlTracking(second);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(CarrierResponseError);
    // The event's place in the body as DHL sent it (newest first), not in the timeline.
    expect((error as CarrierResponseError).issues).toEqual(['shipments.0.events.1.timestamp: not an ISO 8601 date-time']);
  });

  it('treats a problem body other than 404 as not a tracking answer', () => {
    expect(() => parseDhlTracking(fixture('track-auth-failure.json'), { trackingNumbers: ['3847105920'] })).toThrow(CarrierResponseError);
    expect(() => parseDhlTracking(fixture('track-rate-limited.json'), { trackingNumbers: ['3847105920'] })).toThrow(/status 429/);
  });

  it('gives not_found for an empty shipment list when the number is known, and refuses it otherwise', () => {
    expect(parseDhlTracking('{"shipments": []}', { trackingNumbers: ['3847105920'] })).toEqual([
      { trackingNumber: '3847105920', outcome: 'not_found', events: [], warnings: [] },
    ]);
    expect(() => parseDhlTracking('{"shipments": []}')).toThrow(CarrierResponseError);
  });
});

describe('shipment rules', () => {
  const picked = { timestamp: '2025-05-19T16:40:00', description: 'Shipment picked up', location: { address: { addressLocality: 'LEIPZIG - GERMANY' } } };

  it('keeps the number asked for when DHL answers with another division id, and says so', () => {
    const [parsed] = parseDhlTracking(body({ id: '3847105920', events: [picked] }), { trackingNumbers: ['00340434182736450917'] });
    expect(parsed?.trackingNumber).toBe('00340434182736450917');
    expect(parsed?.warnings).toEqual([expect.objectContaining({ code: 'CARRIER_NUMBER_ALIAS' })]);
    expect(parsed?.warnings?.[0]?.message).toContain('3847105920');
  });

  it('gives one result per shipment when DHL knows the number in two divisions', () => {
    const raw = JSON.stringify({
      shipments: [
        { id: '3847105920', service: 'express', events: [picked] },
        { id: '3847105920', service: 'freight', events: [{ ...picked, statusCode: 'transit', description: 'Arrived' }] },
      ],
    });
    const parsed = parseDhlTracking(raw, { trackingNumbers: ['3847105920'] });
    expect(parsed.map((item) => [item.trackingNumber, item.service?.code, item.events.length])).toEqual([
      ['3847105920', 'express', 1],
      ['3847105920', 'freight', 1],
    ]);
  });

  it('uses the dated shipment status as the only event when DHL sends no events', () => {
    const [parsed] = parseDhlTracking(body({ status: { ...picked, statusCode: 'transit' } }));
    expect(parsed?.events).toHaveLength(1);
    expect(parsed?.events[0]).toMatchObject({ status: 'in_transit', subStatus: 'picked_up', carrierStatus: { code: 'transit' } });
  });

  it('gives a found result without events when neither events nor a dated status are sent', () => {
    const result = normalizeOne(body({ status: { statusCode: 'pre-transit' } }));
    expect(result).toMatchObject({ outcome: 'found', status: 'pending', events: [] });
  });

  it('borrows a neighbour zone for an event without a place, and says the zone is assumed', () => {
    const result = normalizeOne(
      body({
        origin: { address: { addressLocality: 'LEIPZIG - GERMANY' } },
        destination: { address: { addressLocality: 'LONDON - UNITED KINGDOM' } },
        events: [{ timestamp: '2025-05-19T18:00:00', description: 'Processed at hub' }, picked],
      }),
    );
    expect(result.events[1]).toMatchObject({ timeZone: 'Europe/Berlin', timeBasis: 'assumed_zone', occurredAt: '2025-05-19T16:00:00.000Z' });
    expect(result.warnings).toEqual([expect.objectContaining({ code: 'ASSUMED_TIME_ZONE' })]);
    expect(result.warnings[0]?.message).toContain('previous event');
  });

  it('falls back to UTC with a warning when no place names a zone at all', () => {
    const result = normalizeOne(body({ events: [{ timestamp: '2025-05-19T18:00:00', description: 'Shipment picked up' }] }));
    expect(result.events[0]).toMatchObject({ occurredAt: '2025-05-19T18:00:00.000Z', timeZone: 'UTC', timeBasis: 'assumed_zone' });
    expect(result.warnings.map((warning) => warning.code)).toEqual(['ASSUMED_TIME_ZONE']);
  });

  it('reads a bare date as the start of that day in the place', () => {
    const result = normalizeOne(body({ events: [{ ...picked, timestamp: '2025-05-19' }] }));
    expect(result.events[0]).toMatchObject({ occurredAt: '2025-05-18T22:00:00.000Z', timeBasis: 'date_only', timeZone: 'Europe/Berlin' });
  });

  it('turns a delivery into the return reaching the sender when returnFlag is set', () => {
    const delivered = { ...picked, timestamp: '2025-05-22T10:00:00', statusCode: 'delivered', description: 'Delivered' };
    expect(normalizeOne(body({ events: [delivered] })).status).toBe('delivered');
    expect(normalizeOne(body({ returnFlag: true, events: [delivered] })).status).toBe('returned_to_sender');
  });

  it('reads an Express hold away from customs events as a carrier hold', () => {
    const result = normalizeOne(body({ events: [{ ...picked, timestamp: '2025-05-19T20:00:00', description: 'Shipment is on hold' }, picked] }));
    expect(result.events[1]).toMatchObject({ status: 'exception', subStatus: 'held' });
  });

  it('names the signer only when DHL says a signature is available and the name is not a placeholder', () => {
    const delivered = { ...picked, statusCode: 'delivered', description: 'Delivered' };
    const signed = (details: Record<string, unknown>) => parseDhlTracking(body({ details, events: [delivered] }))[0]?.signedBy;
    expect(signed({ proofOfDeliverySignedAvailable: true, proofOfDelivery: { signed: { name: 'K. MEIER' } } })).toBe('K. MEIER');
    expect(signed({ proofOfDeliverySignedAvailable: false, proofOfDelivery: { signed: { name: 'K. MEIER' } } })).toBeNull();
    expect(signed({ proofOfDelivery: { signed: { name: 'Delivered' } } })).toBeNull();
    expect(signed({ proofOfDelivery: { signed: { givenName: 'Karl', familyName: 'Meier' } } })).toBe('Karl Meier');
  });

  it('resolves a wall-time estimate in the destination zone and keeps an offset estimate as sent', () => {
    const destination = { address: { addressLocality: 'LONDON - UNITED KINGDOM' } };
    expect(parseDhlTracking(body({ destination, estimatedTimeOfDelivery: '2025-05-22T17:00:00', events: [picked] }))[0]?.estimatedDelivery).toEqual({
      from: '2025-05-22T17:00:00+01:00',
      to: '2025-05-22T17:00:00+01:00',
      precision: 'datetime',
    });
    expect(parseDhlTracking(body({ estimatedTimeOfDelivery: '2025-05-22', events: [picked] }))[0]?.estimatedDelivery).toEqual({
      from: '2025-05-22',
      to: '2025-05-22',
      precision: 'date',
    });
  });
});

describe('handoffs', () => {
  const tender = { timestamp: '2025-07-17T09:41:02', statusCode: 'transit', status: 'TENDERED TO DELIVERY SERVICE PROVIDER', location: { address: { countryCode: 'IE', addressLocality: 'Dublin' } } };
  const ecommerce = (shipment: Record<string, unknown>) =>
    parseDhlTracking(JSON.stringify({ shipments: [{ id: 'GM295117140000372816', service: 'ecommerce-europe', events: [tender], ...shipment }] }))[0];

  it('names the national post from destinationProvider and an S10 partner number', () => {
    const parsed = ecommerce({ details: { provider: { destinationProvider: 'anpost' }, references: [{ type: 'local-tracking-number', number: 'CX294173609DE' }] } });
    expect(parsed?.handoffs).toEqual([{ carrier: 'deutsche-post', trackingNumber: 'CX294173609DE' }]);
    const named = ecommerce({ details: { provider: { destinationProvider: 'anpost' }, references: [{ type: 'local-tracking-number', number: 'AN-7731-0924' }] } });
    expect(named?.handoffs).toEqual([{ carrier: 'an-post', carrierName: 'anpost', trackingNumber: 'AN-7731-0924' }]);
    expect(named?.events[0]?.handoff).toEqual({ carrier: 'an-post', carrierName: 'anpost', trackingNumber: 'AN-7731-0924' });
  });

  it('names the partner without a number when only destinationProvider is sent, and none for DHL divisions', () => {
    expect(ecommerce({ details: { provider: { destinationProvider: 'posti' } } })?.handoffs).toEqual([{ carrier: 'posti', carrierName: 'posti', trackingNumber: null }]);
    expect(ecommerce({ details: { provider: { destinationProvider: 'parcel-de' } } })?.handoffs).toEqual([]);
  });

  it('never exposes a partner number marked secret or sensitive', () => {
    const parsed = ecommerce({ details: { references: [{ type: 'local-tracking-number', number: '9400111899223857104624', '@scope': 'sensitive' }] } });
    expect(parsed?.handoffs).toEqual([]);
    expect(JSON.stringify(parsed)).not.toContain('9400111899223857104624');
  });

  it('hands a 420 + ZIP + IMpb eCommerce number to USPS under its bare IMpb code', () => {
    const [parsed] = parseDhlTracking(JSON.stringify({ shipments: [{ id: '420906039400111899223857104624', service: 'ecommerce', events: [tender] }] }));
    expect(parsed?.handoffs).toEqual([{ carrier: 'usps', trackingNumber: '9400111899223857104624' }]);
  });
});
