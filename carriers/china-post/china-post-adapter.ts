import { ConfigurationError, defineCarrier, toSecret, type Secret, readBaseUrl } from '../../src/adapter-kit/index.js';
import { fetchChinaPostTracking, type ChinaPostCredentials, type ChinaPostRequestSettings } from './china-post-fetch.js';
import { parseChinaPostTracking } from './china-post-parse.js';
import { isChinaPostSignKey } from './china-post-sign.js';
import { matchChinaPostTrackingNumber } from './china-post-tracking-number.js';

/** Options of the {@link chinaPost} adapter. Every field is optional: without credentials it still parses. */
export interface ChinaPostOptions {
  /** 协议客户号: your China Post / EMS contract customer number. Secret: never logged. */
  senderNo?: string | Secret;
  /** 授权码: the open platform's authorization code for your account (test and production differ). Secret. */
  authorization?: string | Secret;
  /** 签名钥匙: the sign key issued with the account, Base64 of 16 bytes (the SM4 key). Secret. */
  signKey?: string | Secret;
  /** Gateway host (default `https://api.ems.com.cn`). Tests and local sandboxes pass their own. */
  baseUrl?: string;
  /** `sandbox` posts to the platform's test path (`/amp-prod-api/f/amp/api/test`); default `production`. */
  environment?: 'production' | 'sandbox';
  /** Clock for the request's `timeStamp`, in epoch milliseconds (default `Date.now`). */
  now?: () => number;
}

const DEFAULT_BASE_URL = 'https://api.ems.com.cn';
const PATHS = { production: '/amp-prod-api/f/amp/api/open', sandbox: '/amp-prod-api/f/amp/api/test' } as const;

/**
 * The China Post / EMS adapter: the EMS open platform's track query (apiCode 040001) for contract
 * customers, one number per request, SM4-signed form body; its trace items (also delivered by the JDPT
 * interface and by pushes) are parsed from Chinese text and UPU codes.
 *
 * @example
 * import { createTracker } from 'parceline';
 * import { chinaPost } from 'parceline/carriers/china-post';
 * const tracker = createTracker({
 *   carriers: [chinaPost({ senderNo: process.env.EMS_SENDER_NO, authorization: process.env.EMS_AUTHORIZATION, signKey: process.env.EMS_SIGN_KEY })],
 * });
 * const result = await tracker.track('LZ506837246CN');
 */
export const chinaPost = defineCarrier((options: ChinaPostOptions) => {
  const settings: ChinaPostRequestSettings = {
    endpoint: `${readBaseUrl('china-post', options.baseUrl, DEFAULT_BASE_URL)}${PATHS[readEnvironment(options.environment)]}`,
    credentials: readCredentials(options),
    now: options.now ?? Date.now,
  };
  return {
    id: 'china-post',
    displayName: 'China Post / EMS',
    capabilities: {
      maxTrackingNumbersPerRequest: 1,
      languages: ['zh-CN'],
      namesHandoffPartners: true,
    },
    // The platform takes its credentials in the signed form body: fetchTracking signs each request itself
    // (see docs/carriers/china-post.md); the HTTP layer only learns the secrets, to redact them.
    auth: settings.credentials
      ? { type: 'signed', secrets: [settings.credentials.senderNo, settings.credentials.authorization, settings.credentials.signKey] }
      : undefined,
    sampleTrackingNumbers: ['LZ506837246CN', 'CP609182735CN'],
    matchTrackingNumber: matchChinaPostTrackingNumber,
    fetchTracking: (request) => fetchChinaPostTracking(request, settings),
    parseTracking: (raw, context) => parseChinaPostTracking(raw, context),
  };
});


function readEnvironment(environment: ChinaPostOptions['environment']): keyof typeof PATHS {
  if (environment === undefined || environment === 'production') return 'production';
  if (environment === 'sandbox') return 'sandbox';
  throw new ConfigurationError(`china-post environment must be 'production' or 'sandbox'`, { carrierId: 'china-post' });
}

function readCredentials(options: ChinaPostOptions): ChinaPostCredentials | undefined {
  const senderNo = toSecret(options.senderNo);
  const authorization = toSecret(options.authorization);
  const signKey = toSecret(options.signKey);
  const given = { senderNo, authorization, signKey };
  const missing = Object.entries(given).filter(([, value]) => value === undefined).map(([name]) => name);
  if (missing.length === 3) return undefined;
  if (missing.length > 0) {
    throw new ConfigurationError(`china-post needs senderNo, authorization and signKey together; missing: ${missing.join(', ')}`, { carrierId: 'china-post' });
  }
  if (!isChinaPostSignKey((signKey as Secret).reveal())) {
    throw new ConfigurationError('china-post signKey must be the Base64 text of a 16-byte key, as the platform issues it', { carrierId: 'china-post' });
  }
  return { senderNo: senderNo as Secret, authorization: authorization as Secret, signKey: signKey as Secret };
}
