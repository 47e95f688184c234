import { ConfigurationError, defineCarrier, toSecret, type CarrierAuth, type Secret, readBaseUrl } from '../../src/adapter-kit/index.js';
import { fetchUspsTracking, type UspsRequestSettings } from './usps-fetch.js';
import { parseUspsTracking } from './usps-parse.js';
import { matchUspsTrackingNumber } from './usps-tracking-number.js';

/** Options of the {@link usps} adapter. Every field is optional: without credentials it still parses. */
export interface UspsOptions {
  /** Consumer Key of your app on the USPS Developer Portal (OAuth client id). Secret: never logged. */
  clientId?: string | Secret;
  /** Consumer Secret of your app on the USPS Developer Portal (OAuth client secret). Secret: never logged. */
  clientSecret?: string | Secret;
  /** API host (default `https://apis.usps.com`; the test environment is `https://apis-tem.usps.com`). */
  baseUrl?: string;
  /** Scopes asked for with the token, space-separated (default `tracking`). */
  scope?: string;
}

const DEFAULT_BASE_URL = 'https://apis.usps.com';
const DEFAULT_SCOPE = 'tracking';

/**
 * The USPS adapter (Tracking API v3, OAuth 2.0 client credentials, one number per request).
 *
 * @example
 * import { createTracker } from 'parceline';
 * import { usps } from 'parceline/carriers/usps';
 * const tracker = createTracker({ carriers: [usps({ clientId: process.env.USPS_CLIENT_ID, clientSecret: process.env.USPS_CLIENT_SECRET })] });
 * const result = await tracker.track('9400111699001234567819');
 */
export const usps = defineCarrier((options: UspsOptions) => {
  const settings: UspsRequestSettings = { baseUrl: readBaseUrl('usps', options.baseUrl, DEFAULT_BASE_URL) };
  const auth = readAuth(options, settings.baseUrl);
  return {
    id: 'usps',
    displayName: 'USPS',
    capabilities: {
      maxTrackingNumbersPerRequest: 1,
      languages: ['en'],
      namesHandoffPartners: false,
      // USPS meters each app per hour across all its APIs, token calls included (about 60 an hour by default,
      // user-reported); that quota cannot be spread evenly here without stalling, so only concurrency is
      // capped and 429 + Retry-After is left to the HTTP layer. See docs/carriers/usps.md.
      rateLimit: { maxConcurrent: 2 },
    },
    auth,
    sampleTrackingNumbers: ['9400111699001234567819', 'LX482063155CN', 'EC307182544US'],
    matchTrackingNumber: matchUspsTrackingNumber,
    fetchTracking: (request) => fetchUspsTracking(request, settings, auth !== undefined),
    parseTracking: (raw, context) => parseUspsTracking(raw, context),
  };
});


/**
 * OAuth 2.0 client credentials at `{baseUrl}/oauth2/v3/token`, with `client_id` and `client_secret` in a JSON
 * body as USPS's own examples send it (reference §1.1; form encoding is accepted by USPS too).
 */
function readAuth(options: UspsOptions, baseUrl: string): CarrierAuth | undefined {
  const clientId = toSecret(options.clientId);
  const clientSecret = toSecret(options.clientSecret);
  if (!clientId && !clientSecret) return undefined;
  if (!clientId || !clientSecret) {
    throw new ConfigurationError(`usps needs both clientId and clientSecret; only ${clientId ? 'clientId' : 'clientSecret'} was given`, { carrierId: 'usps' });
  }
  return {
    type: 'oauth2_client_credentials',
    tokenUrl: `${baseUrl}/oauth2/v3/token`,
    clientId,
    clientSecret,
    clientAuthentication: 'body',
    bodyFormat: 'json',
    scope: options.scope?.trim() || DEFAULT_SCOPE,
  };
}
