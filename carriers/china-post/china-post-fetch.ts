import {
  CarrierAuthError,
  CarrierResponseError,
  ConfigurationError,
  type CarrierHttpRequest,
  type FetchTrackingRequest,
  toInstant,
  type Secret,
} from '../../src/adapter-kit/index.js';
import { encryptChinaPostPayload } from './china-post-sign.js';

/** The open platform's contract credentials. Each is a secret. */
export interface ChinaPostCredentials {
  /** 协议客户号: the contract customer number. */
  senderNo: Secret;
  /** 授权码: the authorization code (test and production codes differ). */
  authorization: Secret;
  /** 签名钥匙: Base64 of the 16-byte SM4 key that encrypts the payload. */
  signKey: Secret;
}

/** What building a China Post track request needs besides the number. */
export interface ChinaPostRequestSettings {
  /** Absolute URL of the open platform's gateway (`…/amp-prod-api/f/amp/api/open`, or `…/test`). */
  endpoint: string;
  credentials: ChinaPostCredentials | undefined;
  /** The clock for the request's `timeStamp` (epoch milliseconds). */
  now: () => number;
}

/** apiCode of the track query (轨迹查询). */
export const TRACK_API_CODE = '040001';

/**
 * The request for one number (reference `carriers/china-post.md` §2.1): `POST` to the gateway with a form
 * body `apiCode=040001`, `senderNo`, `authorization`, `msgType=0` (JSON), `timeStamp` (Beijing time,
 * `yyyy-MM-dd HH:mm:ss`) and `logitcsInterface`, the SM4-encrypted `{"waybillNo":…,"direction":"0"}`. The
 * credentials travel in the body, so the request is not marked `auth` (the HTTP layer has no auth variant
 * for signed form bodies).
 *
 * @example
 * buildChinaPostTrackRequest('LZ506837246CN', { senderNo: '1100012345678', authorization: '…', signKey: '…' }, endpoint, '2025-08-12 18:26:06');
 * // { method: 'POST', url: endpoint, headers: { 'content-type': 'application/x-www-form-urlencoded; charset=UTF-8', accept: 'application/json' },
 * //   body: 'apiCode=040001&senderNo=…&logitcsInterface=%7C%244%7C…', auth: false }
 */
export function buildChinaPostTrackRequest(
  trackingNumber: string,
  credentials: { senderNo: string; authorization: string; signKey: string },
  endpoint: string,
  timeStamp: string,
): CarrierHttpRequest {
  const payload = JSON.stringify({ waybillNo: trackingNumber, direction: '0' });
  const form = new URLSearchParams({
    apiCode: TRACK_API_CODE,
    senderNo: credentials.senderNo,
    authorization: credentials.authorization,
    msgType: '0',
    timeStamp,
    logitcsInterface: encryptChinaPostPayload(payload, credentials.signKey),
  });
  return {
    method: 'POST',
    url: endpoint,
    headers: { 'content-type': 'application/x-www-form-urlencoded; charset=UTF-8', accept: 'application/json' },
    body: form.toString(),
    auth: false,
  };
}

/**
 * Fetches one number from the open platform and returns the body untouched. The platform answers refusals
 * with HTTP 200 and a `retCode` other than `00000`, which the HTTP layer cannot see; they are raised here:
 * a refusal whose message is about the credentials (授权, 签名, 密钥, 客户号, 解密...) as `CarrierAuthError`,
 * any other as `CarrierResponseError`, both naming the carrier's code and message with the credentials
 * removed. Without credentials it throws a `ConfigurationError`.
 *
 * @example
 * const body = await fetchChinaPostTracking(request, settings);
 */
export async function fetchChinaPostTracking(request: FetchTrackingRequest, settings: ChinaPostRequestSettings): Promise<string> {
  const { trackingNumbers, http } = request;
  const credentials = settings.credentials;
  if (!credentials) {
    throw new ConfigurationError(`china-post needs senderNo, authorization and signKey to fetch tracking for ${trackingNumbers.join(', ')}; the adapter was created without them`, {
      carrierId: 'china-post',
      trackingNumbers,
    });
  }
  const [trackingNumber, ...rest] = trackingNumbers;
  if (trackingNumber === undefined || rest.length > 0) {
    throw new ConfigurationError(`china-post tracks exactly one number per request, got ${trackingNumbers.length}`, { carrierId: 'china-post', trackingNumbers });
  }
  const revealed = {
    senderNo: credentials.senderNo.reveal(),
    authorization: credentials.authorization.reveal(),
    signKey: credentials.signKey.reveal(),
  };
  const response = await http.request(buildChinaPostTrackRequest(trackingNumber, revealed, settings.endpoint, formatBeijingTime(settings.now())));
  const refusal = readRefusal(response.body);
  if (refusal) throw refusalError(refusal, response.statusCode, trackingNumbers, Object.values(revealed));
  return response.body;
}

/** `yyyy-MM-dd HH:mm:ss` in Beijing time, as the platform wants `timeStamp`. */
export function formatBeijingTime(epochMilliseconds: number): string {
  const time = toInstant({ instant: new Date(epochMilliseconds).toISOString(), timeZone: 'Asia/Shanghai' });
  if (time === null) throw new ConfigurationError('china-post could not write the request time', { carrierId: 'china-post' });
  return `${time.localTime.slice(0, 10)} ${time.localTime.slice(11, 19)}`;
}

interface Refusal {
  code: string;
  message: string;
}

/** The platform's refusal in a 200 body: `retCode` present and not `00000`. */
function readRefusal(body: string): Refusal | undefined {
  const text = body.trim();
  if (!text.startsWith('{')) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (typeof value !== 'object' || value === null) return undefined;
  const record = value as Record<string, unknown>;
  const code = typeof record.retCode === 'string' || typeof record.retCode === 'number' ? String(record.retCode).trim() : undefined;
  if (code === undefined || code === '00000') return undefined;
  const message = typeof record.retMsg === 'string' ? record.retMsg : '';
  return { code, message };
}

/**
 * Words of a refusal that is about the credentials. The platform's error codes are not published; this
 * reads its message (reference §2.3: "retMsg carries the reason").
 */
const CREDENTIAL_WORDS = /授权|签名|密钥|秘钥|鉴权|认证|客户号|解密|无权|权限|authori[sz]|sign|credential/i;

function refusalError(refusal: Refusal, statusCode: number, trackingNumbers: readonly string[], secrets: readonly string[]): CarrierAuthError | CarrierResponseError {
  // Redact before cutting: a secret cut in two by the length limit would no longer be found (test/reliability).
  const code = redact(refusal.code, secrets).slice(0, 40);
  const message = redact(refusal.message, secrets).slice(0, 160);
  const said = message ? `${code}: ${message}` : code;
  if (CREDENTIAL_WORDS.test(refusal.message)) {
    return new CarrierAuthError(`china-post refused the credentials (retCode ${said})`, { carrierId: 'china-post', trackingNumbers, statusCode });
  }
  return new CarrierResponseError(`china-post refused the track query (retCode ${said})`, {
    carrierId: 'china-post',
    trackingNumbers,
    issues: [`retCode: ${code}`, ...(message ? [`retMsg: ${message}`] : [])],
  });
}

function redact(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const secret of secrets) {
    if (secret.length < 4) continue;
    // The platform may quote the form body it received, where the secrets are form-encoded.
    for (const form of new Set([secret, encodeURIComponent(secret), new URLSearchParams({ s: secret }).toString().slice(2)])) out = out.split(form).join('[redacted]');
  }
  return out;
}
