import { readFileSync } from 'node:fs';
import { inspect } from 'node:util';
import nock from 'nock';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  CarrierAuthError,
  CarrierHttpError,
  CarrierResponseError,
  ConfigurationError,
  ParcelineError,
  createTracker,
  type TrackManyItem,
} from '../../../src/index.js';
import { computeFedexMod11CheckDigit } from '../../../src/adapter-kit/index.js';
import { fedex, type FedexOptions } from '../../../carriers/fedex/index.js';
import { fetchFedexTracking } from '../../../carriers/fedex/fedex-fetch.js';

const BASE_URL = 'https://apis.fedex.com';
const SANDBOX_URL = 'https://apis-sandbox.fedex.com';
const CLIENT_ID = 'fedex-api-key-l7x4a9Qe';
const CLIENT_SECRET = 'fedex-secret-key-Zr81mW3v';
const TOKEN = 'fedex-access-token-PPqq5566';
const NEW_TOKEN = 'fedex-access-token-RRss7788';
const NUMBER = '271936045812';
const TRACK_PATH = '/track/v1/trackingnumbers';
const FAST_RETRY = { retries: 2, minTimeout: 1, maxTimeout: 5, maxRetryTime: 5_000 };

function fixture(scenario: string): string {
  return readFileSync(new URL(`../../../fixtures/fedex/track-${scenario}.json`, import.meta.url), 'utf8');
}

function tokenBody(accessToken: string) {
  return { access_token: accessToken, token_type: 'bearer', expires_in: 3599, scope: 'CXS-TP' };
}

function tracker(options: FedexOptions = {}) {
  return createTracker({ carriers: [fedex({ clientId: CLIENT_ID, clientSecret: CLIENT_SECRET, ...options })], retry: FAST_RETRY });
}

/** The numbers an intercepted tracking request asked for (nock 15 hands reply functions the fetch Request). */
async function requestedNumbers(request: Request): Promise<string[]> {
  const body = JSON.parse(await request.text()) as { trackingInfo: { trackingNumberInfo: { trackingNumber: string } }[] };
  return body.trackingInfo.map((info) => info.trackingNumberInfo.trackingNumber);
}

/** A FedEx 200 answer for the given numbers: each picked up in Seattle, unless listed as missing. */
function batchBody(numbers: readonly string[], missing: readonly string[] = []): string {
  return JSON.stringify({
    transactionId: 'test-transaction',
    output: {
      completeTrackResults: numbers.map((trackingNumber) =>
        missing.includes(trackingNumber)
          ? { trackingNumber, trackResults: [{ trackingNumberInfo: { trackingNumber }, error: { code: 'TRACKING.TRACKINGNUMBER.NOTFOUND', message: 'Tracking number cannot be found.' } }] }
          : {
              trackingNumber,
              trackResults: [
                {
                  trackingNumberInfo: { trackingNumber, carrierCode: 'FDXE' },
                  scanEvents: [
                    {
                      date: '2025-06-11T16:04:00-07:00',
                      eventType: 'PU',
                      eventDescription: 'Picked up',
                      derivedStatusCode: 'PU',
                      scanLocation: { city: 'SEATTLE', stateOrProvinceCode: 'WA', postalCode: '98108', countryCode: 'US' },
                    },
                  ],
                },
              ],
            },
      ),
    },
  });
}

/** Valid FedEx Express 12-digit numbers, made with the kit check digit. */
function expressNumbers(count: number): string[] {
  return Array.from({ length: count }, (_, index) => {
    const serial = String(40_000_000_000 + index * 7_919);
    return `${serial}${computeFedexMod11CheckDigit(serial)}`;
  });
}

async function collect(items: AsyncIterable<TrackManyItem>): Promise<TrackManyItem[]> {
  const out: TrackManyItem[] = [];
  for await (const item of items) out.push(item);
  return out;
}

function expectNoSecret(error: unknown) {
  const texts = [
    (error as Error).message,
    JSON.stringify(error),
    JSON.stringify((error as ParcelineError).toJSON()),
    inspect(error, { depth: 8 }),
    String((error as Error).stack),
  ];
  for (const text of texts) for (const secret of [CLIENT_ID, CLIENT_SECRET, TOKEN, NEW_TOKEN]) expect(text).not.toContain(secret);
}

beforeEach(() => {
  nock.disableNetConnect();
});

afterEach(() => {
  nock.cleanAll();
  nock.enableNetConnect();
});

describe('FedEx requests', () => {
  it('asks for a token with the key and secret in a form body, then posts the numbers with the bearer token', async () => {
    const seen: { token?: { body: string; headers: Record<string, string> }; track?: { body: unknown; headers: Record<string, string>; url: string } } = {};
    nock(BASE_URL)
      .post('/oauth/token')
      .reply(async (request: Request) => {
        seen.token = { body: await request.text(), headers: Object.fromEntries(request.headers) };
        return [200, tokenBody(TOKEN)];
      });
    nock(BASE_URL)
      .post(TRACK_PATH)
      .reply(async (request: Request) => {
        seen.track = { body: JSON.parse(await request.text()), headers: Object.fromEntries(request.headers), url: request.url };
        return [200, fixture('delivered-domestic'), { 'content-type': 'application/json' }];
      });

    const subject = tracker();
    const result = await subject.track(NUMBER);
    await subject.close();

    expect(result.status).toBe('delivered');
    expect(seen.token?.body).toBe(`grant_type=client_credentials&client_id=${CLIENT_ID}&client_secret=${CLIENT_SECRET}`);
    expect(seen.token?.headers).toMatchObject({ 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' });
    expect(seen.token?.headers.authorization).toBeUndefined();
    expect(seen.track?.url).toBe(`${BASE_URL}${TRACK_PATH}`);
    expect(seen.track?.headers).toMatchObject({
      authorization: `Bearer ${TOKEN}`,
      'content-type': 'application/json',
      'x-locale': 'en_US',
      accept: 'application/json',
    });
    expect(seen.track?.body).toEqual({ includeDetailedScans: true, trackingInfo: [{ trackingNumberInfo: { trackingNumber: NUMBER } }] });
    expect(nock.isDone()).toBe(true);
  });

  it('asks in the locale of the call, against the base URL it was given', async () => {
    const locales: string[] = [];
    nock(SANDBOX_URL).post('/oauth/token').reply(200, tokenBody(TOKEN));
    nock(SANDBOX_URL)
      .post(TRACK_PATH)
      .reply((request: Request) => {
        locales.push(String(request.headers.get('x-locale')));
        return [200, fixture('delivered-domestic')];
      });
    const subject = tracker({ baseUrl: SANDBOX_URL });
    const result = await subject.track(NUMBER, { locale: 'zh-CN' });
    await subject.close();
    expect(result.locale).toBe('zh-CN');
    expect(locales).toEqual(['zh_CN']);
    expect(nock.isDone()).toBe(true);
  });

  it('splits 65 numbers given to trackMany into requests of at most 30, with one token', async () => {
    const numbers = expressNumbers(65);
    const missing = numbers[41] as string;
    const batches: string[][] = [];
    let tokenRequests = 0;
    nock(BASE_URL)
      .post('/oauth/token')
      .times(3)
      .reply(() => {
        tokenRequests++;
        return [200, tokenBody(TOKEN)];
      });
    nock(BASE_URL)
      .post(TRACK_PATH)
      .times(5)
      .reply(async (request: Request) => {
        const asked = await requestedNumbers(request);
        batches.push(asked);
        return [200, batchBody(asked, [missing])];
      });

    const subject = tracker();
    const items = await collect(subject.trackMany(numbers));
    await subject.close();

    expect(batches.map((batch) => batch.length).sort((a, b) => a - b)).toEqual([5, 30, 30]);
    expect(batches.flat().sort()).toEqual([...numbers].sort());
    expect(tokenRequests).toBe(1);
    expect(items).toHaveLength(65);
    expect(items.every((item) => item.ok)).toBe(true);
    const outcomes = new Map(items.map((item) => [item.trackingNumber, item.ok ? item.result.outcome : 'failed']));
    expect(outcomes.get(missing)).toBe('not_found');
    expect([...outcomes.values()].filter((outcome) => outcome === 'found')).toHaveLength(64);
  });

  it('gives each number of a mixed 200 batch its own outcome, the not-found one included', async () => {
    nock(BASE_URL).post('/oauth/token').reply(200, tokenBody(TOKEN));
    const scope = nock(BASE_URL).post(TRACK_PATH).once().reply(200, fixture('mixed-batch'));
    const subject = tracker();
    const items = await collect(subject.trackMany(['618472053930', '283746105957', '705918364279', '361804275930165']));
    await subject.close();
    expect(scope.isDone()).toBe(true);
    const byNumber = Object.fromEntries(items.map((item) => [item.trackingNumber, item.ok ? [item.result.outcome, item.result.status] : ['failed']]));
    expect(byNumber).toEqual({
      '618472053930': ['found', 'delivered'],
      '283746105957': ['not_found', 'pending'],
      '705918364279': ['found', 'in_transit'],
      '361804275930165': ['found', 'info_received'],
    });
  });

  it('refuses to fetch without credentials, before any request', async () => {
    const subject = createTracker({ carriers: [fedex()], retry: FAST_RETRY });
    const error = await subject.track(NUMBER).catch((caught: unknown) => caught);
    await subject.close();
    expect(ConfigurationError.isInstance(error)).toBe(true);
    expect((error as ConfigurationError).carrierId).toBe('fedex');
  });

  it('refuses a batch larger than FedEx takes when called directly', async () => {
    const http = { request: () => Promise.reject(new Error('no request expected')) };
    const error = await fetchFedexTracking({ trackingNumbers: expressNumbers(31), locale: 'en', http }, { baseUrl: BASE_URL }, true).catch((caught: unknown) => caught);
    expect(ConfigurationError.isInstance(error)).toBe(true);
  });
});

describe('FedEx errors and retries', () => {
  it('retries a 503 and returns the later success', async () => {
    nock(BASE_URL).post('/oauth/token').reply(200, tokenBody(TOKEN));
    const scope = nock(BASE_URL).post(TRACK_PATH).reply(503, fixture('server-error')).post(TRACK_PATH).reply(200, fixture('delivered-domestic'));
    const result = await tracker().track(NUMBER);
    expect(result.status).toBe('delivered');
    expect(scope.isDone()).toBe(true);
  });

  it('gives up on a lasting 503 with a retryable typed error naming FedEx code', async () => {
    let attempts = 0;
    nock(BASE_URL).post('/oauth/token').reply(200, tokenBody(TOKEN));
    nock(BASE_URL)
      .post(TRACK_PATH)
      .times(5)
      .reply(() => {
        attempts++;
        return [503, fixture('server-error')];
      });
    const error = await tracker().track(NUMBER).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(CarrierHttpError);
    expect(error).toMatchObject({ code: 'CARRIER_HTTP_ERROR', statusCode: 503, isRetryable: true, carrierCode: 'SERVICE.UNAVAILABLE.ERROR', carrierId: 'fedex', trackingNumbers: [NUMBER] });
    expect(attempts).toBe(3);
    expectNoSecret(error);
  });

  it('retries a 429', async () => {
    nock(BASE_URL).post('/oauth/token').reply(200, tokenBody(TOKEN));
    const scope = nock(BASE_URL)
      .post(TRACK_PATH)
      .reply(429, { transactionId: 't', errors: [{ code: 'TOO.MANY.REQUESTS', message: 'Too many requests' }] }, { 'Retry-After': '0' })
      .post(TRACK_PATH)
      .reply(200, fixture('delivered-domestic'));
    const result = await tracker().track(NUMBER);
    expect(result.status).toBe('delivered');
    expect(scope.isDone()).toBe(true);
  });

  it('refreshes the token once after a 401 and then succeeds', async () => {
    const tokens = nock(BASE_URL).post('/oauth/token').reply(200, tokenBody(TOKEN)).post('/oauth/token').reply(200, tokenBody(NEW_TOKEN));
    nock(BASE_URL, { reqheaders: { authorization: `Bearer ${TOKEN}` } }).post(TRACK_PATH).reply(401, fixture('auth-failure'));
    nock(BASE_URL, { reqheaders: { authorization: `Bearer ${NEW_TOKEN}` } }).post(TRACK_PATH).reply(200, fixture('delivered-domestic'));
    const result = await tracker().track(NUMBER);
    expect(result.status).toBe('delivered');
    expect(tokens.isDone()).toBe(true);
    expect(nock.isDone()).toBe(true);
  });

  it('gives a typed auth failure when the 401 lasts, after exactly two token requests, without secrets', async () => {
    let tokenRequests = 0;
    nock(BASE_URL)
      .post('/oauth/token')
      .times(5)
      .reply(() => {
        tokenRequests++;
        return [200, tokenBody(tokenRequests === 1 ? TOKEN : NEW_TOKEN)];
      });
    nock(BASE_URL).post(TRACK_PATH).times(5).reply(401, fixture('auth-failure'));
    const error = await tracker().track(NUMBER).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(CarrierAuthError);
    expect(error).toMatchObject({ code: 'CARRIER_AUTH_FAILED', statusCode: 401, isRetryable: false, carrierId: 'fedex', trackingNumbers: [NUMBER] });
    expect(tokenRequests).toBe(2);
    expectNoSecret(error);
  });

  it('reports credentials the token endpoint refuses as an auth failure, without tracking and without secrets', async () => {
    nock(BASE_URL)
      .post('/oauth/token')
      .reply(401, { transactionId: 't', errors: [{ code: 'NOT.AUTHORIZED.ERROR', message: `The given client credentials were not valid: ${CLIENT_ID}` }] });
    const tracking = nock(BASE_URL).post(TRACK_PATH).reply(200, fixture('delivered-domestic'));
    const error = await tracker().track(NUMBER).catch((caught: unknown) => caught);
    expect(CarrierAuthError.isInstance(error)).toBe(true);
    expect((error as ParcelineError).code).toBe('CARRIER_AUTH_FAILED');
    expect(tracking.isDone()).toBe(false);
    expectNoSecret(error);
  });

  it('does not retry a 403 from a project without Track API access', async () => {
    let attempts = 0;
    nock(BASE_URL).post('/oauth/token').reply(200, tokenBody(TOKEN));
    nock(BASE_URL)
      .post(TRACK_PATH)
      .times(3)
      .reply(() => {
        attempts++;
        return [403, { transactionId: 't', errors: [{ code: 'FORBIDDEN.ERROR', message: 'We could not authorize your credentials.' }] }];
      });
    const error = await tracker().track(NUMBER).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(CarrierAuthError);
    expect(error).toMatchObject({ statusCode: 403, isRetryable: false });
    expect(attempts).toBe(1);
  });

  it('does not retry a 400 and names FedEx code', async () => {
    let attempts = 0;
    nock(BASE_URL).post('/oauth/token').reply(200, tokenBody(TOKEN));
    nock(BASE_URL)
      .post(TRACK_PATH)
      .times(3)
      .reply(() => {
        attempts++;
        return [400, { transactionId: 't', errors: [{ code: 'TRACKING.TRACKINGNUMBER.EMPTY', message: 'Please provide tracking number.' }] }];
      });
    const error = await tracker().track(NUMBER).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(CarrierHttpError);
    expect(error).toMatchObject({ statusCode: 400, isRetryable: false, carrierCode: 'TRACKING.TRACKINGNUMBER.EMPTY', carrierId: 'fedex' });
    expect(attempts).toBe(1);
  });

  it('turns a 200 that is not a FedEx body into a CarrierResponseError naming carrier and number', async () => {
    nock(BASE_URL).post('/oauth/token').reply(200, tokenBody(TOKEN));
    nock(BASE_URL).post(TRACK_PATH).reply(200, '<html>maintenance</html>', { 'content-type': 'text/html' });
    const error = await tracker().track(NUMBER).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(CarrierResponseError);
    expect(error).toMatchObject({ code: 'CARRIER_RESPONSE_INVALID', carrierId: 'fedex', trackingNumbers: [NUMBER] });
  });
});
