import { ConfigurationError, defineCarrier, toSecret, type CarrierAuth, type Secret, readBaseUrl } from '../../src/adapter-kit/index.js';
import { fetchRoyalMailTracking, type RoyalMailRequestSettings } from './royal-mail-fetch.js';
import { parseRoyalMailTracking } from './royal-mail-parse.js';
import { matchRoyalMailTrackingNumber } from './royal-mail-tracking-number.js';

/** Options of the {@link royalMail} adapter. Every field is optional: without credentials it still parses. */
export interface RoyalMailOptions {
  /** Client id of your app on developer.royalmail.net, sent as `X-IBM-Client-Id`. Secret: never logged. */
  clientId?: string | Secret;
  /** Client secret of the same app, sent as `X-IBM-Client-Secret`. Secret: never logged. */
  clientSecret?: string | Secret;
  /** API host (default `https://api.royalmail.net`). */
  baseUrl?: string;
  /** Path before the mail piece id (default `/mailpieces/v2`), so a later version can be tried. */
  apiPath?: string;
  /**
   * Requests per second to allow (default 1). Royal Mail's plans set the real limits and do not publish
   * them; the assessment plan allows 50 calls a day.
   */
  requestsPerSecond?: number;
}

const DEFAULT_BASE_URL = 'https://api.royalmail.net';
const DEFAULT_API_PATH = '/mailpieces/v2';

/**
 * The Royal Mail adapter (Tracking API v2, client id and secret headers, one number per events request).
 *
 * @example
 * import { createTracker } from 'parceline';
 * import { royalMail } from 'parceline/carriers/royal-mail';
 * const tracker = createTracker({ carriers: [royalMail({ clientId: process.env.RM_CLIENT_ID, clientSecret: process.env.RM_CLIENT_SECRET })] });
 * const result = await tracker.track('TT602948173GB');
 */
export const royalMail = defineCarrier((options: RoyalMailOptions) => {
  const settings: RoyalMailRequestSettings = { baseUrl: readBaseUrl('royal-mail', options.baseUrl, DEFAULT_BASE_URL), apiPath: readApiPath(options.apiPath) };
  const auth = readAuth(options);
  const requestsPerSecond = options.requestsPerSecond ?? 1;
  if (!(requestsPerSecond > 0) || !Number.isFinite(requestsPerSecond)) {
    throw new ConfigurationError('royal-mail requestsPerSecond must be a positive number', { carrierId: 'royal-mail' });
  }
  return {
    id: 'royal-mail',
    displayName: 'Royal Mail',
    capabilities: {
      maxTrackingNumbersPerRequest: 1,
      languages: ['en-GB'],
      namesHandoffPartners: true,
      rateLimit: { requestsPerSecond },
    },
    auth,
    sampleTrackingNumbers: ['TT602948173GB', 'SD701938464GB'],
    matchTrackingNumber: matchRoyalMailTrackingNumber,
    fetchTracking: (request) => fetchRoyalMailTracking(request, settings, auth !== undefined),
    parseTracking: (raw, context) => parseRoyalMailTracking(raw, context),
  };
});


function readApiPath(apiPath: string | undefined): string {
  const value = `/${(apiPath ?? DEFAULT_API_PATH).trim().replace(/^\/+|\/+$/g, '')}`;
  if (!/^(?:\/[A-Za-z0-9._~-]+)+$/.test(value)) throw new ConfigurationError('royal-mail apiPath must be a plain path such as /mailpieces/v2', { carrierId: 'royal-mail' });
  return value;
}

function readAuth(options: RoyalMailOptions): CarrierAuth | undefined {
  const clientId = toSecret(options.clientId);
  const clientSecret = toSecret(options.clientSecret);
  if (!clientId && !clientSecret) return undefined;
  if (!clientId || !clientSecret) {
    throw new ConfigurationError(`royal-mail needs both clientId and clientSecret; only ${clientId ? 'clientId' : 'clientSecret'} was given`, { carrierId: 'royal-mail' });
  }
  return { type: 'headers', headers: { 'X-IBM-Client-Id': clientId, 'X-IBM-Client-Secret': clientSecret } };
}
