import { z } from 'zod';
import { isFlag, isList, isOptionalList, isOptionalObject, isPlainText, isRecord } from '../../src/adapter-kit/index.js';

/*
 * Lenient raw schemas of the DHL Shipment Tracking – Unified API bodies (GET /track/shipments).
 * They declare only the fields parceline reads; everything else DHL sends is ignored, so a new DHL field
 * breaks nothing. Shape: reference/carriers/dhl.md §3 (written from the generated 1.4.1 and 1.5.6 models and
 * real payloads) and §4 (problem details). Scalars are also accepted as numbers (read as strings), and `null`
 * is accepted wherever a field is optional. The only required field is an event's `timestamp`: an event
 * without one cannot be placed in time, so such a body does not fit the documented shape.
 */

/** A string DHL may also send as a number; read as a string. */
const Text = z.union([z.string(), z.number()]).transform((value) => String(value));
const OptionalText = Text.nullish();

/** An address (`location.address`, `origin.address`, `destination.address`). */
export const DhlAddress = z.object({
  /** ISO alpha-2 in principle; `UK` seen for GB. */
  countryCode: OptionalText,
  /** Junk happens (`HEATHROW`). */
  postalCode: OptionalText,
  /** Express: `CITY[, ST] - COUNTRY NAME`; Parcel DE: often the country name alone; eCommerce: `City, ST, CC`. */
  addressLocality: OptionalText,
  addressRegion: OptionalText,
});
/** An address as DHL sends it. */
export type DhlAddress = z.infer<typeof DhlAddress>;

/** A place: an address, sometimes with a service point (ignored). */
export const DhlPlace = z.object({ address: DhlAddress.nullish() });
/** A place as DHL sends it. */
export type DhlPlace = z.infer<typeof DhlPlace>;

/** One event (`shipments[].events[]`, newest first) and the shipment's latest status (`shipments[].status`). */
export const DhlEvent = z.object({
  /** `date-time` in the spec; usually a local wall time without offset in practice (reference §3.1). */
  timestamp: Text,
  location: DhlPlace.nullish(),
  /** `pre-transit`, `transit`, `delivered`, `failure`, `unknown`; absent on Express events. */
  statusCode: OptionalText,
  /** Short title; eCommerce: the upper-case scan name. */
  status: OptionalText,
  statusDetailed: OptionalText,
  /** Human text; the primary text for most divisions. */
  description: OptionalText,
  remark: OptionalText,
  nextSteps: OptionalText,
});
/** One event as DHL sends it. */
export type DhlEvent = z.infer<typeof DhlEvent>;

/** The shipment's latest status: the event shape, but its timestamp may be missing in older versions. */
export const DhlShipmentStatus = DhlEvent.extend({ timestamp: OptionalText });
/** The latest status as DHL sends it. */
export type DhlShipmentStatus = z.infer<typeof DhlShipmentStatus>;

/** A person or organization (`details.receiver`, `proofOfDelivery.signed`, ...). */
export const DhlParty = z.object({
  name: OptionalText,
  givenName: OptionalText,
  familyName: OptionalText,
  organizationName: OptionalText,
});
/** A party as DHL sends it. */
export type DhlParty = z.infer<typeof DhlParty>;

/** One `details.references[]` entry. */
export const DhlReference = z.object({
  number: OptionalText,
  /** `local-tracking-number`, `customer-reference`, `ecommerce-number`, `housebill`, ... (reference §6). */
  type: OptionalText,
  /** `secret` / `sensitive` mark values that must never be shown. */
  '@scope': OptionalText,
});
/** A reference as DHL sends it. */
export type DhlReference = z.infer<typeof DhlReference>;

/** `shipments[].details`: only the parts parceline reads. */
export const DhlDetails = z.object({
  product: z.object({ productName: OptionalText, productCode: OptionalText }).nullish(),
  /** The delivering partner (`anpost`, `bpost`, `posti`, `parcel-de`, ...). */
  provider: z.object({ destinationProvider: OptionalText }).nullish(),
  proofOfDelivery: z.object({ timestamp: OptionalText, signed: DhlParty.nullish() }).nullish(),
  /** `false` means `signed.name` is a placeholder, not a signer (reference §8.11). */
  proofOfDeliverySignedAvailable: z.union([z.boolean(), z.string()]).nullish(),
  references: z.array(DhlReference).nullish(),
});
/** Shipment details as DHL sends them. */
export type DhlDetails = z.infer<typeof DhlDetails>;

/** One shipment DHL resolved the number to. */
export const DhlShipment = z.object({
  /** The number DHL resolved; may differ from the number asked for (another division's id). */
  id: OptionalText,
  /** The business unit that answered (`express`, `parcel-de`, `ecommerce`, ...). */
  service: OptionalText,
  division: OptionalText,
  origin: DhlPlace.nullish(),
  destination: DhlPlace.nullish(),
  status: DhlShipmentStatus.nullish(),
  estimatedTimeOfDelivery: OptionalText,
  estimatedDeliveryTimeFrame: z.object({ estimatedFrom: OptionalText, estimatedThrough: OptionalText }).nullish(),
  /** 1.5.2+: the shipment is going back to the consignor. */
  returnFlag: z.union([z.boolean(), z.string()]).nullish(),
  details: DhlDetails.nullish(),
  events: z.array(DhlEvent).nullish(),
});
/** One shipment as DHL sends it. */
export type DhlShipment = z.infer<typeof DhlShipment>;

/** A 200 body: `{ shipments: [...] }`. */
export const DhlTrackResponseBody = z.object({
  shipments: z.array(DhlShipment),
  possibleAdditionalShipmentsUrl: z.array(Text).nullish(),
});
/** A tracking body. */
export type DhlTrackResponseBody = z.infer<typeof DhlTrackResponseBody>;

/** An RFC 7807 problem detail, DHL's body for every error (404 not found, 401, 429, 5xx). */
export const DhlProblemBody = z.object({
  type: OptionalText,
  title: OptionalText,
  /** The HTTP status, as a number (sometimes a string). */
  status: OptionalText,
  detail: OptionalText,
  /** The request path, with its query (`/track/shipments?trackingNumber=...`). */
  instance: OptionalText,
});
/** A problem body. */
export type DhlProblemBody = z.infer<typeof DhlProblemBody>;

/*
 * Fast shape checks: each accepts only bodies the schema above accepts *and* that the schema would give back
 * unchanged in every field it declares (strings where `Text` is: a number, which the schema turns into a
 * string, sends the body through the schema). `validateRawBody` runs the schema whenever a check fails, so
 * conversions and errors are the schema's. test/adapter-kit/raw-body-guards.test.ts holds each check to its schema.
 */

function isAddressFields(address: Record<string, unknown>): boolean {
  return isPlainText(address.countryCode) && isPlainText(address.postalCode) && isPlainText(address.addressLocality) && isPlainText(address.addressRegion);
}

function isPlaceFields(place: Record<string, unknown>): boolean {
  return isOptionalObject(place.address, isAddressFields);
}

/** The fields an event and the latest status share (all but `timestamp`). */
function isEventFields(event: Record<string, unknown>): boolean {
  return (
    isOptionalObject(event.location, isPlaceFields) &&
    isPlainText(event.statusCode) &&
    isPlainText(event.status) &&
    isPlainText(event.statusDetailed) &&
    isPlainText(event.description) &&
    isPlainText(event.remark) &&
    isPlainText(event.nextSteps)
  );
}

function isEvent(value: unknown): boolean {
  return isRecord(value) && typeof value.timestamp === 'string' && isEventFields(value);
}

function isPartyFields(party: Record<string, unknown>): boolean {
  return isPlainText(party.name) && isPlainText(party.givenName) && isPlainText(party.familyName) && isPlainText(party.organizationName);
}

function isDetailsFields(details: Record<string, unknown>): boolean {
  return (
    isOptionalObject(details.product, (product) => isPlainText(product.productName) && isPlainText(product.productCode)) &&
    isOptionalObject(details.provider, (provider) => isPlainText(provider.destinationProvider)) &&
    isOptionalObject(details.proofOfDelivery, (proof) => isPlainText(proof.timestamp) && isOptionalObject(proof.signed, isPartyFields)) &&
    isFlag(details.proofOfDeliverySignedAvailable) &&
    isOptionalList(details.references, (reference) => isRecord(reference) && isPlainText(reference.number) && isPlainText(reference.type) && isPlainText(reference['@scope']))
  );
}

function isShipment(value: unknown): boolean {
  return (
    isRecord(value) &&
    isPlainText(value.id) &&
    isPlainText(value.service) &&
    isPlainText(value.division) &&
    isOptionalObject(value.origin, isPlaceFields) &&
    isOptionalObject(value.destination, isPlaceFields) &&
    isOptionalObject(value.status, (status) => isPlainText(status.timestamp) && isEventFields(status)) &&
    isPlainText(value.estimatedTimeOfDelivery) &&
    isOptionalObject(value.estimatedDeliveryTimeFrame, (frame) => isPlainText(frame.estimatedFrom) && isPlainText(frame.estimatedThrough)) &&
    isFlag(value.returnFlag) &&
    isOptionalObject(value.details, isDetailsFields) &&
    isOptionalList(value.events, isEvent)
  );
}

/** Whether {@link DhlTrackResponseBody} would accept a body and give it back unchanged in every field it declares. */
export function isPlainDhlTrackResponseBody(value: unknown): boolean {
  return (
    isRecord(value) &&
    isList(value.shipments, isShipment) &&
    isOptionalList(value.possibleAdditionalShipmentsUrl, (url) => typeof url === 'string')
  );
}

/** Whether {@link DhlProblemBody} would accept a body and give it back unchanged in every field it declares. */
export function isPlainDhlProblemBody(value: unknown): boolean {
  return (
    isRecord(value) &&
    isPlainText(value.type) &&
    isPlainText(value.title) &&
    isPlainText(value.status) &&
    isPlainText(value.detail) &&
    isPlainText(value.instance)
  );
}
