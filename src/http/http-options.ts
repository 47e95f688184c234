import type { Dispatcher } from 'undici';
import type { HttpTimeouts } from './transport.js';
import type { TokenStore } from './token-store.js';

/** Retry policy for retryable failures (network errors, timeouts, 408, 429, 5xx). */
export interface RetryOptions {
  /** Retries after the first attempt (default 3). */
  retries?: number;
  /** First backoff delay in ms (default 300); doubles each retry, with jitter. */
  minTimeout?: number;
  /** Largest backoff delay in ms (default 10 000). */
  maxTimeout?: number;
  /** Total time budget for all attempts of one request in ms (default 30 000). */
  maxRetryTime?: number;
  /** The longest `Retry-After` honoured, in ms (default 60 000); a longer one ends retrying with `RateLimitedError`. */
  maxRetryAfter?: number;
}

/** A logger the host may inject. parceline never writes to the console. Fields carry no secret. */
export interface Logger {
  debug?(message: string, fields?: Record<string, unknown>): void;
  warn?(message: string, fields?: Record<string, unknown>): void;
}

/** Options of the HTTP layer, given through `createTracker`. */
export interface HttpOptions {
  /** An undici dispatcher (Agent, Pool, ProxyAgent, MockAgent). Default: a keep-alive Agent owned by the tracker. */
  dispatcher?: Dispatcher;
  timeouts?: HttpTimeouts;
  /** Cap on a response body in bytes (default 5 MiB). */
  maxResponseBytes?: number;
  retry?: RetryOptions;
  /** Where OAuth tokens are cached (default: in memory, per tracker). */
  tokenStore?: TokenStore;
  logger?: Logger;
  /** Clock in epoch ms (tests). Default `Date.now`. */
  now?: () => number;
  /** Sent as `user-agent` (default `parceline`). */
  userAgent?: string;
}

export const DEFAULT_RETRY: Required<RetryOptions> = {
  retries: 3,
  minTimeout: 300,
  maxTimeout: 10_000,
  maxRetryTime: 30_000,
  maxRetryAfter: 60_000,
};

export const DEFAULT_MAX_RESPONSE_BYTES = 5 * 1024 * 1024;
