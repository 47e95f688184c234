import { ParcelineError, type ParcelineErrorOptions } from './parceline-error.js';

/**
 * The body does not fit the carrier's documented shape. `issues` is a short summary of what did not fit
 * (paths and expectations), never the body itself.
 */
export class CarrierResponseError extends ParcelineError {
  readonly issues: readonly string[];

  constructor(message: string, options: ParcelineErrorOptions & { issues?: readonly string[] }) {
    super('CARRIER_RESPONSE_INVALID', message, options);
    this.issues = Object.freeze([...(options.issues ?? [])].slice(0, 10));
  }

  protected override details(): Record<string, unknown> {
    return { issues: this.issues };
  }
}
