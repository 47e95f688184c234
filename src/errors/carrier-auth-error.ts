import { ParcelineError, type ParcelineErrorOptions } from './parceline-error.js';

/** The carrier refused the credentials, or no token could be obtained. Never retryable as is. */
export class CarrierAuthError extends ParcelineError {
  readonly statusCode: number | undefined;

  constructor(message: string, options: ParcelineErrorOptions & { statusCode?: number }) {
    super('CARRIER_AUTH_FAILED', message, { ...options, isRetryable: false });
    this.statusCode = options.statusCode;
  }

  protected override details(): Record<string, unknown> {
    return { statusCode: this.statusCode };
  }
}
