import { ParcelineError, type ParcelineErrorOptions } from './parceline-error.js';

/** The carrier answered 429 and the retry budget ran out. `retryAfter` is in milliseconds when the carrier said. */
export class RateLimitedError extends ParcelineError {
  readonly retryAfter: number | undefined;

  constructor(message: string, options: ParcelineErrorOptions & { retryAfter?: number | undefined }) {
    super('RATE_LIMITED', message, { ...options, isRetryable: true });
    this.retryAfter = options.retryAfter;
  }

  protected override details(): Record<string, unknown> {
    return { retryAfter: this.retryAfter };
  }
}
