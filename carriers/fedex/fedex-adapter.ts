import { ConfigurationError, defineCarrier, toSecret, type CarrierAuth, type Secret, readBaseUrl } from '../../src/adapter-kit/index.js';
import { FEDEX_MAX_NUMBERS_PER_REQUEST, fetchFedexTracking, type FedexRequestSettings } from './fedex-fetch.js';
import { FEDEX_LANGUAGES } from './fedex-locale.js';
import { parseFedexTracking } from './fedex-parse.js';
import { matchFedexTrackingNumber } from './fedex-tracking-number.js';

/** Options of the {@link fedex} adapter. Every field is optional: without credentials it still parses. */
export interface FedexOptions {
  /** The "API Key" of a FedEx Developer Portal project that includes the Track API (OAuth `client_id`). Secret: never logged. */
  clientId?: string | Secret;
  /** The project's "Secret Key" (OAuth `client_secret`). Secret: never logged. */
  clientSecret?: string | Secret;
  /** API host (default `https://apis.fedex.com`; the sandbox, which knows only FedEx's mock numbers, is `https://apis-sandbox.fedex.com`). */
  baseUrl?: string;
}

const DEFAULT_BASE_URL = 'https://apis.fedex.com';

/**
 * FedEx's documented pace: 1,400 transactions per 10 seconds per project (reference §1). A daily quota per
 * organization comes on top; over it FedEx answers 429 until 00:00 GMT.
 */
const FEDEX_REQUESTS_PER_SECOND = 140;

/**
 * The FedEx adapter (Track API v1, OAuth 2.0 client credentials, up to 30 numbers per request).
 *
 * @example
 * import { createTracker } from 'parceline';
 * import { fedex } from 'parceline/carriers/fedex';
 * const tracker = createTracker({ carriers: [fedex({ clientId: process.env.FEDEX_API_KEY, clientSecret: process.env.FEDEX_SECRET_KEY })] });
 * const result = await tracker.track('271936045812');
 */
export const fedex = defineCarrier((options: FedexOptions) => {
  const settings: FedexRequestSettings = { baseUrl: readBaseUrl('fedex', options.baseUrl, DEFAULT_BASE_URL) };
  const auth = readAuth(options, settings.baseUrl);
  return {
    id: 'fedex',
    displayName: 'FedEx',
    capabilities: {
      maxTrackingNumbersPerRequest: FEDEX_MAX_NUMBERS_PER_REQUEST,
      languages: FEDEX_LANGUAGES,
      namesHandoffPartners: true,
      rateLimit: { requestsPerSecond: FEDEX_REQUESTS_PER_SECOND },
    },
    auth,
    sampleTrackingNumbers: ['271936045812', '048172639501842', '61299048273160582710'],
    matchTrackingNumber: matchFedexTrackingNumber,
    fetchTracking: (request) => fetchFedexTracking(request, settings, auth !== undefined),
    parseTracking: (raw, context) => parseFedexTracking(raw, context),
  };
});


function readAuth(options: FedexOptions, baseUrl: string): CarrierAuth | undefined {
  const clientId = toSecret(options.clientId);
  const clientSecret = toSecret(options.clientSecret);
  if (!clientId && !clientSecret) return undefined;
  if (!clientId || !clientSecret) {
    throw new ConfigurationError(`fedex needs both clientId and clientSecret; only ${clientId ? 'clientId' : 'clientSecret'} was given`, { carrierId: 'fedex' });
  }
  // FedEx takes the key and secret as form fields of the token request, not as Basic auth (reference §1).
  return {
    type: 'oauth2_client_credentials',
    tokenUrl: `${baseUrl}/oauth/token`,
    clientId,
    clientSecret,
    clientAuthentication: 'body',
    bodyFormat: 'form',
  };
}
