import { readFileSync } from 'node:fs';
import { inspect } from 'node:util';
import nock from 'nock';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CarrierAuthError, CarrierHttpError, ConfigurationError, ParcelineError, RateLimitedError, createTracker } from '../../../src/index.js';
import { usps, type UspsOptions } from '../../../carriers/usps/index.js';

const BASE_URL = 'https://apis.usps.com';
const TEM_URL = 'https://apis-tem.usps.com';
const CLIENT_ID = 'usps-consumer-Key-4f81aa';
const CLIENT_SECRET = 'usps-consumer-Secret-Zq93Lm';
const TOKEN = 'usps-access-token-EEff5566';
const NEW_TOKEN = 'usps-access-token-GGhh7788';
const NUMBER = '9400111699001234567819';
const TRACK_PATH = `/tracking/v3/tracking/${NUMBER}`;
const QUERY = { expand: 'DETAIL' };
const FAST_RETRY = { retries: 2, minTimeout: 1, maxTimeout: 5, maxRetryTime: 5_000 };

function fixture(name: string): string {
  return readFileSync(new URL(`../../../fixtures/usps/${name}.json`, import.meta.url), 'utf8');
}

/** A token answer shaped like USPS's (reference §1.1): `issued_at` and `expires_in` as strings. */
function tokenBody(accessToken: string) {
  return {
    access_token: accessToken,
    token_type: 'Bearer',
    issued_at: '1717000000000',
    expires_in: '28799',
    status: 'approved',
    scope: 'tracking',
    issuer: 'api.usps.com',
    client_id: CLIENT_ID,
    application_name: 'parceline-test',
  };
}

function tracker(options: UspsOptions = {}) {
  return createTracker({ carriers: [usps({ clientId: CLIENT_ID, clientSecret: CLIENT_SECRET, ...options })], retry: FAST_RETRY });
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

describe('USPS requests', () => {
  it('asks for a token with the credentials in a JSON body, then tracks one number with expand=DETAIL and the bearer token', async () => {
    const seen: { token?: { body: string; headers: Record<string, string>; method: string }; track?: { headers: Record<string, string>; method: string; url: string } } = {};
    nock(BASE_URL)
      .post('/oauth2/v3/token')
      .reply(async (request: Request) => {
        seen.token = { body: await request.text(), headers: Object.fromEntries(request.headers), method: request.method };
        return [200, tokenBody(TOKEN)];
      });
    nock(BASE_URL)
      .get(TRACK_PATH)
      .query(QUERY)
      .reply((request: Request) => {
        seen.track = { headers: Object.fromEntries(request.headers), method: request.method, url: request.url };
        return [200, fixture('track-delivered'), { 'content-type': 'application/json' }];
      });

    const subject = tracker();
    const result = await subject.track(NUMBER);
    await subject.close();

    expect(result.status).toBe('delivered');
    expect(seen.token?.method).toBe('POST');
    expect(JSON.parse(seen.token?.body ?? '{}')).toEqual({
      grant_type: 'client_credentials',
      client_id: CLIENT_ID,
      client_secret: CLIENT_SECRET,
      scope: 'tracking',
    });
    expect(seen.token?.headers['content-type']).toBe('application/json');
    expect(seen.token?.headers).not.toHaveProperty('authorization');
    expect(seen.track?.method).toBe('GET');
    expect(new URL(seen.track?.url ?? 'http://x').search).toBe('?expand=DETAIL');
    expect(seen.track?.headers).toMatchObject({ authorization: `Bearer ${TOKEN}`, accept: 'application/json' });
    expect(nock.isDone()).toBe(true);
  });

  it('uses the test environment host and the configured scope when asked to', async () => {
    let tokenBodySent: Record<string, unknown> = {};
    nock(TEM_URL)
      .post('/oauth2/v3/token')
      .reply(async (request: Request) => {
        tokenBodySent = JSON.parse(await request.text()) as Record<string, unknown>;
        return [200, tokenBody(TOKEN)];
      });
    nock(TEM_URL).get(TRACK_PATH).query(QUERY).reply(200, fixture('track-delivered'));
    const subject = tracker({ baseUrl: `${TEM_URL}/`, scope: 'tracking addresses' });
    const result = await subject.track(NUMBER);
    await subject.close();
    expect(result.trackingNumber).toBe(NUMBER);
    expect(tokenBodySent.scope).toBe('tracking addresses');
    expect(nock.isDone()).toBe(true);
  });

  it('strips the 420 + ZIP routing prefix and sends the bare package code', async () => {
    nock(BASE_URL).post('/oauth2/v3/token').reply(200, tokenBody(TOKEN));
    const track = nock(BASE_URL).get(TRACK_PATH).query(QUERY).reply(200, fixture('track-delivered'));
    const subject = tracker();
    const result = await subject.track(`420 43215 ${NUMBER}`);
    await subject.close();
    expect(track.isDone()).toBe(true);
    expect(result.trackingNumber).toBe(NUMBER);
  });

  it('reuses one token for several numbers', async () => {
    let tokenRequests = 0;
    nock(BASE_URL)
      .post('/oauth2/v3/token')
      .times(3)
      .reply(() => {
        tokenRequests++;
        return [200, tokenBody(TOKEN)];
      });
    nock(BASE_URL).get(TRACK_PATH).query(QUERY).reply(200, fixture('track-delivered'));
    nock(BASE_URL).get('/tracking/v3/tracking/LX482063155CN').query(QUERY).reply(200, fixture('track-inbound-customs'));
    const subject = tracker();
    const results = await Promise.all([subject.track(NUMBER), subject.track('LX482063155CN')]);
    await subject.close();
    expect(results.map((result) => result.status)).toEqual(['delivered', 'delivered']);
    expect(tokenRequests).toBe(1);
  });
});

describe('USPS answers', () => {
  it('reads HTTP 400 with code 150002 as "not found" for the number asked, without retrying', async () => {
    let attempts = 0;
    const missing = '9400111699063541209868';
    nock(BASE_URL).post('/oauth2/v3/token').reply(200, tokenBody(TOKEN));
    nock(BASE_URL)
      .get(`/tracking/v3/tracking/${missing}`)
      .query(QUERY)
      .times(3)
      .reply(() => {
        attempts++;
        return [400, fixture('track-not-found')];
      });
    const subject = tracker();
    const result = await subject.track(missing);
    await subject.close();
    expect(attempts).toBe(1);
    expect(result.outcome).toBe('not_found');
    expect(result.status).toBe('pending');
    expect(result.events).toEqual([]);
    expect(result.warnings).toEqual([expect.objectContaining({ code: 'CARRIER_WARNING', rawCode: '150002' })]);
  });

  it('reads a v3r2-style 404 error body as "not found"', async () => {
    nock(BASE_URL).post('/oauth2/v3/token').reply(200, tokenBody(TOKEN));
    nock(BASE_URL)
      .get(TRACK_PATH)
      .query(QUERY)
      .reply(404, { apiVersion: '/tracking/v3', error: { code: '404', message: 'Tracking is not available for this item.', errors: [] } });
    const subject = tracker();
    const result = await subject.track(NUMBER);
    await subject.close();
    expect(result.outcome).toBe('not_found');
    expect(result.trackingNumber).toBe(NUMBER);
  });

  it('raises a non-retryable CarrierHttpError for a 400 that is not about tracking, with USPS code and message', async () => {
    let attempts = 0;
    nock(BASE_URL).post('/oauth2/v3/token').reply(200, tokenBody(TOKEN));
    nock(BASE_URL)
      .get(TRACK_PATH)
      .query(QUERY)
      .times(3)
      .reply(() => {
        attempts++;
        return [400, { apiVersion: '/tracking/v3', error: { code: '400', message: 'Invalid expand value', errors: [{ status: '400', code: '000015', title: 'Invalid parameter' }] } }];
      });
    const subject = tracker();
    const error = await subject.track(NUMBER).catch((caught: unknown) => caught);
    await subject.close();
    expect(attempts).toBe(1);
    expect(CarrierHttpError.isInstance(error)).toBe(true);
    expect(error).toMatchObject({ statusCode: 400, isRetryable: false, carrierId: 'usps', carrierCode: '000015', carrierMessage: 'Invalid expand value', trackingNumbers: [NUMBER] });
    expectNoSecret(error);
  });

  it('raises a CarrierHttpError for a 404 that is not USPS\'s error body (a wrong base URL)', async () => {
    nock(BASE_URL).post('/oauth2/v3/token').reply(200, tokenBody(TOKEN));
    nock(BASE_URL).get(TRACK_PATH).query(QUERY).reply(404, '<html>Not Found</html>', { 'content-type': 'text/html' });
    const subject = tracker();
    const error = await subject.track(NUMBER).catch((caught: unknown) => caught);
    await subject.close();
    expect(CarrierHttpError.isInstance(error)).toBe(true);
    expect(error).toMatchObject({ statusCode: 404, isRetryable: false });
  });

  it('retries a 503 and then succeeds', async () => {
    let attempts = 0;
    nock(BASE_URL).post('/oauth2/v3/token').reply(200, tokenBody(TOKEN));
    nock(BASE_URL)
      .get(TRACK_PATH)
      .query(QUERY)
      .times(2)
      .reply(() => {
        attempts++;
        return attempts === 1 ? [503, fixture('error-service-unavailable')] : [200, fixture('track-delivered')];
      });
    const subject = tracker();
    const result = await subject.track(NUMBER);
    await subject.close();
    expect(attempts).toBe(2);
    expect(result.status).toBe('delivered');
  });

  it('gives a retryable CarrierHttpError with USPS\'s message once the 503s outlast the retries', async () => {
    let attempts = 0;
    nock(BASE_URL).post('/oauth2/v3/token').reply(200, tokenBody(TOKEN));
    nock(BASE_URL)
      .get(TRACK_PATH)
      .query(QUERY)
      .times(3)
      .reply(() => {
        attempts++;
        return [503, fixture('error-service-unavailable')];
      });
    const subject = tracker();
    const error = await subject.track(NUMBER).catch((caught: unknown) => caught);
    await subject.close();
    expect(attempts).toBe(3);
    expect(CarrierHttpError.isInstance(error)).toBe(true);
    expect(error).toMatchObject({ statusCode: 503, isRetryable: true, carrierId: 'usps', trackingNumbers: [NUMBER], carrierMessage: 'Service Unavailable' });
    expectNoSecret(error);
  });

  it('waits for Retry-After on a 429 and then succeeds', async () => {
    nock(BASE_URL).post('/oauth2/v3/token').reply(200, tokenBody(TOKEN));
    const scope = nock(BASE_URL)
      .get(TRACK_PATH)
      .query(QUERY)
      .reply(429, fixture('error-rate-limited'), { 'Retry-After': '1' })
      .get(TRACK_PATH)
      .query(QUERY)
      .reply(200, fixture('track-delivered'));
    const subject = tracker();
    const started = performance.now();
    const result = await subject.track(NUMBER);
    await subject.close();
    expect(result.status).toBe('delivered');
    expect(performance.now() - started).toBeGreaterThanOrEqual(900);
    expect(scope.isDone()).toBe(true);
  });

  it('gives a RateLimitedError when the hourly quota asks for a wait longer than allowed', async () => {
    nock(BASE_URL).post('/oauth2/v3/token').reply(200, tokenBody(TOKEN));
    nock(BASE_URL).get(TRACK_PATH).query(QUERY).reply(429, fixture('error-rate-limited'), { 'Retry-After': '3600' });
    const subject = tracker();
    const error = await subject.track(NUMBER).catch((caught: unknown) => caught);
    await subject.close();
    expect(RateLimitedError.isInstance(error)).toBe(true);
    expect(error).toMatchObject({ code: 'RATE_LIMITED', carrierId: 'usps', isRetryable: true, retryAfter: 3_600_000 });
    expectNoSecret(error);
  });

  it('refreshes the token once after a 401 and then succeeds', async () => {
    const tokens = nock(BASE_URL).post('/oauth2/v3/token').reply(200, tokenBody(TOKEN)).post('/oauth2/v3/token').reply(200, tokenBody(NEW_TOKEN));
    nock(BASE_URL, { reqheaders: { authorization: `Bearer ${TOKEN}` } })
      .get(TRACK_PATH)
      .query(QUERY)
      .reply(401, fixture('error-auth-failure'));
    nock(BASE_URL, { reqheaders: { authorization: `Bearer ${NEW_TOKEN}` } })
      .get(TRACK_PATH)
      .query(QUERY)
      .reply(200, fixture('track-delivered'));
    const subject = tracker();
    const result = await subject.track(NUMBER);
    await subject.close();
    expect(result.status).toBe('delivered');
    expect(tokens.isDone()).toBe(true);
  });

  it('gives CarrierAuthError when the 401 persists after one refresh (a token without the tracking scope), without secrets', async () => {
    let tokenRequests = 0;
    let trackRequests = 0;
    nock(BASE_URL)
      .post('/oauth2/v3/token')
      .times(5)
      .reply(() => {
        tokenRequests++;
        return [200, tokenBody(tokenRequests === 1 ? TOKEN : NEW_TOKEN)];
      });
    nock(BASE_URL)
      .get(TRACK_PATH)
      .query(QUERY)
      .times(5)
      .reply(() => {
        trackRequests++;
        return [401, fixture('error-auth-failure')];
      });
    const subject = tracker();
    const error = await subject.track(NUMBER).catch((caught: unknown) => caught);
    await subject.close();
    expect(CarrierAuthError.isInstance(error)).toBe(true);
    expect(error).toMatchObject({ code: 'CARRIER_AUTH_FAILED', statusCode: 401, carrierId: 'usps', isRetryable: false });
    expect(tokenRequests).toBe(2);
    expect(trackRequests).toBe(2);
    expectNoSecret(error);
  });

  it('gives CarrierAuthError when the token endpoint refuses the credentials (OAuth error body)', async () => {
    nock(BASE_URL)
      .post('/oauth2/v3/token')
      .reply(401, { error: 'invalid_client', error_description: 'Client authentication failed', error_uri: '' });
    const subject = tracker();
    const error = await subject.track(NUMBER).catch((caught: unknown) => caught);
    await subject.close();
    expect(CarrierAuthError.isInstance(error)).toBe(true);
    expect((error as Error).message).toContain('token');
    expectNoSecret(error);
  });
});

describe('USPS adapter options', () => {
  it('refuses to fetch without credentials but still parses', async () => {
    const subject = createTracker({ carriers: [usps()], retry: FAST_RETRY });
    const error = await subject.track(NUMBER).catch((caught: unknown) => caught);
    await subject.close();
    expect(ConfigurationError.isInstance(error)).toBe(true);
    expect(usps().auth).toBeUndefined();
    expect(usps().parseTracking(fixture('track-delivered'))[0]?.outcome).toBe('found');
  });

  it('refuses half a credential pair and a base URL that is not http(s)', () => {
    expect(() => usps({ clientId: CLIENT_ID })).toThrow(ConfigurationError);
    expect(() => usps({ clientSecret: CLIENT_SECRET })).toThrow(ConfigurationError);
    expect(() => usps({ clientId: CLIENT_ID, clientSecret: CLIENT_SECRET, baseUrl: 'ftp://apis.usps.com' })).toThrow(ConfigurationError);
    expect(() => usps({ clientId: CLIENT_ID, clientSecret: CLIENT_SECRET, baseUrl: 'apis.usps.com' })).toThrow(ConfigurationError);
  });

  it('declares OAuth client credentials with the token URL of its host and never shows the secret', () => {
    const adapter = usps({ clientId: CLIENT_ID, clientSecret: CLIENT_SECRET });
    expect(adapter.auth).toMatchObject({
      type: 'oauth2_client_credentials',
      tokenUrl: 'https://apis.usps.com/oauth2/v3/token',
      clientAuthentication: 'body',
      bodyFormat: 'json',
      scope: 'tracking',
    });
    expect(JSON.stringify(adapter)).not.toContain(CLIENT_SECRET);
    expect(inspect(adapter, { depth: 6 })).not.toContain(CLIENT_SECRET);
    expect(adapter.capabilities).toMatchObject({ maxTrackingNumbersPerRequest: 1, languages: ['en'] });
  });
});
