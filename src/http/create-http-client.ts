import pRetry from 'p-retry';
import type { Dispatcher } from 'undici';
import type { CarrierAdapter, CarrierAuth, CarrierHttpClient, CarrierHttpRequest, CarrierHttpResponse } from '../carrier/carrier-spec.js';
import { AbortedError } from '../errors/aborted-error.js';
import { CarrierAuthError } from '../errors/carrier-auth-error.js';
import { CarrierHttpError } from '../errors/carrier-http-error.js';
import { CarrierNetworkError } from '../errors/carrier-network-error.js';
import { CarrierResponseError } from '../errors/carrier-response-error.js';
import { ConfigurationError } from '../errors/configuration-error.js';
import { ParcelineError } from '../errors/parceline-error.js';
import { RateLimitedError } from '../errors/rate-limited-error.js';
import { summarizeErrorBody } from './carrier-error-body.js';
import { DEFAULT_MAX_RESPONSE_BYTES, DEFAULT_RETRY, type HttpOptions, type RetryOptions } from './http-options.js';
import { OAuthTokenProvider } from './oauth-token-provider.js';
import { RateLimiter, sleep } from './rate-limiter.js';
import { redactSecrets } from './redact.js';
import { parseRetryAfter } from './retry-after.js';
import { createMemoryTokenStore } from './token-store.js';
import { TransportFailure, sendRequest, type TransportResponse } from './transport.js';

/** A carrier's HTTP client plus what the engine needs around it. */
export interface CarrierHttpSession {
  /** Binds the client to the numbers and signal of one fetch, for error context and cancellation. */
  forFetch(trackingNumbers: readonly string[], signal: AbortSignal | undefined): CarrierHttpClient;
  /** Every secret this client knows (credentials and tokens seen), for redaction elsewhere. */
  secrets(): readonly string[];
}

/**
 * Builds the HTTP client one carrier's `fetchTracking` receives: auth, retries with backoff and jitter
 * (honouring `Retry-After`), one token refresh on 401, pacing, timeouts, a size cap, and typed,
 * redacted errors. The only place that talks to undici.
 */
export function createCarrierHttpSession(
  adapter: CarrierAdapter,
  context: { dispatcher: Dispatcher; options: HttpOptions; limiter: RateLimiter },
): CarrierHttpSession {
  const { dispatcher, options, limiter } = context;
  const retry: Required<RetryOptions> = { ...DEFAULT_RETRY, ...options.retry };
  const now = options.now ?? Date.now;
  const maxResponseBytes = options.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES;
  const userAgent = options.userAgent ?? 'parceline';
  const auth = adapter.auth;
  const knownSecrets = new Set<string>(authSecrets(auth));
  const rememberToken = (token: string) => {
    knownSecrets.add(token);
    if (knownSecrets.size > 32) knownSecrets.delete(knownSecrets.values().next().value as string);
  };
  const redact = (text: string) => redactSecrets(text, [...knownSecrets]);
  // Token failures were already retried on the token request; the tracking request must not retry them again.
  const tokenFailures = new WeakSet<object>();

  const oauth =
    auth?.type === 'oauth2_client_credentials'
      ? new OAuthTokenProvider({
          carrierId: adapter.id,
          config: auth,
          store: options.tokenStore ?? createMemoryTokenStore(),
          now,
          fetchToken: async (config) => {
            const body =
              config.bodyFormat === 'json'
                ? JSON.stringify(tokenParams(config))
                : new URLSearchParams(tokenParams(config)).toString();
            const headers: Record<string, string> = {
              'content-type': config.bodyFormat === 'json' ? 'application/json' : 'application/x-www-form-urlencoded',
              accept: 'application/json',
              ...config.headers,
            };
            if (config.clientAuthentication === 'basic') {
              headers.authorization = `Basic ${Buffer.from(`${config.clientId.reveal()}:${config.clientSecret.reveal()}`).toString('base64')}`;
            }
            let response: TransportResponse;
            try {
              response = await withRetry([], undefined, () =>
                exchange({ method: 'POST', url: config.tokenUrl, headers, body }, [], undefined, 'token'),
              );
            } catch (error) {
              if (typeof error === 'object' && error !== null) tokenFailures.add(error);
              throw error;
            }
            const token = readToken(response.body);
            if (!token) {
              throw new CarrierAuthError(`${adapter.id} token endpoint answered without a usable access token`, {
                carrierId: adapter.id,
                statusCode: response.statusCode,
              });
            }
            rememberToken(token.accessToken);
            return token;
          },
        })
      : undefined;

  async function exchange(
    request: { method: 'GET' | 'POST'; url: string; headers: Record<string, string>; body?: string | undefined },
    trackingNumbers: readonly string[],
    signal: AbortSignal | undefined,
    purpose: 'token' | 'tracking',
    acceptStatuses: readonly number[] = [],
  ): Promise<TransportResponse> {
    let response: TransportResponse;
    try {
      response = await limiter.run(
        () => sendRequest(dispatcher, { ...request, headers: { 'user-agent': userAgent, ...request.headers }, signal }, { timeouts: options.timeouts, maxResponseBytes }),
        signal,
      );
    } catch (error) {
      throw transportError(error, trackingNumbers, purpose, signal);
    }
    const status = response.statusCode;
    if ((status >= 200 && status < 300) || acceptStatuses.includes(status)) return response;
    throw statusError(response, trackingNumbers, purpose, now());
  }

  function transportError(error: unknown, trackingNumbers: readonly string[], purpose: string, signal: AbortSignal | undefined): ParcelineError {
    const base = { carrierId: adapter.id, trackingNumbers };
    if (signal?.aborted || (error instanceof TransportFailure && error.kind === 'aborted')) {
      return new AbortedError(`${adapter.id} ${purpose} request aborted`, base);
    }
    if (error instanceof TransportFailure) {
      if (error.kind === 'too_large') {
        return new CarrierResponseError(`${adapter.id} ${purpose} response is too large`, { ...base, issues: [redact(error.message)] });
      }
      return new CarrierNetworkError(`${adapter.id} ${purpose} request failed: ${redact(error.message)}`, {
        ...base,
        reason: error.reason,
        cause: new Error(redact(error.message)),
      });
    }
    if (ParcelineError.isInstance(error)) return error;
    return new CarrierNetworkError(`${adapter.id} ${purpose} request failed`, { ...base, reason: 'UNKNOWN' });
  }

  function statusError(response: TransportResponse, trackingNumbers: readonly string[], purpose: 'token' | 'tracking', nowMs: number): ParcelineError {
    const status = response.statusCode;
    // Redact the whole body before it is summarized: the summary cuts texts at 200 characters, and a secret cut in
    // two by that limit would no longer match the redaction afterwards.
    const summary = summarizeErrorBody(redact(response.body));
    const carrierCode = summary.code === undefined ? undefined : redact(summary.code);
    const carrierMessage = summary.message === undefined ? undefined : redact(summary.message);
    const said = carrierCode || carrierMessage ? ` (${[carrierCode, carrierMessage].filter(Boolean).join(': ')})` : '';
    const base = { carrierId: adapter.id, trackingNumbers };
    if (status === 429) {
      const retryAfter = parseRetryAfter(response.headers['retry-after'], nowMs);
      return new RateLimitedError(`${adapter.id} rate limit hit on the ${purpose} request${said}`, { ...base, retryAfter });
    }
    if (status === 401 || status === 403 || (purpose === 'token' && status >= 400 && status < 500 && status !== 408)) {
      return new CarrierAuthError(`${adapter.id} refused the credentials on the ${purpose} request: HTTP ${status}${said}`, { ...base, statusCode: status });
    }
    const retryable = status === 408 || status >= 500;
    const subject = trackingNumbers.length > 0 ? ` for ${trackingNumbers.join(', ')}` : '';
    return new CarrierHttpError(`${adapter.id} answered HTTP ${status} to the ${purpose} request${subject}${said}`, {
      ...base,
      statusCode: status,
      isRetryable: retryable,
      ...(carrierCode ? { carrierCode } : {}),
      ...(carrierMessage ? { carrierMessage } : {}),
    });
  }

  async function withRetry<T>(trackingNumbers: readonly string[], signal: AbortSignal | undefined, operation: () => Promise<T>): Promise<T> {
    const started = now();
    try {
      return await pRetry(operation, {
        retries: retry.retries,
        minTimeout: retry.minTimeout,
        maxTimeout: retry.maxTimeout,
        maxRetryTime: retry.maxRetryTime,
        factor: 2,
        randomize: true,
        ...(signal ? { signal } : {}),
        shouldRetry: ({ error }) => ParcelineError.isInstance(error) && error.isRetryable && !tokenFailures.has(error),
        onFailedAttempt: async ({ error, retriesLeft, retryDelay, attemptNumber }) => {
          if (!ParcelineError.isInstance(error) || !error.isRetryable || tokenFailures.has(error) || retriesLeft === 0) return;
          const retryAfter = error instanceof RateLimitedError && error.retryAfter !== undefined && error.retryAfter > retryDelay ? error.retryAfter : undefined;
          // A Retry-After beyond the budget ends retrying: check it before logging that a retry follows.
          if (retryAfter !== undefined && (retryAfter > retry.maxRetryAfter || now() - started + retryAfter > retry.maxRetryTime)) throw error;
          options.logger?.debug?.(`${adapter.id} attempt ${attemptNumber} failed; retrying`, { code: error.code, message: error.message });
          if (retryAfter !== undefined) await sleep(retryAfter - retryDelay, signal);
        },
      });
    } catch (error) {
      if (ParcelineError.isInstance(error)) throw error;
      if (signal?.aborted) throw new AbortedError(`${adapter.id} request aborted`, { carrierId: adapter.id, trackingNumbers });
      throw new CarrierNetworkError(`${adapter.id} request failed`, { carrierId: adapter.id, trackingNumbers, reason: 'UNKNOWN' });
    }
  }

  function applyStaticAuth(headers: Record<string, string>, trackingNumbers: readonly string[]): void {
    if (!auth) {
      throw new ConfigurationError(`${adapter.id} needs credentials to fetch tracking; the adapter was created without them`, {
        carrierId: adapter.id,
        trackingNumbers,
      });
    }
    if (auth.type === 'headers') {
      for (const [name, value] of Object.entries(auth.headers)) headers[name] = value.reveal();
    } else if (auth.type === 'basic') {
      headers.authorization = `Basic ${Buffer.from(`${auth.username.reveal()}:${auth.password.reveal()}`).toString('base64')}`;
    }
  }

  return {
    secrets: () => [...knownSecrets],
    forFetch(trackingNumbers, signal) {
      return {
        async request(request: CarrierHttpRequest): Promise<CarrierHttpResponse> {
          const url = withQuery(request.url, request.query);
          const headers: Record<string, string> = { accept: 'application/json', ...request.headers };
          if (request.auth) applyStaticAuth(headers, trackingNumbers);
          let refreshed = false;
          return withRetry(trackingNumbers, signal, async () => {
            signal?.throwIfAborted();
            let token: string | undefined;
            if (request.auth && oauth) {
              token = await oauth.getToken();
              headers.authorization = `Bearer ${token}`;
            }
            const send = () => exchange({ method: request.method, url, headers, body: request.body }, trackingNumbers, signal, 'tracking', request.acceptStatuses);
            try {
              return await send();
            } catch (error) {
              if (!(oauth && token && !refreshed && error instanceof CarrierAuthError && error.statusCode === 401)) throw error;
              refreshed = true;
              options.logger?.debug?.(`${adapter.id} answered 401; refreshing the token once`);
              headers.authorization = `Bearer ${await oauth.invalidate(token)}`;
              return await send();
            }
          });
        },
      };
    },
  };
}

function tokenParams(config: Extract<CarrierAuth, { type: 'oauth2_client_credentials' }>): Record<string, string> {
  const params: Record<string, string> = { grant_type: 'client_credentials' };
  if (config.clientAuthentication === 'body') {
    params.client_id = config.clientId.reveal();
    params.client_secret = config.clientSecret.reveal();
  }
  if (config.scope) params.scope = config.scope;
  return params;
}

function readToken(body: string): { accessToken: string; expiresInSeconds: number } | undefined {
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch {
    return undefined;
  }
  if (typeof value !== 'object' || value === null) return undefined;
  const record = value as Record<string, unknown>;
  const accessToken = record.access_token;
  if (typeof accessToken !== 'string' || accessToken === '') return undefined;
  const expiresIn = Number(record.expires_in);
  return { accessToken, expiresInSeconds: Number.isFinite(expiresIn) && expiresIn > 0 ? expiresIn : 3600 };
}

function authSecrets(auth: CarrierAuth | undefined): string[] {
  if (!auth) return [];
  if (auth.type === 'oauth2_client_credentials') return [auth.clientId.reveal(), auth.clientSecret.reveal()];
  if (auth.type === 'basic') return [auth.username.reveal(), auth.password.reveal()];
  if (auth.type === 'signed') return auth.secrets.map((secret) => secret.reveal());
  return Object.values(auth.headers).map((secret) => secret.reveal());
}

function withQuery(url: string, query: Record<string, string | undefined> | undefined): string {
  if (!query) return url;
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) if (value !== undefined) params.set(name, value);
  const text = params.toString();
  return text ? `${url}${url.includes('?') ? '&' : '?'}${text}` : url;
}
