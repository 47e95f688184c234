import { CarrierHttpError, ConfigurationError, type CarrierHttpRequest, type FetchTrackingRequest } from '../../src/adapter-kit/index.js';
import { readUspsError } from './usps-errors.js';

/** What building a USPS tracking request needs besides the number. */
export interface UspsRequestSettings {
  /** API host without a trailing slash (`https://apis.usps.com`). */
  baseUrl: string;
}

/** Statuses USPS uses for "no tracking for this number (yet)": 400 with a 1500xx code in v3, 404 (reference §4). */
const NOT_FOUND_STATUSES: readonly number[] = [400, 404];

/**
 * The request for one number: `GET {baseUrl}/tracking/v3/tracking/{trackingNumber}?expand=DETAIL` (DETAIL gives
 * one object per event; SUMMARY only a line of text), asking for JSON. 400 and 404 are accepted as bodies: with
 * a "not found" code they are an outcome.
 *
 * @example
 * buildUspsTrackRequest('9400111699001234567819', { baseUrl: 'https://apis.usps.com' });
 * // { method: 'GET', url: 'https://apis.usps.com/tracking/v3/tracking/9400111699001234567819', query: { expand: 'DETAIL' }, ... }
 */
export function buildUspsTrackRequest(trackingNumber: string, settings: UspsRequestSettings): CarrierHttpRequest {
  return {
    method: 'GET',
    url: `${settings.baseUrl}/tracking/v3/tracking/${encodeURIComponent(trackingNumber)}`,
    query: { expand: 'DETAIL' },
    headers: { accept: 'application/json' },
    auth: true,
    acceptStatuses: NOT_FOUND_STATUSES,
  };
}

/**
 * Fetches one number from USPS and returns the body untouched (the parser reads it). Needs credentials:
 * without them it throws a `ConfigurationError` naming the carrier and the numbers. A 400 or 404 whose body is
 * not USPS's "not found" answer (a bad parameter, a wrong base URL) raises a `CarrierHttpError`.
 *
 * @example
 * const body = await fetchUspsTracking(request, { baseUrl: 'https://apis.usps.com' }, true);
 */
export async function fetchUspsTracking(request: FetchTrackingRequest, settings: UspsRequestSettings, hasCredentials: boolean): Promise<string> {
  const { trackingNumbers, http } = request;
  if (!hasCredentials) {
    throw new ConfigurationError(`usps needs clientId and clientSecret to fetch tracking for ${trackingNumbers.join(', ')}; the adapter was created without them`, {
      carrierId: 'usps',
      trackingNumbers,
    });
  }
  const [trackingNumber, ...rest] = trackingNumbers;
  if (trackingNumber === undefined || rest.length > 0) {
    throw new ConfigurationError(`usps tracks exactly one number per request, got ${trackingNumbers.length}`, { carrierId: 'usps', trackingNumbers });
  }
  const response = await http.request(buildUspsTrackRequest(trackingNumber, settings));
  if (NOT_FOUND_STATUSES.includes(response.statusCode)) {
    const summary = readUspsError(parseJson(response.body));
    if (!summary?.notFound) {
      const said = summary?.code || summary?.message ? ` (${[summary.code, summary.message].filter(Boolean).join(': ')})` : '';
      throw new CarrierHttpError(`usps answered HTTP ${response.statusCode} to the tracking request for ${trackingNumber}${said}`, {
        carrierId: 'usps',
        trackingNumbers,
        statusCode: response.statusCode,
        isRetryable: false,
        ...(summary?.code ? { carrierCode: summary.code } : {}),
        ...(summary?.message ? { carrierMessage: summary.message } : {}),
      });
    }
  }
  return response.body;
}

function parseJson(body: string): unknown {
  try {
    return JSON.parse(body);
  } catch {
    return undefined;
  }
}
