import { readFileSync } from 'node:fs';
import { inspect } from 'node:util';
import nock from 'nock';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dhl, type DhlOptions } from '../../../carriers/dhl/index.js';
import { buildDhlTrackRequest, toDhlLanguage } from '../../../carriers/dhl/dhl-fetch.js';
import {
  CarrierAuthError,
  CarrierHttpError,
  ConfigurationError,
  ParcelineError,
  RateLimitedError,
  createTracker,
  type Tracker,
} from '../../../src/index.js';
import type { CarrierHttpRequest } from '../../../src/adapter-kit/index.js';

const BASE_URL = 'https://api.dhl.test';
const API_KEY = 'dhl-consumer-key-Zq81xLm0Pw';
const FAST_RETRY = { retries: 2, minTimeout: 1, maxTimeout: 5, maxRetryTime: 5_000 };
const EXPRESS_NUMBER = '3847105920';

function fixture(name: string): string {
  return readFileSync(new URL(`../../../fixtures/dhl/${name}`, import.meta.url), 'utf8');
}

const trackers: Tracker[] = [];

/** A tracker with the DHL adapter pointed at nock; pacing loosened unless a test pins DHL's own limit. */
function tracker(options: DhlOptions = {}, pacing: 'fast' | 'dhl' = 'fast'): Tracker {
  const created = createTracker({
    carriers: [dhl({ apiKey: API_KEY, baseUrl: BASE_URL, ...options })],
    retry: FAST_RETRY,
    ...(pacing === 'fast' ? { carrierLimits: { dhl: { requestsPerSecond: 1_000, maxConcurrent: 4 } } } : {}),
  });
  trackers.push(created);
  return created;
}

/** What nock 15 hands a reply function: the fetch Request. */
interface SeenRequest {
  method: string;
  url: string;
  headers: Headers;
}

function expectNoKey(error: unknown): void {
  const texts = [String((error as Error).message), JSON.stringify(error), inspect(error, { depth: 8 }), String((error as Error).stack)];
  for (const text of texts) expect(text).not.toContain(API_KEY);
}

beforeEach(() => {
  nock.disableNetConnect();
});

afterEach(async () => {
  nock.cleanAll();
  nock.enableNetConnect();
  await Promise.all(trackers.splice(0).map((created) => created.close()));
});

describe('the DHL tracking request', () => {
  it('is GET /track/shipments with trackingNumber, service and language, and the key in the DHL-API-Key header', async () => {
    const seen: SeenRequest[] = [];
    const scope = nock(BASE_URL)
      .get('/track/shipments')
      .query({ trackingNumber: '00340434182736450917', service: 'parcel-de', language: 'en' })
      .reply((request: unknown) => {
        seen.push(request as SeenRequest);
        return [200, fixture('track-parcel-de-delivered-de.json'), { 'content-type': 'application/json' }];
      });
    const result = await tracker({ service: 'parcel-de' }).track('00340434182736450917', { carrier: 'dhl' });
    expect(scope.isDone()).toBe(true);
    expect(seen).toHaveLength(1);
    const [request] = seen as [SeenRequest];
    expect(request.method).toBe('GET');
    expect(request.headers.get('dhl-api-key')).toBe(API_KEY);
    expect(request.headers.get('accept')).toBe('application/json');
    expect(request.headers.get('authorization')).toBeNull();
    expect(request.url).not.toContain(API_KEY);
    expect(new URL(request.url).pathname).toBe('/track/shipments');
    expect(result).toMatchObject({ carrier: 'dhl', trackingNumber: '00340434182736450917', outcome: 'found', status: 'delivered' });
    expect(result.events).toHaveLength(6);
  });

  it('leaves service out when the adapter was not given one', async () => {
    const scope = nock(BASE_URL)
      .get('/track/shipments')
      .query({ trackingNumber: EXPRESS_NUMBER, language: 'en' })
      .reply(200, fixture('track-express-customs-inbound.json'));
    const result = await tracker().track(EXPRESS_NUMBER);
    expect(scope.isDone()).toBe(true);
    expect(result.status).toBe('in_transit');
  });

  it('asks DHL for the language of the locale it is given', async () => {
    const adapter = dhl({ apiKey: API_KEY, baseUrl: BASE_URL, service: 'express' });
    const sent: CarrierHttpRequest[] = [];
    const http = {
      async request(request: CarrierHttpRequest) {
        sent.push(request);
        return { statusCode: 200, headers: {}, body: fixture('track-express-customs-inbound.json') };
      },
    };
    const raw = await adapter.fetchTracking({ trackingNumbers: [EXPRESS_NUMBER], locale: 'de-AT', http });
    expect(raw).toBe(fixture('track-express-customs-inbound.json'));
    expect(sent).toEqual([
      {
        method: 'GET',
        url: `${BASE_URL}/track/shipments`,
        query: { trackingNumber: EXPRESS_NUMBER, service: 'express', language: 'de' },
        auth: true,
        acceptStatuses: [404],
      },
    ]);
  });

  it('turns locales into ISO 639-1 language values, English when there is none', () => {
    expect(toDhlLanguage('de-DE')).toBe('de');
    expect(toDhlLanguage('zh-CN')).toBe('zh');
    expect(toDhlLanguage('en')).toBe('en');
    expect(toDhlLanguage('fil-PH')).toBe('en');
    expect(toDhlLanguage(undefined)).toBe('en');
    expect(buildDhlTrackRequest('GM295117140000372816', 'fr_FR', { baseUrl: BASE_URL }).query).toEqual({
      trackingNumber: 'GM295117140000372816',
      service: undefined,
      language: 'fr',
    });
  });

  it('refuses to fetch without an API key, before any request', async () => {
    const subject = createTracker({ carriers: [dhl({ baseUrl: BASE_URL })], retry: FAST_RETRY });
    trackers.push(subject);
    const error = await subject.track(EXPRESS_NUMBER).catch((caught: unknown) => caught);
    expect(ConfigurationError.isInstance(error)).toBe(true);
    expect((error as ConfigurationError).carrierId).toBe('dhl');
  });

  it('paces requests at DHL\'s documented one per second', async () => {
    const starts: number[] = [];
    nock(BASE_URL)
      .get('/track/shipments')
      .query(true)
      .twice()
      .reply(() => {
        starts.push(performance.now());
        return [200, fixture('track-express-customs-inbound.json')];
      });
    const subject = tracker({}, 'dhl');
    await Promise.all([subject.track(EXPRESS_NUMBER), subject.track(EXPRESS_NUMBER)]);
    expect(starts).toHaveLength(2);
    expect((starts[1] as number) - (starts[0] as number)).toBeGreaterThanOrEqual(950);
  });
});

describe('DHL answers that are not a tracking body', () => {
  it('gives not_found for a 404 problem', async () => {
    const scope = nock(BASE_URL).get('/track/shipments').query(true).reply(404, fixture('track-not-found.json'), { 'content-type': 'application/problem+json' });
    const result = await tracker().track('6291058476');
    expect(scope.isDone()).toBe(true);
    expect(result).toMatchObject({ outcome: 'not_found', trackingNumber: '6291058476', status: 'pending', events: [] });
  });

  it('retries a 503 and returns the later answer', async () => {
    const scope = nock(BASE_URL)
      .get('/track/shipments')
      .query(true)
      .reply(503, fixture('track-server-error.json'), { 'content-type': 'application/problem+json' })
      .get('/track/shipments')
      .query(true)
      .reply(200, fixture('track-express-delivery-attempt.json'));
    const result = await tracker().track('6291058476');
    expect(scope.isDone()).toBe(true);
    expect(result.status).toBe('delivery_attempted');
  });

  it('gives up on a lasting 503 with a retryable CarrierHttpError carrying DHL\'s detail', async () => {
    let attempts = 0;
    nock(BASE_URL)
      .get('/track/shipments')
      .query(true)
      .times(5)
      .reply(() => {
        attempts++;
        return [503, fixture('track-server-error.json'), { 'content-type': 'application/problem+json' }];
      });
    const error = await tracker().track(EXPRESS_NUMBER).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(CarrierHttpError);
    expect(error).toMatchObject({ code: 'CARRIER_HTTP_ERROR', statusCode: 503, isRetryable: true, carrierId: 'dhl', trackingNumbers: [EXPRESS_NUMBER] });
    expect((error as CarrierHttpError).carrierMessage).toBe('The tracking service is temporarily unavailable. Please try again later.');
    expect(attempts).toBe(FAST_RETRY.retries + 1);
    expectNoKey(error);
  });

  it('waits for a small Retry-After on a 429 and then succeeds', async () => {
    const times: number[] = [];
    nock(BASE_URL)
      .get('/track/shipments')
      .query(true)
      .reply(() => {
        times.push(performance.now());
        return [429, fixture('track-rate-limited.json'), { 'content-type': 'application/problem+json', 'Retry-After': '1' }];
      })
      .get('/track/shipments')
      .query(true)
      .reply(() => {
        times.push(performance.now());
        return [200, fixture('track-express-customs-inbound.json')];
      });
    const result = await tracker().track(EXPRESS_NUMBER);
    expect(result.status).toBe('in_transit');
    expect(times).toHaveLength(2);
    expect((times[1] as number) - (times[0] as number)).toBeGreaterThanOrEqual(950);
  });

  it('stops with a RateLimitedError when DHL asks to wait longer than the retry budget', async () => {
    let attempts = 0;
    nock(BASE_URL)
      .get('/track/shipments')
      .query(true)
      .times(3)
      .reply(() => {
        attempts++;
        return [429, fixture('track-rate-limited.json'), { 'content-type': 'application/problem+json', 'Retry-After': '3600' }];
      });
    const started = performance.now();
    const error = await tracker().track(EXPRESS_NUMBER).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(RateLimitedError);
    expect(error).toMatchObject({ code: 'RATE_LIMITED', isRetryable: true, retryAfter: 3_600_000, carrierId: 'dhl' });
    expect(attempts).toBe(1);
    expect(performance.now() - started).toBeLessThan(900);
    expectNoKey(error);
  });

  it('reports a 401 as a CarrierAuthError at once, without the key', async () => {
    let attempts = 0;
    nock(BASE_URL)
      .get('/track/shipments')
      .query(true)
      .times(3)
      .reply(() => {
        attempts++;
        return [401, fixture('track-auth-failure.json'), { 'content-type': 'application/problem+json' }];
      });
    const error = await tracker().track(EXPRESS_NUMBER).catch((caught: unknown) => caught);
    expect(CarrierAuthError.isInstance(error)).toBe(true);
    expect(error).toMatchObject({ code: 'CARRIER_AUTH_FAILED', statusCode: 401, isRetryable: false, carrierId: 'dhl', trackingNumbers: [EXPRESS_NUMBER] });
    expect(attempts).toBe(1);
    expectNoKey(error);
  });

  it('reports a 400 as a CarrierHttpError without retrying', async () => {
    let attempts = 0;
    nock(BASE_URL)
      .get('/track/shipments')
      .query(true)
      .times(3)
      .reply(() => {
        attempts++;
        return [400, { title: 'Bad Request', status: 400, detail: 'Invalid value for parameter service.' }];
      });
    const error = await tracker().track(EXPRESS_NUMBER).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(CarrierHttpError);
    expect(error).toMatchObject({ statusCode: 400, isRetryable: false, carrierMessage: 'Invalid value for parameter service.' });
    expect(attempts).toBe(1);
    expect(ParcelineError.isInstance(error)).toBe(true);
  });
});
