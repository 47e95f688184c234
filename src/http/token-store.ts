/** An access token and when it stops being valid (epoch milliseconds). */
export interface CachedToken {
  accessToken: string;
  expiresAt: number;
}

/**
 * Where OAuth tokens live between requests. The default keeps them in memory per tracker; a platform
 * team can pass a shared store (Redis, a database) so many processes reuse one token per client id.
 * Keys identify the carrier and client id, never the secret.
 */
export interface TokenStore {
  get(key: string): Promise<CachedToken | undefined> | CachedToken | undefined;
  set(key: string, token: CachedToken): Promise<void> | void;
  delete(key: string): Promise<void> | void;
}

/**
 * The default in-memory {@link TokenStore}.
 *
 * @example
 * const tracker = createTracker({ carriers, tokenStore: createMemoryTokenStore() });
 */
export function createMemoryTokenStore(): TokenStore {
  const tokens = new Map<string, CachedToken>();
  return {
    get: (key) => tokens.get(key),
    set: (key, token) => void tokens.set(key, token),
    delete: (key) => void tokens.delete(key),
  };
}
