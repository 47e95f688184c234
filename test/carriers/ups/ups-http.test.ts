import { readFileSync } from 'node:fs';
import { inspect } from 'node:util';
import nock from 'nock';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CarrierAuthError, CarrierHttpError, ConfigurationError, ParcelineError, createTracker } from '../../../src/index.js';
import { ups, type UpsOptions } from '../../../carriers/ups/index.js';

const BASE_URL = 'https://onlinetools.ups.com';
const CIE_URL = 'https://wwwcie.ups.com';
const CLIENT_ID = 'ups-client-Id-7c41e0';
const CLIENT_SECRET = 'ups-client-Secret-X9k2pQ';
const TOKEN = 'ups-access-token-AAbb1122';
const NEW_TOKEN = 'ups-access-token-CCdd3344';
const NUMBER = '1Z4V8E210344192703';
const TRACK_PATH = `/api/track/v1/details/${NUMBER}`;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const FAST_RETRY = { retries: 2, minTimeout: 1, maxTimeout: 5, maxRetryTime: 5_000 };
const QUERY = { locale: 'en_US', returnSignature: 'false', returnMilestones: 'false', returnPOD: 'false' };

function fixture(scenario: string): string {
  return readFileSync(new URL(`../../../fixtures/ups/track-${scenario}.json`, import.meta.url), 'utf8');
}

function tokenBody(accessToken: string) {
  return { token_type: 'Bearer', issued_at: '1716300000000', client_id: CLIENT_ID, access_token: accessToken, scope: '', expires_in: '14399', refresh_count: '0', status: 'approved' };
}

function tracker(options: UpsOptions = {}) {
  return createTracker({ carriers: [ups({ clientId: CLIENT_ID, clientSecret: CLIENT_SECRET, ...options })], retry: FAST_RETRY });
}

function expectNoSecret(error: unknown) {
  const texts = [
    (error as Error).message,
    JSON.stringify(error),
    JSON.stringify((error as ParcelineError).toJSON()),
    inspect(error, { depth: 8 }),
    String((error as Error).stack),
  ];
  const secrets = [CLIENT_ID, CLIENT_SECRET, TOKEN, NEW_TOKEN, Buffer.from(`${CLIENT_ID}:${CLIENT_SECRET}`).toString('base64')];
  for (const text of texts) for (const secret of secrets) expect(text).not.toContain(secret);
}

beforeEach(() => {
  nock.disableNetConnect();
});

afterEach(() => {
  nock.cleanAll();
  nock.enableNetConnect();
});

describe('UPS requests', () => {
  it('asks for a token with basic client authentication and a form body, then tracks with the bearer token', async () => {
    const seen: { token?: Record<string, unknown>; track?: Record<string, unknown> } = {};
    nock(BASE_URL)
      .post('/security/v1/oauth/token')
      .reply(async (request: Request) => {
        seen.token = { body: await request.text(), headers: Object.fromEntries(request.headers) };
        return [200, tokenBody(TOKEN)];
      });
    nock(BASE_URL)
      .get(TRACK_PATH)
      .query(QUERY)
      .reply((request: Request) => {
        seen.track = Object.fromEntries(request.headers);
        return [200, fixture('domestic-delivered'), { 'content-type': 'application/json' }];
      });

    const subject = tracker({ merchantId: 'A1B2C3' });
    const result = await subject.track(NUMBER);
    await subject.close();

    expect(result.status).toBe('delivered');
    expect(seen.token?.body).toBe('grant_type=client_credentials');
    expect(seen.token?.headers).toMatchObject({
      authorization: `Basic ${Buffer.from(`${CLIENT_ID}:${CLIENT_SECRET}`).toString('base64')}`,
      'content-type': 'application/x-www-form-urlencoded',
      'x-merchant-id': 'A1B2C3',
    });
    expect(seen.track).toMatchObject({ authorization: `Bearer ${TOKEN}`, transactionsrc: 'parceline' });
    expect(seen.track?.transid).toMatch(UUID);
    expect(nock.isDone()).toBe(true);
  });

  it('asks UPS in the locale of the call and sends a fresh transId with every request', async () => {
    const transIds: string[] = [];
    const sources: string[] = [];
    nock(CIE_URL).post('/security/v1/oauth/token').reply(200, tokenBody(TOKEN));
    nock(CIE_URL)
      .get(TRACK_PATH)
      .query({ ...QUERY, locale: 'zh_CN' })
      .times(2)
      .reply((request: Request) => {
        transIds.push(String(request.headers.get('transid')));
        sources.push(String(request.headers.get('transactionsrc')));
        return [200, fixture('domestic-delivered')];
      });
    const subject = tracker({ baseUrl: CIE_URL, transactionSource: 'shop-backend' });
    const first = await subject.track(NUMBER, { locale: 'zh-CN' });
    await subject.track(NUMBER, { locale: 'zh-CN' });
    await subject.close();
    expect(first.locale).toBe('zh-CN');
    expect(transIds).toHaveLength(2);
    expect(transIds[0]).toMatch(UUID);
    expect(transIds[0]).not.toBe(transIds[1]);
    expect(sources).toEqual(['shop-backend', 'shop-backend']);
    expect(nock.isDone()).toBe(true);
  });

  it('does not send x-merchant-id when no merchant id is configured', async () => {
    let headers: Record<string, unknown> = {};
    nock(BASE_URL)
      .post('/security/v1/oauth/token')
      .reply((request: Request) => {
        headers = Object.fromEntries(request.headers);
        return [200, tokenBody(TOKEN)];
      });
    nock(BASE_URL).get(TRACK_PATH).query(QUERY).reply(200, fixture('domestic-delivered'));
    const subject = tracker();
    await subject.track(NUMBER);
    await subject.close();
    expect(headers).not.toHaveProperty('x-merchant-id');
  });
});

describe('UPS answers', () => {
  it('retries a 503 and then succeeds', async () => {
    let attempts = 0;
    nock(BASE_URL).post('/security/v1/oauth/token').reply(200, tokenBody(TOKEN));
    nock(BASE_URL)
      .get(TRACK_PATH)
      .query(QUERY)
      .times(2)
      .reply(() => {
        attempts++;
        return attempts === 1 ? [503, fixture('server-error-503')] : [200, fixture('domestic-delivered')];
      });
    const subject = tracker();
    const result = await subject.track(NUMBER);
    await subject.close();
    expect(attempts).toBe(2);
    expect(result.status).toBe('delivered');
  });

  it('gives a retryable CarrierHttpError once the 503s outlast the retries, without secrets', async () => {
    let attempts = 0;
    nock(BASE_URL).post('/security/v1/oauth/token').reply(200, tokenBody(TOKEN));
    nock(BASE_URL)
      .get(TRACK_PATH)
      .query(QUERY)
      .times(3)
      .reply(() => {
        attempts++;
        return [503, fixture('server-error-503')];
      });
    const subject = tracker();
    const error = await subject.track(NUMBER).catch((caught: unknown) => caught);
    await subject.close();
    expect(attempts).toBe(3);
    expect(CarrierHttpError.isInstance(error)).toBe(true);
    expect(error).toMatchObject({ statusCode: 503, isRetryable: true, carrierId: 'ups', trackingNumbers: [NUMBER] });
    expectNoSecret(error);
  });

  it('does not retry a 400 and reports UPS code TV1002', async () => {
    let attempts = 0;
    const badNumber = '1Z4V8E2103';
    nock(BASE_URL).post('/security/v1/oauth/token').reply(200, tokenBody(TOKEN));
    nock(BASE_URL)
      .get(`/api/track/v1/details/${badNumber}`)
      .query(QUERY)
      .times(3)
      .reply(() => {
        attempts++;
        return [400, fixture('invalid-number-400')];
      });
    const subject = tracker();
    const error = await subject.track(badNumber, { carrier: 'ups' }).catch((caught: unknown) => caught);
    await subject.close();
    expect(attempts).toBe(1);
    expect(CarrierHttpError.isInstance(error)).toBe(true);
    expect(error).toMatchObject({ statusCode: 400, isRetryable: false, carrierCode: 'TV1002', carrierMessage: 'Invalid inquiry number' });
    expectNoSecret(error);
  });

  it('refreshes the token once after a 401 and then succeeds', async () => {
    const tokens = nock(BASE_URL)
      .post('/security/v1/oauth/token')
      .reply(200, tokenBody(TOKEN))
      .post('/security/v1/oauth/token')
      .reply(200, tokenBody(NEW_TOKEN));
    nock(BASE_URL, { reqheaders: { authorization: `Bearer ${TOKEN}` } })
      .get(TRACK_PATH)
      .query(QUERY)
      .reply(401, fixture('auth-failure-401'));
    nock(BASE_URL, { reqheaders: { authorization: `Bearer ${NEW_TOKEN}` } })
      .get(TRACK_PATH)
      .query(QUERY)
      .reply(200, fixture('domestic-delivered'));
    const subject = tracker();
    const result = await subject.track(NUMBER);
    await subject.close();
    expect(result.status).toBe('delivered');
    expect(tokens.isDone()).toBe(true);
    expect(nock.isDone()).toBe(true);
  });

  it('gives CarrierAuthError when the 401 persists after one refresh, without secrets', async () => {
    let tokenRequests = 0;
    nock(BASE_URL)
      .post('/security/v1/oauth/token')
      .times(3)
      .reply(() => {
        tokenRequests++;
        return [200, tokenBody(tokenRequests === 1 ? TOKEN : NEW_TOKEN)];
      });
    nock(BASE_URL).get(TRACK_PATH).query(QUERY).times(3).reply(401, fixture('auth-failure-401'));
    const subject = tracker();
    const error = await subject.track(NUMBER).catch((caught: unknown) => caught);
    await subject.close();
    expect(tokenRequests).toBe(2);
    expect(CarrierAuthError.isInstance(error)).toBe(true);
    expect(error).toMatchObject({ code: 'CARRIER_AUTH_FAILED', statusCode: 401, isRetryable: false, carrierId: 'ups' });
    expect((error as Error).message).toContain('250002');
    expectNoSecret(error);
  });

  it('gives CarrierAuthError when the token endpoint refuses the credentials, without secrets', async () => {
    nock(BASE_URL).post('/security/v1/oauth/token').reply(401, { response: { errors: [{ code: '10401', message: 'ClientId is Invalid' }] } });
    const subject = tracker();
    const error = await subject.track(NUMBER).catch((caught: unknown) => caught);
    await subject.close();
    expect(CarrierAuthError.isInstance(error)).toBe(true);
    expect(error).toMatchObject({ statusCode: 401, carrierId: 'ups' });
    expectNoSecret(error);
  });

  it('gives a not_found result for a 404', async () => {
    nock(BASE_URL).post('/security/v1/oauth/token').reply(200, tokenBody(TOKEN));
    nock(BASE_URL).get('/api/track/v1/details/1ZH4T5920358812448').query(QUERY).reply(404, fixture('not-found-404'));
    const subject = tracker();
    const result = await subject.track('1ZH4T5920358812448');
    await subject.close();
    expect(result).toMatchObject({ carrier: 'ups', trackingNumber: '1ZH4T5920358812448', outcome: 'not_found', status: 'pending', events: [] });
    expect(result.warnings).toEqual([{ code: 'CARRIER_WARNING', message: 'Tracking Information Not Found', rawCode: 'TW0001' }]);
  });

  it('gives a not_found result for HTTP 200 with warning TW0001', async () => {
    nock(BASE_URL).post('/security/v1/oauth/token').reply(200, tokenBody(TOKEN));
    nock(BASE_URL).get('/api/track/v1/details/1Z0F71E20375123695').query(QUERY).reply(200, fixture('not-found'));
    const subject = tracker();
    const result = await subject.track('1Z0F71E20375123695');
    await subject.close();
    expect(result).toMatchObject({ outcome: 'not_found', status: 'pending', subStatus: 'pending' });
  });

  it('refuses to track without credentials with a ConfigurationError that names ups and the number', async () => {
    const subject = createTracker({ carriers: [ups()], retry: FAST_RETRY });
    const error = await subject.track(NUMBER).catch((caught: unknown) => caught);
    await subject.close();
    expect(ConfigurationError.isInstance(error)).toBe(true);
    expect(error).toMatchObject({ carrierId: 'ups', trackingNumbers: [NUMBER] });
    expect((error as Error).message).toContain(NUMBER);
  });
});
