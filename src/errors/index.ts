export { ParcelineError, type ParcelineErrorOptions } from './parceline-error.js';
export { CarrierHttpError } from './carrier-http-error.js';
export { CarrierAuthError } from './carrier-auth-error.js';
export { CarrierNetworkError } from './carrier-network-error.js';
export { RateLimitedError } from './rate-limited-error.js';
export { CarrierResponseError } from './carrier-response-error.js';
export { AdapterContractError } from './adapter-contract-error.js';
export { ConfigurationError } from './configuration-error.js';
export { AbortedError } from './aborted-error.js';
