import { readFileSync } from 'node:fs';
import { DEFAULT_MAX_RESPONSE_BYTES, DEFAULT_RETRY } from '../../../src/http/http-options.js';

const SRC = new URL('../../../src/', import.meta.url);

/** A number literal read from a source file with a pattern whose first group is the literal (`10_000`). */
function literal(file: string, pattern: RegExp): number {
  const match = pattern.exec(readFileSync(new URL(file, SRC), 'utf8'));
  if (!match?.[1]) throw new Error(`default not found in src/${file}: ${pattern}`);
  return Number(match[1].replace(/_/g, ''));
}

/**
 * The defaults a user gets without options, read from the code (the exported constants, and the literals of
 * transport.ts, oauth-token-provider.ts, rate-limiter.ts and create-tracker.ts), as the Markdown table of
 * docs/reliability.md.
 */
export function renderDefaultsTable(): string {
  const timeouts = (name: string) => literal('http/transport.ts', new RegExp(`DEFAULT_TIMEOUTS: Required<HttpTimeouts> = \\{[^}]*\\b${name}: ([\\d_]+)`));
  const rows: Array<[string, string, string]> = [
    ['`retry.retries`', `${DEFAULT_RETRY.retries}`, 'retries after the first attempt (so 4 attempts at most)'],
    ['`retry.minTimeout`', `${DEFAULT_RETRY.minTimeout} ms`, 'first backoff; each next one doubles, times a random factor in [1, 2)'],
    ['`retry.maxTimeout`', `${DEFAULT_RETRY.maxTimeout} ms`, 'largest backoff'],
    ['`retry.maxRetryTime`', `${DEFAULT_RETRY.maxRetryTime} ms`, 'no new attempt starts after this much time since the first'],
    ['`retry.maxRetryAfter`', `${DEFAULT_RETRY.maxRetryAfter} ms`, 'a longer `Retry-After` ends retrying with `RateLimitedError` at once'],
    ['`timeouts.connect`', `${timeouts('connect')} ms`, 'establishing a connection (undici timer)'],
    ['`timeouts.headers`', `${timeouts('headers')} ms`, 'request sent to response headers (undici timer)'],
    ['`timeouts.body`', `${timeouts('body')} ms`, 'between two chunks of the body (undici timer)'],
    ['`timeouts.total`', `${timeouts('total')} ms`, 'the whole exchange of one attempt (an AbortSignal: exact)'],
    ['`maxResponseBytes`', `${DEFAULT_MAX_RESPONSE_BYTES} bytes (5 MiB)`, 'larger bodies are refused, declared or not'],
    ['`maxPendingNumbers`', `${literal('engine/create-tracker.ts', /maxPendingNumbers \?\? ([\d_]+)/)}`, 'numbers `trackMany` holds in flight at most'],
    ['`carrierLimits.*.maxConcurrent`', `${literal('http/rate-limiter.ts', /maxConcurrent \?\? ([\d_]+)/)}`, "requests in flight per carrier, unless the adapter says otherwise"],
    ['token refresh margin', `${literal('http/oauth-token-provider.ts', /refreshMarginMs \?\? ([\d_]+)/)} ms`, 'a cached token is renewed this long before it expires'],
    ['keep-alive', `${literal('http/transport.ts', /keepAliveTimeout: ([\d_]+)/)} ms, ${literal('http/transport.ts', /connections: ([\d_]+)/)} connections per origin`, "the tracker's own undici Agent (not used when you pass a dispatcher)"],
  ];
  return ['| option | default | meaning |', '| --- | --- | --- |', ...rows.map((row) => `| ${row.join(' | ')} |`)].join('\n');
}
