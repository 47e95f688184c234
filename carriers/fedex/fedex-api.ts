import { z } from 'zod';
import { isOptionalList, isOptionalObject, isRecord } from '../../src/adapter-kit/index.js';

/*
 * Lenient raw schemas of the FedEx Track API v1 bodies (POST /track/v1/trackingnumbers). They declare only
 * the fields parceline reads; everything else FedEx sends is ignored, so a new FedEx field breaks nothing.
 * Shape: reference/carriers/fedex.md §3 and the vendor OpenAPI file (track.json, `TrkcResponseVO_TrackingNumber`).
 * FedEx fills many fields with empty strings instead of leaving them out: the parser treats `""` as absent.
 * Scalars documented as strings are also accepted as numbers (the parser reads them as strings); `null` is
 * accepted wherever a field is optional.
 */

/**
 * A string FedEx may also send as a number. Kept as sent (no zod transform: it would cost more than the rest
 * of the validation); the parser reads it with `String()`.
 */
const Text = z.union([z.string(), z.number()]);
const OptionalText = Text.nullish();

/** An address (`scanLocation`, `shipperInformation.address`, ...). `streetLines` is not read. */
export const FedexAddress = z.object({
  city: OptionalText,
  stateOrProvinceCode: OptionalText,
  postalCode: OptionalText,
  countryCode: OptionalText,
  countryName: OptionalText,
});
/** An address as FedEx sends it. */
export type FedexAddress = z.infer<typeof FedexAddress>;

/** `delayDetail` of an event or of the latest status: `type` `WEATHER`, `OPERATIONAL`, `LOCAL`, `GENERAL`, `CLEARANCE`. */
export const FedexDelayDetail = z.object({ type: OptionalText, subType: OptionalText, status: OptionalText });
/** A delay detail as FedEx sends it. */
export type FedexDelayDetail = z.infer<typeof FedexDelayDetail>;

/** One scan (`trackResults[].scanEvents[]`, newest first). */
export const FedexScanEvent = z.object({
  /** Local wall time, usually with its UTC offset (`2025-06-10T14:32:00-07:00`); sometimes without one. */
  date: Text,
  /** Fine-grained scan code (`PU`, `DL`, `DE`, `CP`, ...). */
  eventType: OptionalText,
  eventDescription: OptionalText,
  /** Exception code on exception scans (`08`, `A47`), else `""`. */
  exceptionCode: OptionalText,
  exceptionDescription: OptionalText,
  /** Coarse status code (`IN`, `PU`, `IT`, `DL`, `DE`, `DY`). */
  derivedStatusCode: OptionalText,
  derivedStatus: OptionalText,
  scanLocation: FedexAddress.nullish(),
  /** FedEx facility id (`SEA`). */
  locationId: OptionalText,
  /** `FEDEX_FACILITY`, `PORT_OF_ENTRY`, `CUSTOMER`, `VEHICLE`, ... */
  locationType: OptionalText,
  delayDetail: FedexDelayDetail.nullish(),
});
/** One scan event as FedEx sends it. */
export type FedexScanEvent = z.infer<typeof FedexScanEvent>;

/** A `{ code, message }` error, per number (`trackResults[].error`) or top level (`errors[]`). */
export const FedexError = z.object({ code: OptionalText, message: OptionalText });
/** An error entry as FedEx sends it. */
export type FedexError = z.infer<typeof FedexError>;

/** `additionalTrackingInfo.packageIdentifiers[]`: `values` in real answers, `value` in the spec. */
export const FedexPackageIdentifier = z.object({
  type: OptionalText,
  values: z.array(Text).nullish(),
  value: z.union([z.array(Text), Text]).nullish(),
});
/** A linked number as FedEx sends it. */
export type FedexPackageIdentifier = z.infer<typeof FedexPackageIdentifier>;

/** A `{ window: { begins, ends } }` time window; bounds come with or without an offset. */
export const FedexTimeWindow = z.object({
  window: z.object({ begins: OptionalText, ends: OptionalText }).nullish(),
  type: OptionalText,
});
/** A time window as FedEx sends it. */
export type FedexTimeWindow = z.infer<typeof FedexTimeWindow>;

const AddressHolder = z.object({ address: FedexAddress.nullish() });
const LocationHolder = z.object({ locationContactAndAddress: AddressHolder.nullish() });

/** One shipment found under a number (`completeTrackResults[].trackResults[]`). */
export const FedexTrackResult = z.object({
  trackingNumberInfo: z
    .object({ trackingNumber: OptionalText, carrierCode: OptionalText, trackingNumberUniqueId: OptionalText })
    .nullish(),
  /** Present when FedEx could not answer for this number (`TRACKING.TRACKINGNUMBER.NOTFOUND`). */
  error: FedexError.nullish(),
  latestStatusDetail: z
    .object({ code: OptionalText, derivedCode: OptionalText, statusByLocale: OptionalText, description: OptionalText })
    .nullish(),
  scanEvents: z.array(FedexScanEvent).nullish(),
  dateAndTimes: z.array(z.object({ type: OptionalText, dateTime: OptionalText })).nullish(),
  estimatedDeliveryTimeWindow: FedexTimeWindow.nullish(),
  standardTransitTimeWindow: FedexTimeWindow.nullish(),
  deliveryDetails: z.object({ receivedByName: OptionalText, signedByName: OptionalText }).nullish(),
  /** `type` `SMART_POST` is FedEx Ground Economy. */
  serviceDetail: z.object({ type: OptionalText, description: OptionalText, shortDescription: OptionalText }).nullish(),
  /** `USPS_DELIVERING`, `USPS_DELIVERED`, `FIRST_DELIVERY_ATTEMPTED`, ... */
  serviceCommitMessage: z.object({ message: OptionalText, type: OptionalText }).nullish(),
  shipperInformation: AddressHolder.nullish(),
  recipientInformation: AddressHolder.nullish(),
  originLocation: LocationHolder.nullish(),
  destinationLocation: LocationHolder.nullish(),
  additionalTrackingInfo: z.object({ packageIdentifiers: z.array(FedexPackageIdentifier).nullish() }).nullish(),
  /** Notes such as `CLEARANCE_ENTRY_FEE_APPLIES`. */
  informationNotes: z.array(z.object({ code: OptionalText, description: OptionalText })).nullish(),
});
/** One track result as FedEx sends it. */
export type FedexTrackResult = z.infer<typeof FedexTrackResult>;

/** One requested number (`output.completeTrackResults[]`); several `trackResults` mean a reused number. */
export const FedexCompleteTrackResult = z.object({
  trackingNumber: OptionalText,
  trackResults: z.array(FedexTrackResult).nullish(),
});
/** The answer for one requested number. */
export type FedexCompleteTrackResult = z.infer<typeof FedexCompleteTrackResult>;

/** An alert (`output.alerts`): an array of these, or in practice sometimes a plain string. */
export const FedexAlert = z.object({ code: OptionalText, alertType: OptionalText, message: OptionalText });
/** An alert as FedEx sends it. */
export type FedexAlert = z.infer<typeof FedexAlert>;

/** A 200 body: `{ transactionId, output: { completeTrackResults: [...], alerts? } }`. */
export const FedexTrackResponseBody = z.object({
  transactionId: OptionalText,
  output: z.object({
    completeTrackResults: z.array(FedexCompleteTrackResult).nullish(),
    alerts: z.union([z.string(), z.array(FedexAlert)]).nullish(),
  }),
});
/** A successful tracking body. */
export type FedexTrackResponseBody = z.infer<typeof FedexTrackResponseBody>;

/** The body of every non-200 answer: `{ transactionId, errors: [{ code, message }] }`. */
export const FedexErrorBody = z.object({
  transactionId: OptionalText,
  errors: z.array(FedexError).min(1),
});
/** An error body. */
export type FedexErrorBody = z.infer<typeof FedexErrorBody>;

/*
 * Fast shape checks: each accepts exactly the bodies the schema above accepts (the schema has no transform,
 * so it gives every declared field back unchanged), with plain type checks instead of zod's parse and copy.
 * `validateRawBody` runs the schema only when a check fails, to name the fault.
 * test/adapter-kit/raw-body-guards.test.ts holds each check to its schema.
 */

/** `Text`: a string or a finite number (zod's `z.number()` refuses `NaN` and infinities). */
function isText(value: unknown): boolean {
  return typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value));
}

/** `OptionalText`. */
function isOptionalText(value: unknown): boolean {
  return value === undefined || value === null || isText(value);
}

function isAddressFields(address: Record<string, unknown>): boolean {
  return (
    isOptionalText(address.city) &&
    isOptionalText(address.stateOrProvinceCode) &&
    isOptionalText(address.postalCode) &&
    isOptionalText(address.countryCode) &&
    isOptionalText(address.countryName)
  );
}

function isAddressHolderFields(holder: Record<string, unknown>): boolean {
  return isOptionalObject(holder.address, isAddressFields);
}

function isLocationHolderFields(holder: Record<string, unknown>): boolean {
  return isOptionalObject(holder.locationContactAndAddress, isAddressHolderFields);
}

function isErrorFields(error: Record<string, unknown>): boolean {
  return isOptionalText(error.code) && isOptionalText(error.message);
}

function isScanEvent(value: unknown): boolean {
  return (
    isRecord(value) &&
    isText(value.date) &&
    isOptionalText(value.eventType) &&
    isOptionalText(value.eventDescription) &&
    isOptionalText(value.exceptionCode) &&
    isOptionalText(value.exceptionDescription) &&
    isOptionalText(value.derivedStatusCode) &&
    isOptionalText(value.derivedStatus) &&
    isOptionalObject(value.scanLocation, isAddressFields) &&
    isOptionalText(value.locationId) &&
    isOptionalText(value.locationType) &&
    isOptionalObject(value.delayDetail, (detail) => isOptionalText(detail.type) && isOptionalText(detail.subType) && isOptionalText(detail.status))
  );
}

function isPackageIdentifier(value: unknown): boolean {
  if (!isRecord(value) || !isOptionalText(value.type) || !isOptionalList(value.values, isText)) return false;
  const single = value.value;
  return single === undefined || single === null || isText(single) || isOptionalList(single, isText);
}

function isTimeWindowFields(window: Record<string, unknown>): boolean {
  return isOptionalText(window.type) && isOptionalObject(window.window, (bounds) => isOptionalText(bounds.begins) && isOptionalText(bounds.ends));
}

function isTrackResult(value: unknown): boolean {
  return (
    isRecord(value) &&
    isOptionalObject(
      value.trackingNumberInfo,
      (info) => isOptionalText(info.trackingNumber) && isOptionalText(info.carrierCode) && isOptionalText(info.trackingNumberUniqueId),
    ) &&
    isOptionalObject(value.error, isErrorFields) &&
    isOptionalObject(
      value.latestStatusDetail,
      (detail) => isOptionalText(detail.code) && isOptionalText(detail.derivedCode) && isOptionalText(detail.statusByLocale) && isOptionalText(detail.description),
    ) &&
    isOptionalList(value.scanEvents, isScanEvent) &&
    isOptionalList(value.dateAndTimes, (entry) => isRecord(entry) && isOptionalText(entry.type) && isOptionalText(entry.dateTime)) &&
    isOptionalObject(value.estimatedDeliveryTimeWindow, isTimeWindowFields) &&
    isOptionalObject(value.standardTransitTimeWindow, isTimeWindowFields) &&
    isOptionalObject(value.deliveryDetails, (details) => isOptionalText(details.receivedByName) && isOptionalText(details.signedByName)) &&
    isOptionalObject(
      value.serviceDetail,
      (service) => isOptionalText(service.type) && isOptionalText(service.description) && isOptionalText(service.shortDescription),
    ) &&
    isOptionalObject(value.serviceCommitMessage, (commit) => isOptionalText(commit.message) && isOptionalText(commit.type)) &&
    isOptionalObject(value.shipperInformation, isAddressHolderFields) &&
    isOptionalObject(value.recipientInformation, isAddressHolderFields) &&
    isOptionalObject(value.originLocation, isLocationHolderFields) &&
    isOptionalObject(value.destinationLocation, isLocationHolderFields) &&
    isOptionalObject(value.additionalTrackingInfo, (info) => isOptionalList(info.packageIdentifiers, isPackageIdentifier)) &&
    isOptionalList(value.informationNotes, (note) => isRecord(note) && isOptionalText(note.code) && isOptionalText(note.description))
  );
}

function isCompleteTrackResult(value: unknown): boolean {
  return isRecord(value) && isOptionalText(value.trackingNumber) && isOptionalList(value.trackResults, isTrackResult);
}

/** Whether {@link FedexTrackResponseBody} accepts a body (exactly; it converts nothing). */
export function isPlainFedexTrackResponseBody(value: unknown): boolean {
  if (!isRecord(value) || !isOptionalText(value.transactionId) || !isRecord(value.output)) return false;
  const { completeTrackResults, alerts } = value.output;
  if (!isOptionalList(completeTrackResults, isCompleteTrackResult)) return false;
  return (
    typeof alerts === 'string' ||
    isOptionalList(alerts, (alert) => isRecord(alert) && isOptionalText(alert.code) && isOptionalText(alert.alertType) && isOptionalText(alert.message))
  );
}

/** Whether {@link FedexErrorBody} accepts a body (exactly; it converts nothing). */
export function isPlainFedexErrorBody(value: unknown): boolean {
  if (!isRecord(value) || !isOptionalText(value.transactionId) || !Array.isArray(value.errors) || value.errors.length < 1) return false;
  return isOptionalList(value.errors, (error) => isRecord(error) && isErrorFields(error));
}
