import { ParcelineError, type ParcelineErrorOptions } from './parceline-error.js';

/** The caller's `AbortSignal` fired before the work for these numbers finished. */
export class AbortedError extends ParcelineError {
  constructor(message: string, options: ParcelineErrorOptions = {}) {
    super('ABORTED', message, { ...options, isRetryable: false });
  }
}
