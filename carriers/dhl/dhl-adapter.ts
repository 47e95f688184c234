import { ConfigurationError, defineCarrier, toSecret, type CarrierAuth, type Secret, readBaseUrl } from '../../src/adapter-kit/index.js';
import { DHL_SERVICES, fetchDhlTracking, type DhlRequestSettings, type DhlService } from './dhl-fetch.js';
import { parseDhlTracking } from './dhl-parse.js';
import { matchDhlTrackingNumber } from './dhl-tracking-number.js';

/** Options of the {@link dhl} adapter. Every field is optional: without an API key it still parses. */
export interface DhlOptions {
  /**
   * The "Consumer Key" of your app on developer.dhl.com with the Shipment Tracking – Unified API enabled,
   * sent as the `DHL-API-Key` header (the app's secret is not used). Secret: never logged.
   */
  apiKey?: string | Secret;
  /** API host (default `https://api-eu.dhl.com`). DHL's test host is not open to external developers. */
  baseUrl?: string;
  /**
   * The business unit to ask (`express`, `parcel-de`, `ecommerce`, ...), sent as `service` on every request.
   * Set it when all your numbers come from one division: without it DHL guesses from the number's shape and
   * may answer with another division's shipment id. Default: not sent.
   */
  service?: DhlService;
}

const DEFAULT_BASE_URL = 'https://api-eu.dhl.com';

/**
 * The DHL adapter (Shipment Tracking – Unified API: Express, Parcel Germany, eCommerce, Freight and the other
 * divisions under one shape; API key header; one number per request). Requests are paced at DHL's initial
 * service level, one a second, one at a time (`createTracker({ carrierLimits: { dhl: ... } })` loosens it
 * after an upgrade).
 *
 * @example
 * import { createTracker } from 'parceline';
 * import { dhl } from 'parceline/carriers/dhl';
 * const tracker = createTracker({ carriers: [dhl({ apiKey: process.env.DHL_API_KEY, service: 'parcel-de' })] });
 * const result = await tracker.track('00340434182736450917', { carrier: 'dhl' });
 */
export const dhl = defineCarrier((options: DhlOptions) => {
  const settings: DhlRequestSettings = { baseUrl: readBaseUrl('dhl', options.baseUrl, DEFAULT_BASE_URL), service: readService(options.service) };
  const auth = readAuth(options);
  return {
    id: 'dhl',
    displayName: 'DHL',
    capabilities: {
      maxTrackingNumbersPerRequest: 1,
      // Languages with observed texts (English everywhere, German for Parcel Germany); others are asked as a preference.
      languages: ['en', 'de'],
      namesHandoffPartners: true,
      // Initial service level: 250 calls a day, at most 1 a second (reference §1). The daily quota is not
      // expressible here; DHL answers 429 when it is spent.
      rateLimit: { requestsPerSecond: 1, maxConcurrent: 1 },
    },
    auth,
    sampleTrackingNumbers: ['3847105920', 'GM295117140000372816', 'JVGL0583920174'],
    matchTrackingNumber: matchDhlTrackingNumber,
    fetchTracking: (request) => fetchDhlTracking(request, settings, auth !== undefined),
    parseTracking: (raw, context) => parseDhlTracking(raw, context),
  };
});


function readService(service: string | undefined): DhlService | undefined {
  if (service === undefined) return undefined;
  const value = service.trim().toLowerCase();
  if (value === '') return undefined;
  if (!(DHL_SERVICES as readonly string[]).includes(value)) {
    throw new ConfigurationError(`dhl service "${service}" is not one of ${DHL_SERVICES.join(', ')}`, { carrierId: 'dhl' });
  }
  return value as DhlService;
}

function readAuth(options: DhlOptions): CarrierAuth | undefined {
  const apiKey = toSecret(options.apiKey);
  return apiKey ? { type: 'headers', headers: { 'DHL-API-Key': apiKey } } : undefined;
}
