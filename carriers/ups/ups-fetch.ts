import { ConfigurationError, type CarrierHttpRequest, type FetchTrackingRequest } from '../../src/adapter-kit/index.js';
import { toUpsLocale } from './ups-locale.js';

/** What building a UPS tracking request needs besides the number. */
export interface UpsRequestSettings {
  /** API host without a trailing slash (`https://onlinetools.ups.com`). */
  baseUrl: string;
  /** Sent as `transactionSrc`: the name of the calling application. */
  transactionSource: string;
}

/**
 * The request for one number: `GET {baseUrl}/api/track/v1/details/{inquiryNumber}` with the locale UPS
 * should answer in, no signature, milestones or proof of delivery, the given `transId` and the
 * `transactionSrc` header. 404 is accepted as a body: it means "not found", an outcome.
 *
 * @example
 * buildUpsTrackRequest('1Z4V8E210344192703', 'fr-CA', { baseUrl: 'https://onlinetools.ups.com', transactionSource: 'parceline' }, 'a1b2');
 * // { method: 'GET', url: 'https://onlinetools.ups.com/api/track/v1/details/1Z4V8E210344192703', query: { locale: 'fr_CA', ... }, ... }
 */
export function buildUpsTrackRequest(trackingNumber: string, locale: string, settings: UpsRequestSettings, transactionId: string): CarrierHttpRequest {
  return {
    method: 'GET',
    url: `${settings.baseUrl}/api/track/v1/details/${encodeURIComponent(trackingNumber)}`,
    query: {
      locale: toUpsLocale(locale),
      returnSignature: 'false',
      returnMilestones: 'false',
      returnPOD: 'false',
    },
    headers: { transId: transactionId, transactionSrc: settings.transactionSource },
    auth: true,
    acceptStatuses: [404],
  };
}

/**
 * Fetches one number from UPS and returns the body untouched (the parser reads it). Needs credentials:
 * without them it throws a `ConfigurationError` naming the carrier and the numbers.
 *
 * @example
 * const body = await fetchUpsTracking(request, settings, true);
 */
export async function fetchUpsTracking(request: FetchTrackingRequest, settings: UpsRequestSettings, hasCredentials: boolean): Promise<string> {
  const { trackingNumbers, locale, http } = request;
  if (!hasCredentials) {
    throw new ConfigurationError(`ups needs clientId and clientSecret to fetch tracking for ${trackingNumbers.join(', ')}; the adapter was created without them`, {
      carrierId: 'ups',
      trackingNumbers,
    });
  }
  const [trackingNumber, ...rest] = trackingNumbers;
  if (trackingNumber === undefined || rest.length > 0) {
    throw new ConfigurationError(`ups tracks exactly one number per request, got ${trackingNumbers.length}`, { carrierId: 'ups', trackingNumbers });
  }
  // transId must be unique per request (reference §1); a UUID as karrio sends.
  const response = await http.request(buildUpsTrackRequest(trackingNumber, locale, settings, crypto.randomUUID()));
  return response.body;
}
