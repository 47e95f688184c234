import { ConfigurationError, type CarrierHttpRequest, type FetchTrackingRequest } from '../../src/adapter-kit/index.js';

/**
 * `service` values: the business unit that should resolve a number (reference/carriers/dhl.md §2, spec 1.5.6
 * and 1.5.8). Sending one avoids an answer from another division under another shipment id.
 */
export const DHL_SERVICES = [
  'dgf',
  'dsc',
  'ecommerce',
  'ecommerce-apac',
  'ecommerce-europe',
  'ecommerce-iberia',
  'ecommerce-ppl',
  'express',
  'freight',
  'parcel-de',
  'parcel-nl',
  'parcel-pl',
  'parcel-uk',
  'post-de',
  'post-international',
  'sameday',
  'svb',
] as const;

/** A DHL business unit, as the `service` query parameter names it. */
export type DhlService = (typeof DHL_SERVICES)[number];

/** What building a DHL tracking request needs besides the number and the locale. */
export interface DhlRequestSettings {
  /** API host without a trailing slash (`https://api-eu.dhl.com`). */
  baseUrl: string;
  /** The business unit to ask, when the caller knows it. */
  service?: DhlService | undefined;
}

/** The language DHL answers in when nothing else is asked for. */
const DEFAULT_DHL_LANGUAGE = 'en';

/**
 * The `language` query value for a locale: its ISO 639-1 language (`de-AT` → `de`, `zh-CN` → `zh`). DHL treats
 * it as a preference and answers in English where a division has no translation (reference §1); anything
 * that is not a two-letter language gives `en`.
 *
 * @example
 * toDhlLanguage('de-DE'); // 'de'
 * toDhlLanguage('fil');   // 'en'
 */
export function toDhlLanguage(locale: string | undefined): string {
  const language = locale?.trim().split(/[-_]/)[0]?.toLowerCase();
  return language && /^[a-z]{2}$/.test(language) ? language : DEFAULT_DHL_LANGUAGE;
}

/**
 * The request for one number: `GET {baseUrl}/track/shipments?trackingNumber=…[&service=…]&language=…`, the
 * API key applied by the HTTP layer (`DHL-API-Key` header). 404 is accepted as a body: it is DHL's "no
 * shipment for this number" problem, an outcome.
 *
 * @example
 * buildDhlTrackRequest('00340434182736450917', 'de-DE', { baseUrl: 'https://api-eu.dhl.com', service: 'parcel-de' });
 * // { method: 'GET', url: 'https://api-eu.dhl.com/track/shipments', query: { trackingNumber: '00340434182736450917', service: 'parcel-de', language: 'de' }, auth: true, acceptStatuses: [404] }
 */
export function buildDhlTrackRequest(trackingNumber: string, locale: string | undefined, settings: DhlRequestSettings): CarrierHttpRequest {
  return {
    method: 'GET',
    url: `${settings.baseUrl}/track/shipments`,
    query: {
      trackingNumber,
      service: settings.service,
      language: toDhlLanguage(locale),
    },
    auth: true,
    acceptStatuses: [404],
  };
}

/**
 * Fetches one number from DHL and returns the body untouched (the parser reads it). Needs the API key:
 * without it it throws a `ConfigurationError` naming the carrier and the numbers.
 *
 * @example
 * const body = await fetchDhlTracking(request, { baseUrl: 'https://api-eu.dhl.com' }, true);
 */
export async function fetchDhlTracking(request: FetchTrackingRequest, settings: DhlRequestSettings, hasCredentials: boolean): Promise<string> {
  const { trackingNumbers, locale, http } = request;
  if (!hasCredentials) {
    throw new ConfigurationError(`dhl needs apiKey to fetch tracking for ${trackingNumbers.join(', ')}; the adapter was created without it`, {
      carrierId: 'dhl',
      trackingNumbers,
    });
  }
  const [trackingNumber, ...rest] = trackingNumbers;
  if (trackingNumber === undefined || rest.length > 0) {
    throw new ConfigurationError(`dhl tracks exactly one number per request, got ${trackingNumbers.length}`, { carrierId: 'dhl', trackingNumbers });
  }
  const response = await http.request(buildDhlTrackRequest(trackingNumber, locale, settings));
  return response.body;
}
