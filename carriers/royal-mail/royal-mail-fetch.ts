import { ConfigurationError, type CarrierHttpRequest, type FetchTrackingRequest } from '../../src/adapter-kit/index.js';

/** What building a Royal Mail tracking request needs besides the number. */
export interface RoyalMailRequestSettings {
  /** API host without a trailing slash (`https://api.royalmail.net`). */
  baseUrl: string;
  /** API path before the mail piece id (`/mailpieces/v2`). */
  apiPath: string;
}

/**
 * The request for one number: `GET {baseUrl}/mailpieces/v2/{mailPieceId}/events` with
 * `X-Accept-RMG-Terms: yes` (every call fails with `E0004` without it) and JSON accepted; the client id and
 * secret headers come from the adapter's credentials. 404 is accepted as a body: `E1142` means "not found",
 * an outcome.
 *
 * @example
 * buildRoyalMailEventsRequest('TT602948173GB', { baseUrl: 'https://api.royalmail.net', apiPath: '/mailpieces/v2' });
 * // { method: 'GET', url: 'https://api.royalmail.net/mailpieces/v2/TT602948173GB/events',
 * //   headers: { accept: 'application/json', 'x-accept-rmg-terms': 'yes' }, auth: true, acceptStatuses: [404] }
 */
export function buildRoyalMailEventsRequest(mailPieceId: string, settings: RoyalMailRequestSettings): CarrierHttpRequest {
  return {
    method: 'GET',
    url: `${settings.baseUrl}${settings.apiPath}/${encodeURIComponent(mailPieceId)}/events`,
    headers: { accept: 'application/json', 'x-accept-rmg-terms': 'yes' },
    auth: true,
    acceptStatuses: [404],
  };
}

/**
 * Fetches one number from Royal Mail and returns the JSON body untouched (the parser reads it). Needs
 * credentials: without them it throws a `ConfigurationError` naming the carrier and the numbers.
 *
 * @example
 * const body = await fetchRoyalMailTracking(request, settings, true);
 */
export async function fetchRoyalMailTracking(request: FetchTrackingRequest, settings: RoyalMailRequestSettings, hasCredentials: boolean): Promise<string> {
  const { trackingNumbers, http } = request;
  if (!hasCredentials) {
    throw new ConfigurationError(`royal-mail needs clientId and clientSecret to fetch tracking for ${trackingNumbers.join(', ')}; the adapter was created without them`, {
      carrierId: 'royal-mail',
      trackingNumbers,
    });
  }
  const [trackingNumber, ...rest] = trackingNumbers;
  if (trackingNumber === undefined || rest.length > 0) {
    throw new ConfigurationError(`royal-mail tracks exactly one number per events request, got ${trackingNumbers.length}`, { carrierId: 'royal-mail', trackingNumbers });
  }
  const response = await http.request(buildRoyalMailEventsRequest(trackingNumber, settings));
  return response.body;
}
