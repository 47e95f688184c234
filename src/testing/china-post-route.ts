import { createDecipheriv, randomUUID } from 'node:crypto';
import { jsonResponse, tryParseJson, type RouteRequest, type SandboxResponse, type SandboxRoute } from './sandbox-route.js';

/** apiCode of the open platform's track query (轨迹查询). */
const TRACK_API_CODE = '040001';
const SM4_PREFIX = '|$4|';

/** `yyyy-MM-dd HH:mm:ss` in Beijing time (UTC+8 all year), as the platform writes `retDate`. */
function beijingNow(): string {
  return new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 19).replace('T', ' ');
}

function envelope(status: number, fields: Record<string, unknown>): SandboxResponse {
  return jsonResponse(status, { serialNo: randomUUID(), ...fields });
}

/** A refusal inside a 200, the platform's documented way: `retCode` other than `00000`, the reason in `retMsg`. */
function refusal(retCode: string, retMsg: string): SandboxResponse {
  return envelope(200, { retCode, retMsg, retDate: beijingNow(), success: false });
}

/**
 * Reads the SM4-encrypted `logitcsInterface` field: `|$4|` + Base64 of SM4-ECB (PKCS#7) over the payload JSON
 * followed by the sign key itself, under the key the sign key decodes to (reference `carriers/china-post.md`
 * §2.2). Gives the payload, or `undefined` when it was not encrypted with this sign key.
 */
function decryptPayload(field: string | null, signKey: string): Record<string, unknown> | undefined {
  if (!field?.startsWith(SM4_PREFIX)) return undefined;
  try {
    const decipher = createDecipheriv('sm4-ecb', Buffer.from(signKey, 'base64'), null);
    const plain = Buffer.concat([decipher.update(Buffer.from(field.slice(SM4_PREFIX.length), 'base64')), decipher.final()]).toString('utf8');
    if (!plain.endsWith(signKey)) return undefined;
    const payload = tryParseJson(plain.slice(0, -signKey.length));
    return typeof payload === 'object' && payload !== null ? (payload as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

function readForm(request: RouteRequest): URLSearchParams {
  return new URLSearchParams(request.body);
}

/**
 * China Post / EMS open platform in the sandbox (docs/carriers/china-post.md):
 * - no token: `senderNo` and `authorization` travel in the form body, and the payload is SM4-encrypted with the
 *   sign key; the sandbox decrypts it with the sign key it accepts to read `waybillNo`;
 * - tracking: `POST /amp-prod-api/f/amp/api/open` (or `/test`), form body with `apiCode=040001`;
 * - a wrong `senderNo` or `authorization` gets a 401 with `授权码校验失败` (the status of this refusal is not
 *   documented; the repository's fixture `track-auth-failure` makes the same choice); a payload that the sign key
 *   does not decrypt gets the platform's other way of refusing, a 200 whose `retCode` is not `00000` (签名验证失败);
 * - an unknown number is a 200 with an empty `responseItems` (无查询信息).
 */
export const CHINA_POST_ROUTE: SandboxRoute = {
  id: 'china-post',
  // signKey is Base64 of the 16 bytes "sandbox-sign-key", the documented form of a sign key.
  defaultCredentials: { senderNo: 'SANDBOX-CP-SENDER-01', authorization: 'sandbox-cp-authorization', signKey: 'c2FuZGJveC1zaWduLWtleQ==' },
  auth: {
    kind: 'body',
    check: (request, credentials) => {
      const form = readForm(request);
      if (form.get('senderNo') !== credentials.senderNo || form.get('authorization') !== credentials.authorization) {
        return envelope(401, { success: false, retMsg: '授权码校验失败' });
      }
      if (decryptPayload(form.get('logitcsInterface'), credentials.signKey ?? '') === undefined) return refusal('S00002', '签名验证失败，报文解密失败');
      return undefined;
    },
  },
  tracking: {
    method: 'POST',
    path: /^\/amp-prod-api\/f\/amp\/api\/(?:open|test)$/,
    maxNumbers: 1,
    readNumbers: (request, _match, credentials) => {
      const form = readForm(request);
      if (form.get('apiCode') !== TRACK_API_CODE) return { refuse: refusal('B00001', `接口编码不存在: ${form.get('apiCode') ?? ''}`) };
      const payload = decryptPayload(form.get('logitcsInterface'), credentials.signKey ?? '');
      const waybillNo = typeof payload?.waybillNo === 'string' ? payload.waybillNo.trim() : '';
      if (waybillNo === '') return { refuse: refusal('B00002', '邮件号不能为空') };
      return { trackingNumbers: [waybillNo] };
    },
  },
  contentType: 'application/json',
  answers: {
    unauthorized: () => envelope(401, { success: false, retMsg: '授权码校验失败' }),
    rateLimited: () => envelope(429, { success: false, retMsg: '访问过于频繁，请稍后再试' }),
    serverError: () => jsonResponse(500, { timestamp: new Date().toISOString(), status: 500, error: 'Internal Server Error', path: '/amp-prod-api/f/amp/api/open' }),
    notFound: () => envelope(200, { retCode: '00000', retMsg: '无查询信息', retBody: JSON.stringify({ responseItems: [] }), retDate: beijingNow(), success: true }),
  },
  bodyNumbers: (body) => {
    const retBody = (tryParseJson(body) as { retBody?: unknown } | undefined)?.retBody;
    const inner = typeof retBody === 'string' ? tryParseJson(retBody) : retBody;
    const items = (inner as { responseItems?: unknown } | undefined)?.responseItems;
    if (!Array.isArray(items)) return [];
    const numbers: string[] = [];
    for (const item of items) {
      const number = (item as { waybillNo?: unknown }).waybillNo;
      if (typeof number === 'string' && number !== '' && !numbers.includes(number)) numbers.push(number);
    }
    return numbers;
  },
};
