import { ParcelineError, type ParcelineErrorOptions } from './parceline-error.js';

/** The input is not a usable tracking number (empty, too long, characters no carrier uses). Not retryable. */
export class InvalidTrackingNumberError extends ParcelineError {
  /** `empty`, `too_long` or `invalid_characters`. */
  readonly reason: string;

  constructor(message: string, options: ParcelineErrorOptions & { reason: string }) {
    super('INVALID_TRACKING_NUMBER', message, { ...options, isRetryable: false });
    this.reason = options.reason;
  }

  protected override details(): Record<string, unknown> {
    return { reason: this.reason };
  }
}
