import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { royalMail } from '../../../carriers/royal-mail/index.js';
import { parseRoyalMailTracking } from '../../../carriers/royal-mail/royal-mail-parse.js';
import { CarrierAuthError, CarrierHttpError, CarrierResponseError, RateLimitedError, normalize, type TrackingResult } from '../../../src/index.js';

const fixture = (name: string) => readFileSync(new URL(`../../../fixtures/royal-mail/${name}`, import.meta.url), 'utf8');
const FETCHED_AT = '2025-01-01T00:00:00.000Z';

function trackAll(name: string): TrackingResult[] {
  return normalize(royalMail(), fixture(name), { fetchedAt: FETCHED_AT });
}

function track(name: string): TrackingResult {
  const results = trackAll(name);
  expect(results).toHaveLength(1);
  return results[0] as TrackingResult;
}

function thrown(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error('expected an error');
}

describe('royal-mail parse: delivered and signed for', () => {
  const result = track('track-delivered.json');

  it('gives delivered / signed_for with every event, oldest first', () => {
    expect(result).toMatchObject({ trackingNumber: 'TT602948173GB', outcome: 'found', status: 'delivered', subStatus: 'signed_for' });
    expect(result.events).toHaveLength(7);
    expect(result.events.map((event) => event.carrierStatus.code)).toEqual(['EVAIP', 'EVPPA', 'EVDAV', 'EVIMC', 'EVGPD', 'EVKSP', 'EVGMI']);
  });

  it('keeps the offsets Royal Mail sent', () => {
    // 2024-06-10T18:22:04+01:00 = 17:22:04Z
    expect(result.events[0]).toMatchObject({ occurredAt: '2024-06-10T17:22:04.000Z', localTime: '2024-06-10T18:22:04+01:00', timeBasis: 'carrier_offset', timeZone: null });
    const delivery = result.events[5]!;
    expect(delivery).toMatchObject({ occurredAt: '2024-06-12T10:35:40.000Z', localTime: '2024-06-12T11:35:40+01:00' });
    // The scan written with Z stays at +00:00.
    expect(result.events.at(-1)).toMatchObject({ occurredAt: '2024-06-12T15:02:00.000Z', localTime: '2024-06-12T15:02:00+00:00' });
    expect(result.deliveredAt).toBe('2024-06-12T10:35:40.000Z');
  });

  it('does not let a mis-sort scan after the delivery reopen the item', () => {
    expect(result.events.at(-1)).toMatchObject({ status: 'in_transit', subStatus: 'misrouted' });
    expect(result.status).toBe('delivered');
  });

  it('reads the site, the signature, the product and the estimated window', () => {
    expect(result.events[0]!.location).toEqual({ countryCode: 'GB' });
    expect(result.events[1]!.location).toEqual({ countryCode: 'GB', facility: 'Kingston upon Thames Post Office' });
    expect(result.events[1]!.carrierStatus).toEqual({ code: 'EVPPA', description: 'Item received at Post Office', language: 'en-GB' });
    expect(result.signedBy).toBe('Patel');
    expect(result.service).toEqual({ code: 'TPN', name: 'Royal Mail Tracked 24' });
    expect(result.origin).toEqual({ countryCode: 'GB' });
    expect(result.destination).toEqual({ countryCode: 'GB' });
    expect(result.estimatedDelivery).toEqual({ from: '2024-06-12T07:00:00+01:00', to: '2024-06-12T18:00:00+01:00', precision: 'datetime' });
    expect(result.handoffs).toEqual([]);
    expect(result.warnings).toEqual([]);
  });
});

describe('royal-mail parse: inbound item through UK customs', () => {
  const result = track('track-customs-inbound.json');

  it('walks arrival, customs, hold, release with duty and the fee card, and waits for payment', () => {
    expect(result.events.map((event) => [event.carrierStatus.code, event.status, event.subStatus])).toEqual([
      ['EVJOE', 'in_transit', 'arrived_destination_country'],
      ['EVJIC', 'customs_processing', 'customs_processing'],
      ['EVJCD', 'customs_held', 'customs_information_required'],
      ['EVJDP', 'awaiting_payment', 'duties_taxes_due'],
      ['EVJDU', 'in_transit', 'in_transit'],
      ['EVILC', 'in_transit', 'in_transit'],
      ['EVIMC', 'in_transit', 'arrived_at_facility'],
      ['EVNCF', 'awaiting_payment', 'awaiting_payment'],
      ['RSRXS', 'awaiting_payment', 'generic_update'],
    ]);
    expect(result.status).toBe('awaiting_payment');
    expect(result.subStatus).toBe('awaiting_payment');
  });

  it('places UK import customs in the UK and reads the origin country from alpha-3', () => {
    expect(result.events[1]!.location).toEqual({ countryCode: 'GB', facility: 'Heathrow ILC' });
    expect(result.origin).toEqual({ countryCode: 'DE' });
    expect(result.destination).toEqual({ countryCode: 'GB' });
    expect(result.events[0]!.occurredAt).toBe('2024-01-15T06:41:00.000Z');
    expect(result.events.at(-1)!.occurredAt).toBe('2024-01-19T20:41:33.000Z');
    expect(result.estimatedDelivery).toEqual({ from: '2024-01-22', to: '2024-01-22', precision: 'date' });
    expect(result.handoffs).toEqual([]);
  });
});

describe('royal-mail parse: outbound to France', () => {
  const result = track('track-international-outbound.json');

  it('hands over to La Poste when the item leaves the UK, under the same number', () => {
    const handoff = { carrier: 'la-poste', carrierName: 'La Poste', trackingNumber: null };
    const withHandoff = result.events.filter((event) => event.handoff !== undefined);
    expect(withHandoff.map((event) => event.carrierStatus.code)).toEqual(['EVHOE']);
    expect(withHandoff[0]!.handoff).toEqual(handoff);
    expect(result.handoffs).toEqual([handoff]);
  });

  it('puts the events after the departure in France and ends cleared by French customs', () => {
    expect(result.events.map((event) => event.location?.countryCode)).toEqual(['GB', 'GB', 'GB', 'GB', 'FR', 'FR', 'FR']);
    expect(result.status).toBe('customs_cleared');
    expect(result.destination).toEqual({ countryCode: 'FR' });
  });

  it('sorts events sent out of order and reads a +0000 offset', () => {
    expect(result.events[0]).toMatchObject({ carrierStatus: { code: 'EVPPA' }, occurredAt: '2024-03-05T12:01:18.000Z', localTime: '2024-03-05T12:01:18+00:00' });
    expect(result.events.at(-1)).toMatchObject({ carrierStatus: { code: 'EVJIA' }, occurredAt: '2024-03-08T10:26:00.000Z', localTime: '2024-03-08T11:26:00+01:00' });
  });
});

describe('royal-mail parse: return to sender', () => {
  const result = track('track-return-to-sender.json');

  it('goes from the attempt through the return to delivered back to the sender', () => {
    expect(result.events.map((event) => event.status)).toEqual([
      'in_transit',
      'out_for_delivery',
      'delivery_attempted',
      'delivery_attempted',
      'returning_to_sender',
      'returning_to_sender',
      'returned_to_sender',
    ]);
    expect(result.status).toBe('returned_to_sender');
    expect(result.deliveredAt).toBeNull();
    expect(result.events[0]!.occurredAt).toBe('2024-10-31T20:16:58.000Z');
    expect(result.events.at(-1)!.occurredAt).toBe('2024-11-21T12:40:09.000Z');
  });
});

describe('royal-mail parse: attempt, then collection', () => {
  const result = track('track-attempt-pickup.json');

  it('goes attempted, ready for collection, collected', () => {
    expect(result.events.map((event) => [event.carrierStatus.code, event.status, event.subStatus])).toEqual([
      ['EVGPD', 'out_for_delivery', 'out_for_delivery'],
      ['EVKNA', 'delivery_attempted', 'recipient_unavailable'],
      ['NDESS', 'delivery_attempted', 'generic_update'],
      ['EVNAE', 'available_for_pickup', 'at_carrier_facility'],
      ['EVNSC', 'delivered', 'collected_by_recipient'],
    ]);
    expect(result.status).toBe('delivered');
    expect(result.signedBy).toBe('Okonkwo');
  });

  it('reads a window without offsets as UK time, assumed, with a warning', () => {
    expect(result.estimatedDelivery).toEqual({ from: '2024-10-22T07:30:00+01:00', to: '2024-10-22T13:00:00+01:00', precision: 'datetime' });
    expect(result.warnings.map((warning) => warning.code)).toEqual(['ASSUMED_TIME_ZONE']);
  });
});

describe('royal-mail parse: unknown code', () => {
  const result = track('track-unknown-code.json');

  it('keeps an unknown code as unknown with a warning and the known status in force', () => {
    const unknown = result.events.at(-1)!;
    expect(unknown).toMatchObject({ status: 'unknown', subStatus: 'unknown', carrierStatus: { code: 'EVQXZ', description: 'Item scanned at parcel hub' } });
    expect(result.warnings).toEqual([expect.objectContaining({ code: 'UNKNOWN_CARRIER_CODE', rawCode: 'EVQXZ' })]);
    expect(result.status).toBe('in_transit');
  });
});

describe('royal-mail parse: summary answers', () => {
  it('gives one result per item: the last event, or not found', () => {
    const [found, missing] = trackAll('summary-two-items.json');
    expect(found).toMatchObject({ trackingNumber: 'TT602948173GB', outcome: 'found', status: 'delivered', subStatus: 'signed_for' });
    expect(found!.events).toHaveLength(1);
    expect(found!.events[0]!.occurredAt).toBe('2024-06-12T10:35:40.000Z');
    expect(missing).toMatchObject({ trackingNumber: 'TT999999990GB', outcome: 'not_found', events: [] });
  });
});

describe('royal-mail parse: error answers', () => {
  it('turns E1142 into not found, naming the barcode from the error text when no number is given', () => {
    const [result] = parseRoyalMailTracking(fixture('track-not-found-404.json'));
    expect(result).toMatchObject({ trackingNumber: 'CX391820479US', outcome: 'not_found', events: [] });
    expect(result!.warnings?.[0]).toMatchObject({ code: 'CARRIER_WARNING', rawCode: 'E1142' });
    const [asked] = parseRoyalMailTracking(fixture('track-not-found-404.json'), { trackingNumbers: ['cx 391820479 us'] });
    expect(asked!.trackingNumber).toBe('CX391820479US');
  });

  it('raises typed errors for refused credentials, rate limits and server failures', () => {
    expect(thrown(() => parseRoyalMailTracking(fixture('track-auth-failure-401.json')))).toBeInstanceOf(CarrierAuthError);
    expect(thrown(() => parseRoyalMailTracking(fixture('track-rate-limited-429.json')))).toBeInstanceOf(RateLimitedError);
    const failure = thrown(() => parseRoyalMailTracking(fixture('track-server-error-500.json')));
    expect(failure).toBeInstanceOf(CarrierHttpError);
    expect(failure).toMatchObject({ statusCode: 500, isRetryable: true, carrierCode: 'E0009' });
    const forbidden = { errors: [{ errorCode: 'E0016', errorDescription: 'Access Denied' }] };
    expect(thrown(() => parseRoyalMailTracking(forbidden))).toBeInstanceOf(CarrierAuthError);
  });

  it('raises CarrierResponseError for other errors and shapes, never a TypeError', () => {
    const missingHeader = { httpCode: '400', httpMessage: 'Bad Request', errors: [{ errorCode: 'E0004', errorDescription: 'Failed header validation for X-Accept-RMG-Terms' }] };
    expect(thrown(() => parseRoyalMailTracking(missingHeader))).toBeInstanceOf(CarrierResponseError);
    for (const body of ['<html/>', '[]', '{"mailPieces":{"events":[]}}', '{"mailPieces":{"mailPieceId":"TT602948173GB","events":[{"eventCode":"EVKSP"}]}}', 'null']) {
      expect(thrown(() => parseRoyalMailTracking(body)), body).toBeInstanceOf(CarrierResponseError);
    }
    const badTime = { mailPieces: { mailPieceId: 'TT602948173GB', events: [{ eventCode: 'EVKSP', eventDateTime: '2024-02-30T10:00:00+00:00' }] } };
    expect(thrown(() => parseRoyalMailTracking(badTime))).toBeInstanceOf(CarrierResponseError);
  });
});

describe('royal-mail parse: shapes at the edge', () => {
  it('accepts a parsed object, null fields and an empty event list', () => {
    const [result] = parseRoyalMailTracking({ mailPieces: { mailPieceId: 'tt602948173gb', summary: null, events: [] } });
    expect(result).toMatchObject({ trackingNumber: 'TT602948173GB', outcome: 'found', events: [], origin: null, destination: null, service: null });
  });

  it('reads a time without an offset as UK time, assumed, with a warning', () => {
    const [result] = parseRoyalMailTracking({ mailPieces: { mailPieceId: 'TT602948173GB', events: [{ eventCode: 'EVGPD', eventName: 'Out for delivery', eventDateTime: '2024-07-01T08:00:00' }] } });
    expect(result!.events[0]!.time).toEqual({ occurredAt: '2024-07-01T07:00:00.000Z', localTime: '2024-07-01T08:00:00+01:00', timeZone: 'Europe/London', timeBasis: 'assumed_zone' });
    expect(result!.warnings?.map((warning) => warning.code)).toEqual(['ASSUMED_TIME_ZONE']);
  });

  it('names no handoff when the international provider is Royal Mail itself', () => {
    const body = {
      mailPieces: {
        mailPieceId: 'RR517302940GB',
        summary: { destinationCountryCode: 'IRL', internationalPostalProvider: { title: 'Royal Mail Group Ltd', url: 'https://www.royalmail.com', description: 'Royal Mail' } },
        events: [{ eventCode: 'EVHOE', eventName: 'Item leaving the UK', eventDateTime: '2024-03-06T22:14:31+00:00' }],
      },
    };
    const [result] = parseRoyalMailTracking(body);
    expect(result!.handoffs).toEqual([]);
    expect(result!.events[0]!.handoff).toBeUndefined();
  });

  it('keeps an unrecognised provider by name', () => {
    const body = {
      mailPieces: {
        mailPieceId: 'RR517302940GB',
        summary: { destinationCountryCode: 'ISL', internationalPostalProvider: { title: 'Pósturinn', url: 'https://posturinn.is', description: 'Iceland Post' } },
        events: [{ eventCode: 'EVHOE', eventDateTime: '2024-03-06T22:14:31+00:00' }],
      },
    };
    expect(parseRoyalMailTracking(body)[0]!.handoffs).toEqual([{ carrier: null, carrierName: 'Pósturinn', trackingNumber: null }]);
  });
});
