import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CarrierResponseError, normalize, type TrackingResult } from '../../../src/index.js';
import { usps } from '../../../carriers/usps/index.js';
import { parseUspsTracking } from '../../../carriers/usps/usps-parse.js';

const adapter = usps();
const FETCHED_AT = '2025-06-01T00:00:00.000Z';

function body(name: string): string {
  return readFileSync(new URL(`../../../fixtures/usps/${name}.json`, import.meta.url), 'utf8');
}

function parsed(name: string): Record<string, unknown> {
  return JSON.parse(body(name)) as Record<string, unknown>;
}

function result(name: string, trackingNumbers?: readonly string[]): TrackingResult {
  const results = normalize(adapter, body(name), { fetchedAt: FETCHED_AT, ...(trackingNumbers ? { trackingNumbers } : {}) });
  expect(results).toHaveLength(1);
  return results[0] as TrackingResult;
}

/** A DETAIL body around the given events (newest first, as USPS sends them). */
function detail(events: Record<string, unknown>[], extra: Record<string, unknown> = {}): string {
  return JSON.stringify({ trackingNumber: '9400111699063541209868', mailType: 'DM', trackingEvents: events, ...extra });
}

describe('domestic delivered (track-delivered.json)', () => {
  const subject = result('track-delivered');

  it('is delivered, with twelve events from label creation to the mailbox', () => {
    expect(subject.outcome).toBe('found');
    expect(subject.trackingNumber).toBe('9400111699001234567819');
    expect(subject.status).toBe('delivered');
    expect(subject.subStatus).toBe('delivered');
    expect(subject.events).toHaveLength(12);
    expect(subject.events[0]?.occurredAt).toBe('2024-04-08T01:22:00.000Z');
    expect(subject.events.at(-1)?.occurredAt).toBe('2024-04-12T18:07:00.000Z');
    expect(subject.deliveredAt).toBe('2024-04-12T18:07:00.000Z');
    expect(subject.events.map((event) => event.carrierStatus.code)).toEqual(['GX', 'MA', '03', '10', 'T1', 'A1', 'T1', 'TL', 'A1', '07', 'OF', '01']);
  });

  it('subtracts GMTOffset from the local eventTimestamp and records the zone that agrees with it', () => {
    const delivered = subject.events.at(-1);
    expect(delivered).toMatchObject({ localTime: '2024-04-12T14:07:00-04:00', timeZone: 'America/New_York', timeBasis: 'carrier_offset' });
    expect(delivered?.location).toEqual({ city: 'COLUMBUS', region: 'OH', postalCode: '43215', countryCode: 'US' });
  });

  it('ignores the wrong date of GMTTimestamp around midnight UTC (local 22:45 at -07:00 is 05:45Z the next day)', () => {
    const portlandDeparture = subject.events[4];
    expect(portlandDeparture?.carrierStatus.code).toBe('T1');
    expect(portlandDeparture?.occurredAt).toBe('2024-04-09T05:45:00.000Z');
    expect(subject.events[6]?.occurredAt).toBe('2024-04-10T05:28:00.000Z');
    expect(subject.warnings.map((warning) => warning.code)).not.toContain('CARRIER_TIME_MISMATCH');
  });

  it('times the label and pre-shipment events in the origin zone, assumed; the midnight MA event is a date', () => {
    expect(subject.events[0]).toMatchObject({ status: 'info_received', localTime: '2024-04-07T18:22:00-07:00', timeZone: 'America/Los_Angeles', timeBasis: 'assumed_zone', location: null });
    expect(subject.events[1]).toMatchObject({ occurredAt: '2024-04-08T07:00:00.000Z', timeBasis: 'date_only', timeZone: 'America/Los_Angeles' });
  });

  it('lends the nearest event\'s zone to the in-transit event without a location, with a warning', () => {
    expect(subject.events[7]).toMatchObject({ carrierStatus: { code: 'TL' }, occurredAt: '2024-04-11T15:40:00.000Z', timeZone: 'America/Denver', timeBasis: 'assumed_zone' });
    const assumed = subject.warnings.filter((warning) => warning.code === 'ASSUMED_TIME_ZONE');
    expect(assumed).toHaveLength(2);
    expect(assumed.map((warning) => warning.message).join('\n')).toContain('DENVER CO NETWORK DISTRIBUTION CENTER');
  });

  it('reads facility names in eventCity into facility, town and state', () => {
    expect(subject.events[5]?.location).toEqual({ city: 'DENVER', region: 'CO', countryCode: 'US', facility: 'DENVER CO NETWORK DISTRIBUTION CENTER' });
  });

  it('gives service, addresses and the expected date without USPS\'s HTML', () => {
    expect(subject.service).toEqual({ code: '001', name: 'Priority Mail®' });
    expect(subject.origin).toEqual({ city: 'PORTLAND', region: 'OR', postalCode: '97214', countryCode: 'US' });
    expect(subject.destination).toEqual({ city: 'COLUMBUS', region: 'OH', postalCode: '43215', countryCode: 'US' });
    expect(subject.estimatedDelivery).toEqual({ from: '2024-04-12', to: '2024-04-12', precision: 'date' });
    expect(subject.handoffs).toEqual([]);
  });

  it('matches its snapshot', () => {
    expect(subject).toMatchSnapshot();
  });
});

describe('inbound item with customs (track-inbound-customs.json)', () => {
  const subject = result('track-inbound-customs');
  const byCode = (code: string) => subject.events.find((event) => event.carrierStatus.code === code);

  it('is delivered after customs, with twelve events from the origin post to the porch', () => {
    expect(subject.status).toBe('delivered');
    expect(subject.events).toHaveLength(12);
    expect(subject.events[0]?.occurredAt).toBe('2024-05-02T01:15:00.000Z');
    expect(subject.events.at(-1)?.occurredAt).toBe('2024-05-10T17:26:00.000Z');
  });

  it('walks through the customs statuses in order', () => {
    expect(subject.events.map((event) => `${event.status}/${event.subStatus}`)).toEqual([
      'in_transit/picked_up',
      'in_transit/arrived_at_facility',
      'in_transit/departed_origin_country',
      'in_transit/arrived_destination_country',
      'customs_processing/customs_processing',
      'customs_held/customs_held',
      'awaiting_payment/duties_taxes_due',
      'customs_cleared/customs_cleared',
      'in_transit/departed_facility',
      'in_transit/received_at_destination_facility',
      'out_for_delivery/out_for_delivery',
      'delivered/delivered',
    ]);
  });

  it('times the foreign events in China: the origin post event without offset by the country\'s zone', () => {
    expect(byCode('NP')).toMatchObject({ localTime: '2024-05-02T09:15:00+08:00', timeZone: 'Asia/Shanghai', timeBasis: 'location_zone', location: { countryCode: 'CN' } });
    expect(byCode('Z2')).toMatchObject({ occurredAt: '2024-05-03T22:05:00.000Z', timeBasis: 'carrier_offset', location: { city: 'SHENZHEN', countryCode: 'CN' } });
  });

  it('makes the first scan at the New York International Service Center the arrival in the United States', () => {
    expect(byCode('10')).toMatchObject({
      subStatus: 'arrived_destination_country',
      occurredAt: '2024-05-05T07:20:00.000Z',
      location: { city: 'NEW YORK', region: 'NY', countryCode: 'US', facility: 'ISC NEW YORK NY(USPS)' },
    });
  });

  it('names the origin post as the carrier of the leg before the United States, and warns about nothing', () => {
    expect(subject.handoffs).toEqual([{ carrier: 'china-post', carrierName: expect.stringContaining('China Post'), trackingNumber: null }]);
    expect(subject.origin).toEqual({ countryCode: 'CN' });
    expect(subject.warnings).toEqual([]);
  });

  it('matches its snapshot', () => {
    expect(subject).toMatchSnapshot();
  });
});

describe('exception, then return to sender (track-return-to-sender.json)', () => {
  const subject = result('track-return-to-sender');

  it('ends returned to the sender, with eleven events', () => {
    expect(subject.status).toBe('returned_to_sender');
    expect(subject.subStatus).toBe('returned_to_sender');
    expect(subject.events).toHaveLength(11);
    expect(subject.events[0]?.occurredAt).toBe('2024-02-12T16:05:00.000Z');
    expect(subject.events.at(-1)?.occurredAt).toBe('2024-02-20T18:31:00.000Z');
    expect(subject.deliveredAt).toBeNull();
  });

  it('keeps the exception and the start of the return', () => {
    expect(subject.events[6]).toMatchObject({ status: 'exception', subStatus: 'address_issue', carrierStatus: { code: '05', description: 'Undeliverable as Addressed', language: 'en' } });
    expect(subject.events[7]).toMatchObject({ status: 'returning_to_sender', carrierStatus: { code: '09' } });
    expect(subject.events.at(-1)).toMatchObject({ status: 'returned_to_sender', location: { city: 'SAN ANTONIO', postalCode: '78205' } });
  });

  it('reads services sent as a single string without failing', () => {
    expect(subject.service).toEqual({ code: '001', name: 'USPS Ground Advantage™' });
  });

  it('matches its snapshot', () => {
    expect(subject).toMatchSnapshot();
  });
});

describe('out for delivery, attempt, pickup (track-delivery-attempt.json)', () => {
  const subject = result('track-delivery-attempt');

  it('is available for pickup at the Post Office after a notice was left', () => {
    expect(subject.status).toBe('available_for_pickup');
    expect(subject.subStatus).toBe('available_for_pickup');
    expect(subject.events).toHaveLength(7);
    expect(subject.events[0]?.occurredAt).toBe('2024-10-28T20:10:00.000Z');
    expect(subject.events.at(-1)?.occurredAt).toBe('2024-10-31T16:20:00.000Z');
    expect(subject.events.slice(4).map((event) => `${event.status}/${event.subStatus}`)).toEqual([
      'out_for_delivery/out_for_delivery',
      'delivery_attempted/notice_left',
      'available_for_pickup/available_for_pickup',
    ]);
  });

  it('records the Boise zone for the offset USPS sent (Idaho is split; ZIP 837 is Mountain)', () => {
    expect(subject.events[0]).toMatchObject({ localTime: '2024-10-28T14:10:00-06:00', timeZone: 'America/Boise', timeBasis: 'carrier_offset' });
  });

  it('matches its snapshot', () => {
    expect(subject).toMatchSnapshot();
  });
});

describe('not found (track-not-found.json, HTTP 400, code 150002)', () => {
  it('is not found, names the number asked for and keeps USPS\'s message', () => {
    const subject = result('track-not-found', ['9400 1116 9906 3541 2098 68']);
    expect(subject.outcome).toBe('not_found');
    expect(subject.trackingNumber).toBe('9400111699063541209868');
    expect(subject.status).toBe('pending');
    expect(subject.events).toEqual([]);
    expect(subject.warnings).toEqual([{ code: 'CARRIER_WARNING', rawCode: '150002', message: expect.stringContaining('may be incorrect') }]);
  });

  it('takes the number from USPS\'s text when a stored body is normalized alone', () => {
    expect(result('track-not-found').trackingNumber).toBe('9400111699063541209868');
  });

  it('raises CarrierResponseError when neither the request nor the body names the number', () => {
    const anonymous = { apiVersion: '/tracking/v3', error: { code: '400', message: 'Status not available', errors: [{ code: '150009' }] } };
    expect(() => parseUspsTracking(anonymous)).toThrow(CarrierResponseError);
    expect(parseUspsTracking(anonymous, { trackingNumbers: ['LX482063155CN'] })).toEqual([
      { trackingNumber: 'LX482063155CN', outcome: 'not_found', events: [], warnings: [{ code: 'CARRIER_WARNING', rawCode: '150009', message: 'Status not available' }] },
    ]);
  });

  it('refuses an error body that is not about tracking (a stored 401)', () => {
    const error = (() => {
      try {
        parseUspsTracking(body('error-auth-failure'), { trackingNumbers: ['9400111699001234567819'] });
      } catch (caught) {
        return caught;
      }
      return undefined;
    })();
    expect(CarrierResponseError.isInstance(error)).toBe(true);
    expect((error as CarrierResponseError).issues[0]).toContain('401');
  });
});

describe('unknown code (track-unknown-code.json)', () => {
  const subject = result('track-unknown-code');

  it('keeps the unknown event with USPS\'s code and text, warns, and stays in transit', () => {
    expect(subject.status).toBe('in_transit');
    expect(subject.subStatus).toBe('arrived_at_facility');
    expect(subject.events).toHaveLength(4);
    expect(subject.events[0]?.occurredAt).toBe('2024-07-01T16:20:00.000Z');
    expect(subject.events.at(-1)?.occurredAt).toBe('2024-07-02T11:15:00.000Z');
    expect(subject.events[1]).toMatchObject({ status: 'unknown', subStatus: 'unknown', carrierStatus: { code: 'Q7', description: 'Item Condition Noted', language: 'en' } });
    expect(subject.warnings).toEqual([expect.objectContaining({ code: 'UNKNOWN_CARRIER_CODE', rawCode: 'Q7' })]);
  });
});

describe('zones: Guam, Hawaii, Alaska (track-zones-pacific.json)', () => {
  const subject = result('track-zones-pacific');

  it('resolves every local time in the zone of its scan location, ignoring USPS\'s false Z', () => {
    expect(subject.status).toBe('delivered');
    expect(subject.events).toHaveLength(8);
    expect(subject.events.map((event) => [event.occurredAt, event.timeZone, event.timeBasis])).toEqual([
      ['2023-09-18T00:42:00.000Z', 'Pacific/Guam', 'location_zone'],
      ['2023-09-18T07:05:00.000Z', 'Pacific/Guam', 'location_zone'],
      ['2023-09-20T15:30:00.000Z', 'Pacific/Honolulu', 'location_zone'],
      ['2023-09-21T07:10:00.000Z', 'Pacific/Honolulu', 'location_zone'],
      ['2023-09-22T11:25:00.000Z', 'America/Anchorage', 'location_zone'],
      ['2023-09-22T15:48:00.000Z', 'America/Anchorage', 'location_zone'],
      ['2023-09-22T16:30:00.000Z', 'America/Anchorage', 'location_zone'],
      ['2023-09-22T22:57:00.000Z', 'America/Anchorage', 'location_zone'],
    ]);
    expect(subject.warnings).toEqual([]);
  });

  it('gives Guam its own ISO country code and keeps USPS\'s state code', () => {
    expect(subject.events[0]?.location).toEqual({ city: 'BARRIGADA', region: 'GU', postalCode: '96913', countryCode: 'GU' });
    expect(subject.origin).toEqual({ city: 'BARRIGADA', region: 'GU', postalCode: '96913', countryCode: 'GU' });
  });

  it('names who signed for the delivery', () => {
    expect(subject.signedBy).toBe('R TANAKA');
  });
});

describe('zones: Puerto Rico and split Indiana (track-zones-puerto-rico-indiana.json)', () => {
  const subject = result('track-zones-puerto-rico-indiana');

  it('resolves San Juan, Indianapolis (Eastern) and Evansville (Central) separately', () => {
    expect(subject.status).toBe('delivered');
    expect(subject.events).toHaveLength(8);
    expect(subject.events[0]).toMatchObject({ occurredAt: '2024-11-01T13:12:00.000Z', timeZone: 'America/Puerto_Rico', location: { countryCode: 'PR', region: 'PR' } });
    expect(subject.events[3]).toMatchObject({ occurredAt: '2024-11-03T19:05:00.000Z', localTime: '2024-11-03T14:05:00-05:00', timeZone: 'America/Indiana/Indianapolis' });
    expect(subject.events[4]).toMatchObject({ occurredAt: '2024-11-04T01:40:00.000Z', localTime: '2024-11-03T19:40:00-06:00', timeZone: 'America/Chicago' });
    expect(subject.events.at(-1)).toMatchObject({ occurredAt: '2024-11-04T21:18:00.000Z', timeZone: 'America/Chicago', timeBasis: 'location_zone' });
    expect(subject.warnings).toEqual([]);
  });

  it('takes the first of the repeated 01:30 when DST ends in Indianapolis', () => {
    expect(subject.events[2]).toMatchObject({ occurredAt: '2024-11-03T05:30:00.000Z', localTime: '2024-11-03T01:30:00-04:00' });
  });
});

describe('zones: Texas, El Paso (track-zones-texas-el-paso.json)', () => {
  const subject = result('track-zones-texas-el-paso');

  it('resolves El Paso to Mountain time and Dallas to Central', () => {
    expect(subject.status).toBe('delivered');
    expect(subject.events).toHaveLength(7);
    expect(subject.events[0]).toMatchObject({ occurredAt: '2024-06-03T20:25:00.000Z', timeZone: 'America/Chicago', timeBasis: 'location_zone' });
    expect(subject.events.at(-1)).toMatchObject({ occurredAt: '2024-06-05T19:48:00.000Z', localTime: '2024-06-05T13:48:00-06:00', timeZone: 'America/Denver', timeBasis: 'location_zone' });
  });

  it('assumes Central time for an event that names only the state, with a warning', () => {
    expect(subject.events[2]).toMatchObject({ occurredAt: '2024-06-04T17:00:00.000Z', timeZone: 'America/Chicago', timeBasis: 'assumed_zone', location: { region: 'TX', countryCode: 'US' } });
    expect(subject.warnings).toEqual([expect.objectContaining({ code: 'ASSUMED_TIME_ZONE', message: expect.stringContaining('TX') })]);
  });
});

describe('bodies that do not fit', () => {
  it('accepts a body already parsed as an object', () => {
    expect(parseUspsTracking(parsed('track-delivered'))[0]?.events).toHaveLength(12);
  });

  it('raises CarrierResponseError for non-JSON, a wrong shape and a SUMMARY body', () => {
    expect(() => parseUspsTracking('<html>maintenance</html>')).toThrow(CarrierResponseError);
    expect(() => parseUspsTracking({ trackingEvents: 'none' })).toThrow(CarrierResponseError);
    expect(() => parseUspsTracking({ trackingEvents: [{ eventType: { text: 'x' } }] })).toThrow(CarrierResponseError);
    expect(() => parseUspsTracking({ trackingNumber: '9400111699001234567819', eventSummaries: ['Delivered, In/At Mailbox'] })).toThrow(/SUMMARY/);
  });

  it('raises CarrierResponseError, not a TypeError, for an event whose time cannot be read', () => {
    const broken = detail([{ eventType: 'Out for Delivery', eventCode: 'OF', eventTimestamp: 'yesterday', eventCity: 'DAYTON', eventState: 'OH', eventZIP: '45402' }]);
    expect(() => parseUspsTracking(broken)).toThrow(CarrierResponseError);
  });

  it('falls back to GMTTimestamp when eventTimestamp holds a time without a date', () => {
    const [tracking] = parseUspsTracking(
      detail([{ eventType: 'Out for Delivery', eventCode: 'OF', eventTimestamp: '08:05:00', GMTTimestamp: '2024-03-04T13:05:00Z', eventCity: 'DAYTON', eventState: 'OH', eventZIP: '45402' }]),
    );
    expect(tracking?.events[0]?.time).toEqual({ occurredAt: '2024-03-04T13:05:00.000Z', localTime: '2024-03-04T08:05:00-05:00', timeZone: 'America/New_York', timeBasis: 'carrier_offset' });
  });

  it('answers a body without events as found, with no events', () => {
    const [tracking] = parseUspsTracking(detail([]));
    expect(tracking).toMatchObject({ trackingNumber: '9400111699063541209868', outcome: 'found', events: [] });
  });
});

describe('handoffs and fallbacks', () => {
  it('marks code 42 as a handoff to an unnamed partner', () => {
    const [tracking] = parseUspsTracking(
      detail([
        { eventType: 'Shipment Received by Shipping Partner', eventCode: '42', eventTimestamp: '2024-03-04T10:00:00', GMTOffset: '-05:00', eventCity: 'DAYTON', eventState: 'OH', eventZIP: '45402' },
      ]),
    );
    expect(tracking?.events[0]).toMatchObject({ status: 'in_transit', subStatus: 'handed_over', handoff: { carrier: null, trackingNumber: null } });
    expect(tracking?.handoffs).toEqual([{ carrier: null, trackingNumber: null }]);
  });

  it('hands an outbound item to the destination post when it leaves the International Service Center', () => {
    const [tracking] = parseUspsTracking(
      JSON.stringify({
        trackingNumber: 'EC307182544US',
        mailType: 'INTERNATIONAL_OUTBOUND',
        originCity: 'CHICAGO',
        originState: 'IL',
        originZIP: '60607',
        destinationCountryCode: 'GB',
        trackingEvents: [
          { eventType: 'Arrived at Facility', eventCode: 'Y1', eventTimestamp: '2024-03-07T07:30:00', eventCity: 'LONDON', eventCountry: 'UNITED KINGDOM' },
          { eventType: 'Dispatched from USPS International Service Center', eventCode: 'Y2', eventTimestamp: '2024-03-05T18:00:00', GMTOffset: '-06:00', eventCity: 'ISC CHICAGO IL (USPS)' },
          { eventType: 'USPS in possession of item', eventCode: '03', eventTimestamp: '2024-03-04T10:00:00', GMTOffset: '-06:00', eventCity: 'CHICAGO', eventState: 'IL', eventZIP: '60607' },
        ],
      }),
    );
    expect(tracking?.events.map((event) => event.subStatus)).toEqual(['picked_up', 'departed_origin_country', 'arrived_at_facility']);
    expect(tracking?.events[1]?.handoff).toEqual({ carrier: 'royal-mail', carrierName: expect.stringContaining('Royal Mail'), trackingNumber: null });
    expect(tracking?.handoffs).toHaveLength(1);
    expect(tracking?.events[2]).toMatchObject({ location: { city: 'LONDON', countryCode: 'GB' }, time: { occurredAt: '2024-03-07T07:30:00.000Z', timeZone: 'Europe/London', timeBasis: 'location_zone' } });
    expect(tracking?.warnings).toEqual([]);
  });

  it('makes only the first scan in the United States the arrival of an inbound item', () => {
    const inbound = (events: Record<string, unknown>[]) =>
      parseUspsTracking(JSON.stringify({ trackingNumber: 'LX730159262CN', originCountry: 'CN', trackingEvents: events }))[0]?.events.map((event) => event.subStatus);
    const abroad = { eventType: 'Departed', eventCode: 'Z2', eventTimestamp: '2024-05-04T06:05:00', GMTOffset: '+08:00', eventCity: 'SHENZHEN', eventCountry: 'CHINA' };
    const customsFirst = { eventType: 'Inbound Into Customs', eventCode: 'Z3', eventTimestamp: '2024-05-05T04:02:00', GMTOffset: '-04:00', eventCity: 'ISC NEW YORK NY(USPS)' };
    const processed = { eventType: 'Processed Through Facility', eventCode: '10', eventTimestamp: '2024-05-06T09:00:00', GMTOffset: '-04:00', eventCity: 'ISC NEW YORK NY(USPS)' };
    const airport = { eventType: 'Arrived at Facility', eventCode: 'Z7', eventTimestamp: '2024-05-05T02:00:00', GMTOffset: '-04:00', eventCity: 'JAMAICA', eventState: 'NY', eventZIP: '11430' };
    expect(inbound([processed, customsFirst, abroad])).toEqual(['departed_origin_country', 'customs_processing', 'processed']);
    expect(inbound([processed, airport, abroad])).toEqual(['departed_origin_country', 'arrived_destination_country', 'processed']);
  });

  it('uses statusCategory when the newest event has a code and text nobody knows, and still warns', () => {
    const [tracking] = parseUspsTracking(
      detail(
        [
          { eventType: 'Parcel Staged', eventCode: 'Q9', eventTimestamp: '2024-03-05T07:00:00', GMTOffset: '-05:00', eventCity: 'DAYTON', eventState: 'OH', eventZIP: '45402' },
          { eventType: 'Arrived at Post Office', eventCode: '07', eventTimestamp: '2024-03-05T05:00:00', GMTOffset: '-05:00', eventCity: 'DAYTON', eventState: 'OH', eventZIP: '45402' },
        ],
        { status: 'Parcel Staged', statusCategory: 'Out for Delivery' },
      ),
    );
    expect(tracking?.events[1]).toMatchObject({ status: 'out_for_delivery', subStatus: 'out_for_delivery', carrierStatus: { code: 'Q9' } });
    expect(tracking?.warnings).toEqual([expect.objectContaining({ code: 'UNKNOWN_CARRIER_CODE', rawCode: 'Q9' })]);
  });

  it('warns when GMTTimestamp disagrees with the local time beyond the known wrong-date fault', () => {
    const [tracking] = parseUspsTracking(
      detail([{ eventType: 'Out for Delivery', eventCode: 'OF', eventTimestamp: '2024-03-05T07:00:00', GMTOffset: '-05:00', GMTTimestamp: '2024-03-05T14:00:00Z', eventCity: 'DAYTON', eventState: 'OH', eventZIP: '45402' }]),
    );
    expect(tracking?.events[0]?.time.occurredAt).toBe('2024-03-05T12:00:00.000Z');
    expect(tracking?.warnings).toEqual([expect.objectContaining({ code: 'CARRIER_TIME_MISMATCH' })]);
  });

  it('derives the offset from GMTTimestamp alone, even with its wrong date', () => {
    const [tracking] = parseUspsTracking(
      detail([{ eventType: 'Departed USPS Regional Facility', eventCode: 'T1', eventTimestamp: '2024-03-05T23:28:00', GMTTimestamp: '2024-03-05T05:28:00Z' }]),
    );
    expect(tracking?.events[0]?.time).toMatchObject({ occurredAt: '2024-03-06T05:28:00.000Z', localTime: '2024-03-05T23:28:00-06:00', timeBasis: 'carrier_offset' });
  });

  it('falls back to UTC, assumed, when nothing at all tells the zone', () => {
    const [tracking] = parseUspsTracking(detail([{ eventType: 'In Transit to Next Facility', eventCode: 'TL', eventTimestamp: '2024-03-05T12:00:00' }]));
    expect(tracking?.events[0]?.time).toMatchObject({ occurredAt: '2024-03-05T12:00:00.000Z', timeZone: 'UTC', timeBasis: 'assumed_zone' });
    expect(tracking?.warnings).toEqual([expect.objectContaining({ code: 'ASSUMED_TIME_ZONE' })]);
  });
});
