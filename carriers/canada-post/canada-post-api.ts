import { z } from 'zod';

/*
 * Lenient raw schemas of Canada Post's Tracking REST bodies, after `parseXml` (every value a string,
 * elements by local name, repeating elements as arrays). They declare only what parceline reads; anything
 * else Canada Post sends (`duplicate-flag-ind`, `cod-remit-info`, ...) is ignored. Shapes: the vendor schemas
 * track.xsd (`tracking-detail`) and messages.xsd (`messages`), read with reference/carriers/canada-post.md §3-4.
 */

/** Element paths that always parse as arrays (they repeat). */
export const CANADA_POST_ARRAY_PATHS: readonly string[] = [
  'tracking-detail.significant-events.occurrence',
  'tracking-detail.delivery-options.item',
  'messages.message',
];

const OptionalText = z.string().optional();

/** One `significant-events/occurrence` (newest first in the document). */
export const CanadaPostOccurrence = z.object({
  /** Usually zero-padded to four digits (`0174`); a few arrive short (`20`). */
  'event-identifier': OptionalText,
  /** Local date at the site, `YYYY-MM-DD`. */
  'event-date': z.string().min(1),
  /** Local wall time, `HH:MM:SS`. */
  'event-time': OptionalText,
  /** `EST`, `EDT`, ... ; empty, or a country word for foreign scans. */
  'event-time-zone': OptionalText,
  /** In the language asked with `Accept-language`. */
  'event-description': OptionalText,
  'signatory-name': OptionalText,
  /** City or facility (upper case); abroad a place and a country, comma separated. */
  'event-site': OptionalText,
  /** Two-letter province; empty abroad. */
  'event-province': OptionalText,
  'event-retail-location-id': OptionalText,
  'event-retail-name': OptionalText,
});
/** One event as Canada Post sends it. */
export type CanadaPostOccurrence = z.infer<typeof CanadaPostOccurrence>;

/** The `tracking-detail` document (Get Tracking Details). */
export const CanadaPostTrackingDetail = z.object({
  pin: OptionalText,
  'expected-delivery-date': OptionalText,
  /** Replaces `expected-delivery-date` when set. */
  'changed-expected-date': OptionalText,
  'destination-postal-id': OptionalText,
  'service-name': OptionalText,
  'service-name-2': OptionalText,
  /** Set when this PIN is the return of that PIN. */
  'original-pin': OptionalText,
  /** The PIN of the return item created for this one. */
  'return-pin': OptionalText,
  'significant-events': z.object({ occurrence: z.array(CanadaPostOccurrence) }).optional(),
});
/** A tracking-detail document. */
export type CanadaPostTrackingDetail = z.infer<typeof CanadaPostTrackingDetail>;

/** The error body: `messages/message*` with `code` and `description`. */
export const CanadaPostMessages = z.object({
  message: z.array(z.object({ code: OptionalText, description: OptionalText })),
});
/** An error body. */
export type CanadaPostMessages = z.infer<typeof CanadaPostMessages>;
