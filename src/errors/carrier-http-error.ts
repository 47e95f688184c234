import { ParcelineError, type ParcelineErrorOptions } from './parceline-error.js';

/**
 * The carrier answered with an HTTP status the SDK cannot use. `isRetryable` is true for 408 and 5xx.
 * `carrierCode` and `carrierMessage` come from the carrier's error body when it has the documented shape.
 */
export class CarrierHttpError extends ParcelineError {
  readonly statusCode: number;
  readonly carrierCode: string | undefined;
  readonly carrierMessage: string | undefined;

  constructor(
    message: string,
    options: ParcelineErrorOptions & { statusCode: number; carrierCode?: string; carrierMessage?: string },
  ) {
    super('CARRIER_HTTP_ERROR', message, options);
    this.statusCode = options.statusCode;
    this.carrierCode = options.carrierCode;
    this.carrierMessage = options.carrierMessage;
  }

  protected override details(): Record<string, unknown> {
    return { statusCode: this.statusCode, carrierCode: this.carrierCode, carrierMessage: this.carrierMessage };
  }
}
