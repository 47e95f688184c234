import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { canadaPost } from '../../../carriers/canada-post/index.js';
import { parseCanadaPostTracking } from '../../../carriers/canada-post/canada-post-parse.js';
import { CarrierAuthError, CarrierResponseError, ConfigurationError, RateLimitedError, normalize, type TrackingResult } from '../../../src/index.js';

const fixture = (name: string) => readFileSync(new URL(`../../../fixtures/canada-post/${name}`, import.meta.url), 'utf8');
const FETCHED_AT = '2025-01-01T00:00:00.000Z';

function track(name: string, trackingNumbers?: string[]): TrackingResult {
  const results = normalize(canadaPost(), fixture(name), { fetchedAt: FETCHED_AT, ...(trackingNumbers ? { trackingNumbers } : {}) });
  expect(results).toHaveLength(1);
  return results[0] as TrackingResult;
}

describe('canada-post parse: delivered (English)', () => {
  const result = track('track-delivered-en.xml');

  it('gives the delivered status with every occurrence as one event, oldest first', () => {
    expect(result.trackingNumber).toBe('7023164810935270');
    expect(result.outcome).toBe('found');
    expect(result.status).toBe('delivered');
    expect(result.subStatus).toBe('delivered');
    expect(result.events).toHaveLength(7);
    expect(result.events.map((event) => event.carrierStatus.code)).toEqual(['3000', '0100', '0410', '0400', '0174', '1496', '20']);
  });

  it('resolves EDT wall times with the abbreviation offset and records the site zone that agrees', () => {
    const first = result.events[0]!;
    // 2024-10-15 17:44:09 EDT (-04:00) = 21:44:09Z
    expect(first.occurredAt).toBe('2024-10-15T21:44:09.000Z');
    expect(first.localTime).toBe('2024-10-15T17:44:09-04:00');
    expect(first.timeBasis).toBe('carrier_offset');
    expect(first.timeZone).toBe('America/Toronto');
    const last = result.events.at(-1)!;
    // 2024-10-17 14:37:52 EDT = 18:37:52Z
    expect(last.occurredAt).toBe('2024-10-17T18:37:52.000Z');
    expect(result.deliveredAt).toBe('2024-10-17T18:37:52.000Z');
  });

  it('counts the first processing scan as the pickup and keeps the signature event informational', () => {
    expect(result.events[1]).toMatchObject({ status: 'in_transit', subStatus: 'picked_up' });
    const signature = result.events.at(-1)!;
    expect(signature.carrierStatus).toEqual({ code: '20', description: 'Signature available', language: 'en-CA' });
    expect(signature.subStatus).toBe('generic_update');
    expect(signature.status).toBe('delivered');
    expect(result.signedBy).toBe('M TREMBLAY');
  });

  it('reads province, site, destination, service and expected date', () => {
    expect(result.events[0]!.location).toEqual({ city: 'TORONTO', region: 'ON', countryCode: 'CA' });
    expect(result.destination).toEqual({ postalCode: 'K2P1L4', countryCode: 'CA' });
    expect(result.service).toEqual({ name: 'Expedited Parcels' });
    expect(result.estimatedDelivery).toEqual({ from: '2024-10-17', to: '2024-10-17', precision: 'date' });
    expect(result.warnings).toEqual([]);
    expect(result.handoffs).toEqual([]);
  });
});

describe('canada-post parse: the same item in English and in French', () => {
  const english = track('track-delivered-en.xml');
  const french = track('track-delivered-fr.xml');

  it('gives the same statuses, instants and places in both languages', () => {
    const shape = (result: TrackingResult) =>
      result.events.map((event) => [event.status, event.subStatus, event.occurredAt, event.localTime, event.timeBasis, event.timeZone, event.location, event.carrierStatus.code]);
    expect(shape(french)).toEqual(shape(english));
    expect(french.status).toBe(english.status);
    expect(french.subStatus).toBe(english.subStatus);
    expect(french.deliveredAt).toBe(english.deliveredAt);
    expect(french.signedBy).toBe(english.signedBy);
  });

  it('keeps the French text as sent, with character references decoded, and marks its language', () => {
    expect(french.events.map((event) => event.carrierStatus.description)).toEqual([
      'Renseignements électroniques transmis par l\'expéditeur',
      'Article traité',
      'Article parti d’une installation de Postes Canada',
      'Article arrivé à une installation de Postes Canada',
      'Article en cours de livraison',
      'Livré',
      'Signature disponible',
    ]);
    expect(new Set(french.events.map((event) => event.carrierStatus.language))).toEqual(new Set(['fr-CA']));
    expect(new Set(english.events.map((event) => event.carrierStatus.language))).toEqual(new Set(['en-CA']));
    expect(french.service).toEqual({ name: 'Colis accélérés' });
  });
});

describe('canada-post parse: inbound item through customs, duties and release', () => {
  const result = track('track-customs-inbound.xml');

  it('walks the customs states in order and ends out for delivery', () => {
    expect(result.trackingNumber).toBe('LX582039171CN');
    expect(result.status).toBe('out_for_delivery');
    expect(result.events).toHaveLength(11);
    expect(result.events.map((event) => [event.carrierStatus.code, event.status, event.subStatus])).toEqual([
      ['4000', 'in_transit', 'picked_up'],
      ['4100', 'in_transit', 'processed'],
      ['4202', 'in_transit', 'departed_origin_country'],
      ['0701', 'in_transit', 'arrived_destination_country'],
      ['0800', 'customs_processing', 'customs_processing'],
      ['0810', 'customs_held', 'customs_held'],
      ['0900', 'customs_cleared', 'customs_cleared'],
      ['0125', 'awaiting_payment', 'duties_taxes_due'],
      ['1210', 'in_transit', 'problem_resolved'],
      ['0400', 'in_transit', 'arrived_at_facility'],
      ['0174', 'out_for_delivery', 'out_for_delivery'],
    ]);
  });

  it('resolves foreign scans in the country named by the site or by the zone word', () => {
    const [mailed, processed, departed] = result.events;
    // 2024-11-02 10:15 in China (+08:00) = 02:15Z
    expect(mailed).toMatchObject({ occurredAt: '2024-11-02T02:15:00.000Z', timeZone: 'Asia/Shanghai', timeBasis: 'location_zone' });
    expect(mailed!.location).toEqual({ countryCode: 'CN', facility: 'SHENZHEN' });
    expect(processed).toMatchObject({ occurredAt: '2024-11-03T13:40:00.000Z', timeBasis: 'location_zone' });
    expect(processed!.location).toEqual({ countryCode: 'CN' });
    expect(departed!.localTime).toBe('2024-11-05T01:05:00+08:00');
  });

  it('uses PST after the November change and MST in Alberta', () => {
    expect(result.events[3]).toMatchObject({ occurredAt: '2024-11-07T14:22:18.000Z', localTime: '2024-11-07T06:22:18-08:00', timeZone: 'America/Vancouver' });
    expect(result.events.at(-1)).toMatchObject({ occurredAt: '2024-11-14T15:02:40.000Z', localTime: '2024-11-14T08:02:40-07:00', timeZone: 'America/Edmonton' });
  });

  it('prefers the changed expected date over the empty original one', () => {
    expect(result.estimatedDelivery).toEqual({ from: '2024-11-15', to: '2024-11-15', precision: 'date' });
    expect(result.warnings).toEqual([]);
  });
});

describe('canada-post parse: outbound international item', () => {
  const result = track('track-outbound-international.xml');

  it('hands the item to the post of the destination country at the forwarding event, under the same number', () => {
    const handoffEvents = result.events.filter((event) => event.handoff !== undefined);
    expect(handoffEvents.map((event) => event.carrierStatus.code)).toEqual(['8901']);
    expect(handoffEvents[0]!.handoff).toEqual({ carrier: 'la-poste', trackingNumber: null });
    expect(result.handoffs).toEqual([{ carrier: 'la-poste', trackingNumber: null }]);
  });

  it('announces an unnamed partner when the foreign leg names no country', () => {
    const body = fixture('track-outbound-international.xml').replace(/,FRANCE|FRANCE/g, '');
    const [parsed] = normalize(canadaPost(), body, { fetchedAt: FETCHED_AT });
    expect(parsed!.handoffs).toEqual([{ carrier: null, trackingNumber: null }]);
  });

  it('places the foreign leg in France at the Paris offset', () => {
    expect(result.status).toBe('in_transit');
    expect(result.subStatus).toBe('received_at_destination_facility');
    const arrival = result.events.find((event) => event.carrierStatus.code === '4310')!;
    // 2024-01-19 07:12 in France (+01:00) = 06:12Z
    expect(arrival).toMatchObject({ occurredAt: '2024-01-19T06:12:00.000Z', timeZone: 'Europe/Paris', timeBasis: 'location_zone' });
    expect(arrival.location).toEqual({ countryCode: 'FR', facility: 'ROISSY CDG' });
    expect(result.events.find((event) => event.carrierStatus.code === '4400')).toMatchObject({ status: 'customs_processing', location: { countryCode: 'FR' } });
    expect(result.destination).toEqual({ postalCode: '69003' });
  });

  it('keeps the acceptance scan as the pickup and the later processing scan as processed', () => {
    expect(result.events[0]).toMatchObject({ status: 'in_transit', subStatus: 'picked_up' });
    expect(result.events[0]!.location).toEqual({ city: 'MONTREAL', region: 'QC', countryCode: 'CA', facility: 'PHARMAPRIX 3321' });
    expect(result.events[1]).toMatchObject({ carrierStatus: { code: '0100' }, subStatus: 'processed' });
  });
});

describe('canada-post parse: return to sender', () => {
  const result = track('track-return-to-sender.xml');

  it('tells the return leg from the forward leg by the description and ends returned to sender', () => {
    expect(result.status).toBe('returned_to_sender');
    expect(result.events).toHaveLength(11);
    const outForDelivery = result.events.filter((event) => event.carrierStatus.code === '0174');
    expect(outForDelivery.map((event) => event.status)).toEqual(['out_for_delivery', 'returning_to_sender']);
    expect(result.events.find((event) => event.carrierStatus.code === '1412')?.status).toBe('returning_to_sender');
    expect(result.events.at(-1)).toMatchObject({ status: 'returned_to_sender', carrierStatus: { code: '1496' } });
    expect(result.deliveredAt).toBeNull();
  });

  it('moves from AST to ADT across the March change', () => {
    expect(result.events[0]).toMatchObject({ occurredAt: '2024-03-04T14:02:11.000Z', localTime: '2024-03-04T10:02:11-04:00' });
    expect(result.events.at(-1)).toMatchObject({ occurredAt: '2024-03-25T16:47:30.000Z', localTime: '2024-03-25T13:47:30-03:00', timeZone: 'America/Halifax' });
  });

  it('keeps the attempt, the pickup notice and the final notice', () => {
    expect(result.events.map((event) => event.subStatus).slice(3, 8)).toEqual([
      'out_for_delivery',
      'notice_left',
      'available_for_pickup',
      'available_for_pickup',
      'returning_to_sender',
    ]);
  });
});

describe('canada-post parse: attempt, then pickup at the post office', () => {
  const result = track('track-attempt-pickup.xml');

  it('goes from attempted to available at the post office to delivered', () => {
    expect(result.status).toBe('delivered');
    expect(result.events.map((event) => event.status)).toEqual([
      'in_transit',
      'in_transit',
      'out_for_delivery',
      'delivery_attempted',
      'available_for_pickup',
      'delivered',
    ]);
    expect(result.events[4]!.location).toEqual({ city: 'SASKATOON', region: 'SK', countryCode: 'CA', facility: 'SASKATOON STN MAIN' });
    expect(result.signedBy).toBe('J OKAFOR');
  });

  it('keeps CST in July in Saskatchewan and resolves the zone-less event in the province zone', () => {
    // 2024-07-08 16:20 CST (-06:00) = 22:20Z
    expect(result.events[0]).toMatchObject({ occurredAt: '2024-07-08T22:20:00.000Z', timeZone: 'America/Regina', timeBasis: 'carrier_offset' });
    expect(result.events[4]).toMatchObject({ occurredAt: '2024-07-09T22:30:05.000Z', timeZone: 'America/Regina', timeBasis: 'location_zone' });
    expect(result.events.at(-1)!.occurredAt).toBe('2024-07-10T17:15:27.000Z');
    expect(result.warnings).toEqual([]);
  });
});

describe('canada-post parse: unknown code and assumed zone', () => {
  const result = track('track-unknown-code.xml');

  it('keeps the unknown code as unknown with its text and a warning', () => {
    const unknown = result.events.find((event) => event.carrierStatus.code === '9412')!;
    expect(unknown).toMatchObject({ status: 'unknown', subStatus: 'unknown' });
    expect(unknown.carrierStatus.description).toBe('Item scanned at self-service kiosk');
    expect(result.warnings).toContainEqual(expect.objectContaining({ code: 'UNKNOWN_CARRIER_CODE', rawCode: '9412' }));
    expect(result.status).toBe('in_transit');
  });

  it('takes an abbreviation that disagrees with the province as sent, without recording a zone', () => {
    const unknown = result.events.find((event) => event.carrierStatus.code === '9412')!;
    expect(unknown).toMatchObject({ localTime: '2024-05-21T09:58:12-04:00', timeZone: null, timeBasis: 'carrier_offset' });
  });

  it('assumes the main zone of a two-zone province when neither abbreviation nor site decide, with a warning', () => {
    const update = result.events.at(-1)!;
    expect(update).toMatchObject({ carrierStatus: { code: '1200' }, timeZone: 'America/Toronto', timeBasis: 'assumed_zone', occurredAt: '2024-05-21T14:04:37.000Z' });
    expect(update.subStatus).toBe('generic_update');
    expect(result.warnings.map((warning) => warning.code)).toContain('ASSUMED_TIME_ZONE');
  });
});

describe('canada-post parse: error bodies', () => {
  it('turns code 004 into a not-found result for the number asked', () => {
    const result = track('track-not-found.xml', ['7039182746501933']);
    expect(result).toMatchObject({ trackingNumber: '7039182746501933', outcome: 'not_found', status: 'pending', events: [] });
    expect(result.warnings).toEqual([{ code: 'CARRIER_WARNING', message: 'No Pin History', rawCode: '004' }]);
  });

  it('refuses a not-found body it cannot attach to a number', () => {
    expect(() => parseCanadaPostTracking(fixture('track-not-found.xml'))).toThrow(CarrierResponseError);
  });

  it('raises RateLimitedError for the throttle message and CarrierAuthError for E002', () => {
    const throttled = (() => {
      try {
        parseCanadaPostTracking(fixture('track-rate-limited-429.xml'), { trackingNumbers: ['7039182746501933'] });
      } catch (error) {
        return error;
      }
      return undefined;
    })();
    expect(RateLimitedError.isInstance(throttled) && (throttled as RateLimitedError).code).toBe('RATE_LIMITED');
    expect((throttled as RateLimitedError).isRetryable).toBe(true);
    expect(() => parseCanadaPostTracking(fixture('track-auth-failure-401.xml'))).toThrow(CarrierAuthError);
  });

  it('raises ConfigurationError when the key belongs to the other environment', () => {
    const body = '<messages xmlns="http://www.canadapost.ca/ws/messages"><message><code>AA002</code><description>x</description></message></messages>';
    expect(() => parseCanadaPostTracking(body)).toThrow(ConfigurationError);
  });

  it('raises CarrierResponseError for other codes, other roots and malformed XML, never a TypeError', () => {
    const other = '<messages xmlns="http://www.canadapost.ca/ws/messages"><message><code>002</code><description>Duplicate PIN</description></message></messages>';
    expect(() => parseCanadaPostTracking(other)).toThrow(CarrierResponseError);
    expect(() => parseCanadaPostTracking('<tracking-summary><pin-summary/></tracking-summary>')).toThrow(CarrierResponseError);
    expect(() => parseCanadaPostTracking('<tracking-detail><pin>1</pin>')).toThrow(CarrierResponseError);
    expect(() => parseCanadaPostTracking('{"pin":"1"}')).toThrow(CarrierResponseError);
    const noDate = '<tracking-detail><pin>7023164810935270</pin><significant-events><occurrence><event-identifier>0174</event-identifier></occurrence></significant-events></tracking-detail>';
    expect(() => parseCanadaPostTracking(noDate)).toThrow(CarrierResponseError);
    const badDate = noDate.replace('</event-identifier>', '</event-identifier><event-date>2024-02-30</event-date><event-time>10:00:00</event-time><event-time-zone>EST</event-time-zone>');
    expect(() => parseCanadaPostTracking(badDate)).toThrow(CarrierResponseError);
  });
});

describe('canada-post parse: shapes at the edge', () => {
  it('reads a body without events as found with no events, and a body already parsed by parseXml', () => {
    const body = '<tracking-detail xmlns="http://www.canadapost.ca/ws/track"><pin>7023164810935270</pin><expected-delivery-date/><significant-events/></tracking-detail>';
    const [parsed] = parseCanadaPostTracking(body);
    expect(parsed).toMatchObject({ trackingNumber: '7023164810935270', outcome: 'found', events: [], estimatedDelivery: null });
    const [again] = parseCanadaPostTracking({ 'tracking-detail': { pin: '7023164810935270', 'significant-events': { occurrence: [] } } });
    expect(again!.trackingNumber).toBe('7023164810935270');
  });

  it('matches padded and unpadded codes alike', () => {
    const event = (code: string) =>
      `<tracking-detail><pin>7023164810935270</pin><significant-events><occurrence><event-identifier>${code}</event-identifier><event-date>2024-05-01</event-date><event-time>10:00:00</event-time><event-time-zone>EDT</event-time-zone><event-site>OTTAWA</event-site><event-province>ON</event-province></occurrence></significant-events></tracking-detail>`;
    const mapped = ['0174', '174', '0020', '20', '00020'].map((code) => parseCanadaPostTracking(event(code))[0]!.events[0]!.subStatus);
    expect(mapped).toEqual(['out_for_delivery', 'out_for_delivery', 'generic_update', 'generic_update', 'generic_update']);
  });

  it('keeps a wall time with no zone, province or country as UTC, assumed, with a warning', () => {
    const body =
      '<tracking-detail><pin>7023164810935270</pin><significant-events><occurrence><event-identifier>0100</event-identifier><event-date>2024-05-01</event-date><event-time>10:00:00</event-time><event-time-zone/><event-site/><event-province/></occurrence></significant-events></tracking-detail>';
    const [parsed] = parseCanadaPostTracking(body);
    expect(parsed!.events[0]!.time).toEqual({ occurredAt: '2024-05-01T10:00:00.000Z', localTime: '2024-05-01T10:00:00+00:00', timeZone: 'UTC', timeBasis: 'assumed_zone' });
    expect(parsed!.events[0]!.location).toBeNull();
    expect(parsed!.warnings?.map((warning) => warning.code)).toEqual(['ASSUMED_TIME_ZONE']);
  });

  it('accepts French zone abbreviations as aliases', () => {
    const body =
      '<tracking-detail><pin>7023164810935270</pin><significant-events><occurrence><event-identifier>0100</event-identifier><event-date>2024-05-01</event-date><event-time>10:00:00</event-time><event-time-zone>HAE</event-time-zone><event-site>MONTREAL</event-site><event-province>QC</event-province></occurrence></significant-events></tracking-detail>';
    expect(parseCanadaPostTracking(body)[0]!.events[0]!.time).toMatchObject({ occurredAt: '2024-05-01T14:00:00.000Z', timeBasis: 'carrier_offset' });
  });

  it('maps a held item to duties owed when the text says duty and taxes are owing, in either language', () => {
    const held = (text: string) =>
      `<tracking-detail><pin>7023164810935270</pin><significant-events><occurrence><event-identifier>1494</event-identifier><event-date>2024-05-01</event-date><event-time>10:00:00</event-time><event-time-zone>EDT</event-time-zone><event-description>${text}</event-description><event-site>OTTAWA</event-site><event-province>ON</event-province></occurrence></significant-events></tracking-detail>`;
    const subStatus = (text: string) => parseCanadaPostTracking(held(text))[0]!.events[0]!.subStatus;
    expect(subStatus('Item on hold')).toBe('held');
    expect(subStatus('Item on hold; duty and taxes owing')).toBe('duties_taxes_due');
    expect(subStatus('Article retenu; droits et taxes à payer')).toBe('duties_taxes_due');
  });
});
