import { ConfigurationError, defineCarrier, toSecret, type CarrierAuth, type Secret, readBaseUrl } from '../../src/adapter-kit/index.js';
import { fetchCanadaPostTracking, type CanadaPostRequestSettings } from './canada-post-fetch.js';
import { CANADA_POST_LANGUAGES, type CanadaPostLanguage } from './canada-post-language.js';
import { parseCanadaPostTracking } from './canada-post-parse.js';
import { matchCanadaPostTrackingNumber } from './canada-post-tracking-number.js';

/** Options of the {@link canadaPost} adapter. Every field is optional: without credentials it still parses. */
export interface CanadaPostOptions {
  /** First half of your Developer Program API key (the part before the colon). Secret: never logged. */
  username?: string | Secret;
  /** Second half of your API key (after the colon). Secret: never logged. */
  password?: string | Secret;
  /**
   * API host (default `https://soa-gw.canadapost.ca`). The development host `https://ct.soa-gw.canadapost.ca`
   * needs the development key and answers with sample data only.
   */
  baseUrl?: string;
  /** Always ask for this language (`en-CA` or `fr-CA`); by default the caller's locale decides. */
  language?: CanadaPostLanguage;
}

const DEFAULT_BASE_URL = 'https://soa-gw.canadapost.ca';

/**
 * The Canada Post adapter (Tracking REST API v2, XML, HTTP Basic with the API key, one number per request,
 * 20 requests a minute by default).
 *
 * @example
 * import { createTracker } from 'parceline';
 * import { canadaPost } from 'parceline/carriers/canada-post';
 * const tracker = createTracker({ carriers: [canadaPost({ username: process.env.CPC_USERNAME, password: process.env.CPC_PASSWORD })] });
 * const result = await tracker.track('7021648390152743', { locale: 'fr' });
 */
export const canadaPost = defineCarrier((options: CanadaPostOptions) => {
  const settings: CanadaPostRequestSettings = { baseUrl: readBaseUrl('canada-post', options.baseUrl, DEFAULT_BASE_URL), language: readLanguage(options.language) };
  const auth = readAuth(options);
  return {
    id: 'canada-post',
    displayName: 'Canada Post',
    capabilities: {
      maxTrackingNumbersPerRequest: 1,
      languages: CANADA_POST_LANGUAGES,
      namesHandoffPartners: false,
      // Throttle group E: 20 Get Tracking Summary + Details calls a minute per API key (reference §1).
      rateLimit: { requestsPerSecond: 20 / 60, maxConcurrent: 2 },
    },
    auth,
    sampleTrackingNumbers: ['7021648390152743', 'CP504817266CA'],
    matchTrackingNumber: matchCanadaPostTrackingNumber,
    fetchTracking: (request) => fetchCanadaPostTracking(request, settings, auth !== undefined),
    parseTracking: (raw, context) => parseCanadaPostTracking(raw, context),
  };
});


function readLanguage(language: string | undefined): CanadaPostLanguage | undefined {
  if (language === undefined) return undefined;
  const found = CANADA_POST_LANGUAGES.find((candidate) => candidate.toLowerCase() === language.trim().toLowerCase());
  if (!found) throw new ConfigurationError(`canada-post language must be en-CA or fr-CA, got ${JSON.stringify(language).slice(0, 20)}`, { carrierId: 'canada-post' });
  return found;
}

function readAuth(options: CanadaPostOptions): CarrierAuth | undefined {
  const username = toSecret(options.username);
  const password = toSecret(options.password);
  if (!username && !password) return undefined;
  if (!username || !password) {
    throw new ConfigurationError(`canada-post needs both username and password (the two halves of the API key); only ${username ? 'username' : 'password'} was given`, {
      carrierId: 'canada-post',
    });
  }
  return { type: 'basic', username, password };
}
