/**
 * FedEx code tables: scan event types, derived status codes, exception codes and delay types, mapped to
 * parceline's status and subStatus. One line per code; the trailing comment is FedEx's meaning in our words.
 *
 * Sources: FedEx "Tracking Status Codes" table (movement, regulatory and possession columns) and the Track API
 * OpenAPI file (track.json), both as copied in parceline's vendor reference; the webhook event table of the
 * FedEx API reference guide; codes seen in real answers; with the mappings proposed in parceline's reference
 * notes for FedEx (reference/carriers/fedex.md §5). Where this file departs from those proposals the line says
 * why.
 *
 * A `null` status means "keep previous": the event is kept (raw code and text) but does not change the
 * shipment's status; it is always paired with `generic_update`. How the tables combine into one answer is in
 * `fedex-map-event.ts`.
 */
import { createStatusMapper, type StatusMapper, type StatusTableEntry } from '../../src/adapter-kit/index.js';

/** `scanEvents[].eventType` (and `latestStatusDetail.code`). */
export const FEDEX_EVENT_TYPE_TABLE: Readonly<Record<string, StatusTableEntry>> = {
  OC: ['info_received', 'info_received'], // shipment information sent to FedEx / order created (label)
  MD: ['info_received', 'info_received'], // manifest data received
  OX: [null, 'generic_update'], // shipment information sent to USPS (Ground Economy): sent while FedEx carries the parcel, so it keeps the status (reference: info_received, which would turn an in-transit parcel back into a label)
  EP: ['info_received', 'info_received'], // courier on the way to the pickup
  DS: ['info_received', 'info_received'], // vehicle dispatched for the pickup
  AP: ['info_received', 'info_received'], // courier at the pickup
  DR: ['info_received', 'info_received'], // vehicle furnished but not used (pickup did not happen)
  PD: ['info_received', 'delayed'], // pickup delay
  PU: ['in_transit', 'picked_up'], // picked up
  PX: ['in_transit', 'picked_up'], // picked up (details in the text)
  DO: ['in_transit', 'picked_up'], // dropped off by the shipper
  IP: ['in_transit', 'picked_up'], // FedEx has the package
  OF: ['in_transit', 'received_at_origin_facility'], // at the FedEx origin facility (more precise than the reference's arrived_at_facility)
  LO: ['in_transit', 'departed_origin_facility'], // left the origin (more precise than the reference's departed_facility)
  DP: ['in_transit', 'departed_facility'], // departed a FedEx location, hub or origin facility
  AR: ['in_transit', 'arrived_at_facility'], // arrived at a FedEx location or hub (webhook list: at the port of entry)
  AF: ['in_transit', 'arrived_at_facility'], // at the local FedEx facility
  FD: ['in_transit', 'arrived_at_destination'], // at the FedEx destination facility
  SF: ['in_transit', 'arrived_at_facility'], // at a sort facility
  AA: ['in_transit', 'in_transit'], // at an airport
  EA: ['in_transit', 'in_transit'], // en route to an airport; in the regulatory column: export approved
  EO: ['in_transit', 'in_transit'], // en route to the origin airport
  PF: ['in_transit', 'in_transit'], // plane in flight
  PL: ['in_transit', 'in_transit'], // plane landed
  IT: ['in_transit', 'in_transit'], // in transit
  IX: ['in_transit', 'in_transit'], // in transit (details in the text)
  OW: ['in_transit', 'in_transit'], // on the way (FedEx writes it `Ow`; codes are matched case-insensitively)
  PM: ['in_transit', 'in_transit'], // in progress
  TR: ['in_transit', 'in_transit'], // transfer (webhook list: en route to delivery)
  CH: ['in_transit', 'in_transit'], // location changed
  SP: ['in_transit', 'in_transit'], // split status: pieces of the shipment go separate ways
  AC: ['in_transit', 'handed_over'], // at a Canada Post facility
  AX: ['in_transit', 'handed_over'], // at a USPS facility (Ground Economy last mile)
  TP: ['in_transit', 'handed_over'], // possession code: a transfer partner holds it (no JSON field known to carry it)
  CU: ['customs_processing', 'customs_processing'], // possession code: customs holds it (no JSON field known to carry it)
  BR: ['customs_processing', 'customs_processing'], // possession code: the broker holds it (no JSON field known to carry it)
  AE: [null, 'generic_update'], // arriving early (new estimate)
  AO: [null, 'generic_update'], // shipment arriving on time (estimate confirmed)
  US: [null, 'generic_update'], // scheduled delivery updated
  DY: ['exception', 'delayed'], // delay (webhook list: delivery date updated); refined by delayDetail and exception code
  DD: ['exception', 'delayed'], // delivery delay
  ED: ['out_for_delivery', 'out_for_delivery'], // en route to delivery
  OD: ['out_for_delivery', 'out_for_delivery'], // out for delivery / on FedEx vehicle for delivery
  AD: ['out_for_delivery', 'out_for_delivery'], // at the delivery address
  DL: ['delivered', 'delivered'], // delivered
  DE: ['exception', 'delivery_exception'], // delivery exception; refined by exception code
  SE: ['exception', 'exception'], // shipment exception; refined by exception code
  HL: ['available_for_pickup', 'at_carrier_facility'], // held at a FedEx location for the recipient
  HP: ['available_for_pickup', 'at_carrier_facility'], // ready for recipient pickup (the address is in exceptionDescription)
  HA: [null, 'generic_update'], // hold-at-location request accepted (a request: the parcel has not moved; reference: in_transit)
  RR: [null, 'generic_update'], // custom delivery option requested (a request; reference: in_transit)
  RM: [null, 'generic_update'], // custom delivery option modified (a request; reference: in_transit)
  RC: [null, 'generic_update'], // custom delivery option cancelled (possession column: the recipient holds it)
  RA: [null, 'generic_update'], // address change requested (a request; reference: in_transit)
  PR: ['in_transit', 'forwarded'], // redirect performed / address change completed
  AS: ['in_transit', 'address_corrected'], // address corrected
  RS: ['returning_to_sender', 'returning_to_sender'], // return to shipper
  RT: ['returning_to_sender', 'returning_to_sender'], // return to shipper requested
  RP: ['info_received', 'info_received'], // return label link e-mailed to the return sender
  RG: [null, 'generic_update'], // return label link expiring soon
  RD: ['expired', 'expired'], // return label link expired (the label aged out unused; reference: cancelled)
  LP: ['exception', 'cancelled'], // return label link cancelled by the shipment's originator
  LC: ['exception', 'cancelled'], // return label link cancelled by the shipment's originator (webhook list)
  CA: ['exception', 'cancelled'], // shipment cancelled (possession column: the carrier holds it)
  IN: [null, 'generic_update'], // On Demand Care completed
  CP: ['customs_processing', 'customs_processing'], // clearance in progress
  CD: ['customs_held', 'customs_delayed'], // clearance delay; refined by its text (documents, duties, inspection)
  CC: ['customs_cleared', 'customs_cleared'], // cleared customs / international shipment release
};

/**
 * `scanEvents[].derivedStatusCode` (and `latestStatusDetail.derivedCode`): only the values seen in real
 * answers (no official list). Used only when the event type is missing or unknown. `IT` also covers
 * out-for-delivery and ready-for-pickup scans, which is why the event type always wins.
 */
export const FEDEX_DERIVED_STATUS_TABLE: Readonly<Record<string, StatusTableEntry>> = {
  IN: ['info_received', 'info_received'], // label created
  PU: ['in_transit', 'picked_up'], // picked up
  IT: ['in_transit', 'in_transit'], // in transit (also used for OD, AR, DP, AO and HP scans)
  DL: ['delivered', 'delivered'], // delivered
  DE: ['exception', 'delivery_exception'], // delivery exception
  DY: ['exception', 'delayed'], // delay
  RL: ['exception', 'delayed'], // running late (seen as the package-level derived code)
};

/**
 * `scanEvents[].exceptionCode`: FedEx publishes no list; these come from mock numbers, spec examples and real
 * answers. They refine the scans listed in {@link FEDEX_EXCEPTION_REFINED_EVENT_TYPES}. An exception code not
 * in this table leaves the event type's answer as it is.
 */
export const FEDEX_EXCEPTION_CODE_TABLE: Readonly<Record<string, StatusTableEntry>> = {
  '03': ['exception', 'address_issue'], // incorrect address
  '007': ['delivery_attempted', 'recipient_unavailable'], // customer not available or business closed (mock number)
  '08': ['delivery_attempted', 'recipient_unavailable'], // customer not available or business closed
  '15': ['delivery_attempted', 'recipient_unavailable'], // ancillary reason next to "customer not available or business closed" (pairing unverified)
  '083': ['delivery_attempted', 'location_inaccessible'], // local delivery restriction (mock number)
  '84': ['delivery_attempted', 'location_inaccessible'], // delivery not attempted
  '099': ['exception', 'undeliverable'], // unable to deliver
  '07': ['exception', 'refused'], // refused by the recipient (third-party source, unverified)
  '17': ['in_transit', 'delivery_rescheduled'], // delivery date change requested (third-party source, unverified; reference: generic_update)
  A12: ['exception', 'address_issue'], // address problem (third-party source, unverified)
  A13: ['exception', 'address_issue'], // address problem (third-party source, unverified)
  A3: ['in_transit', 'picked_up'], // tendered at a FedEx facility (seen with AF): the shipper dropped it off
  A25: ['customs_processing', 'customs_processing'], // package available for clearance
  A47: ['in_transit', 'forwarded'], // FedEx redirected the package to a nearby FedEx location (seen with DE)
  A52: ['exception', 'delayed'], // package delayed (seen with DY)
};

/** Event types whose answer an exception code from {@link FEDEX_EXCEPTION_CODE_TABLE} replaces. */
export const FEDEX_EXCEPTION_REFINED_EVENT_TYPES: ReadonlySet<string> = new Set(['DE', 'SE', 'DY', 'DD', 'PD', 'AF']);

/** `delayDetail.type` on a delay: the subStatus it gives (`CLEARANCE` turns the delay into a customs hold). */
export const FEDEX_DELAY_TYPE_TABLE: Readonly<Record<string, StatusTableEntry>> = {
  WEATHER: ['exception', 'delayed_weather'], // weather
  OPERATIONAL: ['exception', 'delayed_processing'], // a problem inside FedEx's network
  LOCAL: ['exception', 'delayed'], // local conditions
  GENERAL: ['exception', 'delayed'], // no cause given
  CLEARANCE: ['customs_held', 'customs_delayed'], // customs clearance
};

/** Lookup of event types (case-insensitive: FedEx writes `Ow`). */
export const FEDEX_EVENT_TYPES: StatusMapper = createStatusMapper(FEDEX_EVENT_TYPE_TABLE, { caseInsensitive: true });

/** Lookup of derived status codes. */
export const FEDEX_DERIVED_STATUSES: StatusMapper = createStatusMapper(FEDEX_DERIVED_STATUS_TABLE, { caseInsensitive: true });

/** Lookup of exception codes (letters in any case; `08` and `008` stay different codes). */
export const FEDEX_EXCEPTION_CODES: StatusMapper = createStatusMapper(FEDEX_EXCEPTION_CODE_TABLE, { caseInsensitive: true });

/** Lookup of delay types. */
export const FEDEX_DELAY_TYPES: StatusMapper = createStatusMapper(FEDEX_DELAY_TYPE_TABLE, { caseInsensitive: true });

/** Event types that hand the parcel to another carrier, with the partner they name. */
export const FEDEX_HANDOFF_EVENT_TYPES: Readonly<Record<string, { carrier: string; carrierName: string }>> = {
  AX: { carrier: 'usps', carrierName: 'USPS' }, // at a USPS facility
  AC: { carrier: 'canada-post', carrierName: 'Canada Post' }, // at a Canada Post facility
};
