import { createHash } from 'node:crypto';
import type { CarrierAuth } from '../carrier/carrier-spec.js';
import type { CachedToken, TokenStore } from './token-store.js';

type OAuthConfig = Extract<CarrierAuth, { type: 'oauth2_client_credentials' }>;

/** How a token is fetched: the client sends the token request through the retrying HTTP path. */
export type TokenFetcher = (config: OAuthConfig) => Promise<{ accessToken: string; expiresInSeconds: number }>;

/**
 * Caches an OAuth2 client-credentials token: reused until `refreshMarginMs` before it expires, refreshed
 * single-flight (a thousand concurrent callers cause one token request), stored in a pluggable store.
 */
export class OAuthTokenProvider {
  readonly #config: OAuthConfig;
  readonly #store: TokenStore;
  readonly #fetchToken: TokenFetcher;
  readonly #now: () => number;
  readonly #refreshMarginMs: number;
  readonly #key: string;
  #inFlight: Promise<string> | undefined;

  constructor(options: {
    carrierId: string;
    config: OAuthConfig;
    store: TokenStore;
    fetchToken: TokenFetcher;
    now: () => number;
    refreshMarginMs?: number;
  }) {
    this.#config = options.config;
    this.#store = options.store;
    this.#fetchToken = options.fetchToken;
    this.#now = options.now;
    this.#refreshMarginMs = options.refreshMarginMs ?? 120_000;
    const clientHash = createHash('sha256').update(options.config.clientId.reveal()).digest('hex').slice(0, 16);
    this.#key = `parceline:${options.carrierId}:${clientHash}`;
  }

  /** A valid access token, fetching one when none is cached or it is about to expire. */
  async getToken(): Promise<string> {
    const cached = await this.#store.get(this.#key);
    if (cached && cached.expiresAt - this.#refreshMarginMs > this.#now()) return cached.accessToken;
    return this.#refresh();
  }

  /** Drops the cached token (after a 401) and fetches a new one, unless another caller already did. */
  async invalidate(rejectedToken: string): Promise<string> {
    const cached = await this.#store.get(this.#key);
    if (cached && cached.accessToken !== rejectedToken && cached.expiresAt - this.#refreshMarginMs > this.#now()) {
      return cached.accessToken;
    }
    if (cached?.accessToken === rejectedToken) await this.#store.delete(this.#key);
    return this.#refresh();
  }

  #refresh(): Promise<string> {
    this.#inFlight ??= (async () => {
      try {
        const fetched = await this.#fetchToken(this.#config);
        const token: CachedToken = { accessToken: fetched.accessToken, expiresAt: this.#now() + fetched.expiresInSeconds * 1000 };
        await this.#store.set(this.#key, token);
        return token.accessToken;
      } finally {
        this.#inFlight = undefined;
      }
    })();
    return this.#inFlight;
  }
}
