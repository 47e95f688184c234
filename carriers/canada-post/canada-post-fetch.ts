import { ConfigurationError, type CarrierHttpRequest, type FetchTrackingRequest } from '../../src/adapter-kit/index.js';
import { toCanadaPostLanguage, type CanadaPostLanguage } from './canada-post-language.js';

/** The media type of Tracking v2; Canada Post refuses `*\/*` and `application/json`. */
export const CANADA_POST_TRACK_MEDIA_TYPE = 'application/vnd.cpc.track-v2+xml';

/** What building a Canada Post tracking request needs besides the number. */
export interface CanadaPostRequestSettings {
  /** API host without a trailing slash (`https://soa-gw.canadapost.ca`). */
  baseUrl: string;
  /** A fixed answer language; when absent, the caller's locale decides (`fr*` -> `fr-CA`, else `en-CA`). */
  language: CanadaPostLanguage | undefined;
}

/**
 * The request for one number: `GET {baseUrl}/vis/track/pin/{pin}/detail` (or `/vis/track/dnc/{dnc}/detail`
 * for a 15-digit delivery notice card), with the exact v2 media type in `Accept` and the answer language in
 * `Accept-language`. Basic authentication comes from the adapter's credentials. 404 is accepted as a body:
 * it carries the `messages` error body, whose code `004` means "not found", an outcome.
 *
 * @example
 * buildCanadaPostTrackRequest('7021648390152743', 'fr', { baseUrl: 'https://soa-gw.canadapost.ca', language: undefined });
 * // { method: 'GET', url: 'https://soa-gw.canadapost.ca/vis/track/pin/7021648390152743/detail',
 * //   headers: { accept: 'application/vnd.cpc.track-v2+xml', 'accept-language': 'fr-CA' }, auth: true, acceptStatuses: [404] }
 */
export function buildCanadaPostTrackRequest(trackingNumber: string, locale: string, settings: CanadaPostRequestSettings): CarrierHttpRequest {
  const kind = /^\d{15}$/.test(trackingNumber) ? 'dnc' : 'pin';
  return {
    method: 'GET',
    url: `${settings.baseUrl}/vis/track/${kind}/${encodeURIComponent(trackingNumber)}/detail`,
    headers: {
      accept: CANADA_POST_TRACK_MEDIA_TYPE,
      'accept-language': settings.language ?? toCanadaPostLanguage(locale),
    },
    auth: true,
    acceptStatuses: [404],
  };
}

/**
 * Fetches one number from Canada Post and returns the XML body untouched (the parser reads it). Needs
 * credentials: without them it throws a `ConfigurationError` naming the carrier and the numbers.
 *
 * @example
 * const xml = await fetchCanadaPostTracking(request, settings, true);
 */
export async function fetchCanadaPostTracking(request: FetchTrackingRequest, settings: CanadaPostRequestSettings, hasCredentials: boolean): Promise<string> {
  const { trackingNumbers, locale, http } = request;
  if (!hasCredentials) {
    throw new ConfigurationError(
      `canada-post needs username and password (the API key) to fetch tracking for ${trackingNumbers.join(', ')}; the adapter was created without them`,
      { carrierId: 'canada-post', trackingNumbers },
    );
  }
  const [trackingNumber, ...rest] = trackingNumbers;
  if (trackingNumber === undefined || rest.length > 0) {
    throw new ConfigurationError(`canada-post tracks exactly one number per request, got ${trackingNumbers.length}`, { carrierId: 'canada-post', trackingNumbers });
  }
  const response = await http.request(buildCanadaPostTrackRequest(trackingNumber, locale, settings));
  return response.body;
}
