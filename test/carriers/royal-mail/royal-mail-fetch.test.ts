import { readFileSync } from 'node:fs';
import { inspect } from 'node:util';
import nock from 'nock';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { royalMail } from '../../../carriers/royal-mail/index.js';
import { buildRoyalMailEventsRequest } from '../../../carriers/royal-mail/royal-mail-fetch.js';
import { CarrierAuthError, CarrierHttpError, ConfigurationError, RateLimitedError, createTracker } from '../../../src/index.js';

const BASE_URL = 'https://api.royalmail.test';
const CLIENT_ID = 'rm-client-id-5c0f3b12';
const CLIENT_SECRET = 'rm-client-secret-Hk29Pq7X';
const NUMBER = 'TT602948173GB';
const fixture = (name: string) => readFileSync(new URL(`../../../fixtures/royal-mail/${name}`, import.meta.url), 'utf8');

function tracker(options: Parameters<typeof royalMail>[0] = {}) {
  return createTracker({
    carriers: [royalMail({ clientId: CLIENT_ID, clientSecret: CLIENT_SECRET, baseUrl: BASE_URL, ...options })],
    retry: { retries: 2, minTimeout: 1, maxTimeout: 5, maxRetryTime: 5_000 },
    carrierLimits: { 'royal-mail': { requestsPerSecond: 1000 } },
  });
}

function expectNoSecret(error: unknown) {
  const texts = [String((error as Error).message), JSON.stringify(error), inspect(error, { depth: 8 }), String((error as Error).stack)];
  for (const text of texts) for (const secret of [CLIENT_ID, CLIENT_SECRET]) expect(text).not.toContain(secret);
}

beforeEach(() => {
  nock.disableNetConnect();
});

afterEach(() => {
  nock.cleanAll();
  nock.enableNetConnect();
});

describe('royal-mail request', () => {
  it('asks GET /mailpieces/v2/{id}/events with the client headers and X-Accept-RMG-Terms', async () => {
    const seen: Array<[string, string, string | null, string | null, string | null, string | null]> = [];
    nock(BASE_URL)
      .get(`/mailpieces/v2/${NUMBER}/events`)
      .reply((request: unknown) => {
        // nock 15 hands reply functions the fetch Request (reference/toolchain.md §3).
        const incoming = request as Request;
        const headers = incoming.headers;
        seen.push([incoming.method, new URL(incoming.url).pathname + new URL(incoming.url).search, headers.get('x-ibm-client-id'), headers.get('x-ibm-client-secret'), headers.get('x-accept-rmg-terms'), headers.get('accept')]);
        return [200, fixture('track-delivered.json'), { 'content-type': 'application/json' }];
      });
    const subject = tracker();
    const result = await subject.track(NUMBER);
    expect(seen).toEqual([['GET', `/mailpieces/v2/${NUMBER}/events`, CLIENT_ID, CLIENT_SECRET, 'yes', 'application/json']]);
    expect(result.status).toBe('delivered');
    await subject.close();
  });

  it('builds the request under another API path when asked', () => {
    expect(buildRoyalMailEventsRequest(NUMBER, { baseUrl: BASE_URL, apiPath: '/mailpieces/v3' })).toEqual({
      method: 'GET',
      url: `${BASE_URL}/mailpieces/v3/${NUMBER}/events`,
      headers: { accept: 'application/json', 'x-accept-rmg-terms': 'yes' },
      auth: true,
      acceptStatuses: [404],
    });
    expect(royalMail({ apiPath: 'mailpieces/v3/' }).id).toBe('royal-mail');
    expect(() => royalMail({ apiPath: '/mail pieces?x=1' })).toThrow(ConfigurationError);
  });
});

describe('royal-mail answers', () => {
  it('gives not found for E1142 sent with HTTP 404', async () => {
    nock(BASE_URL).get(`/mailpieces/v2/${NUMBER}/events`).reply(404, fixture('track-not-found-404.json'));
    const result = await tracker().track(NUMBER);
    expect(result).toMatchObject({ trackingNumber: NUMBER, outcome: 'not_found', status: 'pending', events: [] });
  });

  it('retries a 500 and returns the later answer', async () => {
    const scope = nock(BASE_URL)
      .get(`/mailpieces/v2/${NUMBER}/events`)
      .reply(500, fixture('track-server-error-500.json'))
      .get(`/mailpieces/v2/${NUMBER}/events`)
      .reply(200, fixture('track-delivered.json'));
    expect((await tracker().track(NUMBER)).status).toBe('delivered');
    expect(scope.isDone()).toBe(true);
  });

  it('ends with a retryable CarrierHttpError when 500 persists', async () => {
    let attempts = 0;
    nock(BASE_URL)
      .get(`/mailpieces/v2/${NUMBER}/events`)
      .times(5)
      .reply(() => {
        attempts++;
        return [500, fixture('track-server-error-500.json')];
      });
    const error = await tracker().track(NUMBER).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(CarrierHttpError);
    expect(error).toMatchObject({ statusCode: 500, isRetryable: true, carrierId: 'royal-mail', trackingNumbers: [NUMBER] });
    expect(attempts).toBe(3);
    expectNoSecret(error);
  });

  it('raises CarrierAuthError for a 401 without the credentials', async () => {
    nock(BASE_URL).get(`/mailpieces/v2/${NUMBER}/events`).reply(401, fixture('track-auth-failure-401.json'));
    const error = await tracker().track(NUMBER).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(CarrierAuthError);
    expect(error).toMatchObject({ code: 'CARRIER_AUTH_FAILED', statusCode: 401, carrierId: 'royal-mail' });
    expectNoSecret(error);
  });

  it('raises RateLimitedError after retrying a 429', async () => {
    let attempts = 0;
    nock(BASE_URL)
      .get(`/mailpieces/v2/${NUMBER}/events`)
      .times(5)
      .reply(() => {
        attempts++;
        return [429, fixture('track-rate-limited-429.json')];
      });
    const error = await tracker().track(NUMBER).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(RateLimitedError);
    expect(attempts).toBe(3);
    expectNoSecret(error);
  });
});

describe('royal-mail options', () => {
  it('parses without credentials but refuses to fetch', async () => {
    const adapter = royalMail();
    expect(adapter.auth).toBeUndefined();
    const subject = createTracker({ carriers: [adapter] });
    await expect(subject.track(NUMBER)).rejects.toBeInstanceOf(ConfigurationError);
    await subject.close();
  });

  it('sends the credentials as secret headers and needs both', () => {
    const adapter = royalMail({ clientId: CLIENT_ID, clientSecret: CLIENT_SECRET });
    expect(adapter.auth?.type).toBe('headers');
    expect(Object.keys(adapter.auth?.type === 'headers' ? adapter.auth.headers : {})).toEqual(['X-IBM-Client-Id', 'X-IBM-Client-Secret']);
    expect(JSON.stringify(adapter.auth)).not.toContain(CLIENT_SECRET);
    expect(() => royalMail({ clientSecret: CLIENT_SECRET })).toThrow(ConfigurationError);
    expect(() => royalMail({ requestsPerSecond: 0 })).toThrow(ConfigurationError);
  });

  it('matches S10 and 2D barcodes', () => {
    const adapter = royalMail();
    expect(adapter.matchTrackingNumber('tt 6029 4817 3 gb')).toEqual({ format: 'upu-s10', normalized: NUMBER, checkDigit: 'valid' });
    expect(adapter.matchTrackingNumber('0903675740000093B4E21')).toEqual({ format: 'royal-mail-2d', normalized: '0903675740000093B4E21', checkDigit: 'none' });
    expect(adapter.matchTrackingNumber('7023164810935270')).toBeNull();
    expect(adapter.capabilities).toMatchObject({ maxTrackingNumbersPerRequest: 1, namesHandoffPartners: true, rateLimit: { requestsPerSecond: 1 } });
  });
});
