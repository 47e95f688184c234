import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { inspect } from 'node:util';
import nock from 'nock';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { CARRIER_SPEC_VERSION, ConfigurationError, ParcelineError, TrackingResult, createTracker, normalize } from '../../src/index.js';
import type { ConformanceCase, FixtureMeta } from './conformance-case.js';

/**
 * One behaviour suite, run on every folder of `carriers/`, so no carrier can skip it.
 */
const root = new URL('../../', import.meta.url).pathname;
const carrierIds = readdirSync(`${root}carriers`).filter((id) => statSync(`${root}carriers/${id}`).isDirectory());

interface Fixture {
  file: string;
  body: string;
  meta: FixtureMeta;
}

function fixturesOf(id: string): Fixture[] {
  const folder = `${root}fixtures/${id}`;
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((file) => !file.endsWith('.meta.json') && /\.(json|xml|txt)$/.test(file))
    .map((file) => ({
      file,
      body: readFileSync(`${folder}/${file}`, 'utf8'),
      meta: JSON.parse(readFileSync(`${folder}/${file.replace(/\.(json|xml|txt)$/, '.meta.json')}`, 'utf8')) as FixtureMeta,
    }));
}

const isErrorBody = (meta: FixtureMeta) => (meta.httpStatus ?? 200) >= 400 && meta.expect?.outcome !== 'not_found';

/** A local carrier: answers token requests with a token, everything else with the current fixture. */
let server: Server;
let baseUrl: string;
let answer: { status: number; body: string; contentType: string } = { status: 200, body: '{}', contentType: 'application/json' };
const TEST_TOKEN = 'TEST-ACCESS-TOKEN-c0nf0rm4nce-9Zq';

beforeAll(async () => {
  server = createServer((request, response) => {
    request.resume();
    request.on('end', () => {
      if (request.method === 'POST' && /token/i.test(request.url ?? '')) {
        response.writeHead(200, { 'content-type': 'application/json' });
        response.end(JSON.stringify({ access_token: TEST_TOKEN, token_type: 'Bearer', expires_in: 3600 }));
        return;
      }
      response.writeHead(answer.status, { 'content-type': answer.contentType });
      response.end(answer.body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

for (const id of carrierIds) {
  describe(`carrier ${id}`, async () => {
    const module = (await import(`../../carriers/${id}/index.ts`)) as Record<string, unknown>;
    const testCase = ((await import(`./cases/${id}.ts`)) as { default: ConformanceCase }).default;
    const adapter = testCase.factory();
    const fixtures = fixturesOf(id);

    it('exports a factory named after the id that builds a valid v1 manifest without credentials', () => {
      const factoryName = id.replace(/-([a-z0-9])/g, (_, letter: string) => letter.toUpperCase());
      expect(module[factoryName]).toBe(testCase.factory);
      expect(adapter.specVersion).toBe(CARRIER_SPEC_VERSION);
      expect(adapter.id).toBe(id);
      expect(adapter.displayName.length).toBeGreaterThan(0);
      expect(adapter.capabilities.maxTrackingNumbersPerRequest).toBeGreaterThanOrEqual(1);
      expect(adapter.capabilities.languages.length).toBeGreaterThan(0);
      expect(adapter.auth).toBeUndefined();
    });

    it('matches its sample tracking numbers', () => {
      expect(adapter.sampleTrackingNumbers.length).toBeGreaterThan(0);
      for (const number of adapter.sampleTrackingNumbers) {
        const match = adapter.matchTrackingNumber(number);
        expect(match, number).not.toBeNull();
        expect(match?.checkDigit, number).not.toBe('invalid');
      }
      expect(adapter.matchTrackingNumber('NOT-A-NUMBER-@@')).toBeNull();
    });

    it('refuses to fetch without credentials with a ConfigurationError', async () => {
      const tracker = createTracker({ carriers: [testCase.factory({ baseUrl } as never)], retry: { retries: 0 } });
      const error = await tracker.track(adapter.sampleTrackingNumbers[0] as string, { carrier: id }).catch((caught: unknown) => caught);
      expect(ConfigurationError.isInstance(error)).toBe(true);
      await tracker.close();
    });

    it('has role fixtures: delivered, not found and an unknown code', () => {
      const metas = fixtures.map((fixture) => fixture.meta);
      expect(metas.some((meta) => meta.expect?.status === 'delivered')).toBe(true);
      expect(metas.some((meta) => meta.expect?.outcome === 'not_found')).toBe(true);
      expect(metas.some((meta) => meta.expect?.warning === 'UNKNOWN_CARRIER_CODE')).toBe(true);
    });

    for (const fixture of fixtures.filter((candidate) => !isErrorBody(candidate.meta))) {
      describe(`fixture ${fixture.file}`, () => {
        it('parses purely: same output twice, under other process zones and clocks, with the network disabled', () => {
          const options = { fetchedAt: '2025-06-01T00:00:00.000Z', locale: 'en', trackingNumbers: fixture.meta.trackingNumbers };
          const zone = process.env.TZ;
          nock.disableNetConnect();
          vi.useFakeTimers();
          try {
            vi.setSystemTime(new Date('2020-01-01T00:00:00Z'));
            process.env.TZ = 'UTC';
            const first = normalize(adapter, fixture.body, options);
            vi.setSystemTime(new Date('2031-07-15T12:34:56Z'));
            process.env.TZ = 'Asia/Shanghai';
            const second = normalize(adapter, fixture.body, options);
            process.env.TZ = 'America/St_Johns';
            const third = normalize(testCase.factory(), fixture.body, options);
            expect(second).toEqual(first);
            expect(third).toEqual(first);
          } finally {
            if (zone === undefined) delete process.env.TZ;
            else process.env.TZ = zone;
            vi.useRealTimers();
            nock.enableNetConnect();
          }
        });

        it('gives results that pass the strict schema, with ordered events and unique stable ids', () => {
          const results = normalize(adapter, fixture.body, { fetchedAt: '2025-06-01T00:00:00.000Z', trackingNumbers: fixture.meta.trackingNumbers });
          expect(results.length).toBeGreaterThan(0);
          for (const result of results) {
            expect(TrackingResult.safeParse(result).success).toBe(true);
            const instants = result.events.map((event) => Date.parse(event.occurredAt));
            expect([...instants].sort((a, b) => a - b)).toEqual(instants);
            expect(new Set(result.events.map((event) => event.id)).size).toBe(result.events.length);
            for (const event of result.events) {
              expect(event.carrierStatus.code !== null || event.carrierStatus.description !== '').toBe(true);
            }
          }
        });

        it('behaves as its meta file says', () => {
          const results = normalize(adapter, fixture.body, { trackingNumbers: fixture.meta.trackingNumbers });
          const expected = fixture.meta.expect ?? {};
          const first = results[0] as TrackingResult;
          if (expected.outcome) expect(first.outcome).toBe(expected.outcome);
          if (expected.status) expect(first.status).toBe(expected.status);
          if (expected.events !== undefined) expect(first.events).toHaveLength(expected.events);
          if (expected.warning) {
            expect(results.flatMap((result) => result.warnings.map((warning) => warning.code))).toContain(expected.warning);
          }
          if (expected.warning === 'UNKNOWN_CARRIER_CODE') {
            const unknown = results.flatMap((result) => result.events).filter((event) => event.status === 'unknown' || event.subStatus === 'unknown');
            expect(unknown.length).toBeGreaterThan(0);
            expect(unknown.every((event) => event.carrierStatus.code !== null || event.carrierStatus.description !== '')).toBe(true);
          }
        });
      });
    }

    for (const fixture of fixtures.filter((candidate) => candidate.meta.httpStatus !== undefined && candidate.meta.httpStatus !== 200)) {
      it(`answers ${fixture.file} (HTTP ${fixture.meta.httpStatus}) with a typed outcome that carries no credential`, async () => {
        answer = { status: fixture.meta.httpStatus as number, body: fixture.body, contentType: fixture.meta.contentType ?? 'application/json' };
        const tracker = createTracker({
          carriers: [testCase.factory(testCase.withBaseUrl(baseUrl) as never)],
          retry: { retries: 1, minTimeout: 1, maxTimeout: 2 },
        });
        const outcome = await tracker.track(adapter.sampleTrackingNumbers[0] as string, { carrier: id }).then(
          (result) => ({ result }),
          (error: unknown) => ({ error }),
        );
        await tracker.close();
        if (fixture.meta.expect?.outcome === 'not_found') {
          expect('result' in outcome && outcome.result.outcome).toBe('not_found');
          return;
        }
        expect('error' in outcome).toBe(true);
        const error = (outcome as { error: unknown }).error;
        expect(ParcelineError.isInstance(error)).toBe(true);
        if (fixture.meta.expect?.errorCode) expect((error as ParcelineError).code).toBe(fixture.meta.expect.errorCode);
        expect((error as ParcelineError).carrierId).toBe(id);
        const texts = [(error as Error).message, JSON.stringify(error), inspect(error, { depth: 8 }), String((error as Error).stack)].join('\n');
        for (const secret of [...Object.values(testCase.credentials), TEST_TOKEN]) expect(texts).not.toContain(secret);
      });
    }
  });
}
