import { inspect } from 'node:util';
import nock from 'nock';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  CarrierAuthError,
  CarrierHttpError,
  CarrierResponseError,
  ParcelineError,
  RateLimitedError,
  createMemoryTokenStore,
  createTracker,
} from '../../src/index.js';
import { ACME_BASE_URL, acme, acmeBody, requestedNumbers } from '../support/acme-carrier.js';

const CLIENT_ID = 'acme-client-id-7f3a9c';
const CLIENT_SECRET = 'acme-client-secret-Q9x2LmZ8';
const TOKEN = 'tok-R4nd0m-Acc3ss-T0ken';
const FAST_RETRY = { retries: 2, minTimeout: 1, maxTimeout: 5, maxRetryTime: 5_000 };

function tracker(extra: Parameters<typeof createTracker>[0] extends infer O ? Partial<O> : never = {}) {
  return createTracker({ carriers: [acme({ clientId: CLIENT_ID, clientSecret: CLIENT_SECRET })], retry: FAST_RETRY, ...extra });
}

function expectNoSecret(error: unknown) {
  const texts = [String((error as Error).message), JSON.stringify(error), inspect(error, { depth: 8 }), String((error as Error).stack)];
  for (const text of texts) {
    for (const secret of [CLIENT_ID, CLIENT_SECRET, TOKEN, Buffer.from(`${CLIENT_ID}:${CLIENT_SECRET}`).toString('base64')]) {
      expect(text).not.toContain(secret);
    }
  }
}

beforeEach(() => {
  nock.disableNetConnect();
});

afterEach(() => {
  nock.cleanAll();
  nock.enableNetConnect();
});

describe('OAuth token cache', () => {
  it('fetches one token for 1,000 concurrent calls and reuses it', async () => {
    let tokenRequests = 0;
    nock(ACME_BASE_URL)
      .post('/oauth/token', 'grant_type=client_credentials')
      .basicAuth({ user: CLIENT_ID, pass: CLIENT_SECRET })
      .times(5)
      .reply(() => {
        tokenRequests++;
        return [200, { access_token: TOKEN, token_type: 'Bearer', expires_in: '14399' }];
      });
    nock(ACME_BASE_URL, { reqheaders: { authorization: `Bearer ${TOKEN}` } })
      .get('/track')
      .query(true)
      .times(1000)
      .reply(200, (uri: unknown) => acmeBody(requestedNumbers(uri)));
    const subject = tracker({ carrierLimits: { acme: { maxConcurrent: 64 } } });
    const numbers = Array.from({ length: 1000 }, (_, index) => `AC${String(index).padStart(9, '0')}`);
    const results = await Promise.all(numbers.map((number) => subject.track(number)));
    expect(results).toHaveLength(1000);
    expect(results.every((result) => result.status === 'delivered')).toBe(true);
    expect(tokenRequests).toBe(1);
    await subject.close();
  });

  it('refreshes the token once after a 401 and then succeeds', async () => {
    const tokens = nock(ACME_BASE_URL)
      .post('/oauth/token')
      .reply(200, { access_token: 'old-token-123456', expires_in: 3600 })
      .post('/oauth/token')
      .reply(200, { access_token: TOKEN, expires_in: 3600 });
    nock(ACME_BASE_URL, { reqheaders: { authorization: 'Bearer old-token-123456' } }).get('/track').query(true).reply(401, { error: { code: 'expired' } });
    nock(ACME_BASE_URL, { reqheaders: { authorization: `Bearer ${TOKEN}` } }).get('/track').query(true).reply(200, acmeBody(['AC000000001']));
    const result = await tracker().track('AC000000001');
    expect(result.status).toBe('delivered');
    expect(tokens.isDone()).toBe(true);
  });

  it('gives a typed auth failure when the 401 persists, after exactly two token requests', async () => {
    let tokenRequests = 0;
    nock(ACME_BASE_URL)
      .post('/oauth/token')
      .times(10)
      .reply(() => {
        tokenRequests++;
        return [200, { access_token: `${TOKEN}-${tokenRequests}`, expires_in: 3600 }];
      });
    nock(ACME_BASE_URL).get('/track').query(true).times(10).reply(401, { error: { code: 'invalid_token', message: `token ${TOKEN}-1 rejected` } });
    const error = await tracker().track('AC000000001').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(CarrierAuthError);
    expect((error as CarrierAuthError).code).toBe('CARRIER_AUTH_FAILED');
    expect((error as CarrierAuthError).isRetryable).toBe(false);
    expect((error as CarrierAuthError).carrierId).toBe('acme');
    expect((error as CarrierAuthError).trackingNumbers).toEqual(['AC000000001']);
    expect(tokenRequests).toBe(2);
    expectNoSecret(error);
  });

  it('shares tokens across trackers through a pluggable store', async () => {
    const store = createMemoryTokenStore();
    nock(ACME_BASE_URL).post('/oauth/token').once().reply(200, { access_token: TOKEN, expires_in: 3600 });
    nock(ACME_BASE_URL).get('/track').query(true).twice().reply(200, acmeBody(['AC000000001']));
    await tracker({ tokenStore: store }).track('AC000000001');
    await tracker({ tokenStore: store }).track('AC000000001');
    expect(nock.pendingMocks()).toEqual([]);
  });

  it('refetches a token shortly before it expires', async () => {
    let clock = Date.parse('2025-01-01T00:00:00Z');
    nock(ACME_BASE_URL).post('/oauth/token').twice().reply(200, { access_token: TOKEN, expires_in: 600 });
    nock(ACME_BASE_URL).get('/track').query(true).times(3).reply(200, acmeBody(['AC000000001']));
    const subject = tracker({ now: () => clock });
    await subject.track('AC000000001');
    clock += 300_000;
    await subject.track('AC000000001');
    expect(nock.pendingMocks()).toHaveLength(2);
    clock += 200_000;
    await subject.track('AC000000001');
    expect(nock.pendingMocks()).toEqual([]);
  });

  it('reports a token endpoint answering garbage as an auth failure without leaking the secret', async () => {
    nock(ACME_BASE_URL).post('/oauth/token').reply(200, '<html>maintenance</html>');
    const error = await tracker().track('AC000000001').catch((caught: unknown) => caught);
    expect(CarrierAuthError.isInstance(error)).toBe(true);
    expect((error as ParcelineError).code).toBe('CARRIER_AUTH_FAILED');
    expectNoSecret(error);
  });
});

describe('retries', () => {
  beforeEach(() => {
    nock(ACME_BASE_URL).post('/oauth/token').optionally().times(5).reply(200, { access_token: TOKEN, expires_in: 3600 });
  });

  it('retries a 503 and returns the later success', async () => {
    const scope = nock(ACME_BASE_URL).get('/track').query(true).reply(503, 'busy').get('/track').query(true).reply(200, acmeBody(['AC000000001']));
    const result = await tracker().track('AC000000001');
    expect(result.status).toBe('delivered');
    expect(scope.isDone()).toBe(true);
  });

  it('does not retry a 400 and names the carrier, number and carrier code', async () => {
    let attempts = 0;
    nock(ACME_BASE_URL)
      .get('/track')
      .query(true)
      .times(3)
      .reply(() => {
        attempts++;
        return [400, { errors: [{ code: 'BAD.NUMBER', message: 'invalid number' }] }];
      });
    const error = await tracker().track('AC000000001').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(CarrierHttpError);
    expect(error).toMatchObject({ statusCode: 400, isRetryable: false, carrierCode: 'BAD.NUMBER', carrierId: 'acme', trackingNumbers: ['AC000000001'] });
    expect(attempts).toBe(1);
  });

  it('gives up after the configured retries with a retryable typed error', async () => {
    let attempts = 0;
    nock(ACME_BASE_URL)
      .get('/track')
      .query(true)
      .times(10)
      .reply(() => {
        attempts++;
        return [502, 'bad gateway'];
      });
    const error = await tracker().track('AC000000001').catch((caught: unknown) => caught);
    expect(error).toMatchObject({ code: 'CARRIER_HTTP_ERROR', statusCode: 502, isRetryable: true });
    expect(attempts).toBe(3);
  });

  it('waits for Retry-After on a 429 before trying again', async () => {
    const started = performance.now();
    nock(ACME_BASE_URL).get('/track').query(true).reply(429, 'slow down', { 'Retry-After': '1' }).get('/track').query(true).reply(200, acmeBody(['AC000000001']));
    const result = await tracker().track('AC000000001');
    expect(result.status).toBe('delivered');
    expect(performance.now() - started).toBeGreaterThanOrEqual(950);
  });

  it('stops with RateLimitedError when Retry-After exceeds the budget', async () => {
    nock(ACME_BASE_URL).get('/track').query(true).reply(429, 'slow down', { 'Retry-After': '3600' });
    const error = await tracker().track('AC000000001').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(RateLimitedError);
    expect((error as RateLimitedError).retryAfter).toBe(3_600_000);
  });

  it('caps the response size', async () => {
    nock(ACME_BASE_URL).get('/track').query(true).reply(200, 'x'.repeat(4096));
    const error = await tracker({ maxResponseBytes: 1024 }).track('AC000000001').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(CarrierResponseError);
    expect((error as CarrierResponseError).isRetryable).toBe(false);
  });

  it('turns a 200 that is not JSON into a CarrierResponseError naming carrier and number', async () => {
    nock(ACME_BASE_URL).get('/track').query(true).reply(200, '<html>oops</html>', { 'content-type': 'text/html' });
    const error = await tracker().track('AC000000001').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(CarrierResponseError);
    expect(error).toMatchObject({ carrierId: 'acme', trackingNumbers: ['AC000000001'], code: 'CARRIER_RESPONSE_INVALID' });
    expect(String((error as Error).message)).not.toContain('oops');
  });
});
