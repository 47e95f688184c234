import type { Location } from '../schema/location.js';
import type { SubStatus, TrackingStatus } from '../schema/status.js';
import type { CarrierStatus, Handoff, TimeBasis } from '../schema/tracking-event.js';
import type { AmountDue, EstimatedDelivery, TrackingWarning } from '../schema/tracking-result.js';
import type { Secret } from './secret.js';

/** The version of the carrier contract this package speaks. A change here is a breaking change. */
export const CARRIER_SPEC_VERSION = 'v1';

/** What a carrier's API can do; the engine batches and paces requests from it. */
export interface CarrierCapabilities {
  /** The most numbers one request may carry (1 for one-number APIs). */
  maxTrackingNumbersPerRequest: number;
  /** BCP 47 languages the API can answer in (`en`, `fr-CA`, `zh-CN`). */
  languages: readonly string[];
  /** Whether the carrier names partner carriers and their numbers when it hands a parcel over. */
  namesHandoffPartners: boolean;
  /** Default pacing for this API. A tracker option can tighten or loosen it. */
  rateLimit?: {
    /** Requests per second across the process (default: unlimited). */
    requestsPerSecond?: number;
    /** Requests in flight at once (default 8). */
    maxConcurrent?: number;
  };
}

/** How the HTTP layer authenticates requests marked `auth: true`. Credentials are {@link Secret}s. */
export type CarrierAuth =
  | {
      type: 'oauth2_client_credentials';
      /** Absolute URL of the token endpoint. */
      tokenUrl: string;
      clientId: Secret;
      clientSecret: Secret;
      /** `basic`: credentials in an `Authorization: Basic` header; `body`: `client_id` / `client_secret` in the body. */
      clientAuthentication: 'basic' | 'body';
      /** Token request body encoding (default `form`). */
      bodyFormat?: 'form' | 'json';
      scope?: string;
      /** Extra non-secret headers for the token request (`x-merchant-id`). */
      headers?: Record<string, string>;
    }
  | { type: 'headers'; headers: Record<string, Secret> }
  | { type: 'basic'; username: Secret; password: Secret }
  | {
      /**
       * The adapter authenticates each request itself (a signature, credentials inside the body). The HTTP
       * layer adds nothing; it only learns the secrets so that it can redact them from every error.
       */
      type: 'signed';
      secrets: readonly Secret[];
    };

/** One request through the shared HTTP layer (retries, timeouts, rate limits, size cap, redaction). */
export interface CarrierHttpRequest {
  method: 'GET' | 'POST';
  /** Absolute URL, without the query. */
  url: string;
  query?: Record<string, string | undefined>;
  headers?: Record<string, string>;
  body?: string;
  /** Apply the adapter's {@link CarrierAuth} (and refresh an OAuth token once on 401). */
  auth?: boolean;
  /** Statuses handed back as a body instead of raised as errors (for example 404 "not found"). */
  acceptStatuses?: readonly number[];
}

/** What the HTTP layer hands back: the status and the body, untouched. */
export interface CarrierHttpResponse {
  statusCode: number;
  headers: Record<string, string>;
  body: string;
}

/** The HTTP client a carrier's `fetchTracking` is given. The only way an adapter does I/O. */
export interface CarrierHttpClient {
  request(request: CarrierHttpRequest): Promise<CarrierHttpResponse>;
}

/** Input of `fetchTracking`. */
export interface FetchTrackingRequest {
  /** Normalized numbers, at most `capabilities.maxTrackingNumbersPerRequest` of them. */
  trackingNumbers: readonly string[];
  /** The locale the caller asked for (BCP 47, as given; default `en`); an adapter may ask the carrier for text in that language. */
  locale: string;
  http: CarrierHttpClient;
  signal?: AbortSignal | undefined;
}

/** Input of `parseTracking` besides the body. */
export interface ParseTrackingContext {
  /** The numbers that were asked for, when known (bodies that do not echo the number need them). */
  trackingNumbers?: readonly string[] | undefined;
  /** The locale the carrier was asked to answer in (BCP 47), when known: the language of its texts. */
  locale?: string | undefined;
}

/** How a number matched a carrier's formats. */
export interface TrackingNumberMatch {
  /** Format id, such as `ups-1z` or `upu-s10`. */
  format: string;
  /** The number as the carrier wants it (upper case, no spaces). */
  normalized: string;
  checkDigit: 'valid' | 'invalid' | 'none';
}

/** An instant with its provenance, as `toInstant` from the adapter kit gives it. */
export interface ResolvedTime {
  occurredAt: string;
  localTime: string;
  timeZone: string | null;
  timeBasis: TimeBasis;
}

/**
 * One raw event, translated. The engine adds the id, our localized description, the carrier and number,
 * and sorts events by instant.
 */
export interface ParsedEvent {
  /**
   * Our status. `null` means the event is informational and keeps the status in force before it (for
   * example "delivery photo available"); the engine fills it in. Pair `null` with `generic_update`.
   */
  status: TrackingStatus | null;
  subStatus: SubStatus;
  time: ResolvedTime;
  location: Location | null;
  carrierStatus: CarrierStatus;
  handoff?: Handoff | undefined;
}

/** One tracking number as read from a body. */
export interface ParsedTracking {
  trackingNumber: string;
  outcome: 'found' | 'not_found';
  /** In any order: the engine sorts them (stable, so give same-instant events oldest first). */
  events: ParsedEvent[];
  estimatedDelivery?: EstimatedDelivery | null | undefined;
  deliveredAt?: string | null | undefined;
  signedBy?: string | null | undefined;
  origin?: Location | null | undefined;
  destination?: Location | null | undefined;
  service?: { code?: string; name?: string } | null | undefined;
  amountDue?: AmountDue | null | undefined;
  handoffs?: Handoff[] | undefined;
  warnings?: TrackingWarning[] | undefined;
}

/**
 * What `defineCarrier`'s factory returns: a carrier's manifest plus its two functions.
 * `fetchTracking` is the only function that does I/O; `parseTracking` is pure and synchronous.
 */
export interface CarrierDefinition {
  /** kebab-case id; the same string names the folder, subpath, fixtures and docs page. */
  id: string;
  displayName: string;
  capabilities: CarrierCapabilities;
  /** Present when credentials were given; parse-only adapters have none. */
  auth?: CarrierAuth | undefined;
  /** Numbers the conformance suite checks `matchTrackingNumber` against. */
  sampleTrackingNumbers: readonly string[];
  matchTrackingNumber(trackingNumber: string): TrackingNumberMatch | null;
  fetchTracking(request: FetchTrackingRequest): Promise<unknown>;
  parseTracking(raw: unknown, context?: ParseTrackingContext): ParsedTracking[];
}

/** A carrier adapter, as `defineCarrier` returns it. */
export interface CarrierAdapter extends CarrierDefinition {
  readonly specVersion: typeof CARRIER_SPEC_VERSION;
}

/** The function a carrier module exports (`ups`, `canadaPost`): options in, adapter out. */
export type CarrierFactory<Options> = (options?: Options) => CarrierAdapter;
