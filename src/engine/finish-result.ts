import type { CarrierAdapter, ParsedEvent, ParsedTracking } from '../carrier/carrier-spec.js';
import { createEventId } from '../adapter-kit/create-event-id.js';
import { AdapterContractError } from '../errors/adapter-contract-error.js';
import type { SupportedLocale, Translator } from '../i18n/create-i18n.js';
import type { TrackingEvent } from '../schema/tracking-event.js';
import { TrackingResult } from '../schema/tracking-result.js';
import { deriveStatus } from './derive-status.js';

/** What finishing a parsed result needs besides the parse output. */
export interface FinishContext {
  adapter: CarrierAdapter;
  translator: Translator;
  locale: SupportedLocale;
  fetchedAt: string;
  /** Validate the output against the strict schema (default true). */
  validate?: boolean;
}

/**
 * Turns one adapter's parse output into a public {@link TrackingResult}: events sorted by instant (stable),
 * stable ids (repeats within one result get `~2`, `~3`), informational events given the status in force,
 * the status derived by the documented rules, labels in the locale, and a strict schema check.
 */
export function finishResult(parsed: ParsedTracking, context: FinishContext): TrackingResult {
  const { adapter, translator, locale } = context;
  const order = parsed.events.map((event, index) => ({ event, index, at: Date.parse(event.time.occurredAt) }));
  order.sort((a, b) => a.at - b.at || a.index - b.index);

  const seen = new Map<string, number>();
  const informational = new Set<number>();
  const events: TrackingEvent[] = [];
  let inForce: TrackingEvent['status'] | null = null;
  for (const { event } of order) {
    if (event.status === null) informational.add(events.length);
    const status = event.status ?? inForce ?? 'unknown';
    if (event.status !== null && event.status !== 'unknown') inForce = event.status;
    events.push(toEvent(event, status, parsed.trackingNumber, context, seen));
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
  if (context.validate === false) return result;
  const checked = TrackingResult.safeParse(result);
  if (!checked.success) {
    throw new AdapterContractError(`${adapter.id} produced a result for ${parsed.trackingNumber} that fails the unified schema`, {
      carrierId: adapter.id,
      trackingNumbers: [parsed.trackingNumber],
      issues: checked.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`),
    });
  }
  return checked.data;
}

function toEvent(
  event: ParsedEvent,
  status: TrackingEvent['status'],
  trackingNumber: string,
  context: FinishContext,
  seen: Map<string, number>,
): TrackingEvent {
  const base = createEventId({
    carrier: context.adapter.id,
    trackingNumber,
    code: event.carrierStatus.code ?? event.carrierStatus.description,
    occurredAt: event.time.occurredAt,
    location: event.location,
  });
  const count = (seen.get(base) ?? 0) + 1;
  seen.set(base, count);
  const out: TrackingEvent = {
    id: count === 1 ? base : `${base}~${count}`,
    carrier: context.adapter.id,
    trackingNumber,
    status,
    subStatus: event.subStatus,
    occurredAt: event.time.occurredAt,
    localTime: event.time.localTime,
    timeZone: event.time.timeZone,
    timeBasis: event.time.timeBasis,
    location: event.location,
    description: context.translator.t(context.locale, `subStatus.${event.subStatus}`),
    carrierStatus: event.carrierStatus,
  };
  if (event.handoff) out.handoff = event.handoff;
  return out;
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
