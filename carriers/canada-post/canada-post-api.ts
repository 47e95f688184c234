import { z } from 'zod';
import { isList, isRecord } from '../../src/adapter-kit/index.js';

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

/*
 * Fast shape checks: each accepts exactly the documents the schema above accepts (the schema converts
 * nothing, so it gives every declared field back unchanged), with plain type checks instead of zod's parse
 * and copy. `validateRawBody` runs the schema only when a check fails, to name the fault.
 * test/adapter-kit/raw-body-guards.test.ts holds each check to its schema.
 */

/** `OptionalText`. */
function isOptionalText(value: unknown): boolean {
  return value === undefined || typeof value === 'string';
}

function isOccurrence(value: unknown): boolean {
  if (!isRecord(value)) return false;
  const date = value['event-date'];
  return (
    typeof date === 'string' &&
    date.length >= 1 &&
    isOptionalText(value['event-identifier']) &&
    isOptionalText(value['event-time']) &&
    isOptionalText(value['event-time-zone']) &&
    isOptionalText(value['event-description']) &&
    isOptionalText(value['signatory-name']) &&
    isOptionalText(value['event-site']) &&
    isOptionalText(value['event-province']) &&
    isOptionalText(value['event-retail-location-id']) &&
    isOptionalText(value['event-retail-name'])
  );
}

/** Whether {@link CanadaPostTrackingDetail} accepts a document (exactly; it converts nothing). */
export function isPlainCanadaPostTrackingDetail(value: unknown): boolean {
  if (!isRecord(value)) return false;
  const events = value['significant-events'];
  return (
    isOptionalText(value.pin) &&
    isOptionalText(value['expected-delivery-date']) &&
    isOptionalText(value['changed-expected-date']) &&
    isOptionalText(value['destination-postal-id']) &&
    isOptionalText(value['service-name']) &&
    isOptionalText(value['service-name-2']) &&
    isOptionalText(value['original-pin']) &&
    isOptionalText(value['return-pin']) &&
    (events === undefined || (isRecord(events) && isList(events.occurrence, isOccurrence)))
  );
}

/** Whether {@link CanadaPostMessages} accepts a document (exactly; it converts nothing). */
export function isPlainCanadaPostMessages(value: unknown): boolean {
  return isRecord(value) && isList(value.message, (message) => isRecord(message) && isOptionalText(message.code) && isOptionalText(message.description));
}
