import { createDecipheriv } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { inspect } from 'node:util';
import nock from 'nock';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CarrierAuthError, CarrierHttpError, CarrierResponseError, ConfigurationError, ParcelineError, createTracker } from '../../../src/index.js';
import { chinaPost, type ChinaPostOptions } from '../../../carriers/china-post/index.js';
import { formatBeijingTime } from '../../../carriers/china-post/china-post-fetch.js';
import { encryptChinaPostPayload, isChinaPostSignKey } from '../../../carriers/china-post/china-post-sign.js';
import { matchChinaPostTrackingNumber } from '../../../carriers/china-post/china-post-tracking-number.js';

const HOST = 'https://api.ems.com.cn';
const OPEN_PATH = '/amp-prod-api/f/amp/api/open';
const TEST_PATH = '/amp-prod-api/f/amp/api/test';
const SENDER_NO = '1100087654321';
const AUTHORIZATION = 'cp-authorization-Qx81Lm';
// The reference's own test vector (carriers/china-post.md §2.2): Base64 of "parceline-test-k".
const SIGN_KEY = 'cGFyY2VsaW5lLXRlc3Qtaw==';
const NUMBER = 'LZ123456785CN';
const VECTOR = '|$4|H66j0/1qlHN4lPiRJdPA6VZ0ub8pp8OiS70/OeaukG1MyS3Rkeco3ecj+kIo0nN07ZHJymnNzUDf6O14ydoh2arPVJKLEeAiNAonwnmQRNU=';
const NOW = Date.parse('2025-08-12T10:26:06.000Z');
const FAST_RETRY = { retries: 2, minTimeout: 1, maxTimeout: 5, maxRetryTime: 5_000 };

function fixture(name: string): string {
  return readFileSync(new URL(`../../../fixtures/china-post/${name}.json`, import.meta.url), 'utf8');
}

/** A found answer for {@link NUMBER}: the domestic fixture's items under our number. */
function foundBody(): string {
  return fixture('track-delivered-domestic').replaceAll('1173920485163', NUMBER);
}

function tracker(options: ChinaPostOptions = {}) {
  return createTracker({
    carriers: [chinaPost({ senderNo: SENDER_NO, authorization: AUTHORIZATION, signKey: SIGN_KEY, now: () => NOW, ...options })],
    retry: FAST_RETRY,
  });
}

function expectNoSecret(error: unknown) {
  const texts = [(error as Error).message, JSON.stringify(error), JSON.stringify((error as ParcelineError).toJSON()), inspect(error, { depth: 8 }), String((error as Error).stack)];
  for (const text of texts) for (const secret of [SENDER_NO, AUTHORIZATION, SIGN_KEY]) expect(text).not.toContain(secret);
}

async function failure(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => expect.unreachable('the call should fail'),
    (error: unknown) => error,
  );
}

beforeEach(() => {
  nock.disableNetConnect();
});

afterEach(() => {
  nock.cleanAll();
  nock.enableNetConnect();
});

describe('China Post track request', () => {
  it('posts the signed 040001 form to the open gateway with Beijing time and no auth header', async () => {
    let seen: { body: string; headers: Record<string, string> } | undefined;
    nock(HOST)
      .post(OPEN_PATH)
      .reply(async (request: Request) => {
        seen = { body: await request.text(), headers: Object.fromEntries(request.headers) };
        return [200, foundBody(), { 'content-type': 'application/json;charset=UTF-8' }];
      });
    const subject = tracker();
    const result = await subject.track(NUMBER);
    await subject.close();

    expect(result.status).toBe('delivered');
    expect(seen?.headers['content-type']).toBe('application/x-www-form-urlencoded; charset=UTF-8');
    expect(seen?.headers).not.toHaveProperty('authorization');
    const form = new URLSearchParams(seen?.body);
    expect([...form.keys()]).toEqual(['apiCode', 'senderNo', 'authorization', 'msgType', 'timeStamp', 'logitcsInterface']);
    expect(Object.fromEntries(form)).toEqual({
      apiCode: '040001',
      senderNo: SENDER_NO,
      authorization: AUTHORIZATION,
      msgType: '0',
      timeStamp: '2025-08-12 18:26:06',
      logitcsInterface: VECTOR,
    });
    expect(nock.isDone()).toBe(true);
  });

  it('encrypts the payload followed by the sign key, which the key decrypts back', () => {
    const encrypted = encryptChinaPostPayload('{"waybillNo":"LZ506837246CN","direction":"0"}', SIGN_KEY);
    expect(encrypted.startsWith('|$4|')).toBe(true);
    const decipher = createDecipheriv('sm4-ecb', Buffer.from(SIGN_KEY, 'base64'), null);
    const plain = Buffer.concat([decipher.update(Buffer.from(encrypted.slice(4), 'base64')), decipher.final()]).toString('utf8');
    expect(plain).toBe(`{"waybillNo":"LZ506837246CN","direction":"0"}${SIGN_KEY}`);
  });

  it('posts to the test path in the sandbox and to a base URL of our choice', async () => {
    nock('http://127.0.0.1:8099').post(TEST_PATH).reply(200, foundBody());
    const subject = tracker({ baseUrl: 'http://127.0.0.1:8099/', environment: 'sandbox' });
    await subject.track(NUMBER);
    await subject.close();
    expect(nock.isDone()).toBe(true);
  });

  it('writes the request time as Beijing wall time whatever the process zone', () => {
    expect(formatBeijingTime(Date.parse('2025-12-31T16:00:00.000Z'))).toBe('2026-01-01 00:00:00');
    expect(formatBeijingTime(NOW)).toBe('2025-08-12 18:26:06');
  });
});

describe('China Post answers', () => {
  it('gives not_found for an empty answer, attached to the number asked for', async () => {
    nock(HOST).post(OPEN_PATH).reply(200, fixture('track-not-found'));
    const subject = tracker();
    const result = await subject.track(NUMBER);
    await subject.close();
    expect(result).toMatchObject({ trackingNumber: NUMBER, outcome: 'not_found', status: 'pending', events: [] });
  });

  it('retries a 500 and then succeeds', async () => {
    let attempts = 0;
    nock(HOST)
      .post(OPEN_PATH)
      .times(2)
      .reply(() => {
        attempts++;
        return attempts === 1 ? [500, fixture('track-server-error')] : [200, foundBody()];
      });
    const subject = tracker();
    const result = await subject.track(NUMBER);
    await subject.close();
    expect(attempts).toBe(2);
    expect(result.status).toBe('delivered');
  });

  it('gives a typed HTTP error after the retries when the 500 persists', async () => {
    nock(HOST).post(OPEN_PATH).times(3).reply(500, fixture('track-server-error'));
    const subject = tracker();
    const error = await failure(subject.track(NUMBER));
    await subject.close();
    expect(error).toBeInstanceOf(CarrierHttpError);
    expect(error).toMatchObject({ code: 'CARRIER_HTTP_ERROR', statusCode: 500, isRetryable: true, carrierId: 'china-post', trackingNumbers: [NUMBER] });
    expect(nock.isDone()).toBe(true);
    expectNoSecret(error);
  });

  it('maps a 401 to a typed auth failure without retrying', async () => {
    nock(HOST).post(OPEN_PATH).once().reply(401, fixture('track-auth-failure'));
    const subject = tracker();
    const error = await failure(subject.track(NUMBER));
    await subject.close();
    expect(error).toBeInstanceOf(CarrierAuthError);
    expect(error).toMatchObject({ code: 'CARRIER_AUTH_FAILED', isRetryable: false, carrierId: 'china-post' });
    expectNoSecret(error);
  });

  it('raises a refusal about the credentials sent with HTTP 200 as an auth failure, with the credentials removed', async () => {
    const body = { serialNo: 'x', retCode: 'S0003', retMsg: `协议客户号${SENDER_NO}授权码错误`, retBody: '', success: false };
    let requests = 0;
    nock(HOST)
      .post(OPEN_PATH)
      .times(3)
      .reply(() => {
        requests++;
        return [200, body];
      });
    const subject = tracker();
    const error = await failure(subject.track(NUMBER));
    await subject.close();
    expect(requests).toBe(1);
    expect(error).toBeInstanceOf(CarrierAuthError);
    expect((error as CarrierAuthError).message).toContain('S0003');
    expect((error as CarrierAuthError).message).toContain('[redacted]');
    expectNoSecret(error);
  });

  it('raises any other refusal sent with HTTP 200 as a response error naming the carrier’s code', async () => {
    nock(HOST).post(OPEN_PATH).reply(200, { serialNo: 'x', retCode: 'B00099', retMsg: '业务处理失败', success: false });
    const subject = tracker();
    const error = await failure(subject.track(NUMBER));
    await subject.close();
    expect(error).toBeInstanceOf(CarrierResponseError);
    expect((error as CarrierResponseError).issues).toEqual(['retCode: B00099', 'retMsg: 业务处理失败']);
    expect((error as CarrierResponseError).isRetryable).toBe(false);
    expectNoSecret(error);
  });

  it('raises a body that is not JSON as a response error from the parser', async () => {
    nock(HOST).post(OPEN_PATH).reply(200, '<html><body>maintenance</body></html>', { 'content-type': 'text/html' });
    const subject = tracker();
    const error = await failure(subject.track(NUMBER));
    await subject.close();
    expect(error).toBeInstanceOf(CarrierResponseError);
  });
});

describe('China Post options', () => {
  it('refuses to fetch without credentials and sends nothing', async () => {
    const subject = createTracker({ carriers: [chinaPost()], retry: FAST_RETRY });
    const error = await failure(subject.track(NUMBER));
    await subject.close();
    expect(error).toBeInstanceOf(ConfigurationError);
    expect((error as ConfigurationError).message).toContain('senderNo, authorization and signKey');
  });

  it('refuses half the credentials and a sign key of the wrong form, without echoing them', () => {
    expect(() => chinaPost({ senderNo: SENDER_NO })).toThrow(/missing: authorization, signKey/);
    let error: unknown;
    try {
      chinaPost({ senderNo: SENDER_NO, authorization: AUTHORIZATION, signKey: 'not-base64-at-all' });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigurationError);
    expect((error as Error).message).not.toContain('not-base64-at-all');
    expectNoSecret(error);
  });

  it('refuses a base URL that is not http(s) and an unknown environment', () => {
    expect(() => chinaPost({ baseUrl: 'ftp://api.ems.com.cn' })).toThrow(ConfigurationError);
    expect(() => chinaPost({ baseUrl: 'not a url' })).toThrow(ConfigurationError);
    expect(() => chinaPost({ environment: 'staging' as never })).toThrow(ConfigurationError);
  });

  it('declares one number per request, Chinese texts and named handoff partners, and signed auth whose secrets stay hidden', () => {
    const adapter = chinaPost({ senderNo: SENDER_NO, authorization: AUTHORIZATION, signKey: SIGN_KEY });
    expect(adapter.id).toBe('china-post');
    expect(adapter.capabilities).toEqual({ maxTrackingNumbersPerRequest: 1, languages: ['zh-CN'], namesHandoffPartners: true });
    expect(adapter.auth?.type).toBe('signed');
    expect(adapter.auth?.type === 'signed' && adapter.auth.secrets.map((secret) => secret.reveal())).toEqual([SENDER_NO, AUTHORIZATION, SIGN_KEY]);
    expect(inspect(adapter, { depth: 6 })).not.toContain(AUTHORIZATION);
    expect(JSON.stringify(adapter.auth)).not.toContain(SIGN_KEY);
  });

  it('checks the form of a sign key', () => {
    expect(isChinaPostSignKey(SIGN_KEY)).toBe(true);
    expect(isChinaPostSignKey('VEVTVC1DUC1TSUdOS0VZIQ')).toBe(true);
    expect(isChinaPostSignKey('dG9vLXNob3J0')).toBe(false);
    expect(isChinaPostSignKey('')).toBe(false);
  });
});

describe('China Post tracking numbers', () => {
  it.each([
    ['LZ506837246CN', 'LZ506837246CN', 'valid'],
    ['lz 506 837 246 cn', 'LZ506837246CN', 'valid'],
    ['EA730194825CN', 'EA730194825CN', 'valid'],
    ['LZ506837247CN', 'LZ506837247CN', 'invalid'],
  ])('reads %s as %s with a %s check digit', (input, normalized, checkDigit) => {
    expect(matchChinaPostTrackingNumber(input)).toEqual({ format: 'upu-s10', normalized, checkDigit });
  });

  it.each(['RR918273640GB', '1173920485163', '1Z4V8E210344192703', ''])('does not claim %s', (input) => {
    expect(matchChinaPostTrackingNumber(input)).toBeNull();
  });
});
