import { ParcelineError, type ParcelineErrorOptions } from './parceline-error.js';

/** The SDK was configured in a way it cannot work with (missing credentials for a fetch, unknown carrier id, no carrier for a number). */
export class ConfigurationError extends ParcelineError {
  constructor(message: string, options: ParcelineErrorOptions = {}) {
    super('CONFIGURATION_ERROR', message, options);
  }
}
