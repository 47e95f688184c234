import { z } from 'zod';
import { isPlainText, isRecord } from '../../src/adapter-kit/index.js';

/*
 * Lenient raw schemas of the UPS Track API v1 bodies (GET /api/track/v1/details/{inquiryNumber}).
 * They declare only the fields parceline reads; everything else UPS sends is ignored, so a new UPS field
 * breaks nothing. Shape: reference/carriers/ups.md §3 and the vendor OpenAPI file (Tracking.yaml).
 * Scalars UPS documents as strings are also accepted as numbers (and read as strings); `null` is
 * accepted wherever a field is optional.
 */

/** A string UPS may also send as a number; read as a string. */
const Text = z.union([z.string(), z.number()]).transform((value) => String(value));
const OptionalText = Text.nullish();

/** `address` of an activity location or of a package address. */
export const UpsAddress = z.object({
  city: OptionalText,
  stateProvince: OptionalText,
  postalCode: OptionalText,
  /** Sometimes the alpha-2 code, sometimes a name; either may be missing. */
  country: OptionalText,
  countryCode: OptionalText,
});
/** An address as UPS sends it. */
export type UpsAddress = z.infer<typeof UpsAddress>;

/** `activity[].status` (and `currentStatus`, which has no `type`). */
export const UpsStatus = z.object({
  /** Activity type: `D`, `I`, `M`, `MV`, `X`, `U`, ... */
  type: OptionalText,
  /** Short activity or exception code (`AR`, `1C`). */
  code: OptionalText,
  /** Three-digit roll-up, zero-padded (`005`). */
  statusCode: OptionalText,
  /** Translated into the requested locale. */
  description: OptionalText,
  simplifiedTextDescription: OptionalText,
});
/** The status block of one activity. */
export type UpsStatus = z.infer<typeof UpsStatus>;

/** One scan or event (`package[].activity[]`, newest first). */
export const UpsActivity = z.object({
  /** Local date at the scan location, `yyyyMMdd`. */
  date: Text,
  /** Local wall time, `HHmmss`, no offset. */
  time: OptionalText,
  /** UTC date, `yyyyMMdd` (sometimes `yyyy-MM-dd`). */
  gmtDate: OptionalText,
  /** UTC time, `HH:mm:ss` in practice (`Hmmss` in the spec's example). */
  gmtTime: OptionalText,
  /** Offset of the local time (`-05:00`). */
  gmtOffset: OptionalText,
  location: z
    .object({
      address: UpsAddress.nullish(),
      /** UPS building id. */
      slic: OptionalText,
    })
    .nullish(),
  status: UpsStatus.nullish(),
});
/** One activity as UPS sends it. */
export type UpsActivity = z.infer<typeof UpsActivity>;

/** One package of a shipment. */
export const UpsPackage = z.object({
  trackingNumber: OptionalText,
  activity: z.array(UpsActivity).nullish(),
  /** `SDD` scheduled, `RDD` rescheduled, `DEL` delivered; local dates without zone. */
  deliveryDate: z.array(z.object({ type: OptionalText, date: OptionalText })).nullish(),
  /** `EOD`, `CMT`, `EDW`, `CDW`, `IDW`, `DEL`; local times without zone. */
  deliveryTime: z.object({ type: OptionalText, startTime: OptionalText, endTime: OptionalText }).nullish(),
  deliveryInformation: z.object({ receivedBy: OptionalText }).nullish(),
  alternateTrackingNumber: z.array(z.object({ number: OptionalText, type: OptionalText })).nullish(),
  packageAddress: z.array(z.object({ type: OptionalText, address: UpsAddress.nullish() })).nullish(),
  service: z.object({ code: OptionalText, description: OptionalText }).nullish(),
  paymentInformation: z
    .array(
      z.object({
        type: OptionalText,
        amount: OptionalText,
        currency: OptionalText,
        paid: z.union([z.boolean(), z.string()]).nullish(),
      }),
    )
    .nullish(),
});
/** One package as UPS sends it. */
export type UpsPackage = z.infer<typeof UpsPackage>;

/** A `{ code, message }` pair, as in `shipment[].warnings[]` and `response.errors[]`. */
export const UpsMessage = z.object({ code: OptionalText, message: OptionalText });
/** A UPS warning or error entry. */
export type UpsMessage = z.infer<typeof UpsMessage>;

/** One shipment; `package` is absent when UPS has nothing (warning `TW0001`). */
export const UpsShipment = z.object({
  inquiryNumber: OptionalText,
  package: z.array(UpsPackage).nullish(),
  warnings: z.array(UpsMessage).nullish(),
});
/** One shipment as UPS sends it. */
export type UpsShipment = z.infer<typeof UpsShipment>;

/** A 200 body: `{ trackResponse: { shipment: [...] } }`. */
export const UpsTrackResponseBody = z.object({
  trackResponse: z.object({
    shipment: z.array(UpsShipment),
  }),
});
/** A successful tracking body. */
export type UpsTrackResponseBody = z.infer<typeof UpsTrackResponseBody>;

/** The body of every non-200 answer: `{ response: { errors: [{ code, message }] } }`. */
export const UpsErrorBody = z.object({
  response: z.object({
    errors: z.array(UpsMessage).min(1),
  }),
});
/** An error body. */
export type UpsErrorBody = z.infer<typeof UpsErrorBody>;

/*
 * Fast shape checks: each accepts only bodies the schema above accepts *and* that the schema would give back
 * unchanged in every field it declares (strings where `Text` is, no number to turn into a string), so the
 * parser can read the body as it is without zod's copy. Anything else (a number for a text, a wrong type)
 * goes through the schema, which converts it or names the fault. test/adapter-kit/raw-body-guards.test.ts
 * holds each check to its schema.
 */

function isOptionalRecord(value: unknown): value is Record<string, unknown> | null | undefined {
  return value === undefined || value === null || isRecord(value);
}

function isOptionalArray(value: unknown): value is unknown[] | null | undefined {
  return value === undefined || value === null || Array.isArray(value);
}

/** Every item passes (holes included, as zod reads them: an index loop, not `every`). */
function everyItem(items: readonly unknown[], check: (item: unknown) => boolean): boolean {
  for (let index = 0; index < items.length; index++) if (!check(items[index])) return false;
  return true;
}

function isPlainAddress(value: unknown): boolean {
  if (value === undefined || value === null) return true;
  return (
    isRecord(value) &&
    isPlainText(value.city) &&
    isPlainText(value.stateProvince) &&
    isPlainText(value.postalCode) &&
    isPlainText(value.country) &&
    isPlainText(value.countryCode)
  );
}

function isPlainMessage(value: unknown): boolean {
  return isRecord(value) && isPlainText(value.code) && isPlainText(value.message);
}

function isPlainActivity(value: unknown): boolean {
  if (!isRecord(value) || typeof value.date !== 'string') return false;
  if (!isPlainText(value.time) || !isPlainText(value.gmtDate) || !isPlainText(value.gmtTime) || !isPlainText(value.gmtOffset)) return false;
  const location = value.location;
  if (!isOptionalRecord(location)) return false;
  if (location && (!isPlainAddress(location.address) || !isPlainText(location.slic))) return false;
  const status = value.status;
  if (!isOptionalRecord(status)) return false;
  return (
    !status ||
    (isPlainText(status.type) &&
      isPlainText(status.code) &&
      isPlainText(status.statusCode) &&
      isPlainText(status.description) &&
      isPlainText(status.simplifiedTextDescription))
  );
}

function isPlainPackage(value: unknown): boolean {
  if (!isRecord(value) || !isPlainText(value.trackingNumber)) return false;
  const { activity, deliveryDate, deliveryTime, deliveryInformation, alternateTrackingNumber, packageAddress, service, paymentInformation } = value;
  if (!isOptionalArray(activity) || (activity && !everyItem(activity, isPlainActivity))) return false;
  if (!isOptionalArray(deliveryDate) || (deliveryDate && !everyItem(deliveryDate, (entry) => isRecord(entry) && isPlainText(entry.type) && isPlainText(entry.date)))) {
    return false;
  }
  if (!isOptionalRecord(deliveryTime) || (deliveryTime && !(isPlainText(deliveryTime.type) && isPlainText(deliveryTime.startTime) && isPlainText(deliveryTime.endTime)))) {
    return false;
  }
  if (!isOptionalRecord(deliveryInformation) || (deliveryInformation && !isPlainText(deliveryInformation.receivedBy))) return false;
  if (
    !isOptionalArray(alternateTrackingNumber) ||
    (alternateTrackingNumber && !everyItem(alternateTrackingNumber, (entry) => isRecord(entry) && isPlainText(entry.number) && isPlainText(entry.type)))
  ) {
    return false;
  }
  if (!isOptionalArray(packageAddress) || (packageAddress && !everyItem(packageAddress, (entry) => isRecord(entry) && isPlainText(entry.type) && isPlainAddress(entry.address)))) {
    return false;
  }
  if (!isOptionalRecord(service) || (service && !(isPlainText(service.code) && isPlainText(service.description)))) return false;
  return (
    isOptionalArray(paymentInformation) &&
    (!paymentInformation ||
      everyItem(paymentInformation, 
        (entry) =>
          isRecord(entry) &&
          isPlainText(entry.type) &&
          isPlainText(entry.amount) &&
          isPlainText(entry.currency) &&
          (entry.paid === undefined || entry.paid === null || typeof entry.paid === 'boolean' || typeof entry.paid === 'string'),
      ))
  );
}

function isPlainShipment(value: unknown): boolean {
  if (!isRecord(value) || !isPlainText(value.inquiryNumber)) return false;
  const { package: packages, warnings } = value;
  if (!isOptionalArray(packages) || (packages && !everyItem(packages, isPlainPackage))) return false;
  return isOptionalArray(warnings) && (!warnings || everyItem(warnings, isPlainMessage));
}

/** Whether {@link UpsTrackResponseBody} would accept a body and give it back unchanged in every field it declares. */
export function isPlainUpsTrackResponseBody(value: unknown): boolean {
  if (!isRecord(value) || !isRecord(value.trackResponse)) return false;
  const shipments = value.trackResponse.shipment;
  return Array.isArray(shipments) && everyItem(shipments, isPlainShipment);
}

/** Whether {@link UpsErrorBody} would accept a body and give it back unchanged in every field it declares. */
export function isPlainUpsErrorBody(value: unknown): boolean {
  if (!isRecord(value) || !isRecord(value.response)) return false;
  const errors = value.response.errors;
  return Array.isArray(errors) && errors.length >= 1 && everyItem(errors, isPlainMessage);
}
