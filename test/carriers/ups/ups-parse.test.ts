import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CarrierResponseError, type ParsedEvent, type ParsedTracking } from '../../../src/adapter-kit/index.js';
import { normalize } from '../../../src/index.js';
import { ups } from '../../../carriers/ups/index.js';

const adapter = ups();

function fixture(scenario: string): string {
  return readFileSync(new URL(`../../../fixtures/ups/track-${scenario}.json`, import.meta.url), 'utf8');
}

function parse(scenario: string, trackingNumbers?: string[]): ParsedTracking[] {
  return adapter.parseTracking(fixture(scenario), trackingNumbers ? { trackingNumbers } : undefined);
}

function only(results: ParsedTracking[]): ParsedTracking {
  expect(results).toHaveLength(1);
  return results[0] as ParsedTracking;
}

function at(events: ParsedEvent[], index: number): ParsedEvent {
  expect(events.length, `event ${index} of ${events.length}`).toBeGreaterThan(index < 0 ? -index - 1 : index);
  return (index < 0 ? events[events.length + index] : events[index]) as ParsedEvent;
}

const codes = (events: ParsedEvent[]) => events.map((event) => event.carrierStatus.code);
const subStatuses = (events: ParsedEvent[]) => events.map((event) => event.subStatus);

describe('parsing UPS fixture track-domestic-delivered.json', () => {
  const parsed = only(parse('domestic-delivered'));

  it('gives one found package with every activity as an event, oldest first', () => {
    expect(parsed.trackingNumber).toBe('1Z4V8E210344192703');
    expect(parsed.outcome).toBe('found');
    expect(codes(parsed.events)).toEqual(['M:MP', 'I:OR', 'I:DP', 'I:AR', 'I:OT', 'D:M4']);
    expect(subStatuses(parsed.events)).toEqual(['info_received', 'picked_up', 'departed_facility', 'arrived_at_facility', 'out_for_delivery', 'delivered']);
  });

  it('takes instants from the gmt fields and shows them at the sent offset', () => {
    expect(at(parsed.events, 0).time).toEqual({
      occurredAt: '2024-05-14T20:02:45.000Z',
      localTime: '2024-05-14T16:02:45-04:00',
      timeZone: null,
      timeBasis: 'carrier_offset',
    });
    expect(at(parsed.events, -1).time).toEqual({
      occurredAt: '2024-05-16T18:38:17.000Z',
      localTime: '2024-05-16T14:38:17-04:00',
      timeZone: null,
      timeBasis: 'carrier_offset',
    });
  });

  it('keeps the carrier words beside ours and reads the location with its facility', () => {
    const delivered = at(parsed.events, -1);
    expect(delivered.status).toBe('delivered');
    expect(delivered.carrierStatus).toEqual({ code: 'D:M4', description: 'DELIVERED', language: 'en' });
    expect(delivered.location).toEqual({ city: 'COLUMBUS', region: 'OH', postalCode: '43215', countryCode: 'US', facility: '4312' });
    expect(at(parsed.events, 0).location).toEqual({ countryCode: 'US' });
  });

  it('reads delivery date, signature, addresses and service', () => {
    expect(parsed.deliveredAt).toBe('2024-05-16T18:38:17.000Z');
    expect(parsed.signedBy).toBe('OKAFOR');
    expect(parsed.estimatedDelivery).toEqual({ from: '2024-05-16', to: '2024-05-16', precision: 'date' });
    expect(parsed.origin).toEqual({ city: 'ATLANTA', region: 'GA', postalCode: '30318', countryCode: 'US' });
    expect(parsed.destination).toEqual({ city: 'COLUMBUS', region: 'OH', postalCode: '43215', countryCode: 'US' });
    expect(parsed.service).toEqual({ code: '003', name: 'UPS Ground' });
    expect(parsed.amountDue).toBeNull();
    expect(parsed.handoffs).toEqual([]);
    expect(parsed.warnings).toEqual([]);
  });
});

describe('parsing UPS fixture track-international-customs.json', () => {
  const parsed = only(parse('international-customs'));

  it('maps export, import and every customs step, in order', () => {
    expect(parsed.events).toHaveLength(15);
    expect(codes(parsed.events)).toEqual([
      'M:MP', 'I:OR', 'I:DP', 'I:AR', 'I:EP', 'I:AR', 'I:IP', 'X:X4', 'X:X2', 'X:1C', 'X:DA', 'I:DP', 'I:AR', 'I:OT', 'D:M1',
    ]);
    expect(parsed.events.map((event) => event.status)).toEqual([
      'info_received', 'in_transit', 'in_transit', 'in_transit', 'in_transit', 'in_transit', 'in_transit',
      'customs_processing', 'customs_held', 'awaiting_payment', 'customs_cleared', 'in_transit', 'in_transit', 'out_for_delivery', 'delivered',
    ]);
    expect(subStatuses(parsed.events).slice(4, 11)).toEqual([
      'departed_origin_country', 'arrived_at_facility', 'arrived_destination_country', 'customs_processing', 'customs_held', 'duties_taxes_due', 'customs_cleared',
    ]);
  });

  it('resolves instants across three offsets', () => {
    expect(at(parsed.events, 0).time.occurredAt).toBe('2024-06-03T15:20:05.000Z');
    expect(at(parsed.events, 0).time.localTime).toBe('2024-06-03T10:20:05-05:00');
    expect(at(parsed.events, 4).time.localTime).toBe('2024-06-04T04:30:15-04:00');
    expect(at(parsed.events, -1).time).toEqual({
      occurredAt: '2024-06-07T09:32:08.000Z',
      localTime: '2024-06-07T11:32:08+02:00',
      timeZone: null,
      timeBasis: 'carrier_offset',
    });
  });

  it('owes nothing once the import charges are paid, and takes the rescheduled date as the estimate', () => {
    expect(parsed.amountDue).toBeNull();
    expect(parsed.estimatedDelivery).toEqual({ from: '2024-06-07', to: '2024-06-07', precision: 'date' });
    expect(parsed.deliveredAt).toBe('2024-06-07T09:32:08.000Z');
    expect(parsed.signedBy).toBe('HUBER');
    expect(parsed.destination).toEqual({ city: 'MUENCHEN', postalCode: '80331', countryCode: 'DE' });
    expect(at(parsed.events, 9).location).toEqual({ city: 'KOELN', countryCode: 'DE', facility: '5050' });
  });
});

describe('parsing UPS fixture track-international-duties-due.json', () => {
  const parsed = only(parse('international-duties-due'));

  it('ends on the import charges, with the amount UPS says is unpaid', () => {
    expect(parsed.events).toHaveLength(10);
    expect(at(parsed.events, -1)).toMatchObject({ status: 'awaiting_payment', subStatus: 'duties_taxes_due' });
    expect(at(parsed.events, -1).time.occurredAt).toBe('2024-06-05T12:15:00.000Z');
    expect(parsed.amountDue).toEqual({ amount: '38.62', currency: 'EUR' });
    expect(parsed.estimatedDelivery).toEqual({ from: '2024-06-06', to: '2024-06-06', precision: 'date' });
    expect(parsed.deliveredAt).toBeNull();
  });
});

describe('parsing UPS fixture track-exception-returned-to-sender.json', () => {
  const parsed = only(parse('exception-returned-to-sender'));

  it('follows the address problem, the attempts and the return', () => {
    expect(parsed.events).toHaveLength(12);
    expect(parsed.events.slice(5).map((event) => [event.carrierStatus.code, event.status, event.subStatus])).toEqual([
      ['X:AG', 'exception', 'address_issue'],
      ['X:48', 'delivery_attempted', 'recipient_unavailable'],
      ['X:49', 'delivery_attempted', 'recipient_unavailable'],
      ['X:O4', 'returning_to_sender', 'returning_to_sender'],
      ['I:DP', 'returning_to_sender', 'departed_facility'],
      ['I:AR', 'returning_to_sender', 'arrived_at_facility'],
      ['X:UA', 'returned_to_sender', 'returned_to_sender'],
    ]);
  });

  it('resolves times without gmt fields from the scan location zone', () => {
    expect(at(parsed.events, 1).time).toEqual({
      occurredAt: '2024-08-06T02:10:40.000Z',
      localTime: '2024-08-05T19:10:40-07:00',
      timeZone: 'America/Los_Angeles',
      timeBasis: 'location_zone',
    });
    expect(at(parsed.events, -1).time.occurredAt).toBe('2024-08-09T21:30:55.000Z');
    expect(at(parsed.events, -1).time.timeBasis).toBe('location_zone');
  });

  it('assumes the origin zone for the country-only manifest event, with a warning', () => {
    expect(at(parsed.events, 0).location).toEqual({ countryCode: 'US' });
    expect(at(parsed.events, 0).time).toEqual({
      occurredAt: '2024-08-05T17:15:22.000Z',
      localTime: '2024-08-05T10:15:22-07:00',
      timeZone: 'America/Los_Angeles',
      timeBasis: 'assumed_zone',
    });
    expect(parsed.warnings).toHaveLength(1);
    expect(parsed.warnings?.[0]).toMatchObject({ code: 'ASSUMED_TIME_ZONE' });
    expect(parsed.warnings?.[0]?.message).toContain('America/Los_Angeles');
    expect(parsed.warnings?.[0]?.message).toContain('origin');
  });
});

describe('parsing UPS fixture track-out-for-delivery.json', () => {
  const parsed = only(parse('out-for-delivery'));

  it('ends loaded on the delivery vehicle', () => {
    expect(parsed.events).toHaveLength(6);
    expect(subStatuses(parsed.events)).toEqual(['info_received', 'picked_up', 'departed_facility', 'arrived_at_facility', 'arrived_at_destination', 'out_for_delivery']);
    expect(at(parsed.events, 0).time.occurredAt).toBe('2024-10-21T14:30:11.000Z');
    expect(at(parsed.events, -1).time.occurredAt).toBe('2024-10-23T13:35:22.000Z');
    expect(at(parsed.events, -1).carrierStatus).toEqual({ code: 'I:OF', description: 'Loaded on Delivery Vehicle', language: 'en' });
  });

  it('gives the delivery window as wall times at the destination', () => {
    expect(parsed.estimatedDelivery).toEqual({ from: '2024-10-23T13:30:00-06:00', to: '2024-10-23T17:30:00-06:00', precision: 'datetime' });
  });

  it('does not take photo flags before delivery for a delivery', () => {
    expect(parsed.deliveredAt).toBeNull();
    expect(parsed.signedBy).toBeNull();
  });
});

describe('parsing UPS fixture track-multi-package.json', () => {
  const results = parse('multi-package');

  it('gives one result per package number', () => {
    expect(results.map((result) => [result.trackingNumber, result.outcome, result.events.length])).toEqual([
      ['1Z3X9Y480300275143', 'found', 6],
      ['1Z3X9Y480300275152', 'found', 5],
    ]);
  });

  it('reads the compact gmtTime forms HHmmss and Hmmss', () => {
    const [first] = results as [ParsedTracking];
    expect(at(first.events, 0).time.occurredAt).toBe('2025-03-03T15:15:10.000Z');
    expect(at(first.events, 2).time).toEqual({
      occurredAt: '2025-03-04T03:20:10.000Z',
      localTime: '2025-03-03T20:20:10-07:00',
      timeZone: null,
      timeBasis: 'carrier_offset',
    });
    expect(at(first.events, 3).time.occurredAt).toBe('2025-03-04T08:55:30.000Z');
    expect(at(first.events, -1).time.occurredAt).toBe('2025-03-04T18:12:08.000Z');
    expect(first.signedBy).toBe('ALVAREZ');
  });

  it('keeps each package its own story', () => {
    const [first, second] = results as [ParsedTracking, ParsedTracking];
    expect(at(first.events, -1).status).toBe('delivered');
    expect(at(second.events, -1)).toMatchObject({ status: 'exception', subStatus: 'delayed_processing' });
    expect(at(second.events, -1).time.occurredAt).toBe('2025-03-04T13:15:00.000Z');
    expect(second.estimatedDelivery).toEqual({ from: '2025-03-05', to: '2025-03-05', precision: 'date' });
    expect(second.deliveredAt).toBeNull();
  });
});

describe('parsing UPS not-found answers', () => {
  it('reads HTTP 200 with warning TW0001 and no package as not found (track-not-found.json)', () => {
    expect(only(parse('not-found'))).toEqual({
      trackingNumber: '1Z0F71E20375123695',
      outcome: 'not_found',
      events: [],
      warnings: [{ code: 'CARRIER_WARNING', message: 'Tracking Information Not Found', rawCode: 'TW0001' }],
    });
  });

  it('reads a 404 error body as not found for the number asked (track-not-found-404.json)', () => {
    expect(only(parse('not-found-404', ['1zh4 t592 0358 8124 48']))).toEqual({
      trackingNumber: '1ZH4T5920358812448',
      outcome: 'not_found',
      events: [],
      warnings: [{ code: 'CARRIER_WARNING', message: 'Tracking Information Not Found', rawCode: 'TW0001' }],
    });
  });

  it('refuses a 404 body when it does not know the number asked', () => {
    expect(() => parse('not-found-404')).toThrow(CarrierResponseError);
  });

  it('refuses an error body that refuses the request itself (track-auth-failure-401.json)', () => {
    const error = (() => {
      try {
        parse('auth-failure-401', ['1Z4V8E210344192703']);
      } catch (caught) {
        return caught;
      }
      return undefined;
    })();
    expect(CarrierResponseError.isInstance(error)).toBe(true);
    expect((error as CarrierResponseError).carrierId).toBe('ups');
    expect((error as CarrierResponseError).trackingNumbers).toEqual(['1Z4V8E210344192703']);
    expect((error as CarrierResponseError).message).toContain('250002');
  });
});

describe('parsing UPS fixture track-unknown-code.json', () => {
  const parsed = only(parse('unknown-code'));

  it('keeps a code no list holds as an unknown event with its raw code and text', () => {
    expect(parsed.events).toHaveLength(6);
    const unknown = at(parsed.events, 3);
    expect(unknown.status).toBe('unknown');
    expect(unknown.subStatus).toBe('unknown');
    expect(unknown.carrierStatus).toEqual({ code: 'I:K9', description: 'Package scanned at a sort hub', language: 'en' });
    expect(unknown.time.occurredAt).toBe('2024-09-11T08:15:22.000Z');
  });

  it('still reads delivered from the roll-up of an unlisted delivery code', () => {
    expect(at(parsed.events, -1)).toMatchObject({ status: 'delivered', subStatus: 'delivered', carrierStatus: { code: 'D:FS' } });
    expect(parsed.deliveredAt).toBe('2024-09-11T19:42:33.000Z');
  });

  it('warns once per unknown code', () => {
    expect(parsed.warnings?.map((warning) => [warning.code, warning.rawCode])).toEqual([
      ['UNKNOWN_CARRIER_CODE', 'I:K9'],
      ['UNKNOWN_CARRIER_CODE', 'D:FS'],
    ]);
  });
});

describe('parsing UPS fixture track-mail-innovations-handoff-usps.json', () => {
  const parsed = only(parse('mail-innovations-handoff-usps'));

  it('reads Mail Innovations codes from the Mail Innovations list', () => {
    expect(parsed.trackingNumber).toBe('802918374650123456');
    expect(parsed.events.map((event) => [event.carrierStatus.code, event.status, event.subStatus])).toEqual([
      ['M:ML', 'info_received', 'info_received'],
      ['I:VS', 'in_transit', 'picked_up'],
      ['I:MU', 'in_transit', 'in_transit'],
      ['I:ZX', 'in_transit', 'handed_over'],
      ['I:ZZ', 'in_transit', 'in_transit'],
      ['I:1A', 'out_for_delivery', 'out_for_delivery'],
      ['D:DL', 'delivered', 'delivered'],
    ]);
  });

  it('hands over to USPS with the USPS number UPS names', () => {
    const handoff = { carrier: 'usps', carrierName: 'USPS', trackingNumber: '92612903011234567890123455' };
    expect(parsed.handoffs).toEqual([handoff]);
    expect(at(parsed.events, 3).handoff).toEqual(handoff);
    expect(parsed.events.filter((event) => event.handoff !== undefined)).toHaveLength(1);
  });

  it('says the same number continues when UPS names the tracked IMpb number itself as the USPS number', () => {
    const body = fixture('mail-innovations-handoff-usps').replaceAll('802918374650123456', '92612903011234567890123455');
    const [variant] = adapter.parseTracking(body);
    const handoff = { carrier: 'usps', carrierName: 'USPS', trackingNumber: null };
    expect(variant?.handoffs).toEqual([handoff]);
    expect(variant?.events[3]?.handoff).toEqual(handoff);
    expect(variant?.events[4]).toMatchObject({ status: 'in_transit', subStatus: 'in_transit' });
  });

  it('resolves times in Memphis and Raleigh, assuming the origin zone for the country-only manifest event', () => {
    expect(at(parsed.events, 0).time).toEqual({
      occurredAt: '2024-11-28T15:02:33.000Z',
      localTime: '2024-11-28T09:02:33-06:00',
      timeZone: 'America/Chicago',
      timeBasis: 'assumed_zone',
    });
    expect(at(parsed.events, 3).time.occurredAt).toBe('2024-11-30T22:12:00.000Z');
    expect(at(parsed.events, -1).time).toEqual({
      occurredAt: '2024-12-02T17:14:55.000Z',
      localTime: '2024-12-02T12:14:55-05:00',
      timeZone: 'America/New_York',
      timeBasis: 'location_zone',
    });
    expect(parsed.warnings?.map((warning) => warning.code)).toEqual(['ASSUMED_TIME_ZONE']);
  });
});

describe('normalizing UPS fixtures through the engine', () => {
  const options = { fetchedAt: '2025-06-01T00:00:00.000Z', locale: 'en' };
  const expectations: [scenario: string, status: string, subStatus: string, events: number][] = [
    ['domestic-delivered', 'delivered', 'delivered', 6],
    ['international-customs', 'delivered', 'delivered', 15],
    ['international-duties-due', 'awaiting_payment', 'duties_taxes_due', 10],
    ['exception-returned-to-sender', 'returned_to_sender', 'returned_to_sender', 12],
    ['out-for-delivery', 'out_for_delivery', 'out_for_delivery', 6],
    ['multi-package', 'delivered', 'delivered', 6],
    ['not-found', 'pending', 'pending', 0],
    ['unknown-code', 'delivered', 'delivered', 6],
    ['mail-innovations-handoff-usps', 'delivered', 'delivered', 7],
  ];

  for (const [scenario, status, subStatus, events] of expectations) {
    it(`derives ${status} / ${subStatus} from track-${scenario}.json`, () => {
      const results = normalize(adapter, fixture(scenario), options);
      const first = results[0];
      expect(first?.status).toBe(status);
      expect(first?.subStatus).toBe(subStatus);
      expect(first?.events).toHaveLength(events);
      expect(results).toMatchSnapshot();
    });
  }

  it('gives the delayed second package of a multi-package shipment its own status', () => {
    const [, second] = normalize(adapter, fixture('multi-package'), options);
    expect(second?.trackingNumber).toBe('1Z3X9Y480300275152');
    expect(second?.status).toBe('exception');
    expect(second?.subStatus).toBe('delayed_processing');
  });

  it('names the number of a 404 body from the request', () => {
    const [result] = normalize(adapter, fixture('not-found-404'), { ...options, trackingNumbers: ['1ZH4T5920358812448'] });
    expect(result).toMatchObject({ trackingNumber: '1ZH4T5920358812448', outcome: 'not_found', status: 'pending', events: [] });
  });

  it('keeps an unknown event unknown without letting it replace the status in force', () => {
    const [result] = normalize(adapter, fixture('unknown-code'), options);
    expect(result?.events[3]).toMatchObject({ status: 'unknown', subStatus: 'unknown', carrierStatus: { code: 'I:K9' } });
    expect(result?.deliveredAt).toBe('2024-09-11T19:42:33.000Z');
  });
});
