import { z } from 'zod';
import type { CarrierAdapter, ParsedEvent, ParsedTracking } from '../carrier/carrier-spec.js';
import { createEventId } from '../adapter-kit/create-event-id.js';
import { AdapterContractError } from '../errors/adapter-contract-error.js';
import type { SupportedLocale, Translator } from '../i18n/create-i18n.js';
import type { Location } from '../schema/location.js';
import { SubStatus, TrackingStatus } from '../schema/status.js';
import { TimeBasis, type CarrierStatus, type Handoff, type TrackingEvent } from '../schema/tracking-event.js';
import { TrackingResult, type AmountDue, type EstimatedDelivery, type TrackingWarning } from '../schema/tracking-result.js';
import { deriveStatus } from './derive-status.js';

/**
 * How a finished result is checked against the unified schema (see docs/decisions/0003-validation-by-construction.md):
 * - `'fast'` (the default): the engine builds the result itself and checks every value an adapter supplied
 *   with plain checks that accept exactly what the strict schema accepts (set membership for statuses, the
 *   schema's own date-time patterns, no unknown keys). A result that fails them goes through the strict zod
 *   schema, which names the issues.
 * - `'strict'`: every result goes through the strict zod schema (`TrackingResult.safeParse`) instead, and is
 *   returned as zod gives it back. The two modes return the same results and raise the same errors.
 * Either way a result that does not fit raises `AdapterContractError`.
 */
export type ResultValidation = 'fast' | 'strict';

/** What finishing a parsed result needs besides the parse output. */
export interface FinishContext {
  adapter: CarrierAdapter;
  translator: Translator;
  locale: SupportedLocale;
  fetchedAt: string;
  /**
   * How the output is checked against the strict schema (default `'fast'`, see {@link ResultValidation});
   * `true` is `'fast'`; `false` skips the check (for callers that check the result themselves).
   */
  validate?: ResultValidation | boolean | undefined;
}

/**
 * Turns one adapter's parse output into a public {@link TrackingResult}: events sorted by instant (stable),
 * stable ids (repeats within one result get `~2`, `~3`), informational events given the status in force,
 * the status derived by the documented rules, labels in the locale, and a check against the strict schema
 * (`AdapterContractError` when the adapter's output does not fit it).
 */
export function finishResult(parsed: ParsedTracking, context: FinishContext): TrackingResult {
  const { adapter, translator, locale } = context;
  const { events: order, canonical } = sortByInstant(parsed.events);
  const labels = labelsOf(translator, locale);
  const seen = new Map<string, number>();
  const informational = new Set<number>();
  const events: TrackingEvent[] = [];
  let inForce: TrackingEvent['status'] | null = null;
  for (const event of order) {
    if (event.status === null) informational.add(events.length);
    const status = event.status ?? inForce ?? 'unknown';
    if (event.status !== null && event.status !== 'unknown') inForce = event.status;
    events.push(toEvent(event, status, parsed.trackingNumber, adapter.id, labels, seen));
  }

  const derived = deriveStatus(events, informational);
  const deliveredEvent = derived.status === 'delivered' ? events[derived.decisiveIndex] : undefined;
  const result: TrackingResult = {
    carrier: adapter.id,
    trackingNumber: parsed.trackingNumber,
    outcome: parsed.outcome,
    status: derived.status,
    subStatus: derived.subStatus,
    statusDescription: translator.t(locale, `status.${derived.status}`),
    events,
    estimatedDelivery: parsed.estimatedDelivery ?? null,
    deliveredAt: derived.status === 'delivered' ? (parsed.deliveredAt ?? deliveredEvent?.occurredAt ?? null) : null,
    signedBy: parsed.signedBy ?? null,
    origin: parsed.origin ?? null,
    destination: parsed.destination ?? null,
    service: parsed.service ?? null,
    amountDue: parsed.amountDue ?? null,
    handoffs: parsed.handoffs ?? collectHandoffs(events),
    warnings: parsed.warnings ?? [],
    fetchedAt: context.fetchedAt,
    locale,
  };
  const validation = context.validate ?? 'fast';
  if (validation === false) return result;
  if (validation !== 'strict') {
    const checked = checkResult(result, canonical);
    if (checked !== INVALID) return checked;
  }
  return parseStrictly(result, adapter.id);
}

/**
 * The events by instant, stable for equal instants. Adapters usually hand them over in order already, with
 * instants as `toInstant` writes them; then the text order is the time order and nothing is parsed or sorted.
 * Anything else is ordered by `Date.parse` as it always was.
 */
function sortByInstant(events: readonly ParsedEvent[]): { events: readonly ParsedEvent[]; canonical: boolean } {
  let previous = '';
  // Not an array (an adapter bug): the general path below fails on it as it always did.
  let inOrder = Array.isArray(events);
  for (let index = 0; inOrder && index < events.length; index++) {
    const occurredAt = (events[index] as ParsedEvent).time.occurredAt;
    if (!isCanonicalInstant(occurredAt) || occurredAt < previous) {
      inOrder = false;
      break;
    }
    previous = occurredAt;
  }
  if (inOrder) return { events, canonical: true };
  const entries = events.map((event, index) => ({ event, index, at: Date.parse(event.time.occurredAt) }));
  entries.sort((a, b) => a.at - b.at || a.index - b.index);
  return { events: entries.map((entry) => entry.event), canonical: false };
}

/**
 * Whether a text is an instant exactly as `toInstant` writes it (`YYYY-MM-DDTHH:mm:ss.sssZ`) with real
 * calendar values. For such texts `Date.parse` is exact and text order is time order.
 */
function isCanonicalInstant(text: unknown): text is string {
  if (typeof text !== 'string' || text.length !== 24) return false;
  if (text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45 || text.charCodeAt(10) !== 84 || text.charCodeAt(13) !== 58) return false;
  if (text.charCodeAt(16) !== 58 || text.charCodeAt(19) !== 46 || text.charCodeAt(23) !== 90) return false;
  const year = digits(text, 0, 4);
  const month = digits(text, 5, 2);
  const day = digits(text, 8, 2);
  if (year < 0 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return false;
  const hour = digits(text, 11, 2);
  const minute = digits(text, 14, 2);
  const second = digits(text, 17, 2);
  return hour >= 0 && hour <= 23 && minute >= 0 && minute <= 59 && second >= 0 && second <= 59 && digits(text, 20, 3) >= 0;
}

/** The number written by `count` digits at `start`, or -1. */
function digits(text: string, start: number, count: number): number {
  let value = 0;
  for (let index = start; index < start + count; index++) {
    const digit = text.charCodeAt(index) - 48;
    if (!(digit >= 0 && digit <= 9)) return -1;
    value = value * 10 + digit;
  }
  return value;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** The strict zod schema: the result as zod gives it back, or `AdapterContractError` naming the issues. */
function parseStrictly(result: TrackingResult, carrierId: string): TrackingResult {
  const checked = TrackingResult.safeParse(result);
  if (!checked.success) {
    throw new AdapterContractError(`${carrierId} produced a result for ${result.trackingNumber} that fails the unified schema`, {
      carrierId,
      trackingNumbers: [result.trackingNumber],
      issues: checked.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`),
    });
  }
  return checked.data;
}

function toEvent(
  event: ParsedEvent,
  status: TrackingEvent['status'],
  trackingNumber: string,
  carrier: string,
  labels: LabelTable,
  seen: Map<string, number>,
): TrackingEvent {
  const base = createEventId({
    carrier,
    trackingNumber,
    code: event.carrierStatus.code ?? event.carrierStatus.description,
    occurredAt: event.time.occurredAt,
    location: event.location,
  });
  const count = (seen.get(base) ?? 0) + 1;
  seen.set(base, count);
  const out: TrackingEvent = {
    id: count === 1 ? base : `${base}~${count}`,
    carrier,
    trackingNumber,
    status,
    subStatus: event.subStatus,
    occurredAt: event.time.occurredAt,
    localTime: event.time.localTime,
    timeZone: event.time.timeZone,
    timeBasis: event.time.timeBasis,
    location: event.location,
    description: labels.subStatus(event.subStatus),
    carrierStatus: event.carrierStatus,
  };
  if (event.handoff) out.handoff = event.handoff;
  return out;
}

/** A locale's labels for subStatus ids, looked up once per translator, locale and id. */
interface LabelTable {
  subStatus(id: string): string;
}

const labelTables = new WeakMap<Translator, Map<SupportedLocale, LabelTable>>();

function labelsOf(translator: Translator, locale: SupportedLocale): LabelTable {
  let byLocale = labelTables.get(translator);
  if (byLocale === undefined) {
    byLocale = new Map();
    labelTables.set(translator, byLocale);
  }
  let table = byLocale.get(locale);
  if (table === undefined) {
    const known = new Map<string, string>();
    table = {
      subStatus(id) {
        let label = known.get(id);
        if (label === undefined) {
          label = translator.t(locale, `subStatus.${id}`);
          // Only the schema's ids are kept, so a broken adapter cannot grow the table.
          if (SUB_STATUSES.has(id)) known.set(id, label);
        }
        return label;
      },
    };
    byLocale.set(locale, table);
  }
  return table;
}

function collectHandoffs(events: readonly TrackingEvent[]): TrackingResult['handoffs'] {
  const handoffs: TrackingResult['handoffs'] = [];
  const keys = new Set<string>();
  for (const event of events) {
    if (!event.handoff) continue;
    const key = `${event.handoff.carrier ?? event.handoff.carrierName ?? ''}|${event.handoff.trackingNumber ?? ''}`;
    if (keys.has(key)) continue;
    keys.add(key);
    handoffs.push(event.handoff);
  }
  return handoffs;
}

/** Re-renders every label of a result in another locale, without refetching. */
export function relabelResult(result: TrackingResult, translator: Translator, locale: SupportedLocale): TrackingResult {
  return {
    ...result,
    statusDescription: translator.t(locale, `status.${result.status}`),
    events: result.events.map((event) => ({ ...event, description: translator.t(locale, `subStatus.${event.subStatus}`) })),
    locale,
  };
}

/* ---------- the fast check: what the strict schema accepts, without zod on the hot path ---------- */

/** Returned by the checks below when a value does not fit; the strict schema then says why. */
const INVALID: unique symbol = Symbol('invalid');
type Invalid = typeof INVALID;

const STATUSES: ReadonlySet<string> = new Set(TrackingStatus.options);
const SUB_STATUSES: ReadonlySet<string> = new Set(SubStatus.options);
const TIME_BASES: ReadonlySet<string> = new Set(TimeBasis.options);
const OUTCOMES: ReadonlySet<string> = new Set(['found', 'not_found']);
const PRECISIONS: ReadonlySet<string> = new Set(['date', 'datetime']);
/** The patterns of `UtcInstant` and `OffsetDateTime` (`z.iso.datetime` with the same options). */
const UTC_INSTANT = z.regexes.datetime({ offset: false, local: false });
const OFFSET_DATE_TIME = z.regexes.datetime({ offset: true, local: false });
const WARNING_CODE = /^[A-Z][A-Z0-9_]*$/;

const LOCATION_KEYS: ReadonlySet<string> = new Set(['city', 'region', 'postalCode', 'countryCode', 'facility']);
const CARRIER_STATUS_KEYS: ReadonlySet<string> = new Set(['code', 'description', 'language']);
const HANDOFF_KEYS: ReadonlySet<string> = new Set(['carrier', 'carrierName', 'trackingNumber']);
const ESTIMATED_DELIVERY_KEYS: ReadonlySet<string> = new Set(['from', 'to', 'precision']);
const SERVICE_KEYS: ReadonlySet<string> = new Set(['code', 'name']);
const AMOUNT_DUE_KEYS: ReadonlySet<string> = new Set(['amount', 'currency']);
const WARNING_KEYS: ReadonlySet<string> = new Set(['code', 'message', 'rawCode']);

/**
 * Checks a result the engine just built and gives it back as the strict schema would: the same values, with
 * every object an adapter supplied copied fresh with its keys in the schema's order (zod's output does the
 * same). Accepts exactly what `TrackingResult` (strict) accepts; `INVALID` otherwise, and the caller asks zod
 * for the issues. Engine-built objects (the result and its events) already have the schema's keys in order.
 * test/engine/validation-guarantee.test.ts holds this equal to the schema, value for value.
 */
function checkResult(result: TrackingResult, instantsCanonical: boolean): TrackingResult | Invalid {
  if (!isNonEmptyString(result.carrier) || !isNonEmptyString(result.trackingNumber)) return INVALID;
  if (!OUTCOMES.has(result.outcome) || !STATUSES.has(result.status) || !SUB_STATUSES.has(result.subStatus)) return INVALID;
  if (typeof result.statusDescription !== 'string' || typeof result.locale !== 'string') return INVALID;
  if (!isUtcInstant(result.fetchedAt)) return INVALID;
  if (result.deliveredAt !== null && !isUtcInstant(result.deliveredAt)) return INVALID;
  if (result.signedBy !== null && typeof result.signedBy !== 'string') return INVALID;
  if (!Array.isArray(result.events) || !Array.isArray(result.handoffs) || !Array.isArray(result.warnings)) return INVALID;

  const events: TrackingEvent[] = new Array(result.events.length);
  for (let index = 0; index < result.events.length; index++) {
    const event = checkEvent(result.events[index], instantsCanonical);
    if (event === INVALID) return INVALID;
    events[index] = event;
  }
  const estimatedDelivery = result.estimatedDelivery === null ? null : copyEstimatedDelivery(result.estimatedDelivery);
  const origin = result.origin === null ? null : copyLocation(result.origin);
  const destination = result.destination === null ? null : copyLocation(result.destination);
  const service = result.service === null ? null : copyService(result.service);
  const amountDue = result.amountDue === null ? null : copyAmountDue(result.amountDue);
  if (estimatedDelivery === INVALID || origin === INVALID || destination === INVALID || service === INVALID || amountDue === INVALID) return INVALID;
  const handoffs: Handoff[] = new Array(result.handoffs.length);
  for (let index = 0; index < result.handoffs.length; index++) {
    const handoff = copyHandoff(result.handoffs[index]);
    if (handoff === INVALID) return INVALID;
    handoffs[index] = handoff;
  }
  const warnings: TrackingWarning[] = new Array(result.warnings.length);
  for (let index = 0; index < result.warnings.length; index++) {
    const warning = copyWarning(result.warnings[index]);
    if (warning === INVALID) return INVALID;
    warnings[index] = warning;
  }
  return {
    carrier: result.carrier,
    trackingNumber: result.trackingNumber,
    outcome: result.outcome,
    status: result.status,
    subStatus: result.subStatus,
    statusDescription: result.statusDescription,
    events,
    estimatedDelivery,
    deliveredAt: result.deliveredAt,
    signedBy: result.signedBy,
    origin,
    destination,
    service,
    amountDue,
    handoffs,
    warnings,
    fetchedAt: result.fetchedAt,
    locale: result.locale,
  };
}

/** `instantCanonical`: `occurredAt` is known to be written as `toInstant` writes it (so it fits `UtcInstant`). */
function checkEvent(event: TrackingEvent | undefined, instantCanonical: boolean): TrackingEvent | Invalid {
  if (!isRecord(event)) return INVALID;
  if (!isNonEmptyString(event.id) || !isNonEmptyString(event.carrier) || !isNonEmptyString(event.trackingNumber)) return INVALID;
  if (!STATUSES.has(event.status) || !SUB_STATUSES.has(event.subStatus) || !TIME_BASES.has(event.timeBasis)) return INVALID;
  if ((!instantCanonical && !isUtcInstant(event.occurredAt)) || !isPattern(event.localTime, OFFSET_DATE_TIME)) return INVALID;
  if (event.timeZone !== null && typeof event.timeZone !== 'string') return INVALID;
  if (typeof event.description !== 'string') return INVALID;
  const location = event.location === null ? null : copyLocation(event.location);
  const carrierStatus = copyCarrierStatus(event.carrierStatus);
  if (location === INVALID || carrierStatus === INVALID) return INVALID;
  const out: TrackingEvent = {
    id: event.id,
    carrier: event.carrier,
    trackingNumber: event.trackingNumber,
    status: event.status,
    subStatus: event.subStatus,
    occurredAt: event.occurredAt,
    localTime: event.localTime,
    timeZone: event.timeZone,
    timeBasis: event.timeBasis,
    location,
    description: event.description,
    carrierStatus,
  };
  if ('handoff' in event) {
    if (event.handoff !== undefined) {
      const handoff = copyHandoff(event.handoff);
      if (handoff === INVALID) return INVALID;
      out.handoff = handoff;
    } else {
      out.handoff = undefined;
    }
  }
  return out;
}

function copyLocation(value: unknown): Location | Invalid {
  if (!isRecord(value) || !hasOnlyKeys(value, LOCATION_KEYS)) return INVALID;
  const out: Location = {};
  if ('city' in value) {
    if (value.city !== undefined && !isNonEmptyString(value.city)) return INVALID;
    out.city = value.city;
  }
  if ('region' in value) {
    if (value.region !== undefined && !isNonEmptyString(value.region)) return INVALID;
    out.region = value.region;
  }
  if ('postalCode' in value) {
    if (value.postalCode !== undefined && !isNonEmptyString(value.postalCode)) return INVALID;
    out.postalCode = value.postalCode;
  }
  if ('countryCode' in value) {
    if (value.countryCode !== undefined && !isCountryCode(value.countryCode)) return INVALID;
    out.countryCode = value.countryCode;
  }
  if ('facility' in value) {
    if (value.facility !== undefined && !isNonEmptyString(value.facility)) return INVALID;
    out.facility = value.facility;
  }
  return out;
}

function copyCarrierStatus(value: unknown): CarrierStatus | Invalid {
  if (!isRecord(value) || !hasOnlyKeys(value, CARRIER_STATUS_KEYS)) return INVALID;
  if (!('code' in value) || !('description' in value) || !('language' in value)) return INVALID;
  const { code, description, language } = value;
  if ((code !== null && typeof code !== 'string') || typeof description !== 'string' || (language !== null && typeof language !== 'string')) return INVALID;
  return { code, description, language };
}

function copyHandoff(value: unknown): Handoff | Invalid {
  if (!isRecord(value) || !hasOnlyKeys(value, HANDOFF_KEYS)) return INVALID;
  if (!('carrier' in value) || !('trackingNumber' in value)) return INVALID;
  const { carrier, trackingNumber } = value;
  if ((carrier !== null && typeof carrier !== 'string') || (trackingNumber !== null && typeof trackingNumber !== 'string')) return INVALID;
  if (!('carrierName' in value)) return { carrier, trackingNumber };
  const { carrierName } = value;
  if (carrierName !== undefined && typeof carrierName !== 'string') return INVALID;
  return { carrier, carrierName, trackingNumber };
}

function copyEstimatedDelivery(value: unknown): EstimatedDelivery | Invalid {
  if (!isRecord(value) || !hasOnlyKeys(value, ESTIMATED_DELIVERY_KEYS)) return INVALID;
  const { from, to, precision } = value;
  if (typeof from !== 'string' || typeof to !== 'string' || typeof precision !== 'string' || !PRECISIONS.has(precision)) return INVALID;
  return { from, to, precision: precision as EstimatedDelivery['precision'] };
}

function copyService(value: unknown): NonNullable<TrackingResult['service']> | Invalid {
  if (!isRecord(value) || !hasOnlyKeys(value, SERVICE_KEYS)) return INVALID;
  const out: NonNullable<TrackingResult['service']> = {};
  if ('code' in value) {
    if (value.code !== undefined && typeof value.code !== 'string') return INVALID;
    out.code = value.code;
  }
  if ('name' in value) {
    if (value.name !== undefined && typeof value.name !== 'string') return INVALID;
    out.name = value.name;
  }
  return out;
}

function copyAmountDue(value: unknown): AmountDue | Invalid {
  if (!isRecord(value) || !hasOnlyKeys(value, AMOUNT_DUE_KEYS)) return INVALID;
  const { amount, currency } = value;
  if (typeof amount !== 'string' || typeof currency !== 'string') return INVALID;
  return { amount, currency };
}

function copyWarning(value: unknown): TrackingWarning | Invalid {
  if (!isRecord(value) || !hasOnlyKeys(value, WARNING_KEYS)) return INVALID;
  const { code, message } = value;
  if (!isPattern(code, WARNING_CODE) || typeof message !== 'string') return INVALID;
  const out: TrackingWarning = { code, message };
  if ('rawCode' in value) {
    if (value.rawCode !== undefined && typeof value.rawCode !== 'string') return INVALID;
    out.rawCode = value.rawCode;
  }
  return out;
}

/** What zod's `z.object` takes for an object: anything of type object but `null` and arrays. */
function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `.strict()`: no key outside the schema's, inherited enumerable keys included (zod reads them with `for...in`). */
function hasOnlyKeys(value: Record<string, unknown>, keys: ReadonlySet<string>): boolean {
  for (const key in value) if (!keys.has(key)) return false;
  return true;
}

function isNonEmptyString(value: unknown): value is string {
  return typeof value === 'string' && value.length >= 1;
}

function isPattern(value: unknown, pattern: RegExp): value is string {
  return typeof value === 'string' && pattern.test(value);
}

/** `UtcInstant`: the texts `toInstant` writes pass without the pattern (they always fit it). */
function isUtcInstant(value: unknown): value is string {
  return isCanonicalInstant(value) || isPattern(value, UTC_INSTANT);
}

/** `z.string().regex(/^[A-Z]{2}$/)`. */
function isCountryCode(value: unknown): value is string {
  if (typeof value !== 'string' || value.length !== 2) return false;
  const first = value.charCodeAt(0);
  const second = value.charCodeAt(1);
  return first >= 65 && first <= 90 && second >= 65 && second <= 90;
}
