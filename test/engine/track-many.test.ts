import nock from 'nock';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AbortedError, ConfigurationError, createTracker, type TrackManyItem } from '../../src/index.js';
import { ACME_BASE_URL, acme, acmeBody, requestedNumbers } from '../support/acme-carrier.js';

const FAST_RETRY = { retries: 1, minTimeout: 1, maxTimeout: 2 };

beforeEach(() => {
  nock.disableNetConnect();
  nock(ACME_BASE_URL).post('/oauth/token').optionally().times(50).reply(200, { access_token: 'token-abcdef', expires_in: 3600 });
});

afterEach(() => {
  nock.cleanAll();
  nock.enableNetConnect();
});

async function collect(iterable: AsyncIterable<TrackManyItem>): Promise<TrackManyItem[]> {
  const items: TrackManyItem[] = [];
  for await (const item of iterable) items.push(item);
  return items;
}

describe('trackMany', () => {
  it('batches numbers per carrier up to its limit and yields one item per input number', async () => {
    const batches: string[][] = [];
    nock(ACME_BASE_URL)
      .get('/track')
      .query(true)
      .times(20)
      .reply(200, (uri: unknown) => {
        const numbers = requestedNumbers(uri);
        batches.push(numbers);
        return acmeBody(numbers, ['AC000000004']);
      });
    const tracker = createTracker({ carriers: [acme({ clientId: 'id-1234', clientSecret: 'secret-1234' })], retry: FAST_RETRY });
    const input = ['AC000000001', 'ac-000-000-002', 'AC000000003', 'AC000000004', 'XX1', 'AC000000005', 'AC000000001'];
    const items = await collect(tracker.trackMany(input));
    expect(items).toHaveLength(input.length);
    expect(batches.every((batch) => batch.length <= 3)).toBe(true);
    expect([...new Set(batches.flat())].sort()).toEqual(['AC000000001', 'AC000000002', 'AC000000003', 'AC000000004', 'AC000000005']);
    const bad = items.filter((item) => !item.ok);
    expect(bad).toHaveLength(1);
    expect(bad[0]!.trackingNumber).toBe('XX1');
    expect(!bad[0]!.ok && bad[0]!.error).toBeInstanceOf(ConfigurationError);
    const notFound = items.find((item) => item.trackingNumber === 'AC000000004');
    expect(notFound?.ok && notFound.result.outcome).toBe('not_found');
    expect(items.filter((item) => item.trackingNumber === 'AC000000001')).toHaveLength(2);
  });

  it('turns a failed batch into one typed failure per number in it', async () => {
    nock(ACME_BASE_URL).get('/track').query(true).times(4).reply(400, { errors: [{ code: 'NOPE', message: 'no' }] });
    const tracker = createTracker({ carriers: [acme({ clientId: 'id-1234', clientSecret: 'secret-1234' })], retry: FAST_RETRY });
    const items = await collect(tracker.trackMany(['AC000000001', 'AC000000002', 'AC000000003', 'AC000000004']));
    expect(items).toHaveLength(4);
    expect(items.every((item) => !item.ok && item.error.code === 'CARRIER_HTTP_ERROR')).toBe(true);
  });

  it('reports a carrier that answers without a number as not found with a warning', async () => {
    nock(ACME_BASE_URL).get('/track').query(true).reply(200, acmeBody(['AC000000001']));
    const tracker = createTracker({ carriers: [acme({ clientId: 'id-1234', clientSecret: 'secret-1234' })], retry: FAST_RETRY });
    const items = await collect(tracker.trackMany(['AC000000001', 'AC000000002']));
    const missing = items.find((item) => item.trackingNumber === 'AC000000002');
    expect(missing?.ok && missing.result.warnings.map((warning) => warning.code)).toEqual(['NOT_IN_RESPONSE']);
  });

  it('reads its input lazily and keeps at most maxPendingNumbers in flight', async () => {
    let inFlight = 0;
    let peak = 0;
    nock(ACME_BASE_URL)
      .get('/track')
      .query(true)
      .times(400)
      .reply(200, (uri: unknown) => {
        const numbers = requestedNumbers(uri);
        return acmeBody(numbers);
      });
    let produced = 0;
    function* numbers() {
      for (let index = 0; index < 1000; index++) {
        produced++;
        inFlight++;
        peak = Math.max(peak, inFlight);
        yield `AC${String(index).padStart(9, '0')}`;
      }
    }
    const tracker = createTracker({ carriers: [acme({ clientId: 'id-1234', clientSecret: 'secret-1234' })], retry: FAST_RETRY, maxPendingNumbers: 30 });
    let count = 0;
    for await (const item of tracker.trackMany(numbers())) {
      expect(item.ok).toBe(true);
      inFlight--;
      count++;
    }
    expect(count).toBe(1000);
    expect(produced).toBe(1000);
    expect(peak).toBeLessThanOrEqual(31);
  });

  it('yields aborted failures for every number once the signal fires', async () => {
    nock(ACME_BASE_URL).get('/track').query(true).times(100).reply(200, (uri: unknown) => acmeBody(requestedNumbers(uri)));
    const controller = new AbortController();
    controller.abort();
    const tracker = createTracker({ carriers: [acme({ clientId: 'id-1234', clientSecret: 'secret-1234' })], retry: FAST_RETRY });
    const items = await collect(tracker.trackMany(['AC000000001', 'AC000000002', 'AC000000003', 'AC000000004'], { signal: controller.signal }));
    expect(items).toHaveLength(4);
    expect(items.every((item) => !item.ok && AbortedError.isInstance(item.error) && item.error.code === 'ABORTED')).toBe(true);
  });
});
