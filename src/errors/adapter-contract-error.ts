import { ParcelineError, type ParcelineErrorOptions } from './parceline-error.js';

/** An adapter broke the carrier contract (v1): bad manifest, or parse output that fails the unified schema. A bug in the adapter. */
export class AdapterContractError extends ParcelineError {
  readonly issues: readonly string[];

  constructor(message: string, options: ParcelineErrorOptions & { issues?: readonly string[] } = {}) {
    super('ADAPTER_CONTRACT_VIOLATION', message, options);
    this.issues = Object.freeze([...(options.issues ?? [])].slice(0, 10));
  }

  protected override details(): Record<string, unknown> {
    return { issues: this.issues };
  }
}
