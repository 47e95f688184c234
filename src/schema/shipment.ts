import { z } from 'zod';
import { Location } from './location.js';
import { SubStatus, TrackingStatus } from './status.js';
import { CarrierStatus, Handoff, OffsetDateTime, TimeBasis, UtcInstant } from './tracking-event.js';
import { AmountDue, EstimatedDelivery, TrackingWarning } from './tracking-result.js';

/**
 * What a leg does in the journey: `origin` (the first carrier), `line_haul` (a carrier between the first and
 * the last), `last_mile` (the carrier that delivers; a shipment with one leg has only a `last_mile` leg).
 */
export const ShipmentLegRole = z.enum(['origin', 'line_haul', 'last_mile']);
/** What a leg does in the journey. */
export type ShipmentLegRole = z.infer<typeof ShipmentLegRole>;

/**
 * How a leg's `handoffAt` was found:
 * - `handoff_event`: the leg's own event that announces the next carrier (an event `handoff`, or `handed_over`);
 * - `delivered_event`: the leg's "delivered", which in a journey means delivered to the next carrier;
 * - `next_leg_first_event`: no such event, so the first event of the next leg (an approximation).
 */
export const HandoffBasis = z.enum(['handoff_event', 'delivered_event', 'next_leg_first_event']);
/** How a leg's `handoffAt` was found. */
export type HandoffBasis = z.infer<typeof HandoffBasis>;

/** A pointer to one event of a leg, as that carrier reported it. */
export const LegEventRef = z
  .object({
    /** The event's id in the carrier's own result. */
    id: z.string().min(1),
    occurredAt: UtcInstant,
    /** The status the carrier's result gave the event (before any shipment-view reinterpretation). */
    status: TrackingStatus,
    subStatus: SubStatus,
  })
  .strict();
/** A pointer to one event of a leg. */
export type LegEventRef = z.infer<typeof LegEventRef>;

/**
 * One carrier's part of the journey.
 *
 * @example
 * for (const leg of shipment.legs) console.log(leg.role, leg.carrier, leg.trackingNumber, leg.handoffAt);
 */
export const ShipmentLeg = z
  .object({
    /** Position in `Shipment.legs` (0 = origin). Events name their leg by this index. */
    index: z.number().int().nonnegative(),
    carrier: z.string().min(1),
    /** The number as this carrier knows it. */
    trackingNumber: z.string().min(1),
    role: ShipmentLegRole,
    /** The carrier's own answer: `not_found` legs are kept (the next carrier may not know the parcel yet). */
    outcome: z.enum(['found', 'not_found']),
    /** The leg's status as its carrier's result derived it, on its own. */
    status: TrackingStatus,
    subStatus: SubStatus,
    /** Number of events in the carrier's result (before de-duplication across legs). */
    eventCount: z.number().int().nonnegative(),
    firstEvent: LegEventRef.nullable(),
    lastEvent: LegEventRef.nullable(),
    /** When this leg passed the parcel to the next leg; `null` for the last leg or when nothing says. */
    handoffAt: UtcInstant.nullable(),
    handoffBasis: HandoffBasis.nullable(),
    /** When the carrier's result was fetched (the newest, when the same leg was given more than once). */
    fetchedAt: UtcInstant,
    /** The carrier result's own warnings. */
    warnings: z.array(TrackingWarning),
  })
  .strict();
/** One carrier's part of the journey. */
export type ShipmentLeg = z.infer<typeof ShipmentLeg>;

/** One carrier's report of a shipment event: who said it, under which number, and in their own words. */
export const ShipmentReport = z
  .object({
    carrier: z.string().min(1),
    trackingNumber: z.string().min(1),
    /** Index of the reporting leg in `Shipment.legs`. */
    leg: z.number().int().nonnegative(),
    /** The event's id in that carrier's result. */
    eventId: z.string().min(1),
    occurredAt: UtcInstant,
    /** The status that carrier's result gave the event. */
    status: TrackingStatus,
    subStatus: SubStatus,
    carrierStatus: CarrierStatus,
  })
  .strict();
/** One carrier's report of a shipment event. */
export type ShipmentReport = z.infer<typeof ShipmentReport>;

/**
 * Why the shipment view gives an event another status than its carrier did:
 * `delivered_to_partner`: an earlier leg's "delivered" is the handover to the next carrier, not the delivery.
 */
export const ReinterpretationReason = z.enum(['delivered_to_partner']);
/** Why the shipment view reinterpreted an event. */
export type ReinterpretationReason = z.infer<typeof ReinterpretationReason>;

/**
 * One event of the journey. The fields of `TrackingEvent` come from the primary report (the latest leg that
 * reported it); `reportedBy` lists every carrier that reported the same milestone, in leg order.
 *
 * @example
 * const last = shipment.events.at(-1)!;
 * console.log(last.occurredAt, last.status, shipment.legs[last.leg]!.carrier, last.reportedBy.length);
 */
export const ShipmentEvent = z
  .object({
    /** The primary report's event id (unique in the shipment). */
    id: z.string().min(1),
    /** The primary report's carrier and number. */
    carrier: z.string().min(1),
    trackingNumber: z.string().min(1),
    /** Index of the primary report's leg in `Shipment.legs`. */
    leg: z.number().int().nonnegative(),
    /** The status in the shipment view (see `reinterpretedFrom`). */
    status: TrackingStatus,
    subStatus: SubStatus,
    occurredAt: UtcInstant,
    localTime: OffsetDateTime,
    timeZone: z.string().nullable(),
    timeBasis: TimeBasis,
    location: Location.nullable(),
    /** Our label for `subStatus`, in the shipment's locale. */
    description: z.string(),
    /** The primary report's own words. */
    carrierStatus: CarrierStatus,
    handoff: Handoff.optional(),
    /** Every report of this milestone (one per leg at most), in leg order. Never empty. */
    reportedBy: z.array(ShipmentReport).min(1),
    /** Present when the shipment view changed the carrier's status; the carrier's pair stays in `reportedBy`. */
    reinterpretedFrom: z
      .object({ status: TrackingStatus, subStatus: SubStatus, reason: ReinterpretationReason })
      .strict()
      .optional(),
  })
  .strict();
/** One event of the journey. */
export type ShipmentEvent = z.infer<typeof ShipmentEvent>;

/**
 * Where customs stands for the shipment, from the merged timeline:
 * - `none`: no customs event yet;
 * - `processing`: presented to customs, nothing adverse;
 * - `held`: held by customs or another agency;
 * - `awaiting_payment`: duties, taxes or clearance fees are owed;
 * - `cleared`: released (said by a carrier, or shown by a payment or a later movement).
 */
export const CustomsState = z.enum(['none', 'processing', 'held', 'awaiting_payment', 'cleared']);
/** Where customs stands. */
export type CustomsState = z.infer<typeof CustomsState>;

/**
 * The customs summary of a shipment.
 *
 * @example
 * if (shipment.customs.status === 'awaiting_payment') console.log('pay', shipment.customs.dutiesOwed);
 */
export const CustomsSummary = z
  .object({
    status: CustomsState,
    /** When the current hold began (held or awaiting payment); `null` otherwise. */
    heldSince: UtcInstant.nullable(),
    /** When customs released the parcel (the carrier's release event, or the payment or movement that showed it). */
    clearedAt: UtcInstant.nullable(),
    /** What a carrier says is owed (its result's `amountDue`, latest leg first) while the parcel is neither cleared nor delivered. */
    dutiesOwed: AmountDue.nullable(),
  })
  .strict();
/** The customs summary of a shipment. */
export type CustomsSummary = z.infer<typeof CustomsSummary>;

/**
 * One parcel's journey across carriers: the legs, one merged timeline, and one status for the host's order.
 * Built by `mergeLegs`; rules in `docs/multi-leg.md`.
 *
 * @example
 * const shipment = mergeLegs([chinaPostResult, uspsResult], { reference: 'order-1042' });
 * Shipment.parse(shipment);
 * console.log(shipment.status, shipment.legs.map((leg) => leg.carrier), shipment.customs.status);
 */
export const Shipment = z
  .object({
    /** The host's reference for the journey (an order id). */
    reference: z.string().min(1),
    status: TrackingStatus,
    subStatus: SubStatus,
    /** Our label for `status` in `locale`. */
    statusDescription: z.string(),
    /** Id of the event that set the status, `null` when none did (no events). */
    statusEventId: z.string().min(1).nullable(),
    /** Origin first, last mile last. */
    legs: z.array(ShipmentLeg),
    /** Ascending by instant; at the same instant, a later leg's events come after an earlier leg's. */
    events: z.array(ShipmentEvent),
    /** The latest leg's estimate that gives one. */
    estimatedDelivery: EstimatedDelivery.nullable(),
    /** The delivery instant when the status is `delivered`, otherwise `null`. */
    deliveredAt: UtcInstant.nullable(),
    customs: CustomsSummary,
    /** The first leg's origin that is known. */
    origin: Location.nullable(),
    /** The last leg's destination that is known. */
    destination: Location.nullable(),
    /** Notes about the merge itself (a leg not found, a handoff not tracked); each leg keeps its own warnings. */
    warnings: z.array(TrackingWarning),
    /** The locale of every label in the shipment. */
    locale: z.string(),
  })
  .strict();
/** One parcel's journey across carriers. */
export type Shipment = z.infer<typeof Shipment>;
