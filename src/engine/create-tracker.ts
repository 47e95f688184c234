import type { Dispatcher } from 'undici';
import type { CarrierAdapter } from '../carrier/carrier-spec.js';
import { AbortedError } from '../errors/aborted-error.js';
import { ParcelineError } from '../errors/parceline-error.js';
import { CarrierNetworkError } from '../errors/carrier-network-error.js';
import { createCarrierHttpSession, type CarrierHttpSession } from '../http/create-http-client.js';
import type { HttpOptions } from '../http/http-options.js';
import { RateLimiter, type RateLimitOptions } from '../http/rate-limiter.js';
import { createDefaultDispatcher } from '../http/transport.js';
import { createTranslator, type Translator } from '../i18n/create-i18n.js';
import type { TrackingResult } from '../schema/tracking-result.js';
import { CarrierRegistry } from './carrier-registry.js';
import { relabelResult, type ResultValidation } from './finish-result.js';
import { normalizeWith } from './normalize.js';
import { trackShipment, type ShipmentTracking, type TrackShipmentRequest } from './track-shipment.js';

/** Options of {@link createTracker}. */
export interface TrackerOptions extends HttpOptions {
  /** Carrier adapters, e.g. `[ups({ clientId, clientSecret })]`. Their order breaks detection ties. */
  carriers: readonly CarrierAdapter[];
  /** Default locale of labels (default `en`). */
  locale?: string;
  /** Per-carrier pacing that overrides the adapter's defaults, by carrier id. */
  carrierLimits?: Record<string, RateLimitOptions>;
  /**
   * How results are checked against the strict schema: `fast` (default) checks by construction with plain
   * code that accepts exactly what the schema accepts; `strict` also runs zod on every result. See
   * docs/decisions/0003-validation-by-construction.md.
   */
  validate?: ResultValidation;
  /** Numbers held in flight by `trackMany` at most (default 1 000): bounds memory whatever the input size. */
  maxPendingNumbers?: number;
}

/** Per-call options. */
export interface TrackOptions {
  /** Carrier id; detected from the number when absent. */
  carrier?: string;
  locale?: string;
  signal?: AbortSignal;
}

/** One item of {@link Tracker.trackMany}: exactly one per input number, a result or a typed failure. */
export type TrackManyItem =
  | { ok: true; trackingNumber: string; carrier: string; result: TrackingResult }
  | { ok: false; trackingNumber: string; carrier: string | undefined; error: ParcelineError };

/** What `trackMany` accepts: numbers, or numbers with their carrier. */
export type TrackManyInput = string | { trackingNumber: string; carrier?: string };

/** A tracker: the configured carriers, one HTTP stack, one private translator. */
export interface Tracker {
  /** Tracks one number. Throws a {@link ParcelineError} on failure; "not found" is a result (`outcome: 'not_found'`). */
  track(trackingNumber: string, options?: TrackOptions): Promise<TrackingResult>;
  /**
   * Tracks many numbers, batched per carrier up to its limit, carriers concurrently, yielding each
   * number's result or failure as it comes. Memory stays flat: input is read lazily.
   */
  trackMany(numbers: Iterable<TrackManyInput> | AsyncIterable<TrackManyInput>, options?: Omit<TrackOptions, 'carrier'> & { carrier?: string }): AsyncGenerator<TrackManyItem>;
  /**
   * Tracks the legs of one journey (optionally following the handoffs carriers announce) and merges them
   * into one Shipment; see docs/multi-leg.md.
   */
  trackShipment(request: TrackShipmentRequest): Promise<ShipmentTracking>;
  /** Re-renders a result's labels in another locale without refetching. */
  localize(result: TrackingResult, locale: string): TrackingResult;
  /** Normalizes a stored body with this tracker's translator (see `normalize`). */
  normalize(carrier: string, raw: unknown, options?: { locale?: string; trackingNumbers?: readonly string[]; fetchedAt?: Date | string }): TrackingResult[];
  /** The configured carriers. */
  readonly carriers: readonly CarrierAdapter[];
  /** Closes the tracker's own dispatcher (not one the host passed in). */
  close(): Promise<void>;
}

/**
 * Creates a tracker.
 *
 * @example
 * import { createTracker } from 'parceline';
 * import { ups } from 'parceline/carriers/ups';
 * const tracker = createTracker({ carriers: [ups({ clientId, clientSecret })], locale: 'en' });
 * const result = await tracker.track('1Z4W7E210355182041');
 * for await (const item of tracker.trackMany(numbers)) if (!item.ok) console.error(item.error.code);
 */
export function createTracker(options: TrackerOptions): Tracker {
  const registry = new CarrierRegistry(options.carriers);
  const translator: Translator = createTranslator();
  const ownsDispatcher = options.dispatcher === undefined;
  const dispatcher: Dispatcher = options.dispatcher ?? createDefaultDispatcher(options.timeouts);
  const now = options.now ?? Date.now;
  const sessions = new Map<string, CarrierHttpSession>();
  const limiters = new Map<string, RateLimiter>();
  const maxPending = Math.max(1, options.maxPendingNumbers ?? 1000);

  for (const adapter of registry.adapters) {
    const limiter = new RateLimiter({ ...adapter.capabilities.rateLimit, ...options.carrierLimits?.[adapter.id] });
    limiters.set(adapter.id, limiter);
    sessions.set(adapter.id, createCarrierHttpSession(adapter, { dispatcher, options, limiter }));
  }

  async function trackBatch(adapter: CarrierAdapter, trackingNumbers: readonly string[], locale: string | undefined, signal: AbortSignal | undefined): Promise<Map<string, TrackingResult>> {
    const http = (sessions.get(adapter.id) as CarrierHttpSession).forFetch(trackingNumbers, signal);
    const requested = locale ?? options.locale ?? 'en';
    const raw = await adapter.fetchTracking({ trackingNumbers, locale: requested, http, signal });
    const results = normalizeWith(adapter, raw, {
      translator,
      locale: requested,
      trackingNumbers,
      carrierLocale: requested,
      validate: options.validate,
      fetchedAt: new Date(now()).toISOString(),
    });
    const byNumber = new Map<string, TrackingResult>();
    for (const result of results) byNumber.set(result.trackingNumber.toUpperCase(), result);
    return byNumber;
  }


  async function track(trackingNumber: string, callOptions: TrackOptions = {}): Promise<TrackingResult> {
    if (callOptions.signal?.aborted) {
      throw new AbortedError('tracking aborted before it started', { carrierId: callOptions.carrier, trackingNumbers: [trackingNumber] });
    }
    const { adapter, trackingNumber: normalized } = registry.resolve(trackingNumber, callOptions.carrier);
    try {
      const results = await trackBatch(adapter, [normalized], callOptions.locale, callOptions.signal);
      const result = results.get(normalized.toUpperCase()) ?? (results.size === 1 ? [...results.values()][0] : undefined);
      return result ?? notMentioned(adapter, normalized, callOptions.locale);
    } catch (error) {
      throw toParcelineError(error, adapter.id, [normalized], callOptions.signal);
    }
  }

  /** The carrier answered without mentioning a number we asked for: not found, with a warning, never dropped. */
  function notMentioned(adapter: CarrierAdapter, trackingNumber: string, locale: string | undefined): TrackingResult {
    const resolved = translator.resolveLocale(locale ?? options.locale);
    return {
      carrier: adapter.id,
      trackingNumber,
      outcome: 'not_found',
      status: 'pending',
      subStatus: 'pending',
      statusDescription: translator.t(resolved, 'status.pending'),
      events: [],
      estimatedDelivery: null,
      deliveredAt: null,
      signedBy: null,
      origin: null,
      destination: null,
      service: null,
      amountDue: null,
      handoffs: [],
      warnings: [{ code: 'NOT_IN_RESPONSE', message: `${adapter.id} answered without mentioning ${trackingNumber}` }],
      fetchedAt: new Date(now()).toISOString(),
      locale: resolved,
    };
  }

  async function* trackMany(
    numbers: Iterable<TrackManyInput> | AsyncIterable<TrackManyInput>,
    callOptions: Omit<TrackOptions, 'carrier'> & { carrier?: string } = {},
  ): AsyncGenerator<TrackManyItem> {
    const signal = callOptions.signal;
    const ready: TrackManyItem[] = [];
    let wake: (() => void) | undefined;
    const notify = () => {
      wake?.();
      wake = undefined;
    };
    const waitForNews = () => new Promise<void>((resolve) => (wake = resolve));
    const pending = new Map<string, { adapter: CarrierAdapter; numbers: string[] }>();
    // Full batches wait here, per carrier, while the carrier already has twice its concurrency in flight: the
    // limiter would only queue them, and work queued for long outlives young-generation collections (the heap
    // then grows until a full collection). Numbers read ahead stay plain strings until a slot is free.
    const waiting = new Map<string, string[][]>();
    const running = new Map<string, number>();
    let outstanding = 0;
    let inFlight = 0;

    const dispatch = (adapter: CarrierAdapter, batch: string[]) => {
      const active = running.get(adapter.id) ?? 0;
      if (active >= 2 * (limiters.get(adapter.id) as RateLimiter).maxConcurrent) {
        const queue = waiting.get(adapter.id);
        if (queue) queue.push(batch);
        else waiting.set(adapter.id, [batch]);
        return;
      }
      running.set(adapter.id, active + 1);
      inFlight++;
      const unique = [...new Set(batch)];
      const settle = (items: TrackManyItem[]) => {
        ready.push(...items);
        outstanding -= batch.length;
        inFlight--;
        running.set(adapter.id, (running.get(adapter.id) as number) - 1);
        const next = waiting.get(adapter.id)?.shift();
        if (next) dispatch(adapter, next);
        notify();
      };
      (async () => {
        if (signal?.aborted) throw new AbortedError(`${adapter.id} tracking aborted`, { carrierId: adapter.id, trackingNumbers: unique });
        return trackBatch(adapter, unique, callOptions.locale, signal);
      })().then(
        (results) =>
          settle(
            batch.map((number) => ({
              ok: true as const,
              trackingNumber: number,
              carrier: adapter.id,
              result: results.get(number.toUpperCase()) ?? notMentioned(adapter, number, callOptions.locale),
            })),
          ),
        (error: unknown) => {
          const failure = toParcelineError(error, adapter.id, unique, signal);
          settle(batch.map((number) => ({ ok: false as const, trackingNumber: number, carrier: adapter.id, error: failure })));
        },
      );
    };

    const flush = (carrierId: string) => {
      const group = pending.get(carrierId);
      if (!group || group.numbers.length === 0) return;
      pending.delete(carrierId);
      dispatch(group.adapter, group.numbers);
    };

    for await (const input of numbers as AsyncIterable<TrackManyInput>) {
      const raw = typeof input === 'string' ? input : input.trackingNumber;
      const carrierId = (typeof input === 'string' ? undefined : input.carrier) ?? callOptions.carrier;
      let adapter: CarrierAdapter;
      let trackingNumber: string;
      try {
        ({ adapter, trackingNumber } = registry.resolve(raw, carrierId));
      } catch (error) {
        ready.push({ ok: false, trackingNumber: raw, carrier: carrierId, error: toParcelineError(error, carrierId, [raw], signal) });
        while (ready.length > 0) yield ready.shift() as TrackManyItem;
        continue;
      }
      outstanding++;
      const group = pending.get(adapter.id) ?? { adapter, numbers: [] };
      pending.set(adapter.id, group);
      group.numbers.push(trackingNumber);
      if (group.numbers.length >= adapter.capabilities.maxTrackingNumbersPerRequest) flush(adapter.id);
      while (ready.length > 0) yield ready.shift() as TrackManyItem;
      while (outstanding >= maxPending) {
        if (inFlight === 0) for (const id of [...pending.keys()]) flush(id);
        await waitForNews();
        while (ready.length > 0) yield ready.shift() as TrackManyItem;
      }
    }
    for (const id of [...pending.keys()]) flush(id);
    while (outstanding > 0 || ready.length > 0) {
      if (ready.length === 0) await waitForNews();
      while (ready.length > 0) yield ready.shift() as TrackManyItem;
    }
  }

  return {
    carriers: registry.adapters,
    track,
    trackMany,
    trackShipment: (request) => trackShipment({ track, carriers: registry.adapters.map((adapter) => adapter.id) }, request),
    localize: (result, locale) => relabelResult(result, translator, translator.resolveLocale(locale)),
    normalize: (carrierId, raw, normalizeOptions = {}) =>
      normalizeWith(registry.get(carrierId), raw, {
        translator,
        locale: normalizeOptions.locale ?? options.locale,
        trackingNumbers: normalizeOptions.trackingNumbers,
        fetchedAt: new Date(normalizeOptions.fetchedAt ?? now()).toISOString(),
        validate: options.validate,
      }),
    async close() {
      if (ownsDispatcher) await dispatcher.close();
    },
  };
}

function toParcelineError(error: unknown, carrierId: string | undefined, trackingNumbers: readonly string[], signal: AbortSignal | undefined): ParcelineError {
  if (ParcelineError.isInstance(error)) return error;
  if (signal?.aborted) return new AbortedError(`tracking aborted`, { carrierId, trackingNumbers });
  return new CarrierNetworkError(`${carrierId ?? 'carrier'} fetch failed unexpectedly`, {
    carrierId,
    trackingNumbers,
    reason: 'UNEXPECTED',
    isRetryable: false,
    cause: error instanceof Error ? new Error(error.message.slice(0, 200)) : undefined,
  });
}
