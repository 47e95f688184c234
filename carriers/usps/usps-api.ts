import { z } from 'zod';
import { isFlag, isOptionalList, isPlainText, isRecord } from '../../src/adapter-kit/index.js';

/*
 * Lenient raw schemas of the USPS Tracking v3 bodies (GET /tracking/v3/tracking/{trackingNumber}?expand=DETAIL).
 * They declare only the fields parceline reads; anything else USPS sends is ignored, so a new field breaks
 * nothing. Shape: reference/carriers/usps.md §3 and §4 and the vendor OpenAPI file (tracking.yaml, 3.2.6).
 * Real bodies differ from the spec (reference §3.2): booleans as strings, `services` as a string or an
 * array, key casing drift. Scalars are therefore accepted as strings or numbers (read as strings), and
 * `null` wherever a field is optional.
 */

/** A string USPS may also send as a number; read as a string. */
const Text = z.union([z.string(), z.number()]).transform((value) => String(value));
const OptionalText = Text.nullish();
/** A boolean USPS may send as `"true"` / `"false"`. */
const Flag = z.union([z.boolean(), z.string()]).nullish();

/** One entry of `trackingEvents` (newest first). */
export const UspsTrackingEvent = z.object({
  /** USPS's text for the event (`Out for Delivery`, `Held in Customs`). */
  eventType: OptionalText,
  /** Two-character scan code (Pub 199 Appendix G-4); unverified for international events. */
  eventCode: OptionalText,
  /** Local wall time at the scan location; no offset (a trailing `Z`, seen in older bodies, is false). */
  eventTimestamp: OptionalText,
  /** UTC time of the event; its date can be one day off around midnight UTC. */
  GMTTimestamp: OptionalText,
  /** Offset of the local time (`-05:00`, `-7:00`). */
  GMTOffset: OptionalText,
  /** A city, or a facility name (`OAK CREEK WI DISTRIBUTION CENTER`). */
  eventCity: OptionalText,
  eventState: OptionalText,
  eventZIP: OptionalText,
  /** `null` for domestic events; a country name or code abroad. */
  eventCountry: OptionalText,
  /** Company name on a delivery to a business. */
  firm: OptionalText,
  /** Name of the person who signed, when there is one. */
  name: OptionalText,
  authorizedAgent: Flag,
});
/** One tracking event as USPS sends it. */
export type UspsTrackingEvent = z.infer<typeof UspsTrackingEvent>;

/** The DETAIL body (`TrackingDetails`). */
export const UspsTrackingDetails = z.object({
  trackingNumber: OptionalText,
  /** Display text, often with HTML (`Priority Mail<SUP>&reg;</SUP>`), or the spec's enum. */
  mailClass: OptionalText,
  /** `DM` in real bodies, or the spec's `DOMESTIC_MAIL`, `INTERNATIONAL_INBOUND`, ... */
  mailType: OptionalText,
  serviceTypeCode: OptionalText,
  originCity: OptionalText,
  originState: OptionalText,
  originZIP: OptionalText,
  originCountry: OptionalText,
  destinationCity: OptionalText,
  destinationState: OptionalText,
  destinationZIP: OptionalText,
  destinationCountryCode: OptionalText,
  /** Latest event's text. */
  status: OptionalText,
  /** Coarse category (`Delivered`, `Moving Through Network`, ...). */
  statusCategory: OptionalText,
  /** `YYYY-MM-DDT00:00:00` without offset: a local date at the destination. */
  expectedDeliveryTimeStamp: OptionalText,
  /** `YYYY-MM-DD`. */
  predictedDeliveryDate: OptionalText,
  guaranteedDeliveryTimeStamp: OptionalText,
  trackingEvents: z.array(UspsTrackingEvent).nullish(),
  /** Present only in SUMMARY bodies, which parceline does not read. */
  eventSummaries: z.unknown().optional(),
});
/** A DETAIL tracking body. */
export type UspsTrackingDetails = z.infer<typeof UspsTrackingDetails>;

/** One entry of `error.errors`. */
export const UspsErrorItem = z.object({
  status: OptionalText,
  /** USPS's subordinate code (`150002` for "not found"). */
  code: OptionalText,
  title: OptionalText,
  detail: OptionalText,
});
/** One error entry. */
export type UspsErrorItem = z.infer<typeof UspsErrorItem>;

/** The error body every v3 API uses (`ErrorMessage`). */
export const UspsErrorBody = z.object({
  apiVersion: OptionalText,
  error: z.object({
    /** The HTTP status as a string (`400`). */
    code: OptionalText,
    /** May start with a legacy number (`7: ...`). */
    message: OptionalText,
    errors: z.array(UspsErrorItem).nullish(),
  }),
});
/** An error body. */
export type UspsErrorBody = z.infer<typeof UspsErrorBody>;

/*
 * Fast shape checks: each accepts only bodies the schema above accepts *and* that the schema would give back
 * unchanged in every field it declares (strings where `Text` is: a number, which the schema turns into a
 * string, sends the body through the schema). `validateRawBody` runs the schema whenever a check fails, so
 * conversions and errors are the schema's. test/adapter-kit/raw-body-guards.test.ts holds each check to its schema.
 */

function isTrackingEvent(value: unknown): boolean {
  return (
    isRecord(value) &&
    isPlainText(value.eventType) &&
    isPlainText(value.eventCode) &&
    isPlainText(value.eventTimestamp) &&
    isPlainText(value.GMTTimestamp) &&
    isPlainText(value.GMTOffset) &&
    isPlainText(value.eventCity) &&
    isPlainText(value.eventState) &&
    isPlainText(value.eventZIP) &&
    isPlainText(value.eventCountry) &&
    isPlainText(value.firm) &&
    isPlainText(value.name) &&
    isFlag(value.authorizedAgent)
  );
}

/** Whether {@link UspsTrackingDetails} would accept a body and give it back unchanged in every field it declares. */
export function isPlainUspsTrackingDetails(value: unknown): boolean {
  return (
    isRecord(value) &&
    isPlainText(value.trackingNumber) &&
    isPlainText(value.mailClass) &&
    isPlainText(value.mailType) &&
    isPlainText(value.serviceTypeCode) &&
    isPlainText(value.originCity) &&
    isPlainText(value.originState) &&
    isPlainText(value.originZIP) &&
    isPlainText(value.originCountry) &&
    isPlainText(value.destinationCity) &&
    isPlainText(value.destinationState) &&
    isPlainText(value.destinationZIP) &&
    isPlainText(value.destinationCountryCode) &&
    isPlainText(value.status) &&
    isPlainText(value.statusCategory) &&
    isPlainText(value.expectedDeliveryTimeStamp) &&
    isPlainText(value.predictedDeliveryDate) &&
    isPlainText(value.guaranteedDeliveryTimeStamp) &&
    isOptionalList(value.trackingEvents, isTrackingEvent)
  );
}

/** Whether {@link UspsErrorBody} would accept a body and give it back unchanged in every field it declares. */
export function isPlainUspsErrorBody(value: unknown): boolean {
  if (!isRecord(value) || !isPlainText(value.apiVersion) || !isRecord(value.error)) return false;
  const { code, message, errors } = value.error;
  return (
    isPlainText(code) &&
    isPlainText(message) &&
    isOptionalList(errors, (item) => isRecord(item) && isPlainText(item.status) && isPlainText(item.code) && isPlainText(item.title) && isPlainText(item.detail))
  );
}
