import { readFileSync } from 'node:fs';
import { inspect } from 'node:util';
import nock from 'nock';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { canadaPost } from '../../../carriers/canada-post/index.js';
import { buildCanadaPostTrackRequest } from '../../../carriers/canada-post/canada-post-fetch.js';
import { CarrierAuthError, CarrierHttpError, ConfigurationError, RateLimitedError, createTracker } from '../../../src/index.js';

const BASE_URL = 'https://soa-gw.canadapost.test';
const USERNAME = 'cpc-user-7e21a9f0';
const PASSWORD = 'cpc-pass-Qm4Zx81LwT';
const BASIC = `Basic ${Buffer.from(`${USERNAME}:${PASSWORD}`).toString('base64')}`;
const MEDIA_TYPE = 'application/vnd.cpc.track-v2+xml';
const PIN = '7023164810935270';
const fixture = (name: string) => readFileSync(new URL(`../../../fixtures/canada-post/${name}`, import.meta.url), 'utf8');

function tracker(options: Parameters<typeof canadaPost>[0] = {}) {
  return createTracker({
    carriers: [canadaPost({ username: USERNAME, password: PASSWORD, baseUrl: BASE_URL, ...options })],
    retry: { retries: 2, minTimeout: 1, maxTimeout: 5, maxRetryTime: 5_000 },
    carrierLimits: { 'canada-post': { requestsPerSecond: 1000 } },
  });
}

function expectNoSecret(error: unknown) {
  const texts = [String((error as Error).message), JSON.stringify(error), inspect(error, { depth: 8 }), String((error as Error).stack)];
  for (const text of texts) for (const secret of [USERNAME, PASSWORD, BASIC.slice(6)]) expect(text).not.toContain(secret);
}

beforeEach(() => {
  nock.disableNetConnect();
});

afterEach(() => {
  nock.cleanAll();
  nock.enableNetConnect();
});

describe('canada-post request', () => {
  it('asks GET /vis/track/pin/{pin}/detail with basic auth, the v2 media type and the answer language', async () => {
    const seen: Array<{ method: string; path: string; headers: Record<string, string | undefined> }> = [];
    nock(BASE_URL)
      .get(`/vis/track/pin/${PIN}/detail`)
      .twice()
      .reply((request: unknown) => {
        // nock 15 hands reply functions the fetch Request (reference/toolchain.md §3).
        const incoming = request as Request;
        const headers = Object.fromEntries(incoming.headers.entries());
        seen.push({ method: incoming.method, path: new URL(incoming.url).pathname, headers });
        return [200, headers['accept-language'] === 'fr-CA' ? fixture('track-delivered-fr.xml') : fixture('track-delivered-en.xml'), { 'content-type': MEDIA_TYPE }];
      });
    const frenchTracker = tracker({ language: 'fr-CA' });
    const englishTracker = tracker();
    const french = await frenchTracker.track(PIN);
    const english = await englishTracker.track(PIN);
    expect(seen.map((request) => [request.method, request.path, request.headers.accept, request.headers['accept-language'], request.headers.authorization])).toEqual([
      ['GET', `/vis/track/pin/${PIN}/detail`, MEDIA_TYPE, 'fr-CA', BASIC],
      ['GET', `/vis/track/pin/${PIN}/detail`, MEDIA_TYPE, 'en-CA', BASIC],
    ]);
    expect(french.events[0]!.carrierStatus.language).toBe('fr-CA');
    expect(english.status).toBe('delivered');
    expect(french.events.map((event) => event.occurredAt)).toEqual(english.events.map((event) => event.occurredAt));
    await frenchTracker.close();
    await englishTracker.close();
  });

  it('asks fr-CA for a French locale and en-CA for any other', () => {
    const settings = { baseUrl: BASE_URL, language: undefined };
    expect(buildCanadaPostTrackRequest(PIN, 'fr', settings).headers).toEqual({ accept: MEDIA_TYPE, 'accept-language': 'fr-CA' });
    expect(buildCanadaPostTrackRequest(PIN, 'fr-FR', settings).headers?.['accept-language']).toBe('fr-CA');
    expect(buildCanadaPostTrackRequest(PIN, 'zh-CN', settings).headers?.['accept-language']).toBe('en-CA');
  });

  it('always asks the configured language when one is set', () => {
    const request = buildCanadaPostTrackRequest(PIN, 'en', { baseUrl: BASE_URL, language: 'fr-CA' });
    expect(request).toEqual({
      method: 'GET',
      url: `${BASE_URL}/vis/track/pin/${PIN}/detail`,
      headers: { accept: MEDIA_TYPE, 'accept-language': 'fr-CA' },
      auth: true,
      acceptStatuses: [404],
    });
  });

  it('uses the delivery notice card path for a 15-digit card number', () => {
    expect(buildCanadaPostTrackRequest('123456789012345', 'en', { baseUrl: BASE_URL, language: undefined }).url).toBe(`${BASE_URL}/vis/track/dnc/123456789012345/detail`);
  });
});

describe('canada-post answers', () => {
  it('gives a not-found result for the 004 message sent with HTTP 404', async () => {
    nock(BASE_URL).get(`/vis/track/pin/${PIN}/detail`).reply(404, fixture('track-not-found.xml'), { 'content-type': MEDIA_TYPE });
    const result = await tracker().track(PIN);
    expect(result).toMatchObject({ trackingNumber: PIN, outcome: 'not_found', status: 'pending', events: [] });
  });

  it('retries a 503 and returns the later answer', async () => {
    const scope = nock(BASE_URL)
      .get(`/vis/track/pin/${PIN}/detail`)
      .reply(503, fixture('track-server-error-503.xml'))
      .get(`/vis/track/pin/${PIN}/detail`)
      .reply(200, fixture('track-delivered-en.xml'));
    const result = await tracker().track(PIN);
    expect(result.status).toBe('delivered');
    expect(scope.isDone()).toBe(true);
  });

  it('ends with a retryable CarrierHttpError naming the carrier code when 503 persists', async () => {
    let attempts = 0;
    nock(BASE_URL)
      .get(`/vis/track/pin/${PIN}/detail`)
      .times(5)
      .reply(() => {
        attempts++;
        return [503, fixture('track-server-error-503.xml')];
      });
    const error = await tracker().track(PIN).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(CarrierHttpError);
    expect(error).toMatchObject({ statusCode: 503, isRetryable: true, carrierCode: 'Server', carrierId: 'canada-post', trackingNumbers: [PIN] });
    expect(attempts).toBe(3);
    expectNoSecret(error);
  });

  it('raises CarrierAuthError for a refused key, without the key', async () => {
    nock(BASE_URL).get(`/vis/track/pin/${PIN}/detail`).reply(401, fixture('track-auth-failure-401.xml'));
    const error = await tracker().track(PIN).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(CarrierAuthError);
    expect(error).toMatchObject({ code: 'CARRIER_AUTH_FAILED', statusCode: 401, carrierId: 'canada-post' });
    expectNoSecret(error);
  });

  it('raises RateLimitedError for the throttle message, whether it comes as 429 or inside an accepted 404', async () => {
    nock(BASE_URL).get(`/vis/track/pin/${PIN}/detail`).times(3).reply(429, fixture('track-rate-limited-429.xml'));
    const viaStatus = await tracker().track(PIN).catch((caught: unknown) => caught);
    expect(viaStatus).toBeInstanceOf(RateLimitedError);
    nock(BASE_URL).get(`/vis/track/pin/${PIN}/detail`).reply(404, fixture('track-rate-limited-429.xml'));
    const viaBody = await tracker().track(PIN).catch((caught: unknown) => caught);
    expect(viaBody).toBeInstanceOf(RateLimitedError);
    expect(viaBody).toMatchObject({ code: 'RATE_LIMITED', isRetryable: true, carrierId: 'canada-post' });
    expectNoSecret(viaBody);
  });
});

describe('canada-post options', () => {
  it('parses without credentials but refuses to fetch', async () => {
    const adapter = canadaPost();
    expect(adapter.auth).toBeUndefined();
    const subject = createTracker({ carriers: [adapter] });
    await expect(subject.track(PIN)).rejects.toBeInstanceOf(ConfigurationError);
    await subject.close();
  });

  it('wraps the key halves as secrets and needs both', () => {
    const adapter = canadaPost({ username: USERNAME, password: PASSWORD });
    expect(adapter.auth?.type).toBe('basic');
    expect(JSON.stringify(adapter.auth)).not.toContain(PASSWORD);
    expect(() => canadaPost({ username: USERNAME })).toThrow(ConfigurationError);
    expect(() => canadaPost({ language: 'de-DE' as never })).toThrow(ConfigurationError);
    expect(() => canadaPost({ baseUrl: 'not a url' })).toThrow(ConfigurationError);
  });

  it('declares one number per request and the 20-a-minute throttle', () => {
    const { capabilities } = canadaPost();
    expect(capabilities.maxTrackingNumbersPerRequest).toBe(1);
    expect(capabilities.rateLimit?.requestsPerSecond).toBeCloseTo(1 / 3, 5);
    expect(capabilities.languages).toEqual(['en-CA', 'fr-CA']);
  });

  it('matches domestic PINs and S10 numbers, reporting the check digit', () => {
    const adapter = canadaPost();
    expect(adapter.matchTrackingNumber('7023 1648 1093 5270')).toEqual({ format: 'canada-post-16', normalized: PIN, checkDigit: 'valid' });
    expect(adapter.matchTrackingNumber('lx582039171cn')).toMatchObject({ format: 'upu-s10', normalized: 'LX582039171CN', checkDigit: 'valid' });
    expect(adapter.matchTrackingNumber('1Z4V8E210344192703')).toBeNull();
  });
});
