import { readFileSync } from 'node:fs';
import { inspect } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { canadaPost } from '../../carriers/canada-post/index.js';
import { chinaPost } from '../../carriers/china-post/index.js';
import { dhl } from '../../carriers/dhl/index.js';
import { fedex } from '../../carriers/fedex/index.js';
import { royalMail } from '../../carriers/royal-mail/index.js';
import { ups } from '../../carriers/ups/index.js';
import { usps } from '../../carriers/usps/index.js';
import { CarrierAuthError, ConfigurationError, ParcelineError, RateLimitedError, createTracker, type CarrierAdapter, type Tracker } from '../../src/index.js';
import { SANDBOX_CARRIER_IDS, createSandbox, type Sandbox, type SandboxOptions } from '../../src/testing/index.js';

const fixturesDir = new URL('../../fixtures/', import.meta.url);
const FAST_RETRY = { retries: 2, minTimeout: 1, maxTimeout: 5, maxRetryTime: 10_000 };
const UNLIMITED = { requestsPerSecond: Number.POSITIVE_INFINITY, maxConcurrent: 8 };

interface CarrierCase {
  id: string;
  factory: (options?: never) => CarrierAdapter;
  /** A fixture with `expect.status` delivered, answered for the adapter's first sample number. */
  fixture: string;
  /** Credentials of the right form that the sandbox does not accept. */
  wrong: Record<string, string>;
  auth: 'oauth' | 'static';
}

const CASES: CarrierCase[] = [
  { id: 'ups', factory: ups, fixture: 'track-domestic-delivered', wrong: { clientId: 'sandbox-ups-client-id', clientSecret: 'WRONG-ups-secret-51f2' }, auth: 'oauth' },
  { id: 'fedex', factory: fedex, fixture: 'track-delivered-domestic', wrong: { clientId: 'WRONG-fedex-key-8a1c', clientSecret: 'WRONG-fedex-secret-8a1c' }, auth: 'oauth' },
  { id: 'usps', factory: usps, fixture: 'track-delivered', wrong: { clientId: 'sandbox-usps-consumer-key', clientSecret: 'WRONG-usps-secret-3d9e' }, auth: 'oauth' },
  { id: 'dhl', factory: dhl, fixture: 'track-parcel-de-delivered-de', wrong: { apiKey: 'WRONG-dhl-key-77b0' }, auth: 'static' },
  { id: 'canada-post', factory: canadaPost, fixture: 'track-delivered-en', wrong: { username: 'sandbox-cpc-user', password: 'WRONG-cpc-password-2e4f' }, auth: 'static' },
  {
    id: 'china-post',
    factory: chinaPost,
    fixture: 'track-delivered-domestic',
    wrong: { senderNo: 'SANDBOX-CP-SENDER-01', authorization: 'WRONG-cp-authorization-9c3a', signKey: 'c2FuZGJveC1zaWduLWtleQ==' },
    auth: 'static',
  },
  { id: 'royal-mail', factory: royalMail, fixture: 'track-delivered', wrong: { clientId: 'sandbox-royal-mail-client-id', clientSecret: 'WRONG-rm-secret-0b6d' }, auth: 'static' },
];

function metaOf(carrierId: string, fixture: string): { expect: { status: string; events: number } } {
  return JSON.parse(readFileSync(new URL(`${carrierId}/${fixture}.meta.json`, fixturesDir), 'utf8')) as { expect: { status: string; events: number } };
}

const open: Array<{ close(): Promise<void> }> = [];

async function sandboxWith(options: SandboxOptions = {}): Promise<Sandbox> {
  const sandbox = await createSandbox({ fixturesDir, ...options });
  open.push(sandbox);
  return sandbox;
}

function trackerFor(adapters: CarrierAdapter[], retry: Parameters<typeof createTracker>[0]['retry'] = FAST_RETRY): Tracker {
  const tracker = createTracker({ carriers: adapters, retry, carrierLimits: Object.fromEntries(adapters.map((adapter) => [adapter.id, UNLIMITED])) });
  open.unshift(tracker);
  return tracker;
}

afterEach(async () => {
  for (const item of open.splice(0)) await item.close();
});

describe('createSandbox with every carrier', () => {
  it('speaks exactly the carriers of the repository', () => {
    expect([...SANDBOX_CARRIER_IDS].sort()).toEqual(CASES.map((testCase) => testCase.id).sort());
  });

  for (const testCase of CASES) {
    it(`answers ${testCase.id}'s token and tracking requests so a real tracker gets the fixture's result for another number`, async () => {
      const adapter = testCase.factory();
      const number = adapter.sampleTrackingNumbers[0] as string;
      const sandbox = await sandboxWith({ carriers: { [testCase.id]: { scenarios: { [number]: testCase.fixture } } } });
      const tracker = trackerFor([testCase.factory(sandbox.adapterOptions(testCase.id) as never)]);

      const first = await tracker.track(number, { carrier: testCase.id });
      const second = await tracker.track(number, { carrier: testCase.id });

      const expected = metaOf(testCase.id, testCase.fixture).expect;
      for (const result of [first, second]) {
        expect(result.trackingNumber).toBe(number);
        expect(result.outcome).toBe('found');
        expect(result.status).toBe(expected.status);
        expect(result.events).toHaveLength(expected.events);
      }
      const tokens = sandbox.requests.filter((request) => request.kind === 'token');
      const tracking = sandbox.requests.filter((request) => request.kind === 'tracking');
      expect(tokens.map((request) => request.status)).toEqual(testCase.auth === 'oauth' ? [200] : []);
      expect(tracking.map((request) => request.status)).toEqual([200, 200]);
      expect(tracking.map((request) => request.trackingNumbers)).toEqual([[number], [number]]);
      expect(sandbox.requests.every((request) => request.carrier === testCase.id)).toBe(true);
      if (testCase.auth === 'oauth') expect(tracking[0]?.headers.authorization).toMatch(new RegExp(`^Bearer sandbox-${testCase.id}-token-[0-9a-f]{24}$`));
    });

    it(`refuses wrong ${testCase.id} credentials with the carrier's 401, which the tracker raises as CarrierAuthError`, async () => {
      const number = testCase.factory().sampleTrackingNumbers[0] as string;
      const sandbox = await sandboxWith({ carriers: { [testCase.id]: { scenarios: { [number]: testCase.fixture } } } });
      const tracker = trackerFor([testCase.factory({ ...testCase.wrong, baseUrl: sandbox.baseUrl(testCase.id) } as never)]);

      const error = await tracker.track(number, { carrier: testCase.id }).catch((caught: unknown) => caught);

      expect(CarrierAuthError.isInstance(error)).toBe(true);
      expect((error as ParcelineError).code).toBe('CARRIER_AUTH_FAILED');
      expect((error as ParcelineError).carrierId).toBe(testCase.id);
      const refused = sandbox.requests.at(-1);
      expect(refused?.kind).toBe(testCase.auth === 'oauth' ? 'token' : 'tracking');
      expect(refused?.status).toBe(401);
      const texts = [(error as Error).message, JSON.stringify(error), inspect(error, { depth: 8 })].join('\n');
      for (const value of Object.values(testCase.wrong).filter((value) => value.startsWith('WRONG'))) expect(texts).not.toContain(value);
    });
  }

  it('answers a China Post payload encrypted with another sign key with a 200 refusal, raised as CarrierAuthError', async () => {
    const sandbox = await sandboxWith();
    // Base64 of the 16 bytes "another-sign-key": a well-formed key the sandbox did not issue.
    const tracker = trackerFor([chinaPost({ ...sandbox.credentials('china-post'), signKey: 'YW5vdGhlci1zaWduLWtleQ==', baseUrl: sandbox.baseUrl('china-post') })]);

    const error = await tracker.track('LZ506837246CN', { carrier: 'china-post' }).catch((caught: unknown) => caught);

    expect(CarrierAuthError.isInstance(error)).toBe(true);
    expect((error as Error).message).toContain('签名验证失败');
    expect(sandbox.requests.map((request) => request.status)).toEqual([200]);
  });

  it("answers a number without a scenario with the carrier's own not-found, which the tracker returns as an outcome", async () => {
    const sandbox = await sandboxWith();
    const tracker = trackerFor(CASES.map((testCase) => testCase.factory(sandbox.adapterOptions(testCase.id) as never)));

    const results = await Promise.all(CASES.map((testCase) => tracker.track(testCase.factory().sampleTrackingNumbers[0] as string, { carrier: testCase.id })));

    expect(results.map((result) => [result.carrier, result.outcome])).toEqual(CASES.map((testCase) => [testCase.id, 'not_found']));
    const statuses = Object.fromEntries(sandbox.requests.filter((request) => request.kind === 'tracking').map((request) => [request.carrier, request.status]));
    expect(statuses).toEqual({ ups: 200, fedex: 200, usps: 400, dhl: 404, 'canada-post': 404, 'china-post': 200, 'royal-mail': 404 });
  });
});

describe('scenarios', () => {
  it('plays a sequence one step per call so a test can watch a parcel move, then keeps the last answer', async () => {
    const number = '1Z4V8E210344192703';
    const sandbox = await sandboxWith({
      carriers: { ups: { scenarios: { [number]: { sequence: [{ answer: 'not_found' }, 'track-out-for-delivery', 'track-domestic-delivered'] } } } },
    });
    const tracker = trackerFor([ups(sandbox.adapterOptions('ups'))]);

    const seen = [];
    for (let call = 0; call < 4; call++) {
      const result = await tracker.track(number);
      seen.push([result.trackingNumber, result.outcome, result.status]);
    }

    expect(seen).toEqual([
      [number, 'not_found', 'pending'],
      [number, 'found', 'out_for_delivery'],
      [number, 'found', 'delivered'],
      [number, 'found', 'delivered'],
    ]);
  });

  it('starts a sequence over with repeat all, and replaces a scenario at run time', async () => {
    const number = '9400111699001234567819';
    const sandbox = await sandboxWith({ carriers: { usps: { scenarios: { [number]: { sequence: ['track-delivery-attempt', 'track-delivered'], repeat: 'all' } } } } });
    const tracker = trackerFor([usps(sandbox.adapterOptions('usps'))]);

    const statuses = [];
    for (let call = 0; call < 3; call++) statuses.push((await tracker.track(number)).status);
    sandbox.scenario('usps', number, { answer: 'not_found' });
    statuses.push((await tracker.track(number)).outcome);

    expect(statuses).toEqual(['available_for_pickup', 'delivered', 'available_for_pickup', 'not_found']);
  });

  it('serves a raw body exactly as given, with its status and headers', async () => {
    const sandbox = await sandboxWith({
      carriers: { dhl: { scenarios: { '3847105920': { body: '{"shipments": "not a list"}', status: 200, headers: { 'x-trace': 'abc' } } } } },
    });
    const tracker = trackerFor([dhl(sandbox.adapterOptions('dhl'))]);

    const error = await tracker.track('3847105920', { carrier: 'dhl' }).catch((caught: unknown) => caught);
    const raw = await fetch(`${sandbox.baseUrl('dhl')}/track/shipments?trackingNumber=3847105920`, { headers: { 'dhl-api-key': sandbox.credentials('dhl').apiKey as string } });

    expect((error as ParcelineError).code).toBe('CARRIER_RESPONSE_INVALID');
    expect(raw.headers.get('x-trace')).toBe('abc');
    expect(await raw.text()).toBe('{"shipments": "not a list"}');
  });

  it('answers every number its fixtures are about when asked to, explicit scenarios first', async () => {
    const sandbox = await sandboxWith({ scenariosFromFixtures: true, carriers: { 'canada-post': { scenarios: { '7023164810935270': { answer: 'server_error' } } } } });
    const tracker = trackerFor([dhl(sandbox.adapterOptions('dhl')), canadaPost(sandbox.adapterOptions('canada-post'))], { retries: 0 });

    const express = await tracker.track('3847105920', { carrier: 'dhl' });
    const overridden = await tracker.track('7023164810935270', { carrier: 'canada-post' }).catch((caught: unknown) => caught);

    expect([express.outcome, express.status, express.events.length]).toEqual(['found', 'in_transit', metaOf('dhl', 'track-express-customs-inbound').expect.events]);
    expect((overridden as ParcelineError).code).toBe('CARRIER_HTTP_ERROR');
    expect(sandbox.requests.at(-1)?.status).toBe(503);
  });

  it('serves fixtures given in code when no fixtures directory is given', async () => {
    const body = readFileSync(new URL('royal-mail/track-return-to-sender.json', fixturesDir), 'utf8');
    const sandbox = await createSandbox({ fixtures: { 'royal-mail': { 'my-return': body } }, carriers: { 'royal-mail': { scenarios: { TT602948173GB: 'my-return' } } } });
    open.push(sandbox);
    const tracker = trackerFor([royalMail(sandbox.adapterOptions('royal-mail'))]);

    const result = await tracker.track('TT602948173GB', { carrier: 'royal-mail' });

    expect([result.trackingNumber, result.status]).toEqual(['TT602948173GB', 'returned_to_sender']);
  });

  it('refuses scenarios it cannot play with a ConfigurationError that names the problem', async () => {
    const unknownFixture = await createSandbox({ fixturesDir, carriers: { ups: { scenarios: { '1Z4V8E210344192703': 'track-no-such-thing' } } } }).catch((caught: unknown) => caught);
    const noFixtures = await createSandbox({ carriers: { ups: { scenarios: { '1Z4V8E210344192703': 'track-domestic-delivered' } } } }).catch((caught: unknown) => caught);
    const unknownCarrier = await createSandbox({ carriers: { pigeon: {} } }).catch((caught: unknown) => caught);
    const emptySequence = await createSandbox({ carriers: { ups: { scenarios: { '1Z4V8E210344192703': { sequence: [] } } } } }).catch((caught: unknown) => caught);

    expect(ConfigurationError.isInstance(unknownFixture) && (unknownFixture as Error).message).toMatch(/no fixture ups\/track-no-such-thing; known: .*track-domestic-delivered/);
    expect(ConfigurationError.isInstance(noFixtures) && (noFixtures as Error).message).toMatch(/given no fixtures/);
    expect(ConfigurationError.isInstance(unknownCarrier) && (unknownCarrier as Error).message).toMatch(/does not speak pigeon/);
    expect(ConfigurationError.isInstance(emptySequence) && (emptySequence as Error).message).toMatch(/no step/);
  });
});

describe('FedEx batches', () => {
  it('answers up to 30 numbers per request, each from its own scenario, one item per number', async () => {
    const numbers = Array.from({ length: 35 }, (_, index) => `7702${String(index).padStart(8, '0')}`);
    const sandbox = await sandboxWith({
      carriers: {
        fedex: {
          scenarios: {
            [numbers[0] as string]: 'track-delivered-domestic',
            [numbers[7] as string]: 'track-customs-inbound',
            [numbers[33] as string]: 'track-delivery-attempted',
          },
        },
      },
    });
    const tracker = trackerFor([fedex(sandbox.adapterOptions('fedex'))]);

    const items = [];
    for await (const item of tracker.trackMany(numbers, { carrier: 'fedex' })) items.push(item);

    const outcome = new Map(items.map((item) => [item.trackingNumber, item.ok ? `${item.result.outcome}:${item.result.status}` : item.error.code]));
    expect(items).toHaveLength(35);
    expect(outcome.get(numbers[0] as string)).toBe('found:delivered');
    expect(outcome.get(numbers[7] as string)).toBe('found:customs_cleared');
    expect(outcome.get(numbers[33] as string)).toBe('found:delivery_attempted');
    expect([...outcome.values()].filter((value) => value === 'not_found:pending')).toHaveLength(32);
    const batches = sandbox.requests.filter((request) => request.kind === 'tracking').map((request) => request.trackingNumbers.length);
    expect(batches.sort((a, b) => b - a)).toEqual([30, 5]);
  });

  it('combines the answers in FedEx batch shape, in the order asked, and refuses more than 30 numbers', async () => {
    // track-mixed-batch answers four numbers; asked for one of them, only that number's entry may come back.
    const sandbox = await sandboxWith({ carriers: { fedex: { scenarios: { '111111111111': 'track-delivered-domestic', '705918364279': 'track-mixed-batch' } } } });
    const credentials = sandbox.credentials('fedex');
    const tokenResponse = await fetch(`${sandbox.baseUrl('fedex')}/oauth/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ grant_type: 'client_credentials', client_id: credentials.clientId as string, client_secret: credentials.clientSecret as string }).toString(),
    });
    const token = ((await tokenResponse.json()) as { access_token: string; expires_in: number }).access_token;
    const ask = (trackingNumbers: string[]) =>
      fetch(`${sandbox.baseUrl('fedex')}/track/v1/trackingnumbers`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify({ includeDetailedScans: true, trackingInfo: trackingNumbers.map((trackingNumber) => ({ trackingNumberInfo: { trackingNumber } })) }),
      });

    const pair = (await (await ask(['222222222222', '111111111111', '705918364279'])).json()) as {
      output: { completeTrackResults: Array<{ trackingNumber: string; trackResults: Array<{ error?: { code: string } }> }> };
    };
    const tooMany = await ask(Array.from({ length: 31 }, (_, index) => `5500${String(index).padStart(8, '0')}`));

    expect(pair.output.completeTrackResults.map((entry) => entry.trackingNumber)).toEqual(['222222222222', '111111111111', '705918364279']);
    expect(pair.output.completeTrackResults[0]?.trackResults[0]?.error?.code).toBe('TRACKING.TRACKINGNUMBER.NOTFOUND');
    expect(pair.output.completeTrackResults[1]?.trackResults[0]?.error).toBeUndefined();
    expect(pair.output.completeTrackResults[2]?.trackResults[0]?.error).toBeUndefined();
    expect(tooMany.status).toBe(400);
    expect(((await tooMany.json()) as { errors: Array<{ code: string }> }).errors[0]?.code).toBe('TRACKING.TRACKINGNUMBERS.LIMITEXCEEDED');
  });
});

describe('rate limits, tokens and shutdown', () => {
  it('answers 429 with Retry-After, which the tracker waits out before the next answer', async () => {
    const number = '9400111699001234567819';
    const sandbox = await sandboxWith({ carriers: { usps: { scenarios: { [number]: { sequence: [{ answer: 'rate_limited', retryAfterSeconds: 1 }, 'track-delivered'] } } } } });
    const tracker = trackerFor([usps(sandbox.adapterOptions('usps'))]);

    const started = performance.now();
    const result = await tracker.track(number);
    const elapsed = performance.now() - started;

    expect(result.status).toBe('delivered');
    expect(elapsed).toBeGreaterThanOrEqual(950);
    expect(sandbox.requests.filter((request) => request.kind === 'tracking').map((request) => request.status)).toEqual([429, 200]);
  });

  it("sends the carrier's 429 body and the Retry-After header, raised as RateLimitedError when no retry is left", async () => {
    const number = '3847105920';
    const sandbox = await sandboxWith({ carriers: { dhl: { scenarios: { [number]: { answer: 'rate_limited', retryAfterSeconds: 7 } } } } });
    const tracker = trackerFor([dhl(sandbox.adapterOptions('dhl'))], { retries: 0 });

    const error = await tracker.track(number, { carrier: 'dhl' }).catch((caught: unknown) => caught);
    const raw = await fetch(`${sandbox.baseUrl('dhl')}/track/shipments?trackingNumber=${number}`, { headers: { 'dhl-api-key': sandbox.credentials('dhl').apiKey as string } });

    expect(RateLimitedError.isInstance(error)).toBe(true);
    expect((error as RateLimitedError).retryAfter).toBe(7000);
    expect(raw.status).toBe(429);
    expect(raw.headers.get('retry-after')).toBe('7');
    expect(raw.headers.get('content-type')).toBe('application/problem+json');
    expect(await raw.json()).toMatchObject({ status: 429, title: 'Too Many Requests' });
  });

  it('answers a revoked token with a 401, after which the tracker fetches a new token once', async () => {
    const number = '1Z4V8E210344192703';
    const sandbox = await sandboxWith({ carriers: { ups: { scenarios: { [number]: 'track-domestic-delivered' } } } });
    const tracker = trackerFor([ups(sandbox.adapterOptions('ups'))]);

    await tracker.track(number);
    sandbox.revokeTokens('ups');
    const result = await tracker.track(number);

    expect(result.status).toBe('delivered');
    expect(sandbox.requests.map((request) => `${request.kind}:${request.status}`)).toEqual(['token:200', 'tracking:200', 'tracking:401', 'token:200', 'tracking:200']);
  });

  it('records unmatched paths and answers them 404', async () => {
    const sandbox = await sandboxWith();

    const outside = await fetch(`${sandbox.url}/pigeon/track`);
    const wrongPath = await fetch(`${sandbox.baseUrl('ups')}/api/track/v2/nothing`);

    expect([outside.status, wrongPath.status]).toEqual([404, 404]);
    expect(sandbox.requests.map((request) => [request.carrier, request.kind, request.path])).toEqual([
      [undefined, 'unmatched', '/pigeon/track'],
      ['ups', 'unmatched', '/api/track/v2/nothing'],
    ]);
    sandbox.clearRequests();
    expect(sandbox.requests).toHaveLength(0);
  });

  it('closes promptly while an answer is held, and refuses connections afterwards', async () => {
    const number = '9400111699001234567819';
    const sandbox = await createSandbox({ fixturesDir, carriers: { usps: { scenarios: { [number]: { fixture: 'track-delivered', delayMs: 30_000 } } } } });
    const tracker = trackerFor([usps(sandbox.adapterOptions('usps'))], { retries: 0 });

    const pending = tracker.track(number).catch((caught: unknown) => caught);
    await expect.poll(() => sandbox.requests.some((request) => request.kind === 'tracking'), { timeout: 5_000 }).toBe(true);
    expect(sandbox.requests.find((request) => request.kind === 'tracking')?.status).toBeNull();
    const started = performance.now();
    await sandbox.close();
    await sandbox.close();

    expect(performance.now() - started).toBeLessThan(1_000);
    expect(ParcelineError.isInstance(await pending)).toBe(true);
    await expect(fetch(`${sandbox.url}/usps/oauth2/v3/token`, { method: 'POST' })).rejects.toThrow();
  });
});
