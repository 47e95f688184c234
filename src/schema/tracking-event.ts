import { z } from 'zod';
import { Location } from './location.js';
import { SubStatus, TrackingStatus } from './status.js';

/** An ISO-8601 instant in UTC, always ending in `Z` (`2024-05-01T14:03:00.000Z`). */
export const UtcInstant = z.iso.datetime({ offset: false, local: false });

/** An ISO-8601 wall time with the offset in force at the place (`2024-05-01T10:03:00-04:00`). */
export const OffsetDateTime = z.iso.datetime({ offset: true, local: false });

/**
 * How an event's instant was found:
 * - `carrier_offset`: the carrier sent the instant itself (an offset, or UTC);
 * - `location_zone`: local wall time resolved with the IANA zone of the scan location;
 * - `assumed_zone`: local wall time resolved with a zone we had to assume (the location was too vague;
 *   the result carries a warning);
 * - `date_only`: the carrier gave a date without a time; the instant is the start of that day in the zone.
 */
export const TimeBasis = z.enum(['carrier_offset', 'location_zone', 'assumed_zone', 'date_only']);
/** How an event's instant was found. */
export type TimeBasis = z.infer<typeof TimeBasis>;

/** The carrier's own words for an event, always kept beside ours. */
export const CarrierStatus = z
  .object({
    /** The carrier's code, exactly as sent (`null` when the carrier sends only text). */
    code: z.string().nullable(),
    /** The carrier's text, exactly as sent (may be empty). */
    description: z.string(),
    /** BCP 47 language of `description` when known (`en`, `zh-CN`, `fr-CA`). */
    language: z.string().nullable(),
  })
  .strict();
/** The carrier's own words for an event. */
export type CarrierStatus = z.infer<typeof CarrierStatus>;

/** A transfer of the parcel to another carrier, as announced by the carrier that hands it over. */
export const Handoff = z
  .object({
    /** parceline carrier id of the partner when known (`usps`), otherwise `null`. */
    carrier: z.string().nullable(),
    /** The partner's name as the carrier wrote it (`USPS`, `Canada Post`). */
    carrierName: z.string().optional(),
    /** The partner's tracking number, `null` when the same number continues or none is given. */
    trackingNumber: z.string().nullable(),
  })
  .strict();
/** A transfer to another carrier. */
export type Handoff = z.infer<typeof Handoff>;

/**
 * One event of one parcel in the unified schema.
 *
 * @example
 * const event: TrackingEvent = result.events.at(-1)!;
 * console.log(event.occurredAt, event.status, event.description, event.carrierStatus.description);
 */
export const TrackingEvent = z
  .object({
    /** Stable hash of carrier, tracking number, raw code, instant and location: the same event fetched twice has the same id. */
    id: z.string().min(1),
    carrier: z.string().min(1),
    trackingNumber: z.string().min(1),
    status: TrackingStatus,
    subStatus: SubStatus,
    /** The instant, UTC. */
    occurredAt: UtcInstant,
    /** The same instant as wall time at the scan location, with its offset. */
    localTime: OffsetDateTime,
    /** IANA zone used to resolve or present the time, when known. */
    timeZone: z.string().nullable(),
    timeBasis: TimeBasis,
    location: Location.nullable(),
    /** Our label for `subStatus`, in the requested locale. */
    description: z.string(),
    carrierStatus: CarrierStatus,
    handoff: Handoff.optional(),
  })
  .strict();
/** One event of one parcel. */
export type TrackingEvent = z.infer<typeof TrackingEvent>;
