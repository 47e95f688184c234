import { z } from 'zod';

/**
 * The 16 unified tracking statuses, from "the carrier knows nothing yet" to "back with the sender".
 * Each is defined in `docs/schema.md`. Four of them are customs states, first-class rather than
 * folded into `in_transit` or `exception`.
 *
 * @example
 * TrackingStatus.parse('customs_held'); // 'customs_held'
 */
export const TrackingStatus = z.enum([
  'pending',
  'info_received',
  'in_transit',
  'customs_processing',
  'customs_held',
  'awaiting_payment',
  'customs_cleared',
  'out_for_delivery',
  'delivery_attempted',
  'available_for_pickup',
  'delivered',
  'exception',
  'returning_to_sender',
  'returned_to_sender',
  'expired',
  'unknown',
]);
/** One of the 16 unified statuses. */
export type TrackingStatus = z.infer<typeof TrackingStatus>;

/**
 * The default status of each subStatus. `null` marks the two subStatus ids that take their status from
 * the source (`generic_update`, `source_specific`). Every status has a subStatus of the same id.
 */
export const SUB_STATUS_DEFAULTS = {
  unknown: 'unknown',
  tracking_error: 'unknown',
  generic_update: null,
  source_specific: null,
  pending: 'pending',
  invalid_number: 'pending',
  info_received: 'info_received',
  in_transit: 'in_transit',
  picked_up: 'in_transit',
  received_at_origin_facility: 'in_transit',
  arrived_at_facility: 'in_transit',
  departed_facility: 'in_transit',
  departed_origin_facility: 'in_transit',
  departed_origin_country: 'in_transit',
  arrived_destination_country: 'in_transit',
  arrived_at_destination: 'in_transit',
  received_at_destination_facility: 'in_transit',
  processing: 'in_transit',
  processed: 'in_transit',
  handed_over: 'in_transit',
  forwarded: 'in_transit',
  address_corrected: 'in_transit',
  problem_resolved: 'in_transit',
  delivery_scheduled: 'in_transit',
  delivery_rescheduled: 'in_transit',
  customs_processing: 'customs_processing',
  customs_held: 'customs_held',
  customs_information_required: 'customs_held',
  customs_delayed: 'customs_held',
  customs_inspection: 'customs_held',
  customs_prohibited: 'customs_held',
  customs_or_security_hold: 'customs_held',
  awaiting_payment: 'awaiting_payment',
  duties_taxes_due: 'awaiting_payment',
  cod_due: 'awaiting_payment',
  customs_cleared: 'customs_cleared',
  out_for_delivery: 'out_for_delivery',
  customer_contacted: 'out_for_delivery',
  available_for_pickup: 'available_for_pickup',
  at_carrier_facility: 'available_for_pickup',
  delivery_attempted: 'delivery_attempted',
  recipient_unavailable: 'delivery_attempted',
  business_closed: 'delivery_attempted',
  refused_at_delivery: 'delivery_attempted',
  invalid_address: 'delivery_attempted',
  security_customs_or_fees: 'delivery_attempted',
  notice_left: 'delivery_attempted',
  location_inaccessible: 'delivery_attempted',
  reschedule_required: 'delivery_attempted',
  delivered: 'delivered',
  collected_by_recipient: 'delivered',
  signed_for: 'delivered',
  cod_collected: 'delivered',
  delivered_to_neighbor: 'delivered',
  exception: 'exception',
  customer_moved: 'exception',
  refused: 'exception',
  recipient_not_found: 'exception',
  address_issue: 'exception',
  unclaimed: 'exception',
  rejected_by_carrier: 'exception',
  delayed: 'exception',
  delayed_weather: 'exception',
  delayed_processing: 'exception',
  delayed_flight: 'exception',
  misrouted: 'exception',
  held: 'exception',
  awaiting_information: 'exception',
  contact_carrier: 'exception',
  damaged: 'exception',
  lost: 'exception',
  disposed: 'exception',
  undeliverable: 'exception',
  failure: 'exception',
  delivery_exception: 'exception',
  transit_exception: 'exception',
  cancelled: 'exception',
  returning_to_sender: 'returning_to_sender',
  returned_to_sender: 'returned_to_sender',
  expired: 'expired',
} as const satisfies Record<string, TrackingStatus | null>;

/**
 * The finer reason inside a status (80 ids), designed so that every AfterShip subtag, 17TRACK
 * sub-status and EasyPost status_detail maps onto one of them. See `docs/schema.md`.
 *
 * @example
 * SubStatus.parse('duties_taxes_due');
 */
export const SubStatus = z.enum(
  Object.keys(SUB_STATUS_DEFAULTS) as [keyof typeof SUB_STATUS_DEFAULTS, ...(keyof typeof SUB_STATUS_DEFAULTS)[]],
);
/** One of the 80 subStatus ids. */
export type SubStatus = z.infer<typeof SubStatus>;

/** Statuses after which nothing is expected to change (the parcel's story has ended). */
export const TERMINAL_STATUSES: ReadonlySet<TrackingStatus> = new Set(['delivered', 'returned_to_sender', 'expired']);

/**
 * The default status of a subStatus, or `null` for `generic_update` / `source_specific`.
 *
 * @example
 * defaultStatusOf('duties_taxes_due'); // 'awaiting_payment'
 */
export function defaultStatusOf(subStatus: SubStatus): TrackingStatus | null {
  return SUB_STATUS_DEFAULTS[subStatus];
}

/** Whether a status ends the parcel's story (`delivered`, `returned_to_sender`, `expired`). */
export function isTerminalStatus(status: TrackingStatus): boolean {
  return TERMINAL_STATUSES.has(status);
}
