import { ParcelineError, type ParcelineErrorOptions } from './parceline-error.js';

/** The carrier could not be reached or did not answer in time (connection errors and timeouts). Retryable. */
export class CarrierNetworkError extends ParcelineError {
  /** The low-level reason (`ECONNREFUSED`, `UND_ERR_HEADERS_TIMEOUT`, `TIMEOUT`, ...). */
  readonly reason: string;

  constructor(message: string, options: ParcelineErrorOptions & { reason: string }) {
    super('CARRIER_NETWORK_ERROR', message, { isRetryable: true, ...options });
    this.reason = options.reason;
  }

  protected override details(): Record<string, unknown> {
    return { reason: this.reason };
  }
}
