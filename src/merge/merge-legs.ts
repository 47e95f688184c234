import { ConfigurationError } from '../errors/configuration-error.js';
import { createTranslator, resolveLocale, type SupportedLocale, type Translator } from '../i18n/create-i18n.js';
import type { LegEventRef, Shipment, ShipmentEvent, ShipmentLeg, ShipmentReport } from '../schema/shipment.js';
import type { SubStatus } from '../schema/status.js';
import type { Handoff, TrackingEvent } from '../schema/tracking-event.js';
import type { TrackingResult, TrackingWarning } from '../schema/tracking-result.js';
import { combineLegResults } from './combine-leg-results.js';
import { summarizeCustoms } from './customs-summary.js';
import { dedupeEvents, sortLegEvents, toLegEvent, type LegEvent } from './dedupe-events.js';
import { deriveShipmentStatus } from './derive-shipment-status.js';
import { findHandoffTime } from './handoff-time.js';
import { handoffNamesLeg } from './leg-identity.js';
import { orderLegs, type OrderedLeg } from './order-legs.js';

/** Options of {@link mergeLegs}. */
export interface MergeLegsOptions {
  /** The host's reference for the journey (an order id). Required, not empty. */
  reference: string;
  /** Locale of the labels (default: the locale of the origin leg's result; `en` without legs). */
  locale?: string;
}

let sharedTranslator: Translator | undefined;

/**
 * Merges the results of the carriers that carry one parcel (the origin post, a line-haul carrier, the delivering
 * post) into one {@link Shipment}: the legs in journey order with their roles and handoff times, one timeline in
 * which every event names its leg and the same milestone told by two carriers appears once with both carriers'
 * words, one status, the delivery estimate and instant, and a customs summary. Pure: no clock, no I/O; the same
 * results in any order, or given twice, give the same shipment. Rules: `docs/multi-leg.md`.
 *
 * @example
 * import { mergeLegs, normalize } from 'parceline';
 * import { chinaPost } from 'parceline/carriers/china-post';
 * import { usps } from 'parceline/carriers/usps';
 * const shipment = mergeLegs(
 *   [...normalize(chinaPost(), chinaPostBody), ...normalize(usps(), uspsBody)],
 *   { reference: 'order-1042' },
 * );
 * shipment.status; // 'delivered'
 * shipment.legs.map((leg) => `${leg.role}:${leg.carrier}`); // ['origin:china-post', 'last_mile:usps']
 */
export function mergeLegs(results: readonly TrackingResult[], options: MergeLegsOptions): Shipment {
  if (typeof options?.reference !== 'string' || options.reference.length === 0) {
    throw new ConfigurationError('mergeLegs needs a non-empty reference (the host order id, for example)');
  }
  sharedTranslator ??= createTranslator();
  const translator = sharedTranslator;
  const legs = orderLegs(combineLegResults(results));
  const locale = resolveLocale(options.locale ?? legs[0]?.result.locale);
  const lastLeg = legs.length - 1;

  const legEvents: LegEvent[] = [];
  for (const leg of legs) {
    const events = leg.events;
    for (let position = 0; position < events.length; position++) {
      const event = events[position] as TrackingEvent;
      legEvents.push(toLegEvent(event, leg.index, position));
    }
  }
  const groups = dedupeEvents(sortLegEvents(legEvents));
  // The groups come in the order of their primary (latest leg) report: the order of the timeline.
  const label = labeller(translator, locale);
  const events: ShipmentEvent[] = groups.map((group) => toShipmentEvent(group, legs, lastLeg, label));

  const derived = deriveShipmentStatus(events);
  const decisive = derived.decisiveIndex >= 0 ? events[derived.decisiveIndex] : undefined;
  const delivered = derived.status === 'delivered';
  const decisiveResult = decisive ? legs[decisive.leg]?.result : undefined;
  const deliveredAt = delivered ? (decisiveResult?.status === 'delivered' && decisiveResult.deliveredAt ? decisiveResult.deliveredAt : (decisive?.occurredAt ?? null)) : null;
  const latestFirst = [...legs].reverse();

  return {
    reference: options.reference,
    status: derived.status,
    subStatus: derived.subStatus,
    statusDescription: translator.t(locale, `status.${derived.status}`),
    statusEventId: decisive?.id ?? null,
    legs: legs.map((leg) => toShipmentLeg(leg, legs[leg.index + 1])),
    events,
    estimatedDelivery: latestFirst.find((leg) => leg.result.estimatedDelivery !== null)?.result.estimatedDelivery ?? null,
    deliveredAt,
    customs: summarizeCustoms(events, latestFirst.find((leg) => leg.result.amountDue !== null)?.result.amountDue ?? null, delivered),
    origin: legs.find((leg) => leg.result.origin !== null)?.result.origin ?? null,
    destination: latestFirst.find((leg) => leg.result.destination !== null)?.result.destination ?? null,
    warnings: mergeWarnings(legs),
    locale,
  };
}

/** Labels of subStatus ids in one locale, looked up once each. */
function labeller(translator: Translator, locale: SupportedLocale): (subStatus: SubStatus) => string {
  const labels = new Map<SubStatus, string>();
  return (subStatus) => {
    let text = labels.get(subStatus);
    if (text === undefined) {
      text = translator.t(locale, `subStatus.${subStatus}`);
      labels.set(subStatus, text);
    }
    return text;
  };
}

function toShipmentEvent(group: readonly LegEvent[], legs: readonly OrderedLeg[], lastLeg: number, label: (subStatus: SubStatus) => string): ShipmentEvent {
  const primary = group[group.length - 1] as LegEvent;
  const source = primary.event;
  // An earlier leg's "delivered" is the handover to the next carrier, not the delivery to the shopper.
  const handedOn = primary.leg < lastLeg && source.status === 'delivered';
  const subStatus = handedOn && source.subStatus !== 'generic_update' ? 'handed_over' : source.subStatus;
  const status = handedOn ? 'in_transit' : source.status;
  const out: ShipmentEvent = {
    id: source.id,
    carrier: source.carrier,
    trackingNumber: source.trackingNumber,
    leg: primary.leg,
    status,
    subStatus,
    occurredAt: source.occurredAt,
    localTime: source.localTime,
    timeZone: source.timeZone,
    timeBasis: source.timeBasis,
    location: source.location,
    description: label(subStatus),
    carrierStatus: source.carrierStatus,
    reportedBy: group.map((member) => toReport(member, legs)),
  };
  const handoff = source.handoff ?? group.find((member) => member.event.handoff !== undefined)?.event.handoff;
  if (handoff) out.handoff = handoff;
  if (handedOn) out.reinterpretedFrom = { status: source.status, subStatus: source.subStatus, reason: 'delivered_to_partner' };
  return out;
}

function toReport(member: LegEvent, legs: readonly OrderedLeg[]): ShipmentReport {
  const leg = legs[member.leg] as OrderedLeg;
  return {
    carrier: leg.result.carrier,
    trackingNumber: leg.result.trackingNumber,
    leg: member.leg,
    eventId: member.event.id,
    occurredAt: member.event.occurredAt,
    status: member.event.status,
    subStatus: member.event.subStatus,
    carrierStatus: member.event.carrierStatus,
  };
}

function toShipmentLeg(leg: OrderedLeg, next: OrderedLeg | undefined): ShipmentLeg {
  const handoff = next ? findHandoffTime(legView(leg), legView(next)) : null;
  return {
    index: leg.index,
    carrier: leg.result.carrier,
    trackingNumber: leg.result.trackingNumber,
    role: leg.role,
    outcome: leg.result.outcome,
    status: leg.result.status,
    subStatus: leg.result.subStatus,
    eventCount: leg.events.length,
    firstEvent: toRef(leg.events[0]),
    lastEvent: toRef(leg.events.at(-1)),
    handoffAt: handoff?.at ?? null,
    handoffBasis: handoff?.basis ?? null,
    fetchedAt: leg.result.fetchedAt,
    warnings: leg.result.warnings,
  };
}

function legView(leg: OrderedLeg) {
  return { carrier: leg.result.carrier, trackingNumber: leg.result.trackingNumber, events: leg.events };
}

function toRef(event: TrackingEvent | undefined): LegEventRef | null {
  return event ? { id: event.id, occurredAt: event.occurredAt, status: event.status, subStatus: event.subStatus } : null;
}

/** Legs the carrier does not know, and partners a leg names that are not legs of this shipment. */
function mergeWarnings(legs: readonly OrderedLeg[]): TrackingWarning[] {
  const warnings: TrackingWarning[] = [];
  const seen = new Set<string>();
  for (const leg of legs) {
    const { carrier, trackingNumber } = leg.result;
    if (leg.result.outcome === 'not_found') {
      warnings.push({ code: 'LEG_NOT_FOUND', message: `${carrier} has no record of ${trackingNumber} yet`, rawCode: trackingNumber });
    }
    const announced: Handoff[] = [...leg.result.handoffs];
    for (let position = 0; position < leg.events.length; position++) {
      const handoff = (leg.events[position] as TrackingEvent).handoff;
      if (handoff) announced.push(handoff);
    }
    for (const handoff of announced) {
      if (legs.some((other) => other !== leg && handoffNamesLeg(handoff, leg.result, other.result))) continue;
      const partner = handoff.carrier ?? handoff.carrierName ?? 'an unnamed partner';
      const number = handoff.trackingNumber ?? trackingNumber;
      const key = `${carrier}|${trackingNumber}|${partner}|${number}`;
      if (seen.has(key)) continue;
      seen.add(key);
      warnings.push({
        code: 'HANDOFF_NOT_TRACKED',
        message: `${carrier} names ${partner} for ${number}, which is not a leg of this shipment`,
        rawCode: number,
      });
    }
  }
  return warnings;
}
