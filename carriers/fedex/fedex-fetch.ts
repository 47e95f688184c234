import { ConfigurationError, type CarrierHttpRequest, type FetchTrackingRequest } from '../../src/adapter-kit/index.js';
import { toFedexLocale } from './fedex-locale.js';

/** The most numbers one FedEx tracking request may carry (`trackingInfo`: "Maximum limit is 30"). */
export const FEDEX_MAX_NUMBERS_PER_REQUEST = 30;

/** What building a FedEx tracking request needs besides the numbers. */
export interface FedexRequestSettings {
  /** API host without a trailing slash (`https://apis.fedex.com`). */
  baseUrl: string;
}

/**
 * The request for up to 30 numbers: `POST {baseUrl}/track/v1/trackingnumbers` with a JSON body asking for
 * detailed scans (`includeDetailedScans: true`; with `false` FedEx trims the scan list) and the locale FedEx
 * should write its texts in (`X-locale`). Unknown numbers come back inside the 200 answer, so no status is
 * accepted besides 2xx.
 *
 * @example
 * buildFedexTrackRequest(['271936045812'], 'en', { baseUrl: 'https://apis.fedex.com' });
 * // { method: 'POST', url: 'https://apis.fedex.com/track/v1/trackingnumbers',
 * //   headers: { 'content-type': 'application/json', 'x-locale': 'en_US' },
 * //   body: '{"includeDetailedScans":true,"trackingInfo":[{"trackingNumberInfo":{"trackingNumber":"271936045812"}}]}', auth: true }
 */
export function buildFedexTrackRequest(trackingNumbers: readonly string[], locale: string, settings: FedexRequestSettings): CarrierHttpRequest {
  return {
    method: 'POST',
    url: `${settings.baseUrl}/track/v1/trackingnumbers`,
    headers: { 'content-type': 'application/json', 'x-locale': toFedexLocale(locale) },
    body: JSON.stringify({
      includeDetailedScans: true,
      trackingInfo: trackingNumbers.map((trackingNumber) => ({ trackingNumberInfo: { trackingNumber } })),
    }),
    auth: true,
  };
}

/**
 * Fetches up to 30 numbers from FedEx in one request and returns the body untouched (the parser reads it).
 * Repeated numbers are asked once. Needs credentials: without them it throws a `ConfigurationError` naming the
 * carrier and the numbers.
 *
 * @example
 * const body = await fetchFedexTracking(request, { baseUrl: 'https://apis.fedex.com' }, true);
 */
export async function fetchFedexTracking(request: FetchTrackingRequest, settings: FedexRequestSettings, hasCredentials: boolean): Promise<string> {
  const { locale, http } = request;
  const trackingNumbers = [...new Set(request.trackingNumbers)];
  if (!hasCredentials) {
    throw new ConfigurationError(`fedex needs clientId and clientSecret to fetch tracking for ${trackingNumbers.join(', ')}; the adapter was created without them`, {
      carrierId: 'fedex',
      trackingNumbers,
    });
  }
  if (trackingNumbers.length === 0 || trackingNumbers.length > FEDEX_MAX_NUMBERS_PER_REQUEST) {
    throw new ConfigurationError(`fedex tracks 1 to ${FEDEX_MAX_NUMBERS_PER_REQUEST} numbers per request, got ${trackingNumbers.length}`, {
      carrierId: 'fedex',
      trackingNumbers,
    });
  }
  const response = await http.request(buildFedexTrackRequest(trackingNumbers, locale, settings));
  return response.body;
}
