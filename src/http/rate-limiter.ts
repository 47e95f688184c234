import pLimit, { type LimitFunction } from 'p-limit';

/** Pacing for one carrier: requests in flight at once, and requests started per second. */
export interface RateLimitOptions {
  /** Requests in flight at once (default 8). */
  maxConcurrent?: number | undefined;
  /** Requests started per second (default unlimited). */
  requestsPerSecond?: number | undefined;
}

/**
 * One carrier's limiter: p-limit caps the requests in flight, and a spacing scheduler starts at most
 * `requestsPerSecond` requests a second (evenly spaced, so a burst never exceeds the rate).
 */
export class RateLimiter {
  readonly #limit: LimitFunction;
  readonly #intervalMs: number;
  #nextStart = 0;
  /** Requests in flight at once. */
  readonly maxConcurrent: number;

  constructor(options: RateLimitOptions = {}) {
    this.maxConcurrent = Math.max(1, options.maxConcurrent ?? 8);
    this.#limit = pLimit(this.maxConcurrent);
    const rps = options.requestsPerSecond;
    this.#intervalMs = rps && rps > 0 && Number.isFinite(rps) ? 1000 / rps : 0;
  }

  /** Runs `task` when a concurrency slot and a rate slot are free. */
  run<T>(task: () => Promise<T>, signal?: AbortSignal): Promise<T> {
    return this.#limit(async () => {
      signal?.throwIfAborted();
      if (this.#intervalMs > 0) {
        const now = performance.now();
        const start = Math.max(now, this.#nextStart);
        this.#nextStart = start + this.#intervalMs;
        if (start > now) await sleep(start - now, signal);
      }
      return task();
    });
  }

  /** Requests waiting for a slot. */
  get pendingCount(): number {
    return this.#limit.pendingCount;
  }
}

/** Waits `ms`, or rejects with the signal's reason when it fires first. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
