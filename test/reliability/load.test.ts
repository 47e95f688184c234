import { afterEach, describe, expect, it } from 'vitest';
import { AbortedError, ParcelineError, createMemoryTokenStore, createTracker, type TokenStore, type TrackManyItem } from '../../src/index.js';
import { createSandbox, type Sandbox } from '../../src/testing/index.js';
import { FIXTURES_DIR, RELIABILITY_CARRIERS, renumberedBody, type ReliabilityCarrier } from './support/carrier-cases.js';
import { startFaultProxy, type Fault, type FaultProxy } from './support/fault-proxy.js';
import { collectGarbage, heapUsedMiB } from './support/measure-heap.js';
import { seededRandom, validNumbers } from './support/numbers.js';

/**
 * Load without loss: many numbers, many concurrent calls, faults at random, token expiry and cancellation, all over
 * real HTTP on 127.0.0.1 (the sandbox behind the fault proxy). What is pinned: exactly one item per input number,
 * exactly one token request per carrier per token lifetime, bounded memory, prompt cancellation.
 */
const open: Array<{ close(): Promise<void> }> = [];
afterEach(async () => {
  for (const item of open.splice(0).reverse()) await item.close();
});

const UNLIMITED = Object.fromEntries(RELIABILITY_CARRIERS.map((carrier) => [carrier.id, { requestsPerSecond: Number.POSITIVE_INFINITY, maxConcurrent: 16 }]));
const OAUTH = RELIABILITY_CARRIERS.filter((carrier) => carrier.auth === 'oauth').map((carrier) => carrier.id);

async function stack(options: { now?: () => number; scenarios?: (carrier: ReliabilityCarrier) => Record<string, unknown> } = {}): Promise<{ sandbox: Sandbox; proxy: FaultProxy }> {
  const sandbox = await createSandbox({
    fixturesDir: FIXTURES_DIR,
    ...(options.now ? { now: options.now } : {}),
    carriers: Object.fromEntries(
      RELIABILITY_CARRIERS.map((carrier) => [carrier.id, { credentials: carrier.credentials, scenarios: (options.scenarios?.(carrier) ?? {}) as never }]),
    ),
  });
  open.push(sandbox);
  const proxy = await startFaultProxy(sandbox.url);
  open.push(proxy);
  return { sandbox, proxy };
}

function adaptersFor(proxy: FaultProxy) {
  return RELIABILITY_CARRIERS.map((carrier) => carrier.factory({ ...carrier.credentials, baseUrl: proxy.baseUrl(carrier.id) } as never));
}

function tokenCounts(proxy: FaultProxy): Record<string, number> {
  return Object.fromEntries(RELIABILITY_CARRIERS.map((carrier) => [carrier.id, proxy.count(carrier.id, 'token')]));
}

const oneTokenEach = Object.fromEntries(RELIABILITY_CARRIERS.map((carrier) => [carrier.id, carrier.auth === 'oauth' ? 1 : 0]));

describe('trackMany over 10,000 numbers with 5% of answers faulted', () => {
  it('yields exactly one item per number, fetches one token per OAuth carrier, and keeps memory bounded', async () => {
    const random = seededRandom(20_260_109);
    const perCarrier = Math.ceil(10_000 / RELIABILITY_CARRIERS.length);
    const inputs = RELIABILITY_CARRIERS.flatMap((carrier) => validNumbers(carrier, perCarrier, random).map((trackingNumber) => ({ trackingNumber, carrier: carrier.id }))).slice(0, 10_000);
    // Interleave carriers the way a real feed would, deterministically.
    inputs.sort((a, b) => (a.trackingNumber < b.trackingNumber ? -1 : 1));
    const fixtureNumbers = new Set(inputs.filter((_, index) => index % 3 === 0).map((input) => input.trackingNumber));
    const { sandbox, proxy } = await stack({
      scenarios: (carrier) => Object.fromEntries(inputs.filter((input) => input.carrier === carrier.id && fixtureNumbers.has(input.trackingNumber)).map((input) => [input.trackingNumber, carrier.fixture])),
    });
    const faultRandom = seededRandom(7);
    const faulted: Record<string, number> = {};
    proxy.setPlan((request) => {
      if (request.kind !== 'tracking' || faultRandom() >= 0.05) return undefined;
      const carrier = RELIABILITY_CARRIERS.find((candidate) => candidate.id === request.carrier) as ReliabilityCarrier;
      const choices: Fault[] = [
        { kind: 'status', status: 503, body: '{"error":"busy"}' },
        { kind: 'status', status: 500, body: '{"error":"oops"}' },
        { kind: 'status', status: 429, body: '{"error":"slow down"}' },
        { kind: 'reset-before-headers' },
        { kind: 'cut-short', body: renumberedBody(carrier), contentType: carrier.contentType },
        { kind: 'status', status: 200, contentType: 'text/html', body: '<html>maintenance</html>' },
      ];
      const fault = choices[Math.floor(faultRandom() * choices.length)] as Fault;
      const name = fault.kind === 'status' ? `${fault.status}` : fault.kind;
      faulted[name] = (faulted[name] ?? 0) + 1;
      return fault;
    });
    const tracker = createTracker({
      carriers: adaptersFor(proxy),
      retry: { retries: 2, minTimeout: 5, maxTimeout: 20, maxRetryTime: 10_000 },
      timeouts: { total: 10_000 },
      carrierLimits: UNLIMITED,
    });
    open.push(tracker);

    const heapBefore = heapUsedMiB();
    let heapPeak = heapBefore;
    let read = 0;
    const lazily = function* () {
      for (const input of inputs) {
        read++;
        yield input;
      }
    };
    const seen = new Map<string, number>();
    const outcomes: Record<string, number> = {};
    let maxAhead = 0;
    const started = performance.now();
    for await (const item of tracker.trackMany(lazily())) {
      seen.set(item.trackingNumber, (seen.get(item.trackingNumber) ?? 0) + 1);
      const key = item.ok ? `result:${item.result.outcome}` : `error:${ParcelineError.isInstance(item.error) ? item.error.code : 'UNTYPED'}`;
      outcomes[key] = (outcomes[key] ?? 0) + 1;
      maxAhead = Math.max(maxAhead, read - seen.size);
      if (seen.size % 1_000 === 0) {
        sandbox.clearRequests();
        heapPeak = Math.max(heapPeak, process.memoryUsage().heapUsed / 1024 / 1024);
      }
    }
    const elapsedMs = performance.now() - started;
    sandbox.clearRequests();
    const heapAfter = heapUsedMiB();
    const gcExposed = collectGarbage();

    expect(seen.size).toBe(inputs.length);
    expect([...seen.values()].every((count) => count === 1)).toBe(true);
    expect(inputs.every((input) => seen.has(input.trackingNumber))).toBe(true);
    expect(Object.keys(outcomes).filter((key) => key.includes('UNTYPED'))).toEqual([]);
    expect(outcomes['result:found']).toBeGreaterThan(3_000);
    expect(outcomes['result:not_found']).toBeGreaterThan(6_000);
    expect(tokenCounts(proxy)).toEqual(oneTokenEach);
    expect(Object.values(faulted).reduce((sum, count) => sum + count, 0)).toBeGreaterThan(200);
    // trackMany never reads more than maxPendingNumbers (default 1,000) ahead of what it yielded.
    expect(maxAhead).toBeLessThanOrEqual(1_001);
    expect(heapAfter - heapBefore).toBeLessThan(64);
    expect(elapsedMs).toBeLessThan(90_000);
    console.info(
      `[reliability] trackMany 10,000 numbers: ${Math.round(elapsedMs)} ms, ${proxy.total} requests, faults ${JSON.stringify(faulted)}, outcomes ${JSON.stringify(outcomes)}, ` +
        `heap ${heapBefore.toFixed(1)} -> ${heapAfter.toFixed(1)} MiB (peak ${heapPeak.toFixed(1)}, gc ${gcExposed ? 'forced' : 'not available'}), read ahead at most ${maxAhead}`,
    );
  }, 120_000);
});

describe('tokens under concurrency', () => {
  /** A token store that answers after a delay, as a shared store (Redis, a database) does, with values read at call time. */
  function remoteTokenStore(delayMs: number): TokenStore {
    const inner = createMemoryTokenStore();
    const later = <T>(value: T) => new Promise<T>((resolve) => setTimeout(() => resolve(value), delayMs));
    return {
      get: async (key) => later(await inner.get(key)),
      set: async (key, token) => {
        await later(undefined);
        await inner.set(key, token);
      },
      delete: async (key) => {
        await later(undefined);
        await inner.delete(key);
      },
    };
  }

  for (const [label, store] of [['the default in-memory store', undefined], ['a shared store that answers after 3 ms', () => remoteTokenStore(3)]] as const) {
    it(`makes exactly one token request per OAuth carrier for 1,000 concurrent cold track calls, with ${label}`, async () => {
      const { proxy } = await stack();
      const tracker = createTracker({ carriers: adaptersFor(proxy), carrierLimits: UNLIMITED, retry: { retries: 1, minTimeout: 5, maxTimeout: 10 }, ...(store ? { tokenStore: store() } : {}) });
      open.push(tracker);
      const random = seededRandom(1_000);
      const calls = RELIABILITY_CARRIERS.flatMap((carrier, index) => validNumbers(carrier, index < 6 ? 143 : 142, random).map((number) => ({ number, carrier: carrier.id })));
      expect(calls).toHaveLength(1_000);

      const results = await Promise.all(calls.map((call) => tracker.track(call.number, { carrier: call.carrier })));

      expect(results.map((result) => result.trackingNumber).sort()).toEqual(calls.map((call) => call.number).sort());
      expect(tokenCounts(proxy)).toEqual(oneTokenEach);
    }, 60_000);

    it(`refreshes an expired token exactly once per OAuth carrier when it expires mid-run, with ${label}`, async () => {
      let clock = Date.parse('2026-03-01T08:00:00Z');
      const now = () => clock;
      const { proxy } = await stack({ now });
      const tracker = createTracker({
        carriers: adaptersFor(proxy),
        now,
        carrierLimits: Object.fromEntries(OAUTH.map((id) => [id, { requestsPerSecond: Number.POSITIVE_INFINITY, maxConcurrent: 4 }])),
        retry: { retries: 1, minTimeout: 5, maxTimeout: 10 },
        ...(store ? { tokenStore: store() } : {}),
      });
      open.push(tracker);
      const random = seededRandom(2_000);
      const calls = OAUTH.flatMap((id) => validNumbers(RELIABILITY_CARRIERS.find((carrier) => carrier.id === id) as ReliabilityCarrier, 200, random).map((number) => ({ number, carrier: id })));
      let advanced = false;
      proxy.setPlan((request) => {
        // Halfway through the tracking requests the clock jumps past every token's lifetime (USPS's is 8 h),
        // for the sandbox and the tracker alike: tokens in flight are now refused with 401.
        if (!advanced && request.kind === 'tracking' && proxy.count('ups', 'tracking') + proxy.count('fedex', 'tracking') + proxy.count('usps', 'tracking') >= calls.length / 2) {
          advanced = true;
          clock += 9 * 3_600_000;
        }
        return undefined;
      });

      const results = await Promise.all(calls.map((call) => tracker.track(call.number, { carrier: call.carrier })));

      expect(advanced).toBe(true);
      expect(results).toHaveLength(calls.length);
      // Requests queued with the old token were refused once and sent again with the new one.
      expect(OAUTH.reduce((sum, id) => sum + proxy.count(id, 'tracking'), 0)).toBeGreaterThan(calls.length);
      expect(results.every((result) => result.outcome === 'not_found')).toBe(true);
      expect(Object.fromEntries(OAUTH.map((id) => [id, proxy.count(id, 'token')]))).toEqual({ ups: 2, fedex: 2, usps: 2 });
    }, 60_000);
  }
});

describe('cancellation', () => {
  it('stops in-flight requests and pending retries promptly when the signal fires, and still yields one item per number', async () => {
    const random = seededRandom(3_000);
    const inputs = RELIABILITY_CARRIERS.flatMap((carrier) => validNumbers(carrier, 40, random).map((trackingNumber) => ({ trackingNumber, carrier: carrier.id })));
    const slow = new Set(inputs.filter((_, index) => index % 2 === 0).map((input) => input.trackingNumber));
    const { proxy } = await stack({
      scenarios: (carrier) =>
        Object.fromEntries(inputs.filter((input) => input.carrier === carrier.id && slow.has(input.trackingNumber)).map((input) => [input.trackingNumber, { fixture: carrier.fixture, delayMs: 5_000 }])),
    });
    // The other half answer 503, so they sit in retry backoff when the signal fires.
    proxy.setPlan((request) => (request.kind === 'tracking' && !inputs.some((input) => slow.has(input.trackingNumber) && request.path.includes(input.trackingNumber)) && request.carrier !== 'fedex' && request.carrier !== 'china-post' ? { kind: 'status', status: 503, body: '{}' } : undefined));
    const tracker = createTracker({ carriers: adaptersFor(proxy), carrierLimits: UNLIMITED, retry: { retries: 5, minTimeout: 2_000, maxTimeout: 4_000, maxRetryTime: 30_000 }, timeouts: { total: 20_000 } });
    open.push(tracker);
    const controller = new AbortController();
    const items: TrackManyItem[] = [];
    let abortedAt = 0;
    setTimeout(() => {
      abortedAt = performance.now();
      controller.abort();
    }, 400);

    for await (const item of tracker.trackMany(inputs, { signal: controller.signal })) items.push(item);
    const afterAbort = performance.now() - abortedAt;

    expect(abortedAt).toBeGreaterThan(0);
    expect(afterAbort).toBeLessThan(1_000);
    expect(items.map((item) => item.trackingNumber).sort()).toEqual(inputs.map((input) => input.trackingNumber).sort());
    const failures = items.filter((item) => !item.ok);
    expect(failures.length).toBeGreaterThan(inputs.length / 2);
    for (const item of failures) {
      expect(AbortedError.isInstance(item.error), `${item.trackingNumber}: ${item.error.code}`).toBe(true);
      expect(item.error).toMatchObject({ code: 'ABORTED', isRetryable: false });
    }
  }, 30_000);
});
