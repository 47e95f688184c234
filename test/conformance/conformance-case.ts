import type { CarrierAdapter } from '../../src/adapter-kit/index.js';

/**
 * How the shared conformance suite drives one carrier: its factory, test credentials (distinctive
 * strings the suite then hunts for in every error), and the option that points it at another base URL.
 */
export interface ConformanceCase {
  /** The factory exported by `carriers/<id>/index.ts`. */
  factory: (options?: never) => CarrierAdapter;
  /** Options with test credentials, e.g. `{ clientId: 'TEST-UPS-ID-…', clientSecret: 'TEST-UPS-SECRET-…' }`. */
  credentials: Record<string, string>;
  /** Builds the options that point the adapter at `baseUrl` (the suite's local server) with the test credentials. */
  withBaseUrl(baseUrl: string): Record<string, unknown>;
}

/** The expectations a fixture's `.meta.json` declares for the conformance suite. */
export interface FixtureMeta {
  carrier: string;
  operation: string;
  scenario: string;
  shape: string;
  source: string;
  notes?: string;
  /** The numbers asked for, for bodies that do not echo them (a not-found 404). */
  trackingNumbers?: string[];
  /** HTTP status the carrier sent with this body (default 200). */
  httpStatus?: number;
  /** Content type the carrier sent (default `application/json`). */
  contentType?: string;
  /** What normalizing it must give. Absent for error bodies (httpStatus >= 400, other than a not-found 404). */
  expect?: {
    outcome?: 'found' | 'not_found';
    status?: string;
    events?: number;
    /** A warning with this code must be present (e.g. UNKNOWN_CARRIER_CODE). */
    warning?: string;
    /** Error code a tracker must raise when the carrier answers with this body. */
    errorCode?: string;
  };
}
