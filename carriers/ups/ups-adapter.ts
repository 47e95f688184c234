import { ConfigurationError, defineCarrier, toSecret, type CarrierAuth, type Secret, readBaseUrl } from '../../src/adapter-kit/index.js';
import { fetchUpsTracking, type UpsRequestSettings } from './ups-fetch.js';
import { UPS_LANGUAGES } from './ups-locale.js';
import { parseUpsTracking } from './ups-parse.js';
import { matchUpsTrackingNumber } from './ups-tracking-number.js';

/** Options of the {@link ups} adapter. Every field is optional: without credentials it still parses. */
export interface UpsOptions {
  /** OAuth client id of your UPS developer app (Client ID). Secret: never logged. */
  clientId?: string | Secret;
  /** OAuth client secret of your UPS developer app (Client Secret). Secret: never logged. */
  clientSecret?: string | Secret;
  /** Your 6-character UPS account number, sent as `x-merchant-id` on the token request. Optional. */
  merchantId?: string;
  /** API host (default `https://onlinetools.ups.com`; the test environment is `https://wwwcie.ups.com`). */
  baseUrl?: string;
  /** Sent as `transactionSrc` on every tracking request (default `parceline`). */
  transactionSource?: string;
}

const DEFAULT_BASE_URL = 'https://onlinetools.ups.com';

/**
 * The UPS adapter (Track API v1, OAuth 2.0 client credentials, one number per request).
 *
 * @example
 * import { createTracker } from 'parceline';
 * import { ups } from 'parceline/carriers/ups';
 * const tracker = createTracker({ carriers: [ups({ clientId: process.env.UPS_CLIENT_ID, clientSecret: process.env.UPS_CLIENT_SECRET })] });
 * const result = await tracker.track('1Z4V8E210344192703');
 */
export const ups = defineCarrier((options: UpsOptions) => {
  const settings: UpsRequestSettings = {
    baseUrl: readBaseUrl('ups', options.baseUrl, DEFAULT_BASE_URL),
    transactionSource: options.transactionSource?.trim() || 'parceline',
  };
  const auth = readAuth(options, settings.baseUrl);
  return {
    id: 'ups',
    displayName: 'UPS',
    capabilities: {
      maxTrackingNumbersPerRequest: 1,
      languages: UPS_LANGUAGES,
      namesHandoffPartners: true,
    },
    auth,
    sampleTrackingNumbers: ['1Z4V8E210344192703', '1Z7A61W26662818409'],
    matchTrackingNumber: matchUpsTrackingNumber,
    fetchTracking: (request) => fetchUpsTracking(request, settings, auth !== undefined),
    parseTracking: (raw, context) => parseUpsTracking(raw, context),
  };
});


function readAuth(options: UpsOptions, baseUrl: string): CarrierAuth | undefined {
  const clientId = toSecret(options.clientId);
  const clientSecret = toSecret(options.clientSecret);
  if (!clientId && !clientSecret) return undefined;
  if (!clientId || !clientSecret) {
    throw new ConfigurationError(`ups needs both clientId and clientSecret; only ${clientId ? 'clientId' : 'clientSecret'} was given`, { carrierId: 'ups' });
  }
  const merchantId = options.merchantId?.trim();
  return {
    type: 'oauth2_client_credentials',
    tokenUrl: `${baseUrl}/security/v1/oauth/token`,
    clientId,
    clientSecret,
    clientAuthentication: 'basic',
    bodyFormat: 'form',
    ...(merchantId ? { headers: { 'x-merchant-id': merchantId } } : {}),
  };
}
