import { z } from 'zod';
import { isList, isOptionalList, isOptionalObject, isPlainText, isRecord } from '../../src/adapter-kit/index.js';

/*
 * Lenient raw schemas of Royal Mail Tracking API v2 bodies (vendor tracking-v2.swagger.yaml, read with
 * reference/carriers/royal-mail.md §3-4). They declare only what parceline reads; the spec's
 * `additionalProperties: false` is not enforced, so a field Royal Mail adds breaks nothing. `null` is
 * accepted wherever a field is optional (`locationName` has been seen as null).
 */

const OptionalText = z.string().nullish();
/** `httpCode` is a string in the spec; some clients see numbers. Read as a string. */
const Code = z
  .union([z.string(), z.number()])
  .transform((value) => String(value))
  .nullish();

/** One event of `mailPieces.events[]`; only `eventDateTime` is required by the spec. */
export const RoyalMailEvent = z.object({
  eventCode: OptionalText,
  eventName: OptionalText,
  /** ISO 8601 with offset (`2016-10-20T10:04:00+01:00`); `Z` seen in the wild. */
  eventDateTime: z.string(),
  locationName: OptionalText,
});
/** One event as Royal Mail sends it. */
export type RoyalMailEvent = z.infer<typeof RoyalMailEvent>;

/** `summary` of an events or summary answer. Country codes are ISO alpha-3 (`GBR`). */
export const RoyalMailSummary = z.object({
  uniqueItemId: OptionalText,
  oneDBarcode: OptionalText,
  productId: OptionalText,
  productName: OptionalText,
  productCategory: OptionalText,
  destinationCountryCode: OptionalText,
  destinationCountryName: OptionalText,
  originCountryCode: OptionalText,
  originCountryName: OptionalText,
  lastEventCode: OptionalText,
  lastEventName: OptionalText,
  lastEventDateTime: OptionalText,
  lastEventLocationName: OptionalText,
  statusDescription: OptionalText,
  statusCategory: OptionalText,
  /** The operator that delivers abroad, with its tracking site. */
  internationalPostalProvider: z.object({ url: OptionalText, title: OptionalText, description: OptionalText }).nullish(),
});
/** A summary block. */
export type RoyalMailSummary = z.infer<typeof RoyalMailSummary>;

/** One entry of an `errors` array. */
export const RoyalMailError = z.object({
  errorCode: OptionalText,
  errorDescription: OptionalText,
  errorCause: OptionalText,
  errorResolution: OptionalText,
});
/** An error entry. */
export type RoyalMailError = z.infer<typeof RoyalMailError>;

/** `mailPieces` of an events answer (an object here, an array in summary answers). */
export const RoyalMailEventsMailPiece = z.object({
  mailPieceId: z.string(),
  carrierShortName: OptionalText,
  carrierFullName: OptionalText,
  summary: RoyalMailSummary.nullish(),
  signature: z.object({ recipientName: OptionalText, signatureDateTime: OptionalText }).nullish(),
  /** `date` is `YYYY-MM-DD`; the window ends are `hh:mm:ss±hh:mm`. */
  estimatedDelivery: z.object({ date: OptionalText, startOfEstimatedWindow: OptionalText, endOfEstimatedWindow: OptionalText }).nullish(),
  events: z.array(RoyalMailEvent).nullish(),
});
/** The mail piece of an events answer. */
export type RoyalMailEventsMailPiece = z.infer<typeof RoyalMailEventsMailPiece>;

/** The 200 answer of `GET /mailpieces/v2/{mailPieceId}/events`. */
export const RoyalMailEventsBody = z.object({
  mailPieces: RoyalMailEventsMailPiece,
  integrationFooter: z.object({ errors: z.array(RoyalMailError).nullish() }).nullish(),
});
/** An events answer. */
export type RoyalMailEventsBody = z.infer<typeof RoyalMailEventsBody>;

/** One entry of a summary answer: `status` is the HTTP status for that item, as a string. */
export const RoyalMailSummaryMailPiece = z.object({
  mailPieceId: z.string(),
  status: Code,
  summary: RoyalMailSummary.nullish(),
  error: RoyalMailError.nullish(),
});
/** One item of a summary answer. */
export type RoyalMailSummaryMailPiece = z.infer<typeof RoyalMailSummaryMailPiece>;

/** The 200 answer of `GET /mailpieces/v2/summary?mailPieceId=...` (at most 30 items). */
export const RoyalMailSummaryBody = z.object({
  mailPieces: z.array(RoyalMailSummaryMailPiece),
});
/** A summary answer. */
export type RoyalMailSummaryBody = z.infer<typeof RoyalMailSummaryBody>;

/**
 * Every error answer: `httpCode`, `httpMessage`, `moreInformation` (`moreinformation` in summary errors) and
 * `errors[]`; 401, 405 and 429 bodies have no `errors`, 403 bodies only `errors`.
 */
export const RoyalMailErrorBody = z.object({
  httpCode: Code,
  httpMessage: OptionalText,
  moreInformation: OptionalText,
  moreinformation: OptionalText,
  errors: z.array(RoyalMailError).nullish(),
});
/** An error answer. */
export type RoyalMailErrorBody = z.infer<typeof RoyalMailErrorBody>;

/*
 * Fast shape checks: each accepts only bodies the schema above accepts *and* that the schema would give back
 * unchanged in every field it declares (a number where `Code` is, which the schema turns into a string, sends
 * the body through the schema). `validateRawBody` runs the schema whenever a check fails, so conversions and
 * errors are the schema's. test/adapter-kit/raw-body-guards.test.ts holds each check to its schema.
 */

function isEvent(value: unknown): boolean {
  return (
    isRecord(value) &&
    isPlainText(value.eventCode) &&
    isPlainText(value.eventName) &&
    typeof value.eventDateTime === 'string' &&
    isPlainText(value.locationName)
  );
}

function isSummaryFields(summary: Record<string, unknown>): boolean {
  return (
    isPlainText(summary.uniqueItemId) &&
    isPlainText(summary.oneDBarcode) &&
    isPlainText(summary.productId) &&
    isPlainText(summary.productName) &&
    isPlainText(summary.productCategory) &&
    isPlainText(summary.destinationCountryCode) &&
    isPlainText(summary.destinationCountryName) &&
    isPlainText(summary.originCountryCode) &&
    isPlainText(summary.originCountryName) &&
    isPlainText(summary.lastEventCode) &&
    isPlainText(summary.lastEventName) &&
    isPlainText(summary.lastEventDateTime) &&
    isPlainText(summary.lastEventLocationName) &&
    isPlainText(summary.statusDescription) &&
    isPlainText(summary.statusCategory) &&
    isOptionalObject(
      summary.internationalPostalProvider,
      (provider) => isPlainText(provider.url) && isPlainText(provider.title) && isPlainText(provider.description),
    )
  );
}

function isErrorEntry(value: unknown): boolean {
  return (
    isRecord(value) &&
    isPlainText(value.errorCode) &&
    isPlainText(value.errorDescription) &&
    isPlainText(value.errorCause) &&
    isPlainText(value.errorResolution)
  );
}

/** Whether {@link RoyalMailEventsBody} would accept a body and give it back unchanged in every field it declares. */
export function isPlainRoyalMailEventsBody(value: unknown): boolean {
  if (!isRecord(value) || !isRecord(value.mailPieces)) return false;
  const piece = value.mailPieces;
  return (
    typeof piece.mailPieceId === 'string' &&
    isPlainText(piece.carrierShortName) &&
    isPlainText(piece.carrierFullName) &&
    isOptionalObject(piece.summary, isSummaryFields) &&
    isOptionalObject(piece.signature, (signature) => isPlainText(signature.recipientName) && isPlainText(signature.signatureDateTime)) &&
    isOptionalObject(
      piece.estimatedDelivery,
      (estimate) => isPlainText(estimate.date) && isPlainText(estimate.startOfEstimatedWindow) && isPlainText(estimate.endOfEstimatedWindow),
    ) &&
    isOptionalList(piece.events, isEvent) &&
    isOptionalObject(value.integrationFooter, (footer) => isOptionalList(footer.errors, isErrorEntry))
  );
}

/** Whether {@link RoyalMailSummaryBody} would accept a body and give it back unchanged in every field it declares. */
export function isPlainRoyalMailSummaryBody(value: unknown): boolean {
  return (
    isRecord(value) &&
    isList(
      value.mailPieces,
      (piece) =>
        isRecord(piece) &&
        typeof piece.mailPieceId === 'string' &&
        isPlainText(piece.status) &&
        isOptionalObject(piece.summary, isSummaryFields) &&
        (piece.error === undefined || piece.error === null || isErrorEntry(piece.error)),
    )
  );
}

/** Whether {@link RoyalMailErrorBody} would accept a body and give it back unchanged in every field it declares. */
export function isPlainRoyalMailErrorBody(value: unknown): boolean {
  return (
    isRecord(value) &&
    isPlainText(value.httpCode) &&
    isPlainText(value.httpMessage) &&
    isPlainText(value.moreInformation) &&
    isPlainText(value.moreinformation) &&
    isOptionalList(value.errors, isErrorEntry)
  );
}
