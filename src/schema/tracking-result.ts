import { z } from 'zod';
import { Location } from './location.js';
import { SubStatus, TrackingStatus } from './status.js';
import { Handoff, TrackingEvent, UtcInstant } from './tracking-event.js';

/** A note about the result that is not an error: an unknown code, an assumed time zone, a carrier warning. */
export const TrackingWarning = z
  .object({
    /** Stable SCREAMING_SNAKE code: `UNKNOWN_CARRIER_CODE`, `ASSUMED_TIME_ZONE`, `CARRIER_WARNING`, ... */
    code: z.string().regex(/^[A-Z][A-Z0-9_]*$/),
    message: z.string(),
    /** The carrier's raw code the warning is about, when there is one. */
    rawCode: z.string().optional(),
  })
  .strict();
/** A note about a result that is not an error. */
export type TrackingWarning = z.infer<typeof TrackingWarning>;

/**
 * When the carrier expects to deliver. With `precision: 'date'`, `from` and `to` are local calendar
 * dates at the destination (`2024-05-03`); with `'datetime'` they are wall times with offsets.
 */
export const EstimatedDelivery = z
  .object({
    from: z.string(),
    to: z.string(),
    precision: z.enum(['date', 'datetime']),
  })
  .strict();
/** When the carrier expects to deliver. */
export type EstimatedDelivery = z.infer<typeof EstimatedDelivery>;

/** An amount the recipient owes (duties, taxes, cash on delivery), only when the carrier states it. */
export const AmountDue = z
  .object({
    /** Decimal string as the carrier sent it (`243.50`): no floating point. */
    amount: z.string(),
    /** ISO 4217 code. */
    currency: z.string(),
  })
  .strict();
/** An amount the recipient owes. */
export type AmountDue = z.infer<typeof AmountDue>;

/**
 * One carrier's view of one tracking number.
 *
 * @example
 * const result = await tracker.track('1Z4W7E210355182041');
 * if (result.outcome === 'not_found') console.log('nothing yet');
 * else console.log(result.status, result.events.length);
 */
export const TrackingResult = z
  .object({
    carrier: z.string().min(1),
    trackingNumber: z.string().min(1),
    /** `not_found`: the carrier has no record (yet). An outcome, never an exception. */
    outcome: z.enum(['found', 'not_found']),
    status: TrackingStatus,
    subStatus: SubStatus,
    /** Our label for `status` in the requested locale. */
    statusDescription: z.string(),
    /** Ascending by instant. */
    events: z.array(TrackingEvent),
    estimatedDelivery: EstimatedDelivery.nullable(),
    deliveredAt: UtcInstant.nullable(),
    signedBy: z.string().nullable(),
    origin: Location.nullable(),
    destination: Location.nullable(),
    service: z
      .object({ code: z.string().optional(), name: z.string().optional() })
      .strict()
      .nullable(),
    amountDue: AmountDue.nullable(),
    /** Partner carriers and numbers this carrier names (for following the parcel). */
    handoffs: z.array(Handoff),
    warnings: z.array(TrackingWarning),
    /** When this result was fetched (or normalized, for stored payloads). */
    fetchedAt: UtcInstant,
    /** The locale of every `description` in this result. */
    locale: z.string(),
  })
  .strict();
/** One carrier's view of one tracking number. */
export type TrackingResult = z.infer<typeof TrackingResult>;
