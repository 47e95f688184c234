export { createCarrierHttpSession, type CarrierHttpSession } from './create-http-client.js';
export { createDefaultDispatcher, type HttpTimeouts } from './transport.js';
export { RateLimiter, type RateLimitOptions } from './rate-limiter.js';
export { createMemoryTokenStore, type TokenStore, type CachedToken } from './token-store.js';
export { DEFAULT_RETRY, type HttpOptions, type RetryOptions, type Logger } from './http-options.js';
export { redactSecrets } from './redact.js';
