import type { CarrierAdapter } from '../carrier/carrier-spec.js';
import { AdapterContractError } from '../errors/adapter-contract-error.js';
import { CarrierResponseError } from '../errors/carrier-response-error.js';
import { ParcelineError } from '../errors/parceline-error.js';
import { createTranslator, type Translator } from '../i18n/create-i18n.js';
import type { TrackingResult } from '../schema/tracking-result.js';
import { finishResult, type ResultValidation } from './finish-result.js';

/** Options of {@link normalize}. */
export interface NormalizeOptions {
  /** Locale of our labels (default `en`; `zh-CN` is shipped too). */
  locale?: string;
  /** The numbers the body answers, for carriers whose bodies do not echo them. */
  trackingNumbers?: readonly string[];
  /** The language the carrier answered in (BCP 47), when known: it labels `carrierStatus.language`. */
  carrierLocale?: string;
  /** `fetchedAt` of the results (default: now). Pass the time the payload was received for stored payloads. */
  fetchedAt?: Date | string;
  /** Accepted for symmetry with `track`; normalization is synchronous and checks it once. */
  signal?: AbortSignal;
  /**
   * How each result is checked against the strict schema (every result passes it either way; a result that
   * does not raises `AdapterContractError`). `'fast'` (default): plain checks that accept exactly what the
   * schema accepts, zod only to name the issues of a result that fails them. `'strict'`: every result goes
   * through the zod schema instead, for adapter authors who want zod's own verdict on every result (the
   * results and errors are the same; it costs about 1 µs per event more).
   */
  validate?: ResultValidation;
}

let sharedTranslator: Translator | undefined;

/**
 * Normalizes a raw carrier body (a webhook payload, a stored response) into unified results, one per
 * tracking number in the body. Pure apart from `fetchedAt`'s default: no network, no credentials needed.
 *
 * @example
 * import { normalize } from 'parceline';
 * import { ups } from 'parceline/carriers/ups';
 * const [result] = normalize(ups(), rawBody, { locale: 'zh-CN' });
 */
export function normalize(adapter: CarrierAdapter, raw: unknown, options: NormalizeOptions = {}): TrackingResult[] {
  options.signal?.throwIfAborted();
  sharedTranslator ??= createTranslator();
  return normalizeWith(adapter, raw, {
    translator: sharedTranslator,
    locale: options.locale,
    trackingNumbers: options.trackingNumbers,
    carrierLocale: options.carrierLocale,
    fetchedAt: toIso(options.fetchedAt ?? new Date()),
    validate: options.validate,
  });
}

/** The engine's normalization with an explicit translator (each tracker has its own). */
export function normalizeWith(
  adapter: CarrierAdapter,
  raw: unknown,
  context: {
    translator: Translator;
    locale: string | undefined;
    trackingNumbers: readonly string[] | undefined;
    carrierLocale?: string | undefined;
    fetchedAt: string;
    /** See {@link NormalizeOptions.validate} (default `'fast'`). */
    validate?: ResultValidation | undefined;
  },
): TrackingResult[] {
  const locale = context.translator.resolveLocale(context.locale);
  let parsed;
  try {
    parsed = adapter.parseTracking(raw, { trackingNumbers: context.trackingNumbers, locale: context.carrierLocale });
  } catch (error) {
    if (ParcelineError.isInstance(error)) throw error;
    // A parse that crashes is a bug in the adapter or a body it did not expect: never let a TypeError out.
    throw new CarrierResponseError(`${adapter.id} could not read the body`, {
      carrierId: adapter.id,
      trackingNumbers: context.trackingNumbers,
      issues: [`parse failed: ${error instanceof Error ? error.name : typeof error}`],
      cause: error instanceof Error ? new Error(error.message.slice(0, 200)) : undefined,
    });
  }
  if (!Array.isArray(parsed)) {
    throw new AdapterContractError(`${adapter.id} parseTracking must return an array`, { carrierId: adapter.id });
  }
  return parsed.map((item) =>
    finishResult(item, { adapter, translator: context.translator, locale, fetchedAt: context.fetchedAt, validate: context.validate }),
  );
}

function toIso(value: Date | string): string {
  return (typeof value === 'string' ? new Date(value) : value).toISOString();
}
