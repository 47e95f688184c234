import type { SubStatus, TrackingStatus } from '../schema/status.js';
import { isTerminalStatus } from '../schema/status.js';

/** The fields of a shipment event that the status rules read. */
export interface StatusEvent {
  status: TrackingStatus;
  subStatus: SubStatus;
}

/** The shipment's current status and the event that set it. */
export interface ShipmentStatus {
  status: TrackingStatus;
  subStatus: SubStatus;
  /** Index of the deciding event in the timeline, -1 when none decided. */
  decisiveIndex: number;
}

/**
 * In-transit subStatuses that do not end a customs hold: milestones from before customs (acceptance, export,
 * arrival in the country) and scans inside the facility. They show up after a hold when a carrier relays the
 * journey late or with a guessed time zone.
 */
const NOT_MOVEMENT: ReadonlySet<SubStatus> = new Set<SubStatus>([
  'picked_up',
  'received_at_origin_facility',
  'departed_origin_facility',
  'departed_origin_country',
  'arrived_destination_country',
  'processing',
  'processed',
  'generic_update',
  'source_specific',
]);

/** Whether a status pair is a customs hold: held by customs, or duties owed (not a cash-on-delivery amount). */
export function isCustomsHold(event: StatusEvent): boolean {
  return event.status === 'customs_held' || (event.status === 'awaiting_payment' && event.subStatus !== 'cod_due');
}

/**
 * Whether an event shows the parcel moving on after customs: a release, a payment or problem solved
 * (`in_transit` / `problem_resolved`), or a later movement (any in-transit scan other than the pre-customs and
 * in-facility ones, out for delivery, attempts, pickup, delivery, exceptions, returns). Customs processing,
 * `info_received`, `pending`, `unknown` and informational updates do not.
 *
 * @example
 * movesOnAfterCustoms({ status: 'in_transit', subStatus: 'departed_facility' }); // true
 * movesOnAfterCustoms({ status: 'customs_processing', subStatus: 'customs_processing' }); // false
 */
export function movesOnAfterCustoms(event: StatusEvent): boolean {
  switch (event.status) {
    case 'customs_processing':
    case 'customs_held':
    case 'awaiting_payment':
    case 'info_received':
    case 'pending':
    case 'unknown':
      return false;
    case 'in_transit':
      return !NOT_MOVEMENT.has(event.subStatus);
    default:
      return event.subStatus !== 'generic_update';
  }
}

/**
 * Derives a shipment's status from its merged timeline (ascending; at the same instant a later leg's event comes
 * after an earlier leg's, so it outranks it). The rules, documented in `docs/multi-leg.md`:
 * 1. `unknown` never replaces a known status; informational events (`generic_update`) never change it;
 * 2. a terminal status (`delivered`, `returned_to_sender`, `expired`) is replaced only by another terminal
 *    status or `returning_to_sender`; older events arriving late sort earlier and cannot undo it;
 * 3. a customs hold (`customs_held`, or `awaiting_payment` other than cash on delivery) stays the status until a
 *    release, a payment or a later movement ({@link movesOnAfterCustoms}); another hold or payment request
 *    replaces it;
 * 4. a label or pre-advice (`info_received`, `pending`) never moves a shipment back once something else is known:
 *    the next carrier's pre-advice often arrives while the previous carrier still moves the parcel;
 * 5. no events: `pending` / `pending`; only `unknown` events: `unknown` / `unknown`.
 * An earlier leg's "delivered" has already become `in_transit` / `handed_over` when this runs.
 *
 * @example
 * deriveShipmentStatus([
 *   { status: 'customs_held', subStatus: 'customs_held' },
 *   { status: 'customs_processing', subStatus: 'customs_processing' },
 * ]); // { status: 'customs_held', subStatus: 'customs_held', decisiveIndex: 0 }
 */
export function deriveShipmentStatus(events: readonly StatusEvent[]): ShipmentStatus {
  let current: ShipmentStatus = { status: 'pending', subStatus: 'pending', decisiveIndex: -1 };
  let sawUnknown = false;
  for (let index = 0; index < events.length; index++) {
    const event = events[index] as StatusEvent;
    if (event.subStatus === 'generic_update') continue;
    if (event.status === 'unknown') {
      sawUnknown = true;
      continue;
    }
    if (current.decisiveIndex >= 0) {
      if ((event.status === 'info_received' || event.status === 'pending') && current.status !== event.status) continue;
      if (isTerminalStatus(current.status) && !isTerminalStatus(event.status) && event.status !== 'returning_to_sender') continue;
      if (isCustomsHold(current) && !isCustomsHold(event) && !movesOnAfterCustoms(event)) continue;
    }
    current = { status: event.status, subStatus: event.subStatus, decisiveIndex: index };
  }
  if (current.decisiveIndex < 0 && sawUnknown) return { status: 'unknown', subStatus: 'unknown', decisiveIndex: -1 };
  return current;
}
