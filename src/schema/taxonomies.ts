/**
 * Mappings between parceline's statuses and the three aggregator taxonomies that most tracking data
 * passes through: AfterShip (tag / subtag), 17TRACK (main status / sub_status) and EasyPost
 * (status / status_detail), in both directions.
 *
 * Source of every code and pairing: `taxonomies.md` in the project's shared reference (AfterShip
 * sub-status enum pages 2025-04 / 2026-07 and help center, 17TRACK "Understanding Tracking Status",
 * EasyPost Trackers docs and `easypost-node` types). The tables below are data: one line per code,
 * the code's meaning as a trailing comment. `docs/schema.md` prints them.
 */
import { type SubStatus, type TrackingStatus, defaultStatusOf } from './status.js';

/** The part of an event the `to*` mappers read. A full `TrackingEvent` fits. */
export interface TaxonomyEvent {
  status: TrackingStatus;
  subStatus: SubStatus;
  /** The parceline carrier id that reported the event (`aftership`, `17track`, `easypost`, `ups` ...). */
  carrier?: string;
  /** The source's own code; used as-is when the event came from the target system. */
  carrierStatus?: { code: string | null };
}

/** An AfterShip status: the tag and the subtag (the subtag's prefix always names the tag). */
export interface AfterShipStatus {
  tag: string;
  subtag: string;
}

/** A 17TRACK status: the main status and the sub-status (`sub_status`). */
export interface SeventeenTrackStatus {
  status: string;
  subStatus: string;
}

/** An EasyPost status: `status` and `status_detail`. */
export interface EasyPostStatus {
  status: string;
  statusDetail: string;
}

/** What the `from*` mappers answer for a foreign code. Never thrown: unknown codes fall back. */
export interface TaxonomyMatch {
  status: TrackingStatus;
  subStatus: SubStatus;
  /**
   * True when nothing was lost: mapping the answer back with the matching `to*` function gives the
   * same code again. False for fallbacks, for documented codes whose meaning is unknown (they share
   * `source_specific`), and for codes that only have a closest parceline pair.
   */
  exact: boolean;
  /** True when every code given is documented in that system's list. Add a warning when false. */
  known: boolean;
}

type Pair = readonly [status: TrackingStatus, subStatus: SubStatus];

/** AfterShip tags, with our status when no subtag refines the tag. */
const AFTERSHIP_TAGS = {
  Pending: 'pending', // newly added, not tracked yet, or the carrier has nothing yet
  InfoReceived: 'info_received', // the carrier has the shipper's data; pickup still to come
  InTransit: 'in_transit', // accepted or picked up, on its way
  OutForDelivery: 'out_for_delivery', // about to be delivered
  AttemptFail: 'delivery_attempted', // a delivery attempt failed
  Delivered: 'delivered', // delivered
  AvailableForPickup: 'available_for_pickup', // at a pickup point near the recipient
  Exception: 'exception', // customs hold, undelivered, returned or another problem
  Expired: 'expired', // no information for 30 days after the tracking was added
} as const satisfies Record<string, TrackingStatus>;

type AfterShipTag = keyof typeof AFTERSHIP_TAGS;

/** AfterShip subtags (51), theirs to ours. */
const AFTERSHIP_SUBTAGS = {
  Pending_001: ['pending', 'pending'], // no information from the carrier yet, or not tracked yet
  Pending_002: ['pending', 'source_specific'], // listed in enum copies; meaning not published
  Pending_003: ['pending', 'source_specific'], // listed in enum copies; meaning not published
  Pending_004: ['pending', 'source_specific'], // listed in enum copies; meaning not published
  Pending_005: ['pending', 'source_specific'], // listed in enum copies; meaning not published
  Pending_006: ['pending', 'source_specific'], // listed in enum copies; meaning not published
  InfoReceived_001: ['info_received', 'info_received'], // shipper informed the carrier; collection to come
  InTransit_001: ['in_transit', 'in_transit'], // on its way, no detail
  InTransit_002: ['in_transit', 'picked_up'], // acceptance scan
  InTransit_003: ['in_transit', 'arrived_at_facility'], // arrival scan at a hub or sorting centre
  InTransit_004: ['in_transit', 'arrived_destination_country'], // reached the destination country
  InTransit_005: ['customs_cleared', 'customs_cleared'], // customs clearance finished
  InTransit_006: ['customs_processing', 'customs_processing'], // handed to customs, clearance started
  InTransit_007: ['in_transit', 'departed_facility'], // departure scan from a facility
  InTransit_008: ['in_transit', 'problem_resolved'], // earlier problem resolved, moving again
  InTransit_009: ['in_transit', 'forwarded'], // redirected to another delivery address
  OutForDelivery_001: ['out_for_delivery', 'out_for_delivery'], // out for delivery
  OutForDelivery_002: ['available_for_pickup', 'at_carrier_facility'], // older lists: ready to collect at a sorting centre
  OutForDelivery_003: ['out_for_delivery', 'customer_contacted'], // recipient contacted before delivery
  OutForDelivery_004: ['in_transit', 'delivery_scheduled'], // delivery appointment booked (not yet on the vehicle)
  AttemptFail_001: ['delivery_attempted', 'delivery_attempted'], // attempt failed; usually a notice and another try
  AttemptFail_002: ['delivery_attempted', 'recipient_unavailable'], // recipient not available
  AttemptFail_003: ['delivery_attempted', 'business_closed'], // business closed at delivery time
  Delivered_001: ['delivered', 'delivered'], // delivered
  Delivered_002: ['delivered', 'collected_by_recipient'], // collected by the recipient
  Delivered_003: ['delivered', 'signed_for'], // delivered and signed for
  Delivered_004: ['delivered', 'cod_collected'], // delivered, cash on delivery collected
  Delivered_005: ['delivered', 'delivered_to_neighbor'], // left with a neighbour (API 2026-07)
  AvailableForPickup_001: ['available_for_pickup', 'available_for_pickup'], // waiting at a pickup point
  Exception_001: ['exception', 'exception'], // generic exception
  Exception_002: ['exception', 'customer_moved'], // recipient has moved
  Exception_003: ['exception', 'refused'], // recipient refused the parcel
  Exception_004: ['customs_held', 'customs_delayed'], // delayed by a customs clearance problem
  Exception_005: ['exception', 'delayed'], // delayed by outside causes
  Exception_006: ['awaiting_payment', 'awaiting_payment'], // held until the recipient pays (purpose unstated)
  Exception_007: ['exception', 'address_issue'], // wrong address
  Exception_008: ['exception', 'unclaimed'], // never collected from the pickup point
  Exception_009: ['exception', 'rejected_by_carrier'], // carrier rejected it for breaking its rules
  Exception_010: ['returning_to_sender', 'returning_to_sender'], // on its way back to the sender
  Exception_011: ['returned_to_sender', 'returned_to_sender'], // sender received the return
  Exception_012: ['exception', 'damaged'], // damaged
  Exception_013: ['exception', 'lost'], // lost
  Exception_014: ['exception', 'source_specific'], // gap in the numbering; meaning not published
  Exception_015: ['exception', 'source_specific'], // gap in the numbering; meaning not published
  Exception_016: ['exception', 'delayed_processing'], // 2026: delayed inside the carrier's network
  Exception_017: ['exception', 'delayed_weather'], // 2026: delayed by extreme weather
  Exception_018: ['customs_held', 'customs_information_required'], // 2026: regulatory paperwork missing or wrong
  Exception_019: ['exception', 'delayed_flight'], // 2026: late or rescheduled flight
  Exception_020: ['exception', 'cancelled'], // 2026: voided or cancelled
  Exception_021: ['exception', 'disposed'], // 2026: destroyed or discarded
  Expired_001: ['expired', 'expired'], // no tracking information for 30 days
} as const satisfies Record<`${AfterShipTag}_${string}`, Pair>;

type AfterShipSubtag = keyof typeof AFTERSHIP_SUBTAGS;

/** Ours to AfterShip, per subStatus (§5.2). `null`: use the status row. */
const AFTERSHIP_BY_SUB_STATUS = {
  unknown: 'Pending_001', // closest
  tracking_error: 'Pending_001', // closest
  generic_update: null, // status row
  source_specific: null, // status row
  pending: 'Pending_001', // exact
  invalid_number: 'Pending_001', // closest
  info_received: 'InfoReceived_001', // exact
  in_transit: 'InTransit_001', // exact
  picked_up: 'InTransit_002', // exact
  received_at_origin_facility: 'InTransit_003', // closest
  arrived_at_facility: 'InTransit_003', // exact
  departed_facility: 'InTransit_007', // exact
  departed_origin_facility: 'InTransit_007', // closest
  departed_origin_country: 'InTransit_007', // closest
  arrived_destination_country: 'InTransit_004', // exact
  arrived_at_destination: 'InTransit_003', // closest
  received_at_destination_facility: 'InTransit_003', // closest
  processing: 'InTransit_001', // closest
  processed: 'InTransit_001', // closest
  handed_over: 'InTransit_001', // closest
  forwarded: 'InTransit_009', // exact
  address_corrected: 'InTransit_001', // closest
  problem_resolved: 'InTransit_008', // exact
  delivery_scheduled: 'OutForDelivery_004', // exact
  delivery_rescheduled: 'InTransit_001', // closest
  customs_processing: 'InTransit_006', // exact
  customs_held: 'Exception_004', // closest
  customs_information_required: 'Exception_018', // exact
  customs_delayed: 'Exception_004', // exact
  customs_inspection: 'Exception_004', // closest
  customs_prohibited: 'Exception_004', // closest
  customs_or_security_hold: 'Exception_004', // closest
  awaiting_payment: 'Exception_006', // exact
  duties_taxes_due: 'Exception_006', // closest
  cod_due: 'Exception_006', // closest
  customs_cleared: 'InTransit_005', // exact
  out_for_delivery: 'OutForDelivery_001', // exact
  customer_contacted: 'OutForDelivery_003', // exact
  available_for_pickup: 'AvailableForPickup_001', // exact
  at_carrier_facility: 'AvailableForPickup_001', // closest
  delivery_attempted: 'AttemptFail_001', // exact
  recipient_unavailable: 'AttemptFail_002', // exact
  business_closed: 'AttemptFail_003', // exact
  refused_at_delivery: 'AttemptFail_001', // closest
  invalid_address: 'AttemptFail_001', // closest
  security_customs_or_fees: 'AttemptFail_001', // closest
  notice_left: 'AttemptFail_001', // closest
  location_inaccessible: 'AttemptFail_001', // closest
  reschedule_required: 'AttemptFail_001', // closest
  delivered: 'Delivered_001', // exact
  collected_by_recipient: 'Delivered_002', // exact
  signed_for: 'Delivered_003', // exact
  cod_collected: 'Delivered_004', // exact
  delivered_to_neighbor: 'Delivered_005', // exact
  exception: 'Exception_001', // exact
  customer_moved: 'Exception_002', // exact
  refused: 'Exception_003', // exact
  recipient_not_found: 'Exception_001', // closest
  address_issue: 'Exception_007', // exact
  unclaimed: 'Exception_008', // exact
  rejected_by_carrier: 'Exception_009', // exact
  delayed: 'Exception_005', // exact
  delayed_weather: 'Exception_017', // exact
  delayed_processing: 'Exception_016', // exact
  delayed_flight: 'Exception_019', // exact
  misrouted: 'Exception_016', // closest
  held: 'Exception_001', // closest
  awaiting_information: 'Exception_001', // closest
  contact_carrier: 'Exception_001', // closest
  damaged: 'Exception_012', // exact
  lost: 'Exception_013', // exact
  disposed: 'Exception_021', // exact
  undeliverable: 'Exception_001', // closest
  failure: 'Exception_001', // closest
  delivery_exception: 'Exception_001', // closest
  transit_exception: 'Exception_001', // closest
  cancelled: 'Exception_020', // exact
  returning_to_sender: 'Exception_010', // exact
  returned_to_sender: 'Exception_011', // exact
  expired: 'Expired_001', // exact
} as const satisfies Record<SubStatus, AfterShipSubtag | null>;

/** Ours to AfterShip, per status: generic and fallback codes (§5.3). */
const AFTERSHIP_BY_STATUS = {
  pending: 'Pending_001',
  info_received: 'InfoReceived_001',
  in_transit: 'InTransit_001',
  customs_processing: 'InTransit_006',
  customs_held: 'Exception_004',
  awaiting_payment: 'Exception_006',
  customs_cleared: 'InTransit_005',
  out_for_delivery: 'OutForDelivery_001',
  delivery_attempted: 'AttemptFail_001',
  available_for_pickup: 'AvailableForPickup_001',
  delivered: 'Delivered_001',
  exception: 'Exception_001',
  returning_to_sender: 'Exception_010',
  returned_to_sender: 'Exception_011',
  expired: 'Expired_001',
  unknown: 'Pending_001', // no usable AfterShip code; Pending is the least wrong
} as const satisfies Record<TrackingStatus, AfterShipSubtag>;

/** 17TRACK main statuses, with our status when no sub-status refines them. */
const SEVENTEEN_TRACK_MAIN_STATUSES = {
  NotFound: 'pending', // the carrier returned nothing; the sub-status says why
  InfoReceived: 'info_received', // the carrier has the order data, collection to come
  InTransit: 'in_transit', // moving
  Expired: 'expired', // in transit for a long time without delivery
  AvailableForPickup: 'available_for_pickup', // waiting at the destination pickup point
  OutForDelivery: 'out_for_delivery', // being delivered
  DeliveryFailure: 'delivery_attempted', // an attempt failed
  Delivered: 'delivered', // delivered
  Exception: 'exception', // may be returned or detained
} as const satisfies Record<string, TrackingStatus>;

type SeventeenTrackMainStatus = keyof typeof SEVENTEEN_TRACK_MAIN_STATUSES;

/** 17TRACK sub-statuses (30), theirs to ours. The part before `_` is the main status. */
const SEVENTEEN_TRACK_SUB_STATUSES = {
  NotFound_Other: ['pending', 'pending'], // the carrier gave no information
  NotFound_InvalidCode: ['pending', 'invalid_number'], // the number is invalid
  InfoReceived: ['info_received', 'info_received'], // nothing beyond the main status
  InTransit_PickedUp: ['in_transit', 'picked_up'], // collected from the sender
  InTransit_Other: ['in_transit', 'in_transit'], // any other in-transit situation
  InTransit_Departure: ['in_transit', 'departed_origin_country'], // left the origin country's port
  InTransit_Arrival: ['in_transit', 'arrived_destination_country'], // reached the destination country's port
  InTransit_CustomsProcessing: ['customs_processing', 'customs_processing'], // in customs clearance
  InTransit_CustomsReleased: ['customs_cleared', 'customs_cleared'], // released by customs
  InTransit_CustomsRequiringInformation: ['customs_held', 'customs_information_required'], // clearance needs information or documents
  Expired_Other: ['expired', 'expired'], // nothing beyond the main status
  AvailableForPickup_Other: ['available_for_pickup', 'available_for_pickup'], // nothing beyond the main status
  OutForDelivery_Other: ['out_for_delivery', 'out_for_delivery'], // nothing beyond the main status
  DeliveryFailure_Other: ['delivery_attempted', 'delivery_attempted'], // any other failure reason
  DeliveryFailure_NoBody: ['delivery_attempted', 'recipient_unavailable'], // recipient not reachable at delivery
  DeliveryFailure_Security: ['delivery_attempted', 'security_customs_or_fees'], // failed over security, customs or fees
  DeliveryFailure_Rejected: ['delivery_attempted', 'refused_at_delivery'], // recipient refused at delivery
  DeliveryFailure_InvalidAddress: ['delivery_attempted', 'invalid_address'], // wrong recipient address
  Delivered_Other: ['delivered', 'delivered'], // nothing beyond the main status
  Exception_Other: ['exception', 'exception'], // any other exception
  Exception_Returning: ['returning_to_sender', 'returning_to_sender'], // being returned to the sender
  Exception_Returned: ['returned_to_sender', 'returned_to_sender'], // the sender received the return
  Exception_NoBody: ['exception', 'recipient_not_found'], // recipient details found faulty before delivery
  Exception_Security: ['customs_held', 'customs_or_security_hold'], // security, customs or fee problem before delivery
  Exception_Damage: ['exception', 'damaged'], // damaged in transit
  Exception_Rejected: ['exception', 'refused'], // refusal received before delivery
  Exception_Delayed: ['exception', 'delayed'], // beyond the expected transit time
  Exception_Lost: ['exception', 'lost'], // lost
  Exception_Destroyed: ['exception', 'disposed'], // destroyed because undeliverable
  Exception_Cancel: ['exception', 'cancelled'], // logistics order cancelled
} as const satisfies Record<`${SeventeenTrackMainStatus}_${string}` | 'InfoReceived', Pair>;

type SeventeenTrackSubStatus = keyof typeof SEVENTEEN_TRACK_SUB_STATUSES;

/** Ours to 17TRACK, per subStatus (§5.2). `null`: use the status row. */
const SEVENTEEN_TRACK_BY_SUB_STATUS = {
  unknown: 'NotFound_Other', // closest
  tracking_error: 'NotFound_Other', // closest
  generic_update: null, // status row
  source_specific: null, // status row
  pending: 'NotFound_Other', // exact
  invalid_number: 'NotFound_InvalidCode', // exact
  info_received: 'InfoReceived', // exact
  in_transit: 'InTransit_Other', // exact
  picked_up: 'InTransit_PickedUp', // exact
  received_at_origin_facility: 'InTransit_Other', // closest
  arrived_at_facility: 'InTransit_Other', // closest
  departed_facility: 'InTransit_Other', // closest
  departed_origin_facility: 'InTransit_Other', // closest
  departed_origin_country: 'InTransit_Departure', // exact
  arrived_destination_country: 'InTransit_Arrival', // exact
  arrived_at_destination: 'InTransit_Other', // closest
  received_at_destination_facility: 'InTransit_Other', // closest
  processing: 'InTransit_Other', // closest
  processed: 'InTransit_Other', // closest
  handed_over: 'InTransit_Other', // closest
  forwarded: 'InTransit_Other', // closest
  address_corrected: 'InTransit_Other', // closest
  problem_resolved: 'InTransit_Other', // closest
  delivery_scheduled: 'InTransit_Other', // closest
  delivery_rescheduled: 'InTransit_Other', // closest
  customs_processing: 'InTransit_CustomsProcessing', // exact
  customs_held: 'Exception_Security', // closest
  customs_information_required: 'InTransit_CustomsRequiringInformation', // exact
  customs_delayed: 'Exception_Security', // closest
  customs_inspection: 'Exception_Security', // closest
  customs_prohibited: 'Exception_Security', // closest
  customs_or_security_hold: 'Exception_Security', // exact
  awaiting_payment: 'Exception_Security', // closest
  duties_taxes_due: 'Exception_Security', // closest
  cod_due: 'Exception_Security', // closest
  customs_cleared: 'InTransit_CustomsReleased', // exact
  out_for_delivery: 'OutForDelivery_Other', // exact
  customer_contacted: 'OutForDelivery_Other', // closest
  available_for_pickup: 'AvailableForPickup_Other', // exact
  at_carrier_facility: 'AvailableForPickup_Other', // closest
  delivery_attempted: 'DeliveryFailure_Other', // exact
  recipient_unavailable: 'DeliveryFailure_NoBody', // exact
  business_closed: 'DeliveryFailure_Other', // closest
  refused_at_delivery: 'DeliveryFailure_Rejected', // exact
  invalid_address: 'DeliveryFailure_InvalidAddress', // exact
  security_customs_or_fees: 'DeliveryFailure_Security', // exact
  notice_left: 'DeliveryFailure_Other', // closest
  location_inaccessible: 'DeliveryFailure_Other', // closest
  reschedule_required: 'DeliveryFailure_Other', // closest
  delivered: 'Delivered_Other', // exact
  collected_by_recipient: 'Delivered_Other', // closest
  signed_for: 'Delivered_Other', // closest
  cod_collected: 'Delivered_Other', // closest
  delivered_to_neighbor: 'Delivered_Other', // closest
  exception: 'Exception_Other', // exact
  customer_moved: 'Exception_Other', // closest
  refused: 'Exception_Rejected', // exact
  recipient_not_found: 'Exception_NoBody', // exact
  address_issue: 'Exception_Other', // closest
  unclaimed: 'Exception_Other', // closest
  rejected_by_carrier: 'Exception_Other', // closest
  delayed: 'Exception_Delayed', // exact
  delayed_weather: 'Exception_Delayed', // closest
  delayed_processing: 'Exception_Delayed', // closest
  delayed_flight: 'Exception_Delayed', // closest
  misrouted: 'Exception_Delayed', // closest
  held: 'Exception_Other', // closest
  awaiting_information: 'Exception_Other', // closest
  contact_carrier: 'Exception_Other', // closest
  damaged: 'Exception_Damage', // exact
  lost: 'Exception_Lost', // exact
  disposed: 'Exception_Destroyed', // exact
  undeliverable: 'Exception_Other', // closest
  failure: 'Exception_Other', // closest
  delivery_exception: 'Exception_Other', // closest
  transit_exception: 'Exception_Other', // closest
  cancelled: 'Exception_Cancel', // exact
  returning_to_sender: 'Exception_Returning', // exact
  returned_to_sender: 'Exception_Returned', // exact
  expired: 'Expired_Other', // exact
} as const satisfies Record<SubStatus, SeventeenTrackSubStatus | null>;

/** Ours to 17TRACK, per status: generic and fallback codes (§5.3). */
const SEVENTEEN_TRACK_BY_STATUS = {
  pending: 'NotFound_Other',
  info_received: 'InfoReceived',
  in_transit: 'InTransit_Other',
  customs_processing: 'InTransit_CustomsProcessing',
  customs_held: 'Exception_Security',
  awaiting_payment: 'Exception_Security',
  customs_cleared: 'InTransit_CustomsReleased',
  out_for_delivery: 'OutForDelivery_Other',
  delivery_attempted: 'DeliveryFailure_Other',
  available_for_pickup: 'AvailableForPickup_Other',
  delivered: 'Delivered_Other',
  exception: 'Exception_Other',
  returning_to_sender: 'Exception_Returning',
  returned_to_sender: 'Exception_Returned',
  expired: 'Expired_Other',
  unknown: 'NotFound_Other', // no usable 17TRACK code; NotFound is the least wrong
} as const satisfies Record<TrackingStatus, SeventeenTrackSubStatus>;

/**
 * EasyPost `status` values, with our pair when the status stands alone (no usable detail). Status
 * `unknown` is `pending` only for a tracker with no events; that is the adapter's call, not this table's.
 */
const EASYPOST_STATUSES = {
  unknown: ['unknown', 'unknown'], // nothing from the carrier yet
  pre_transit: ['info_received', 'info_received'], // shipper sent the data; carrier does not hold it yet
  in_transit: ['in_transit', 'in_transit'], // in transit, also after one failed attempt that is retried
  out_for_delivery: ['out_for_delivery', 'out_for_delivery'], // on the vehicle for the last leg
  delivered: ['delivered', 'delivered'], // delivered
  available_for_pickup: ['available_for_pickup', 'available_for_pickup'], // waiting at a carrier location
  return_to_sender: ['returning_to_sender', 'returning_to_sender'], // being (or having been) returned
  failure: ['exception', 'exception'], // failed or stopped, including recoverable problems
  cancelled: ['exception', 'cancelled'], // shipment or label cancelled
  error: ['unknown', 'tracking_error'], // the tracker itself is in error
} as const satisfies Record<string, Pair>;

type EasyPostStatusCode = keyof typeof EASYPOST_STATUSES;

/**
 * How a detail combines with the status (taxonomies.md §3.4): `generic` keeps the status's pair
 * (rule A), `movement` gives `in_transit` unless a later-stage status wins (rule B), `problem` gives
 * `exception` unless `delivered` / `return_to_sender` wins (rule C), `fixed` always gives its pair (rule D).
 */
type DetailKind = 'generic' | 'movement' | 'problem' | 'fixed';

/** EasyPost `status_detail` values (28), theirs to ours. The status is the one the rule gives by default. */
const EASYPOST_DETAILS = {
  label_created: ['fixed', 'info_received', 'info_received'], // label created
  received_at_origin_facility: ['movement', 'in_transit', 'received_at_origin_facility'], // scanned in at origin facility
  arrived_at_facility: ['movement', 'in_transit', 'arrived_at_facility'], // arrived at a facility
  departed_facility: ['movement', 'in_transit', 'departed_facility'], // left a facility
  departed_origin_facility: ['movement', 'in_transit', 'departed_origin_facility'], // left the origin facility
  in_transit: ['movement', 'in_transit', 'in_transit'], // moving, no detail
  arrived_at_destination: ['movement', 'in_transit', 'arrived_at_destination'], // reached the destination
  received_at_destination_facility: ['movement', 'in_transit', 'received_at_destination_facility'], // scanned in at destination facility
  transferred_to_destination_carrier: ['movement', 'in_transit', 'handed_over'], // handed to the destination carrier
  address_correction: ['movement', 'in_transit', 'address_corrected'], // address corrected
  out_for_delivery: ['fixed', 'out_for_delivery', 'out_for_delivery'], // out for delivery
  arrived_at_pickup_location: ['fixed', 'available_for_pickup', 'available_for_pickup'], // arrived at a pickup location
  awaiting_information: ['problem', 'exception', 'awaiting_information'], // carrier waits for information
  held: ['problem', 'exception', 'held'], // held
  delayed: ['problem', 'exception', 'delayed'], // delayed
  weather_delay: ['problem', 'exception', 'delayed_weather'], // delayed by weather
  missorted: ['problem', 'exception', 'misrouted'], // sorted to the wrong place
  refused: ['problem', 'exception', 'refused'], // refused by the recipient
  damaged: ['problem', 'exception', 'damaged'], // damaged
  lost: ['problem', 'exception', 'lost'], // lost
  delivery_exception: ['problem', 'exception', 'delivery_exception'], // problem at delivery
  transit_exception: ['problem', 'exception', 'transit_exception'], // problem in transit
  failure: ['problem', 'exception', 'failure'], // failure, no detail
  return: ['fixed', 'returning_to_sender', 'returning_to_sender'], // return to sender
  cancelled: ['problem', 'exception', 'cancelled'], // cancelled
  expired: ['fixed', 'expired', 'expired'], // tracking expired
  status_update: ['generic', null, 'generic_update'], // generic update, seen under several statuses
  unknown: ['generic', null, 'unknown'], // no detail known
} as const satisfies Record<string, readonly [kind: DetailKind, status: TrackingStatus | null, subStatus: SubStatus]>;

type EasyPostDetailCode = keyof typeof EASYPOST_DETAILS;

/** Statuses that win over a movement detail (rule B); the pair is then the status's own. */
const EASYPOST_STATUSES_OVER_MOVEMENT: ReadonlySet<EasyPostStatusCode> = new Set([
  'delivered',
  'out_for_delivery',
  'available_for_pickup',
  'return_to_sender',
  'failure',
]);

/** Statuses that win over a problem detail (rule C); the detail's subStatus is kept. */
const EASYPOST_STATUSES_OVER_PROBLEM: ReadonlySet<EasyPostStatusCode> = new Set(['delivered', 'return_to_sender']);

/** Ours to EasyPost, per subStatus (§5.2). A `null` status: take it from the status row. */
const EASYPOST_BY_SUB_STATUS = {
  unknown: ['unknown', 'unknown'], // exact
  tracking_error: ['error', 'unknown'], // exact
  generic_update: [null, 'status_update'], // status row
  source_specific: [null, 'status_update'], // status row
  pending: ['unknown', 'unknown'], // closest
  invalid_number: ['unknown', 'unknown'], // closest
  info_received: ['pre_transit', 'label_created'], // exact
  in_transit: ['in_transit', 'in_transit'], // exact
  picked_up: ['in_transit', 'in_transit'], // closest
  received_at_origin_facility: ['in_transit', 'received_at_origin_facility'], // exact
  arrived_at_facility: ['in_transit', 'arrived_at_facility'], // exact
  departed_facility: ['in_transit', 'departed_facility'], // exact
  departed_origin_facility: ['in_transit', 'departed_origin_facility'], // exact
  departed_origin_country: ['in_transit', 'departed_facility'], // closest
  arrived_destination_country: ['in_transit', 'arrived_at_facility'], // closest
  arrived_at_destination: ['in_transit', 'arrived_at_destination'], // exact
  received_at_destination_facility: ['in_transit', 'received_at_destination_facility'], // exact
  processing: ['in_transit', 'in_transit'], // closest
  processed: ['in_transit', 'in_transit'], // closest
  handed_over: ['in_transit', 'transferred_to_destination_carrier'], // exact
  forwarded: ['in_transit', 'in_transit'], // closest
  address_corrected: ['in_transit', 'address_correction'], // exact
  problem_resolved: ['in_transit', 'in_transit'], // closest
  delivery_scheduled: ['in_transit', 'in_transit'], // closest
  delivery_rescheduled: ['in_transit', 'in_transit'], // closest
  customs_processing: ['in_transit', 'in_transit'], // closest: EasyPost has no customs code
  customs_held: ['failure', 'held'], // closest
  customs_information_required: ['failure', 'awaiting_information'], // closest
  customs_delayed: ['failure', 'held'], // closest
  customs_inspection: ['failure', 'held'], // closest
  customs_prohibited: ['failure', 'held'], // closest
  customs_or_security_hold: ['failure', 'held'], // closest
  awaiting_payment: ['failure', 'held'], // closest
  duties_taxes_due: ['failure', 'held'], // closest
  cod_due: ['failure', 'held'], // closest
  customs_cleared: ['in_transit', 'in_transit'], // closest
  out_for_delivery: ['out_for_delivery', 'out_for_delivery'], // exact
  customer_contacted: ['out_for_delivery', 'out_for_delivery'], // closest
  available_for_pickup: ['available_for_pickup', 'arrived_at_pickup_location'], // exact
  at_carrier_facility: ['available_for_pickup', 'arrived_at_pickup_location'], // closest
  delivery_attempted: ['in_transit', 'delivery_exception'], // exact: a retried attempt stays in_transit
  recipient_unavailable: ['in_transit', 'delivery_exception'], // closest
  business_closed: ['in_transit', 'delivery_exception'], // closest
  refused_at_delivery: ['in_transit', 'refused'], // closest
  invalid_address: ['in_transit', 'delivery_exception'], // closest
  security_customs_or_fees: ['in_transit', 'delivery_exception'], // closest
  notice_left: ['in_transit', 'delivery_exception'], // closest
  location_inaccessible: ['in_transit', 'delivery_exception'], // closest
  reschedule_required: ['in_transit', 'delivery_exception'], // closest
  delivered: ['delivered', 'arrived_at_destination'], // exact: the pairing real delivery events carry
  collected_by_recipient: ['delivered', 'arrived_at_destination'], // closest
  signed_for: ['delivered', 'arrived_at_destination'], // closest
  cod_collected: ['delivered', 'arrived_at_destination'], // closest
  delivered_to_neighbor: ['delivered', 'arrived_at_destination'], // closest
  exception: ['failure', 'transit_exception'], // closest
  customer_moved: ['failure', 'delivery_exception'], // closest
  refused: ['failure', 'refused'], // exact
  recipient_not_found: ['failure', 'delivery_exception'], // closest
  address_issue: ['failure', 'delivery_exception'], // closest
  unclaimed: ['failure', 'delivery_exception'], // closest
  rejected_by_carrier: ['failure', 'transit_exception'], // closest
  delayed: ['failure', 'delayed'], // exact
  delayed_weather: ['failure', 'weather_delay'], // exact
  delayed_processing: ['failure', 'delayed'], // closest
  delayed_flight: ['failure', 'delayed'], // closest
  misrouted: ['failure', 'missorted'], // exact
  held: ['failure', 'held'], // exact
  awaiting_information: ['failure', 'awaiting_information'], // exact
  contact_carrier: ['failure', 'transit_exception'], // closest
  damaged: ['failure', 'damaged'], // exact
  lost: ['failure', 'lost'], // exact
  disposed: ['failure', 'transit_exception'], // closest
  undeliverable: ['failure', 'delivery_exception'], // closest
  failure: ['failure', 'failure'], // exact
  delivery_exception: ['failure', 'delivery_exception'], // exact
  transit_exception: ['failure', 'transit_exception'], // exact
  cancelled: ['cancelled', 'cancelled'], // exact
  returning_to_sender: ['return_to_sender', 'return'], // exact
  returned_to_sender: ['return_to_sender', 'return'], // closest: EasyPost does not mark a completed return
  expired: ['unknown', 'expired'], // exact
} as const satisfies Record<SubStatus, readonly [status: EasyPostStatusCode | null, statusDetail: EasyPostDetailCode]>;

/** Ours to EasyPost, per status: generic and fallback codes (§5.3). */
const EASYPOST_BY_STATUS = {
  pending: ['unknown', 'unknown'],
  info_received: ['pre_transit', 'label_created'],
  in_transit: ['in_transit', 'in_transit'],
  customs_processing: ['in_transit', 'in_transit'],
  customs_held: ['failure', 'held'],
  awaiting_payment: ['failure', 'held'],
  customs_cleared: ['in_transit', 'in_transit'],
  out_for_delivery: ['out_for_delivery', 'out_for_delivery'],
  delivery_attempted: ['in_transit', 'delivery_exception'],
  available_for_pickup: ['available_for_pickup', 'arrived_at_pickup_location'],
  delivered: ['delivered', 'arrived_at_destination'],
  exception: ['failure', 'transit_exception'],
  returning_to_sender: ['return_to_sender', 'return'],
  returned_to_sender: ['return_to_sender', 'return'],
  expired: ['unknown', 'expired'],
  unknown: ['unknown', 'unknown'],
} as const satisfies Record<TrackingStatus, readonly [status: EasyPostStatusCode, statusDetail: EasyPostDetailCode]>;

function hasOwn<T extends object>(table: T, key: string): key is Extract<keyof T, string> {
  return Object.hasOwn(table, key);
}

/** The raw code to return unchanged when the event came from `system` (rule 1), else `null`. */
function sameSystemCode(event: TaxonomyEvent, system: string): string | null {
  if (event.carrier !== system) return null;
  return event.carrierStatus?.code ?? null;
}

/** Rule 2: the subStatus row applies when the status is the subStatus's own, or the subStatus has none. */
function usesSubStatusRow(event: TaxonomyEvent): boolean {
  const defaultStatus = defaultStatusOf(event.subStatus);
  return defaultStatus === null || defaultStatus === event.status;
}

function afterShipTagOf(subtag: AfterShipSubtag): AfterShipTag {
  return subtag.slice(0, subtag.indexOf('_')) as AfterShipTag;
}

function seventeenTrackMainOf(subStatus: SeventeenTrackSubStatus): SeventeenTrackMainStatus {
  const separator = subStatus.indexOf('_');
  return (separator === -1 ? subStatus : subStatus.slice(0, separator)) as SeventeenTrackMainStatus;
}

/** The part of a code before its first `_`, or `null` when there is none. */
function prefixOf(code: string): string | null {
  const separator = code.indexOf('_');
  return separator > 0 ? code.slice(0, separator) : null;
}

/**
 * Maps an event to AfterShip's tag and subtag. Resolution order: (1) an event that came from
 * AfterShip (`carrier: 'aftership'`) whose `carrierStatus.code` is a documented subtag gives that
 * subtag back; (2) when the event's status is its subStatus's default status (or the subStatus is
 * `generic_update` / `source_specific`), the subStatus's row; (3) otherwise the status's row, so an
 * event's status always survives. Never throws.
 *
 * @example
 * toAfterShip({ status: 'customs_held', subStatus: 'customs_information_required' });
 * // { tag: 'Exception', subtag: 'Exception_018' }
 * toAfterShip({ status: 'delivered', subStatus: 'damaged' });
 * // { tag: 'Delivered', subtag: 'Delivered_001' }
 */
export function toAfterShip(event: TaxonomyEvent): AfterShipStatus {
  const raw = sameSystemCode(event, 'aftership');
  let subtag: AfterShipSubtag;
  if (raw !== null && hasOwn(AFTERSHIP_SUBTAGS, raw)) subtag = raw;
  else if (usesSubStatusRow(event)) subtag = AFTERSHIP_BY_SUB_STATUS[event.subStatus] ?? AFTERSHIP_BY_STATUS[event.status];
  else subtag = AFTERSHIP_BY_STATUS[event.status];
  return { tag: afterShipTagOf(subtag), subtag };
}

/**
 * Maps an event to 17TRACK's main status and sub-status, in the same order as {@link toAfterShip}:
 * the raw code of an event from 17TRACK (`carrier: '17track'`, a documented sub-status), then the
 * subStatus row, then the status row. Never throws.
 *
 * @example
 * to17Track({ status: 'customs_held', subStatus: 'customs_information_required' });
 * // { status: 'InTransit', subStatus: 'InTransit_CustomsRequiringInformation' }
 */
export function to17Track(event: TaxonomyEvent): SeventeenTrackStatus {
  const raw = sameSystemCode(event, '17track');
  let subStatus: SeventeenTrackSubStatus;
  if (raw !== null && hasOwn(SEVENTEEN_TRACK_SUB_STATUSES, raw)) subStatus = raw;
  else if (usesSubStatusRow(event))
    subStatus = SEVENTEEN_TRACK_BY_SUB_STATUS[event.subStatus] ?? SEVENTEEN_TRACK_BY_STATUS[event.status];
  else subStatus = SEVENTEEN_TRACK_BY_STATUS[event.status];
  return { status: seventeenTrackMainOf(subStatus), subStatus };
}

/**
 * Maps an event to EasyPost's `status` and `status_detail`, in the same order as {@link toAfterShip}.
 * An event from EasyPost (`carrier: 'easypost'`) keeps both raw fields when its `carrierStatus.code`
 * is `<status>:<status_detail>` with two documented values (`delivered:arrived_at_destination`).
 * `generic_update` / `source_specific` give the status row's status with detail `status_update`.
 * Never throws.
 *
 * @example
 * toEasyPost({ status: 'delivery_attempted', subStatus: 'delivery_attempted' });
 * // { status: 'in_transit', statusDetail: 'delivery_exception' }
 */
export function toEasyPost(event: TaxonomyEvent): EasyPostStatus {
  const raw = sameSystemCode(event, 'easypost');
  if (raw !== null) {
    const [status, statusDetail, extra] = raw.split(':');
    if (
      extra === undefined &&
      status !== undefined &&
      statusDetail !== undefined &&
      hasOwn(EASYPOST_STATUSES, status) &&
      hasOwn(EASYPOST_DETAILS, statusDetail)
    ) {
      return { status, statusDetail };
    }
  }
  const [rowStatus, rowDetail] = EASYPOST_BY_STATUS[event.status];
  if (!usesSubStatusRow(event)) return { status: rowStatus, statusDetail: rowDetail };
  const [status, statusDetail] = EASYPOST_BY_SUB_STATUS[event.subStatus];
  return { status: status ?? rowStatus, statusDetail };
}

function buildMatch(status: TrackingStatus, subStatus: SubStatus, known: boolean, exact: boolean): TaxonomyMatch {
  return { status, subStatus, exact, known };
}

/**
 * Maps an AfterShip subtag (`InTransit_007`) or a bare tag (`InTransit`) to our pair. A bare tag gives
 * the tag's status with its generic subStatus. An undocumented subtag with a known tag prefix
 * (`Exception_099`) gives the tag's status with `source_specific`; anything else gives `unknown` /
 * `unknown`. Both have `known: false`; keep the raw code in `carrierStatus` and add a warning. Never throws.
 *
 * @example
 * fromAfterShip('Exception_018');
 * // { status: 'customs_held', subStatus: 'customs_information_required', exact: true, known: true }
 * fromAfterShip('Pending_003');
 * // { status: 'pending', subStatus: 'source_specific', exact: false, known: true }
 */
export function fromAfterShip(subtagOrTag: string): TaxonomyMatch {
  if (hasOwn(AFTERSHIP_SUBTAGS, subtagOrTag)) {
    const [status, subStatus] = AFTERSHIP_SUBTAGS[subtagOrTag];
    return buildMatch(status, subStatus, true, toAfterShip({ status, subStatus }).subtag === subtagOrTag);
  }
  if (hasOwn(AFTERSHIP_TAGS, subtagOrTag)) {
    const status = AFTERSHIP_TAGS[subtagOrTag];
    return buildMatch(status, status, true, toAfterShip({ status, subStatus: status }).tag === subtagOrTag);
  }
  const tag = prefixOf(subtagOrTag);
  if (tag !== null && hasOwn(AFTERSHIP_TAGS, tag)) return buildMatch(AFTERSHIP_TAGS[tag], 'source_specific', false, false);
  return buildMatch('unknown', 'unknown', false, false);
}

/**
 * Maps a 17TRACK sub-status (`InTransit_CustomsReleased`) or a bare main status (`Exception`) to our
 * pair. `InfoReceived` is both and reads as the sub-status (same answer). An undocumented sub-status
 * with a known main-status prefix gives that status with `source_specific`; anything else gives
 * `unknown` / `unknown`, both with `known: false`. Never throws.
 *
 * @example
 * from17Track('Exception_Security');
 * // { status: 'customs_held', subStatus: 'customs_or_security_hold', exact: true, known: true }
 */
export function from17Track(subStatusOrStatus: string): TaxonomyMatch {
  if (hasOwn(SEVENTEEN_TRACK_SUB_STATUSES, subStatusOrStatus)) {
    const [status, subStatus] = SEVENTEEN_TRACK_SUB_STATUSES[subStatusOrStatus];
    return buildMatch(status, subStatus, true, to17Track({ status, subStatus }).subStatus === subStatusOrStatus);
  }
  if (hasOwn(SEVENTEEN_TRACK_MAIN_STATUSES, subStatusOrStatus)) {
    const status = SEVENTEEN_TRACK_MAIN_STATUSES[subStatusOrStatus];
    return buildMatch(status, status, true, to17Track({ status, subStatus: status }).status === subStatusOrStatus);
  }
  const main = prefixOf(subStatusOrStatus);
  if (main !== null && hasOwn(SEVENTEEN_TRACK_MAIN_STATUSES, main)) {
    return buildMatch(SEVENTEEN_TRACK_MAIN_STATUSES[main], 'source_specific', false, false);
  }
  return buildMatch('unknown', 'unknown', false, false);
}

/** Rules A to E of taxonomies.md §3.4 for a documented detail; `status` is `null` when undocumented. */
function resolveEasyPostDetail(status: EasyPostStatusCode | null, detail: EasyPostDetailCode): Pair {
  const [kind, detailStatus, subStatus] = EASYPOST_DETAILS[detail];
  if (status === 'error' || status === 'cancelled') return EASYPOST_STATUSES[status];
  switch (kind) {
    case 'generic':
      return [status === null ? 'unknown' : EASYPOST_STATUSES[status][0], subStatus];
    case 'movement':
      if (status !== null && EASYPOST_STATUSES_OVER_MOVEMENT.has(status)) return EASYPOST_STATUSES[status];
      return [detailStatus, subStatus];
    case 'problem':
      if (status !== null && EASYPOST_STATUSES_OVER_PROBLEM.has(status)) return [EASYPOST_STATUSES[status][0], subStatus];
      if (status === 'in_transit' && detail === 'delivery_exception') return ['delivery_attempted', 'delivery_attempted'];
      return [detailStatus, subStatus];
    case 'fixed':
      return [detailStatus, subStatus];
  }
}

/**
 * Maps an EasyPost `status` and `status_detail` to our pair, following EasyPost's rules A to E in
 * `docs/schema.md` (for example `delivered` + `arrived_at_destination` is `delivered` / `delivered`,
 * `delivered` + `damaged` is `delivered` / `damaged`, `in_transit` + `delivery_exception` is a
 * failed attempt). Without a detail, the status alone decides. An undocumented detail gives the
 * status's status with `source_specific`; with no usable status either, `unknown` / `unknown`.
 * Status `unknown` maps to `unknown`: a tracker with no events at all is `pending`, which the
 * adapter decides. Never throws.
 *
 * @example
 * fromEasyPost('delivered', 'arrived_at_destination');
 * // { status: 'delivered', subStatus: 'delivered', exact: true, known: true }
 * fromEasyPost('failure', 'weather_delay');
 * // { status: 'exception', subStatus: 'delayed_weather', exact: true, known: true }
 */
export function fromEasyPost(status: string, statusDetail?: string | null): TaxonomyMatch {
  const knownStatus = hasOwn(EASYPOST_STATUSES, status) ? status : null;
  const hasDetail = statusDetail !== undefined && statusDetail !== null && statusDetail !== '';
  if (!hasDetail) {
    if (knownStatus === null) return buildMatch('unknown', 'unknown', false, false);
    const [ourStatus, subStatus] = EASYPOST_STATUSES[knownStatus];
    return buildMatch(ourStatus, subStatus, true, toEasyPost({ status: ourStatus, subStatus }).status === status);
  }
  if (!hasOwn(EASYPOST_DETAILS, statusDetail)) {
    if (knownStatus === null) return buildMatch('unknown', 'unknown', false, false);
    if (knownStatus === 'error' || knownStatus === 'cancelled') {
      const [ourStatus, subStatus] = EASYPOST_STATUSES[knownStatus];
      return buildMatch(ourStatus, subStatus, false, false);
    }
    return buildMatch(EASYPOST_STATUSES[knownStatus][0], 'source_specific', false, false);
  }
  const [ourStatus, subStatus] = resolveEasyPostDetail(knownStatus, statusDetail);
  const back = toEasyPost({ status: ourStatus, subStatus });
  return buildMatch(ourStatus, subStatus, knownStatus !== null, back.status === status && back.statusDetail === statusDetail);
}
