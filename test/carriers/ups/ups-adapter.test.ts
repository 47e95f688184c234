import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CarrierResponseError, ConfigurationError, Secret, type CarrierHttpRequest, type CarrierHttpResponse } from '../../../src/adapter-kit/index.js';
import { normalize } from '../../../src/index.js';
import { ups } from '../../../carriers/ups/index.js';
import { buildUpsTrackRequest } from '../../../carriers/ups/ups-fetch.js';
import { toUpsLocale, resolveUpsTextLanguage } from '../../../carriers/ups/ups-locale.js';
import { isUpsMailInnovationsPackage } from '../../../carriers/ups/ups-tracking-number.js';

const CLIENT_ID = 'ups-test-client-id-51ab';
const CLIENT_SECRET = 'ups-test-client-secret-Zq82';

function fixture(scenario: string): string {
  return readFileSync(new URL(`../../../fixtures/ups/track-${scenario}.json`, import.meta.url), 'utf8');
}

function catchError(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error('expected a throw');
}

describe('the ups factory', () => {
  it('builds a parse-only adapter without credentials', () => {
    const adapter = ups();
    expect(adapter.id).toBe('ups');
    expect(adapter.displayName).toBe('UPS');
    expect(adapter.auth).toBeUndefined();
    expect(adapter.capabilities.maxTrackingNumbersPerRequest).toBe(1);
    expect(adapter.capabilities.namesHandoffPartners).toBe(true);
    expect(adapter.capabilities.languages).toContain('en');
  });

  it('declares OAuth client credentials with basic client authentication against the token endpoint', () => {
    const adapter = ups({ clientId: CLIENT_ID, clientSecret: new Secret(CLIENT_SECRET) });
    expect(adapter.auth).toMatchObject({
      type: 'oauth2_client_credentials',
      tokenUrl: 'https://onlinetools.ups.com/security/v1/oauth/token',
      clientAuthentication: 'basic',
      bodyFormat: 'form',
    });
    const auth = adapter.auth as Extract<typeof adapter.auth, { type: 'oauth2_client_credentials' }>;
    expect(auth.clientId.reveal()).toBe(CLIENT_ID);
    expect(auth.clientSecret.reveal()).toBe(CLIENT_SECRET);
    expect(JSON.stringify(adapter.auth)).not.toContain(CLIENT_SECRET);
    expect(auth.headers).toBeUndefined();
  });

  it('sends the merchant id on the token request only when given, and follows baseUrl', () => {
    const adapter = ups({ clientId: CLIENT_ID, clientSecret: CLIENT_SECRET, merchantId: ' A1B2C3 ', baseUrl: 'https://wwwcie.ups.com/' });
    expect(adapter.auth).toMatchObject({ tokenUrl: 'https://wwwcie.ups.com/security/v1/oauth/token', headers: { 'x-merchant-id': 'A1B2C3' } });
  });

  it('refuses half a pair of credentials and a baseUrl that is not a URL, naming no secret', () => {
    const half = catchError(() => ups({ clientSecret: CLIENT_SECRET }));
    expect(ConfigurationError.isInstance(half)).toBe(true);
    expect((half as Error).message).toContain('clientId');
    expect((half as Error).message).not.toContain(CLIENT_SECRET);
    expect(ConfigurationError.isInstance(catchError(() => ups({ baseUrl: 'onlinetools.ups.com' })))).toBe(true);
  });

  it('refuses to fetch without credentials, naming the carrier and the number', async () => {
    const http = { request: async (): Promise<CarrierHttpResponse> => ({ statusCode: 200, headers: {}, body: '{}' }) };
    const error = await ups()
      .fetchTracking({ trackingNumbers: ['1Z4V8E210344192703'], locale: 'en', http })
      .catch((caught: unknown) => caught);
    expect(ConfigurationError.isInstance(error)).toBe(true);
    expect((error as ConfigurationError).carrierId).toBe('ups');
    expect((error as ConfigurationError).trackingNumbers).toEqual(['1Z4V8E210344192703']);
    expect((error as Error).message).toContain('1Z4V8E210344192703');
  });

  it('sends one request per number and returns its body untouched', async () => {
    const sent: CarrierHttpRequest[] = [];
    const http = {
      request: async (request: CarrierHttpRequest): Promise<CarrierHttpResponse> => {
        sent.push(request);
        return { statusCode: 404, headers: {}, body: fixture('not-found-404') };
      },
    };
    const adapter = ups({ clientId: CLIENT_ID, clientSecret: CLIENT_SECRET, transactionSource: 'shop-backend' });
    const body = await adapter.fetchTracking({ trackingNumbers: ['1ZH4T5920358812448'], locale: 'zh-CN', http });
    expect(body).toBe(fixture('not-found-404'));
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({
      method: 'GET',
      url: 'https://onlinetools.ups.com/api/track/v1/details/1ZH4T5920358812448',
      query: { locale: 'zh_CN', returnSignature: 'false', returnMilestones: 'false', returnPOD: 'false' },
      headers: { transactionSrc: 'shop-backend' },
      auth: true,
      acceptStatuses: [404],
    });
    const many = await adapter
      .fetchTracking({ trackingNumbers: ['1Z4V8E210344192703', '1Z95R3190388176202'], locale: 'en', http })
      .catch((caught: unknown) => caught);
    expect(ConfigurationError.isInstance(many)).toBe(true);
    expect(sent).toHaveLength(1);
  });
});

describe('buildUpsTrackRequest', () => {
  it('pins the tracking request', () => {
    expect(buildUpsTrackRequest('1Z4V8E210344192703', 'fr-CA', { baseUrl: 'https://wwwcie.ups.com', transactionSource: 'parceline' }, 'trans-1')).toEqual({
      method: 'GET',
      url: 'https://wwwcie.ups.com/api/track/v1/details/1Z4V8E210344192703',
      query: { locale: 'fr_CA', returnSignature: 'false', returnMilestones: 'false', returnPOD: 'false' },
      headers: { transId: 'trans-1', transactionSrc: 'parceline' },
      auth: true,
      acceptStatuses: [404],
    });
  });
});

describe('UPS locales', () => {
  it('maps our locales to the language_COUNTRY form UPS expects', () => {
    expect(toUpsLocale('en')).toBe('en_US');
    expect(toUpsLocale('zh-CN')).toBe('zh_CN');
    expect(toUpsLocale('fr-CA')).toBe('fr_CA');
    expect(toUpsLocale('de')).toBe('de_DE');
    expect(toUpsLocale('zh-Hant')).toBe('zh_TW');
    expect(toUpsLocale('es-MX')).toBe('es_MX');
  });

  it('asks in US English for languages UPS is not known to answer in, and for malformed locales', () => {
    expect(toUpsLocale('sv-SE')).toBe('en_US');
    expect(toUpsLocale('not a locale')).toBe('en_US');
    expect(toUpsLocale(undefined)).toBe('en_US');
  });

  it('labels UPS texts with the locale asked for, or en when UPS answers in its default', () => {
    expect(resolveUpsTextLanguage('fr-CA')).toBe('fr-CA');
    expect(resolveUpsTextLanguage('zh-CN')).toBe('zh-CN');
    expect(resolveUpsTextLanguage('sv')).toBe('en');
    expect(resolveUpsTextLanguage(undefined)).toBe('en');
    const [parsed] = ups().parseTracking(fixture('domestic-delivered'), { locale: 'fr-CA' } as never);
    expect(parsed?.events[0]?.carrierStatus.language).toBe('fr-CA');
  });
});

describe('UPS tracking numbers', () => {
  const adapter = ups();

  it('matches 1Z numbers whatever their case and spacing, and reports the check digit', () => {
    expect(adapter.matchTrackingNumber('1z 4v8e 21 03 4419 2703')).toEqual({ format: 'ups-1z', normalized: '1Z4V8E210344192703', checkDigit: 'valid' });
    expect(adapter.matchTrackingNumber('1Z4V8E210344192704')).toEqual({ format: 'ups-1z', normalized: '1Z4V8E210344192704', checkDigit: 'invalid' });
  });

  it('matches Mail Innovations IMpb numbers and refuses other shapes', () => {
    expect(adapter.matchTrackingNumber('92748999123456789012345672')).toMatchObject({ format: 'ups-mail-innovations', checkDigit: 'valid' });
    expect(adapter.matchTrackingNumber('NOT-A-NUMBER')).toBeNull();
    expect(adapter.matchTrackingNumber('12345')).toBeNull();
  });

  it('matches its own sample numbers', () => {
    for (const number of adapter.sampleTrackingNumbers) expect(adapter.matchTrackingNumber(number)?.checkDigit, number).toBe('valid');
  });

  it('tells Mail Innovations parcels from SurePost parcels', () => {
    expect(isUpsMailInnovationsPackage('92748999123456789012345672', false)).toBe(true);
    expect(isUpsMailInnovationsPackage('802918374650123456', true)).toBe(true);
    expect(isUpsMailInnovationsPackage('802918374650123456', false)).toBe(false);
    expect(isUpsMailInnovationsPackage('1Z8E2F09YW04115935', true)).toBe(false);
  });
});

describe('parsing bodies UPS did not document', () => {
  const adapter = ups();
  const context = { trackingNumbers: ['1Z4V8E210344192703'] };
  const activity = { date: '20240516', time: '081204', status: { type: 'I', code: 'OT', statusCode: '021', description: 'Out For Delivery Today' } };
  const withActivity = (extra: Record<string, unknown>) => ({
    trackResponse: { shipment: [{ inquiryNumber: '1Z4V8E210344192703', package: [{ trackingNumber: '1Z4V8E210344192703', activity: [{ ...activity, ...extra }] }] }] },
  });

  const broken: [name: string, body: unknown][] = [
    ['an empty string', ''],
    ['HTML', '<html>Service Unavailable</html>'],
    ['truncated JSON', '{"trackResponse":{"shipment":['],
    ['null', null],
    ['a number', 42],
    ['an array', []],
    ['an empty object', {}],
    ['trackResponse null', { trackResponse: null }],
    ['shipment not an array', { trackResponse: { shipment: 'none' } }],
    ['package not an array', { trackResponse: { shipment: [{ inquiryNumber: '1Z4V8E210344192703', package: {} }] } }],
    ['an activity without date', withActivity({ date: undefined })],
    ['an activity with an impossible date', withActivity({ date: '20240231' })],
    ['a status that is a string', withActivity({ status: 'delivered' })],
    ['an error body without errors', { response: { errors: [] } }],
  ];

  for (const [name, body] of broken) {
    it(`raises CarrierResponseError naming ups and the number for ${name}`, () => {
      const error = catchError(() => adapter.parseTracking(body, context));
      expect(CarrierResponseError.isInstance(error), String(error)).toBe(true);
      expect((error as CarrierResponseError).carrierId).toBe('ups');
      expect((error as CarrierResponseError).trackingNumbers).toEqual(['1Z4V8E210344192703']);
    });
  }

  it('accepts an already-parsed body as well as the string UPS sent', () => {
    const fromString = adapter.parseTracking(fixture('domestic-delivered'));
    const fromObject = adapter.parseTracking(JSON.parse(fixture('domestic-delivered')) as unknown);
    expect(fromObject).toEqual(fromString);
  });

  it('ignores fields it does not read and reads numbers sent as numbers', () => {
    const [parsed] = adapter.parseTracking(
      withActivity({ time: 81204, gmtOffset: '-04:00', extra: { nested: true }, status: { ...activity.status, statusCode: 21 } }),
      context,
    );
    expect(parsed?.events[0]).toMatchObject({ status: 'out_for_delivery', time: { occurredAt: '2024-05-16T12:12:04.000Z' } });
  });

  it('keeps an informational update event without letting it set the status', () => {
    const body = {
      trackResponse: {
        shipment: [
          {
            package: [
              {
                trackingNumber: '1Z4V8E210344192703',
                activity: [
                  { date: '20240516', time: '091500', gmtOffset: '-04:00', status: { type: 'U', code: 'UT', statusCode: '153', description: 'Updated Delivery Time' } },
                  { ...activity, gmtOffset: '-04:00' },
                ],
              },
            ],
          },
        ],
      },
    };
    const [parsed] = adapter.parseTracking(body, context);
    expect(parsed?.events.map((event) => [event.status, event.subStatus])).toEqual([
      ['out_for_delivery', 'out_for_delivery'],
      [null, 'generic_update'],
    ]);
    const [result] = normalize(adapter, body, { fetchedAt: '2025-06-01T00:00:00.000Z' });
    expect(result?.status).toBe('out_for_delivery');
    expect(result?.events[1]).toMatchObject({ status: 'out_for_delivery', subStatus: 'generic_update', carrierStatus: { code: 'U:UT' } });
  });

  it('hands a SurePost parcel to USPS at the postal-network scan, keeping its 1Z number and the package-exception list', () => {
    const scan = (date: string, time: string, type: string, code: string, statusCode: string, description: string) => ({
      date,
      time,
      gmtOffset: '-05:00',
      location: { address: { city: 'DES MOINES', stateProvince: 'IA', countryCode: 'US' } },
      status: { type, code, statusCode, description },
    });
    const body = {
      trackResponse: {
        shipment: [
          {
            inquiryNumber: '1Z8E2F09YW04115935',
            package: [
              {
                trackingNumber: '1Z8E2F09YW04115935',
                alternateTrackingNumber: [{ number: '92612903011234567890123455', type: 'USPS_PIC' }, { number: '1Z8E2F09YW04115935' }],
                activity: [
                  scan('20241104', '091500', 'I', 'ZZ', '021', 'Out for delivery'),
                  scan('20241103', '101500', 'I', 'YN', '137', 'Package received into postal network'),
                  scan('20241102', '201500', 'I', 'AR', '005', 'Arrived at Facility'),
                ],
              },
            ],
          },
        ],
      },
    };
    const [parsed] = adapter.parseTracking(body);
    const handoff = { carrier: 'usps', carrierName: 'USPS', trackingNumber: '92612903011234567890123455' };
    expect(parsed?.handoffs).toEqual([handoff]);
    expect(parsed?.events.map((event) => [event.carrierStatus.code, event.subStatus, event.handoff ?? null])).toEqual([
      ['I:AR', 'arrived_at_facility', null],
      ['I:YN', 'handed_over', handoff],
      ['I:ZZ', 'out_for_delivery', null],
    ]);
  });

  it('gives an activity without a time a date-only instant', () => {
    const [parsed] = adapter.parseTracking(withActivity({ time: undefined, gmtOffset: '-04:00' }), context);
    expect(parsed?.events[0]?.time).toEqual({
      occurredAt: '2024-05-16T04:00:00.000Z',
      localTime: '2024-05-16T00:00:00-04:00',
      timeZone: null,
      timeBasis: 'date_only',
    });
  });

  it('trusts the UTC fields when the local time disagrees with them, and says so', () => {
    const [parsed] = adapter.parseTracking(withActivity({ gmtDate: '20240516', gmtTime: '13:12:04', gmtOffset: '-04:00' }), context);
    expect(parsed?.events[0]?.time.occurredAt).toBe('2024-05-16T13:12:04.000Z');
    expect(parsed?.warnings?.map((warning) => warning.code)).toEqual(['CARRIER_TIME_MISMATCH']);
  });

  it('falls back on UTC, with a warning, when nothing gives a zone', () => {
    const [parsed] = adapter.parseTracking(withActivity({}), context);
    expect(parsed?.events[0]?.time).toMatchObject({ occurredAt: '2024-05-16T08:12:04.000Z', timeZone: 'UTC', timeBasis: 'assumed_zone' });
    expect(parsed?.warnings?.map((warning) => warning.code)).toEqual(['ASSUMED_TIME_ZONE']);
  });
});
