import { describe, expect, it } from 'vitest';
import { SUB_STATUS_DEFAULTS, SubStatus, TrackingStatus } from '../../src/schema/status.js';
import {
  from17Track,
  fromAfterShip,
  fromEasyPost,
  to17Track,
  toAfterShip,
  toEasyPost,
  type TaxonomyMatch,
} from '../../src/schema/taxonomies.js';

// Expected data, written out from taxonomies.md (shared reference), independent of the implementation.

/** §1.2: AfterShip tags and the status each gives when no subtag refines it. */
const AFTERSHIP_TAGS: readonly (readonly [tag: string, status: TrackingStatus])[] = [
  ['Pending', 'pending'],
  ['InfoReceived', 'info_received'],
  ['InTransit', 'in_transit'],
  ['OutForDelivery', 'out_for_delivery'],
  ['AttemptFail', 'delivery_attempted'],
  ['Delivered', 'delivered'],
  ['AvailableForPickup', 'available_for_pickup'],
  ['Exception', 'exception'],
  ['Expired', 'expired'],
];

/** §1.3: every AfterShip subtag, theirs to ours. */
const AFTERSHIP_SUBTAGS: readonly (readonly [subtag: string, status: TrackingStatus, subStatus: SubStatus])[] = [
  ['Pending_001', 'pending', 'pending'],
  ['Pending_002', 'pending', 'source_specific'],
  ['Pending_003', 'pending', 'source_specific'],
  ['Pending_004', 'pending', 'source_specific'],
  ['Pending_005', 'pending', 'source_specific'],
  ['Pending_006', 'pending', 'source_specific'],
  ['InfoReceived_001', 'info_received', 'info_received'],
  ['InTransit_001', 'in_transit', 'in_transit'],
  ['InTransit_002', 'in_transit', 'picked_up'],
  ['InTransit_003', 'in_transit', 'arrived_at_facility'],
  ['InTransit_004', 'in_transit', 'arrived_destination_country'],
  ['InTransit_005', 'customs_cleared', 'customs_cleared'],
  ['InTransit_006', 'customs_processing', 'customs_processing'],
  ['InTransit_007', 'in_transit', 'departed_facility'],
  ['InTransit_008', 'in_transit', 'problem_resolved'],
  ['InTransit_009', 'in_transit', 'forwarded'],
  ['OutForDelivery_001', 'out_for_delivery', 'out_for_delivery'],
  ['OutForDelivery_002', 'available_for_pickup', 'at_carrier_facility'],
  ['OutForDelivery_003', 'out_for_delivery', 'customer_contacted'],
  ['OutForDelivery_004', 'in_transit', 'delivery_scheduled'],
  ['AttemptFail_001', 'delivery_attempted', 'delivery_attempted'],
  ['AttemptFail_002', 'delivery_attempted', 'recipient_unavailable'],
  ['AttemptFail_003', 'delivery_attempted', 'business_closed'],
  ['Delivered_001', 'delivered', 'delivered'],
  ['Delivered_002', 'delivered', 'collected_by_recipient'],
  ['Delivered_003', 'delivered', 'signed_for'],
  ['Delivered_004', 'delivered', 'cod_collected'],
  ['Delivered_005', 'delivered', 'delivered_to_neighbor'],
  ['AvailableForPickup_001', 'available_for_pickup', 'available_for_pickup'],
  ['Exception_001', 'exception', 'exception'],
  ['Exception_002', 'exception', 'customer_moved'],
  ['Exception_003', 'exception', 'refused'],
  ['Exception_004', 'customs_held', 'customs_delayed'],
  ['Exception_005', 'exception', 'delayed'],
  ['Exception_006', 'awaiting_payment', 'awaiting_payment'],
  ['Exception_007', 'exception', 'address_issue'],
  ['Exception_008', 'exception', 'unclaimed'],
  ['Exception_009', 'exception', 'rejected_by_carrier'],
  ['Exception_010', 'returning_to_sender', 'returning_to_sender'],
  ['Exception_011', 'returned_to_sender', 'returned_to_sender'],
  ['Exception_012', 'exception', 'damaged'],
  ['Exception_013', 'exception', 'lost'],
  ['Exception_014', 'exception', 'source_specific'],
  ['Exception_015', 'exception', 'source_specific'],
  ['Exception_016', 'exception', 'delayed_processing'],
  ['Exception_017', 'exception', 'delayed_weather'],
  ['Exception_018', 'customs_held', 'customs_information_required'],
  ['Exception_019', 'exception', 'delayed_flight'],
  ['Exception_020', 'exception', 'cancelled'],
  ['Exception_021', 'exception', 'disposed'],
  ['Expired_001', 'expired', 'expired'],
];

/** §2.2: 17TRACK main statuses. */
const SEVENTEEN_TRACK_MAIN_STATUSES: readonly (readonly [main: string, status: TrackingStatus])[] = [
  ['NotFound', 'pending'],
  ['InfoReceived', 'info_received'],
  ['InTransit', 'in_transit'],
  ['Expired', 'expired'],
  ['AvailableForPickup', 'available_for_pickup'],
  ['OutForDelivery', 'out_for_delivery'],
  ['DeliveryFailure', 'delivery_attempted'],
  ['Delivered', 'delivered'],
  ['Exception', 'exception'],
];

/** §2.3: every 17TRACK sub-status with its main status, theirs to ours. */
const SEVENTEEN_TRACK_SUB_STATUSES: readonly (readonly [subStatus: string, main: string, status: TrackingStatus, ours: SubStatus])[] = [
  ['NotFound_Other', 'NotFound', 'pending', 'pending'],
  ['NotFound_InvalidCode', 'NotFound', 'pending', 'invalid_number'],
  ['InfoReceived', 'InfoReceived', 'info_received', 'info_received'],
  ['InTransit_PickedUp', 'InTransit', 'in_transit', 'picked_up'],
  ['InTransit_Other', 'InTransit', 'in_transit', 'in_transit'],
  ['InTransit_Departure', 'InTransit', 'in_transit', 'departed_origin_country'],
  ['InTransit_Arrival', 'InTransit', 'in_transit', 'arrived_destination_country'],
  ['InTransit_CustomsProcessing', 'InTransit', 'customs_processing', 'customs_processing'],
  ['InTransit_CustomsReleased', 'InTransit', 'customs_cleared', 'customs_cleared'],
  ['InTransit_CustomsRequiringInformation', 'InTransit', 'customs_held', 'customs_information_required'],
  ['Expired_Other', 'Expired', 'expired', 'expired'],
  ['AvailableForPickup_Other', 'AvailableForPickup', 'available_for_pickup', 'available_for_pickup'],
  ['OutForDelivery_Other', 'OutForDelivery', 'out_for_delivery', 'out_for_delivery'],
  ['DeliveryFailure_Other', 'DeliveryFailure', 'delivery_attempted', 'delivery_attempted'],
  ['DeliveryFailure_NoBody', 'DeliveryFailure', 'delivery_attempted', 'recipient_unavailable'],
  ['DeliveryFailure_Security', 'DeliveryFailure', 'delivery_attempted', 'security_customs_or_fees'],
  ['DeliveryFailure_Rejected', 'DeliveryFailure', 'delivery_attempted', 'refused_at_delivery'],
  ['DeliveryFailure_InvalidAddress', 'DeliveryFailure', 'delivery_attempted', 'invalid_address'],
  ['Delivered_Other', 'Delivered', 'delivered', 'delivered'],
  ['Exception_Other', 'Exception', 'exception', 'exception'],
  ['Exception_Returning', 'Exception', 'returning_to_sender', 'returning_to_sender'],
  ['Exception_Returned', 'Exception', 'returned_to_sender', 'returned_to_sender'],
  ['Exception_NoBody', 'Exception', 'exception', 'recipient_not_found'],
  ['Exception_Security', 'Exception', 'customs_held', 'customs_or_security_hold'],
  ['Exception_Damage', 'Exception', 'exception', 'damaged'],
  ['Exception_Rejected', 'Exception', 'exception', 'refused'],
  ['Exception_Delayed', 'Exception', 'exception', 'delayed'],
  ['Exception_Lost', 'Exception', 'exception', 'lost'],
  ['Exception_Destroyed', 'Exception', 'exception', 'disposed'],
  ['Exception_Cancel', 'Exception', 'exception', 'cancelled'],
];

/** §3.2: EasyPost statuses standing alone (no detail). */
const EASYPOST_STATUSES: readonly (readonly [status: string, ours: TrackingStatus, subStatus: SubStatus])[] = [
  ['unknown', 'unknown', 'unknown'],
  ['pre_transit', 'info_received', 'info_received'],
  ['in_transit', 'in_transit', 'in_transit'],
  ['out_for_delivery', 'out_for_delivery', 'out_for_delivery'],
  ['delivered', 'delivered', 'delivered'],
  ['available_for_pickup', 'available_for_pickup', 'available_for_pickup'],
  ['return_to_sender', 'returning_to_sender', 'returning_to_sender'],
  ['failure', 'exception', 'exception'],
  ['cancelled', 'exception', 'cancelled'],
  ['error', 'unknown', 'tracking_error'],
];

/**
 * §3.3 with §3.4: every EasyPost status_detail, each under the status it most naturally comes with
 * (movement details under in_transit, problem details under failure), theirs to ours.
 */
const EASYPOST_DETAILS: readonly (readonly [status: string, detail: string, ours: TrackingStatus, subStatus: SubStatus])[] = [
  ['pre_transit', 'label_created', 'info_received', 'info_received'],
  ['in_transit', 'received_at_origin_facility', 'in_transit', 'received_at_origin_facility'],
  ['in_transit', 'arrived_at_facility', 'in_transit', 'arrived_at_facility'],
  ['in_transit', 'departed_facility', 'in_transit', 'departed_facility'],
  ['in_transit', 'departed_origin_facility', 'in_transit', 'departed_origin_facility'],
  ['in_transit', 'in_transit', 'in_transit', 'in_transit'],
  ['in_transit', 'arrived_at_destination', 'in_transit', 'arrived_at_destination'],
  ['in_transit', 'received_at_destination_facility', 'in_transit', 'received_at_destination_facility'],
  ['in_transit', 'transferred_to_destination_carrier', 'in_transit', 'handed_over'],
  ['in_transit', 'address_correction', 'in_transit', 'address_corrected'],
  ['out_for_delivery', 'out_for_delivery', 'out_for_delivery', 'out_for_delivery'],
  ['available_for_pickup', 'arrived_at_pickup_location', 'available_for_pickup', 'available_for_pickup'],
  ['failure', 'awaiting_information', 'exception', 'awaiting_information'],
  ['failure', 'held', 'exception', 'held'],
  ['failure', 'delayed', 'exception', 'delayed'],
  ['failure', 'weather_delay', 'exception', 'delayed_weather'],
  ['failure', 'missorted', 'exception', 'misrouted'],
  ['failure', 'refused', 'exception', 'refused'],
  ['failure', 'damaged', 'exception', 'damaged'],
  ['failure', 'lost', 'exception', 'lost'],
  ['failure', 'delivery_exception', 'exception', 'delivery_exception'],
  ['failure', 'transit_exception', 'exception', 'transit_exception'],
  ['failure', 'failure', 'exception', 'failure'],
  ['return_to_sender', 'return', 'returning_to_sender', 'returning_to_sender'],
  ['failure', 'cancelled', 'exception', 'cancelled'],
  ['unknown', 'expired', 'expired', 'expired'],
  ['in_transit', 'status_update', 'in_transit', 'generic_update'],
  ['unknown', 'unknown', 'unknown', 'unknown'],
];

/**
 * §5.2: ours to theirs, one row per subStatus. `~X` is the closest code (loses detail); a bare code is
 * exact; `status row` defers to §5.3. EasyPost cells are `status/status_detail`.
 */
const REVERSE: readonly (readonly [subStatus: SubStatus, afterShip: string, seventeenTrack: string, easyPost: string])[] = [
  ['unknown', '~Pending_001', '~NotFound_Other', 'unknown/unknown'],
  ['tracking_error', '~Pending_001', '~NotFound_Other', 'error/unknown'],
  ['generic_update', 'status row', 'status row', 'status row/status_update'],
  ['source_specific', 'status row', 'status row', 'status row/status_update'],
  ['pending', 'Pending_001', 'NotFound_Other', '~unknown/unknown'],
  ['invalid_number', '~Pending_001', 'NotFound_InvalidCode', '~unknown/unknown'],
  ['info_received', 'InfoReceived_001', 'InfoReceived', 'pre_transit/label_created'],
  ['in_transit', 'InTransit_001', 'InTransit_Other', 'in_transit/in_transit'],
  ['picked_up', 'InTransit_002', 'InTransit_PickedUp', '~in_transit/in_transit'],
  ['received_at_origin_facility', '~InTransit_003', '~InTransit_Other', 'in_transit/received_at_origin_facility'],
  ['arrived_at_facility', 'InTransit_003', '~InTransit_Other', 'in_transit/arrived_at_facility'],
  ['departed_facility', 'InTransit_007', '~InTransit_Other', 'in_transit/departed_facility'],
  ['departed_origin_facility', '~InTransit_007', '~InTransit_Other', 'in_transit/departed_origin_facility'],
  ['departed_origin_country', '~InTransit_007', 'InTransit_Departure', '~in_transit/departed_facility'],
  ['arrived_destination_country', 'InTransit_004', 'InTransit_Arrival', '~in_transit/arrived_at_facility'],
  ['arrived_at_destination', '~InTransit_003', '~InTransit_Other', 'in_transit/arrived_at_destination'],
  ['received_at_destination_facility', '~InTransit_003', '~InTransit_Other', 'in_transit/received_at_destination_facility'],
  ['processing', '~InTransit_001', '~InTransit_Other', '~in_transit/in_transit'],
  ['processed', '~InTransit_001', '~InTransit_Other', '~in_transit/in_transit'],
  ['handed_over', '~InTransit_001', '~InTransit_Other', 'in_transit/transferred_to_destination_carrier'],
  ['forwarded', 'InTransit_009', '~InTransit_Other', '~in_transit/in_transit'],
  ['address_corrected', '~InTransit_001', '~InTransit_Other', 'in_transit/address_correction'],
  ['problem_resolved', 'InTransit_008', '~InTransit_Other', '~in_transit/in_transit'],
  ['delivery_scheduled', 'OutForDelivery_004', '~InTransit_Other', '~in_transit/in_transit'],
  ['delivery_rescheduled', '~InTransit_001', '~InTransit_Other', '~in_transit/in_transit'],
  ['customs_processing', 'InTransit_006', 'InTransit_CustomsProcessing', '~in_transit/in_transit'],
  ['customs_held', '~Exception_004', '~Exception_Security', '~failure/held'],
  ['customs_information_required', 'Exception_018', 'InTransit_CustomsRequiringInformation', '~failure/awaiting_information'],
  ['customs_delayed', 'Exception_004', '~Exception_Security', '~failure/held'],
  ['customs_inspection', '~Exception_004', '~Exception_Security', '~failure/held'],
  ['customs_prohibited', '~Exception_004', '~Exception_Security', '~failure/held'],
  ['customs_or_security_hold', '~Exception_004', 'Exception_Security', '~failure/held'],
  ['awaiting_payment', 'Exception_006', '~Exception_Security', '~failure/held'],
  ['duties_taxes_due', '~Exception_006', '~Exception_Security', '~failure/held'],
  ['cod_due', '~Exception_006', '~Exception_Security', '~failure/held'],
  ['customs_cleared', 'InTransit_005', 'InTransit_CustomsReleased', '~in_transit/in_transit'],
  ['out_for_delivery', 'OutForDelivery_001', 'OutForDelivery_Other', 'out_for_delivery/out_for_delivery'],
  ['customer_contacted', 'OutForDelivery_003', '~OutForDelivery_Other', '~out_for_delivery/out_for_delivery'],
  ['available_for_pickup', 'AvailableForPickup_001', 'AvailableForPickup_Other', 'available_for_pickup/arrived_at_pickup_location'],
  ['at_carrier_facility', '~AvailableForPickup_001', '~AvailableForPickup_Other', '~available_for_pickup/arrived_at_pickup_location'],
  ['delivery_attempted', 'AttemptFail_001', 'DeliveryFailure_Other', 'in_transit/delivery_exception'],
  ['recipient_unavailable', 'AttemptFail_002', 'DeliveryFailure_NoBody', '~in_transit/delivery_exception'],
  ['business_closed', 'AttemptFail_003', '~DeliveryFailure_Other', '~in_transit/delivery_exception'],
  ['refused_at_delivery', '~AttemptFail_001', 'DeliveryFailure_Rejected', '~in_transit/refused'],
  ['invalid_address', '~AttemptFail_001', 'DeliveryFailure_InvalidAddress', '~in_transit/delivery_exception'],
  ['security_customs_or_fees', '~AttemptFail_001', 'DeliveryFailure_Security', '~in_transit/delivery_exception'],
  ['notice_left', '~AttemptFail_001', '~DeliveryFailure_Other', '~in_transit/delivery_exception'],
  ['location_inaccessible', '~AttemptFail_001', '~DeliveryFailure_Other', '~in_transit/delivery_exception'],
  ['reschedule_required', '~AttemptFail_001', '~DeliveryFailure_Other', '~in_transit/delivery_exception'],
  ['delivered', 'Delivered_001', 'Delivered_Other', 'delivered/arrived_at_destination'],
  ['collected_by_recipient', 'Delivered_002', '~Delivered_Other', '~delivered/arrived_at_destination'],
  ['signed_for', 'Delivered_003', '~Delivered_Other', '~delivered/arrived_at_destination'],
  ['cod_collected', 'Delivered_004', '~Delivered_Other', '~delivered/arrived_at_destination'],
  ['delivered_to_neighbor', 'Delivered_005', '~Delivered_Other', '~delivered/arrived_at_destination'],
  ['exception', 'Exception_001', 'Exception_Other', '~failure/transit_exception'],
  ['customer_moved', 'Exception_002', '~Exception_Other', '~failure/delivery_exception'],
  ['refused', 'Exception_003', 'Exception_Rejected', 'failure/refused'],
  ['recipient_not_found', '~Exception_001', 'Exception_NoBody', '~failure/delivery_exception'],
  ['address_issue', 'Exception_007', '~Exception_Other', '~failure/delivery_exception'],
  ['unclaimed', 'Exception_008', '~Exception_Other', '~failure/delivery_exception'],
  ['rejected_by_carrier', 'Exception_009', '~Exception_Other', '~failure/transit_exception'],
  ['delayed', 'Exception_005', 'Exception_Delayed', 'failure/delayed'],
  ['delayed_weather', 'Exception_017', '~Exception_Delayed', 'failure/weather_delay'],
  ['delayed_processing', 'Exception_016', '~Exception_Delayed', '~failure/delayed'],
  ['delayed_flight', 'Exception_019', '~Exception_Delayed', '~failure/delayed'],
  ['misrouted', '~Exception_016', '~Exception_Delayed', 'failure/missorted'],
  ['held', '~Exception_001', '~Exception_Other', 'failure/held'],
  ['awaiting_information', '~Exception_001', '~Exception_Other', 'failure/awaiting_information'],
  ['contact_carrier', '~Exception_001', '~Exception_Other', '~failure/transit_exception'],
  ['damaged', 'Exception_012', 'Exception_Damage', 'failure/damaged'],
  ['lost', 'Exception_013', 'Exception_Lost', 'failure/lost'],
  ['disposed', 'Exception_021', 'Exception_Destroyed', '~failure/transit_exception'],
  ['undeliverable', '~Exception_001', '~Exception_Other', '~failure/delivery_exception'],
  ['failure', '~Exception_001', '~Exception_Other', 'failure/failure'],
  ['delivery_exception', '~Exception_001', '~Exception_Other', 'failure/delivery_exception'],
  ['transit_exception', '~Exception_001', '~Exception_Other', 'failure/transit_exception'],
  ['cancelled', 'Exception_020', 'Exception_Cancel', 'cancelled/cancelled'],
  ['returning_to_sender', 'Exception_010', 'Exception_Returning', 'return_to_sender/return'],
  ['returned_to_sender', 'Exception_011', 'Exception_Returned', '~return_to_sender/return'],
  ['expired', 'Expired_001', 'Expired_Other', 'unknown/expired'],
];

/** §5.3: the code for each status, used when the event's status is not its subStatus's default. */
const STATUS_ROWS: readonly (readonly [status: TrackingStatus, afterShip: string, seventeenTrack: string, easyPost: string])[] = [
  ['pending', 'Pending/Pending_001', 'NotFound/NotFound_Other', 'unknown/unknown'],
  ['info_received', 'InfoReceived/InfoReceived_001', 'InfoReceived/InfoReceived', 'pre_transit/label_created'],
  ['in_transit', 'InTransit/InTransit_001', 'InTransit/InTransit_Other', 'in_transit/in_transit'],
  ['customs_processing', 'InTransit/InTransit_006', 'InTransit/InTransit_CustomsProcessing', 'in_transit/in_transit'],
  ['customs_held', 'Exception/Exception_004', 'Exception/Exception_Security', 'failure/held'],
  ['awaiting_payment', 'Exception/Exception_006', 'Exception/Exception_Security', 'failure/held'],
  ['customs_cleared', 'InTransit/InTransit_005', 'InTransit/InTransit_CustomsReleased', 'in_transit/in_transit'],
  ['out_for_delivery', 'OutForDelivery/OutForDelivery_001', 'OutForDelivery/OutForDelivery_Other', 'out_for_delivery/out_for_delivery'],
  ['delivery_attempted', 'AttemptFail/AttemptFail_001', 'DeliveryFailure/DeliveryFailure_Other', 'in_transit/delivery_exception'],
  ['available_for_pickup', 'AvailableForPickup/AvailableForPickup_001', 'AvailableForPickup/AvailableForPickup_Other', 'available_for_pickup/arrived_at_pickup_location'],
  ['delivered', 'Delivered/Delivered_001', 'Delivered/Delivered_Other', 'delivered/arrived_at_destination'],
  ['exception', 'Exception/Exception_001', 'Exception/Exception_Other', 'failure/transit_exception'],
  ['returning_to_sender', 'Exception/Exception_010', 'Exception/Exception_Returning', 'return_to_sender/return'],
  ['returned_to_sender', 'Exception/Exception_011', 'Exception/Exception_Returned', 'return_to_sender/return'],
  ['expired', 'Expired/Expired_001', 'Expired/Expired_Other', 'unknown/expired'],
  ['unknown', 'Pending/Pending_001', 'NotFound/NotFound_Other', 'unknown/unknown'],
];

type System = 'afterShip' | 'seventeenTrack' | 'easyPost';

/** A §5.2 cell: the code and whether it is exact, or `null` for "status row". */
function parseCell(cell: string): { code: string; exact: boolean } | null {
  if (cell.startsWith('status row')) return null;
  return cell.startsWith('~') ? { code: cell.slice(1), exact: false } : { code: cell, exact: true };
}

function defaultOf(subStatus: SubStatus): TrackingStatus {
  const status = SUB_STATUS_DEFAULTS[subStatus];
  if (status === null) throw new Error(`${subStatus} has no default status`);
  return status;
}

/** Ours to theirs as one comparable string per system (`tag/subtag`, `main/sub`, `status/detail`). */
function forward(system: System, event: Parameters<typeof toAfterShip>[0]): string {
  if (system === 'afterShip') {
    const { tag, subtag } = toAfterShip(event);
    return `${tag}/${subtag}`;
  }
  if (system === 'seventeenTrack') {
    const { status, subStatus } = to17Track(event);
    return `${status}/${subStatus}`;
  }
  const { status, statusDetail } = toEasyPost(event);
  return `${status}/${statusDetail}`;
}

/** The code part a §5.2 cell names: AfterShip and 17TRACK cells name only the sub code. */
function forwardCode(system: System, event: Parameters<typeof toAfterShip>[0]): string {
  const full = forward(system, event);
  return system === 'easyPost' ? full : full.slice(full.indexOf('/') + 1);
}

/** Theirs to ours for a §5.2 cell code. */
function backward(system: System, code: string): TaxonomyMatch {
  if (system === 'afterShip') return fromAfterShip(code);
  if (system === 'seventeenTrack') return from17Track(code);
  const [status, detail] = code.split('/');
  return fromEasyPost(status ?? '', detail);
}

const SYSTEMS: readonly (readonly [system: System, column: 1 | 2 | 3])[] = [
  ['afterShip', 1],
  ['seventeenTrack', 2],
  ['easyPost', 3],
];

function pairOf(match: TaxonomyMatch): string {
  return `${match.status}/${match.subStatus}`;
}

describe('AfterShip to parceline', () => {
  it('maps every documented subtag to the pair the reference gives', () => {
    expect(AFTERSHIP_SUBTAGS).toHaveLength(51);
    for (const [subtag, status, subStatus] of AFTERSHIP_SUBTAGS) {
      expect(fromAfterShip(subtag), subtag).toMatchObject({ status, subStatus, known: true });
    }
  });

  it('maps a bare tag to its status with the generic subStatus, exactly', () => {
    for (const [tag, status] of AFTERSHIP_TAGS) {
      expect(fromAfterShip(tag), tag).toEqual({ status, subStatus: status, exact: true, known: true });
    }
  });

  it('gives distinct pairs to distinct subtags, except the seven codes of unknown meaning', () => {
    const unknownMeaning = ['Pending_002', 'Pending_003', 'Pending_004', 'Pending_005', 'Pending_006', 'Exception_014', 'Exception_015'];
    const pairs = AFTERSHIP_SUBTAGS.filter(([subtag]) => !unknownMeaning.includes(subtag)).map(([subtag]) => pairOf(fromAfterShip(subtag)));
    expect(pairs).toHaveLength(44);
    expect(new Set(pairs).size).toBe(44);
    for (const subtag of unknownMeaning) {
      expect(fromAfterShip(subtag)).toMatchObject({ subStatus: 'source_specific', exact: false, known: true });
    }
  });

  it('files an appointment under in_transit and the old sorting-centre pickup under available_for_pickup', () => {
    expect(fromAfterShip('OutForDelivery_004')).toMatchObject({ status: 'in_transit', subStatus: 'delivery_scheduled', exact: true });
    expect(fromAfterShip('OutForDelivery_002')).toMatchObject({ status: 'available_for_pickup', subStatus: 'at_carrier_facility', exact: false });
  });

  it('maps the customs subtags to the customs statuses', () => {
    expect(fromAfterShip('InTransit_006')).toMatchObject({ status: 'customs_processing', subStatus: 'customs_processing', exact: true });
    expect(fromAfterShip('InTransit_005')).toMatchObject({ status: 'customs_cleared', subStatus: 'customs_cleared', exact: true });
    expect(fromAfterShip('Exception_004')).toMatchObject({ status: 'customs_held', subStatus: 'customs_delayed', exact: true });
    expect(fromAfterShip('Exception_018')).toMatchObject({ status: 'customs_held', subStatus: 'customs_information_required', exact: true });
    expect(fromAfterShip('Exception_006')).toMatchObject({ status: 'awaiting_payment', subStatus: 'awaiting_payment', exact: true });
  });

  it('falls back to the tag status with source_specific for an undocumented subtag, and to unknown without a known tag', () => {
    expect(fromAfterShip('Exception_099')).toEqual({ status: 'exception', subStatus: 'source_specific', exact: false, known: false });
    expect(fromAfterShip('Delivered_042')).toEqual({ status: 'delivered', subStatus: 'source_specific', exact: false, known: false });
    expect(fromAfterShip('Teleported_001')).toEqual({ status: 'unknown', subStatus: 'unknown', exact: false, known: false });
    expect(fromAfterShip('')).toEqual({ status: 'unknown', subStatus: 'unknown', exact: false, known: false });
    expect(fromAfterShip('exception_001')).toMatchObject({ status: 'unknown', known: false });
    expect(fromAfterShip('toString')).toMatchObject({ status: 'unknown', known: false });
  });
});

describe('17TRACK to parceline', () => {
  it('maps every documented sub-status to the pair the reference gives', () => {
    expect(SEVENTEEN_TRACK_SUB_STATUSES).toHaveLength(30);
    for (const [code, , status, subStatus] of SEVENTEEN_TRACK_SUB_STATUSES) {
      expect(from17Track(code), code).toEqual({ status, subStatus, exact: true, known: true });
    }
  });

  it('maps a bare main status to its status with the generic subStatus, exactly', () => {
    for (const [main, status] of SEVENTEEN_TRACK_MAIN_STATUSES) {
      expect(from17Track(main), main).toEqual({ status, subStatus: status, exact: true, known: true });
    }
  });

  it('gives 30 distinct pairs to the 30 sub-statuses', () => {
    const pairs = SEVENTEEN_TRACK_SUB_STATUSES.map(([code]) => pairOf(from17Track(code)));
    expect(new Set(pairs).size).toBe(30);
  });

  it('splits the security bucket by stage and files customs information under customs_held', () => {
    expect(from17Track('Exception_Security')).toMatchObject({ status: 'customs_held', subStatus: 'customs_or_security_hold' });
    expect(from17Track('DeliveryFailure_Security')).toMatchObject({ status: 'delivery_attempted', subStatus: 'security_customs_or_fees' });
    expect(from17Track('InTransit_CustomsRequiringInformation')).toMatchObject({
      status: 'customs_held',
      subStatus: 'customs_information_required',
    });
    expect(from17Track('InTransit_CustomsProcessing')).toMatchObject({ status: 'customs_processing', subStatus: 'customs_processing' });
    expect(from17Track('InTransit_CustomsReleased')).toMatchObject({ status: 'customs_cleared', subStatus: 'customs_cleared' });
  });

  it('falls back to the main status with source_specific for an undocumented sub-status, and to unknown otherwise', () => {
    expect(from17Track('InTransit_Teleported')).toEqual({ status: 'in_transit', subStatus: 'source_specific', exact: false, known: false });
    expect(from17Track('NotFound_Archived')).toEqual({ status: 'pending', subStatus: 'source_specific', exact: false, known: false });
    expect(from17Track('Limbo')).toEqual({ status: 'unknown', subStatus: 'unknown', exact: false, known: false });
    expect(from17Track('_Other')).toEqual({ status: 'unknown', subStatus: 'unknown', exact: false, known: false });
  });
});

describe('EasyPost to parceline', () => {
  it('maps every documented status_detail to the pair the reference gives', () => {
    expect(new Set(EASYPOST_DETAILS.map(([, detail]) => detail)).size).toBe(28);
    for (const [status, detail, ours, subStatus] of EASYPOST_DETAILS) {
      expect(fromEasyPost(status, detail), `${status}/${detail}`).toMatchObject({ status: ours, subStatus, known: true });
    }
  });

  it('maps every documented status standing alone', () => {
    expect(EASYPOST_STATUSES).toHaveLength(10);
    for (const [status, ours, subStatus] of EASYPOST_STATUSES) {
      expect(fromEasyPost(status), status).toEqual({ status: ours, subStatus, exact: true, known: true });
      expect(fromEasyPost(status, null), status).toMatchObject({ status: ours, subStatus });
    }
  });

  it('gives the 28 details 28 distinct subStatus ids', () => {
    const subStatuses = EASYPOST_DETAILS.map(([status, detail]) => fromEasyPost(status, detail).subStatus);
    expect(new Set(subStatuses).size).toBe(28);
  });

  it('keeps the status for generic details (rule A)', () => {
    expect(fromEasyPost('pre_transit', 'status_update')).toEqual({ status: 'info_received', subStatus: 'generic_update', exact: true, known: true });
    expect(fromEasyPost('delivered', 'status_update')).toMatchObject({ status: 'delivered', subStatus: 'generic_update', exact: true });
    expect(fromEasyPost('failure', 'unknown')).toMatchObject({ status: 'exception', subStatus: 'unknown' });
  });

  it('lets a later-stage status win over a movement detail (rule B)', () => {
    expect(fromEasyPost('delivered', 'arrived_at_destination')).toEqual({ status: 'delivered', subStatus: 'delivered', exact: true, known: true });
    expect(fromEasyPost('out_for_delivery', 'arrived_at_facility')).toMatchObject({ status: 'out_for_delivery', subStatus: 'out_for_delivery' });
    expect(fromEasyPost('available_for_pickup', 'in_transit')).toMatchObject({ status: 'available_for_pickup', subStatus: 'available_for_pickup' });
    expect(fromEasyPost('return_to_sender', 'departed_facility')).toMatchObject({ status: 'returning_to_sender', subStatus: 'returning_to_sender' });
    expect(fromEasyPost('failure', 'in_transit')).toMatchObject({ status: 'exception', subStatus: 'exception' });
    expect(fromEasyPost('pre_transit', 'arrived_at_facility')).toMatchObject({ status: 'in_transit', subStatus: 'arrived_at_facility' });
  });

  it('keeps delivered and return_to_sender over a problem detail, and reads in_transit + delivery_exception as an attempt (rule C)', () => {
    expect(fromEasyPost('delivered', 'damaged')).toMatchObject({ status: 'delivered', subStatus: 'damaged', exact: false });
    expect(fromEasyPost('return_to_sender', 'refused')).toMatchObject({ status: 'returning_to_sender', subStatus: 'refused' });
    expect(fromEasyPost('in_transit', 'delivery_exception')).toEqual({
      status: 'delivery_attempted',
      subStatus: 'delivery_attempted',
      exact: true,
      known: true,
    });
    expect(fromEasyPost('out_for_delivery', 'delayed')).toMatchObject({ status: 'exception', subStatus: 'delayed', exact: false });
  });

  it('gives the fixed pair of label_created, out_for_delivery, arrived_at_pickup_location, return and expired (rule D)', () => {
    expect(fromEasyPost('in_transit', 'label_created')).toMatchObject({ status: 'info_received', subStatus: 'info_received' });
    expect(fromEasyPost('in_transit', 'return')).toMatchObject({ status: 'returning_to_sender', subStatus: 'returning_to_sender' });
    expect(fromEasyPost('unknown', 'expired')).toMatchObject({ status: 'expired', subStatus: 'expired', exact: true });
  });

  it('reads status error as a tracking error and cancelled as a cancellation whatever the detail (rule E)', () => {
    expect(fromEasyPost('error', 'arrived_at_facility')).toMatchObject({ status: 'unknown', subStatus: 'tracking_error' });
    expect(fromEasyPost('error', 'no_such_detail')).toMatchObject({ status: 'unknown', subStatus: 'tracking_error', known: false });
    expect(fromEasyPost('cancelled', 'in_transit')).toMatchObject({ status: 'exception', subStatus: 'cancelled' });
  });

  it('falls back to the status with source_specific for an undocumented detail, and to unknown without a usable status', () => {
    expect(fromEasyPost('in_transit', 'teleported')).toEqual({ status: 'in_transit', subStatus: 'source_specific', exact: false, known: false });
    expect(fromEasyPost('delivered', 'teleported')).toMatchObject({ status: 'delivered', subStatus: 'source_specific' });
    expect(fromEasyPost('limbo', 'teleported')).toEqual({ status: 'unknown', subStatus: 'unknown', exact: false, known: false });
    expect(fromEasyPost('limbo')).toEqual({ status: 'unknown', subStatus: 'unknown', exact: false, known: false });
    expect(fromEasyPost('limbo', 'arrived_at_facility')).toEqual({ status: 'in_transit', subStatus: 'arrived_at_facility', exact: false, known: false });
    expect(fromEasyPost('limbo', 'status_update')).toMatchObject({ status: 'unknown', subStatus: 'generic_update', known: false });
  });
});

describe('parceline to AfterShip, 17TRACK and EasyPost', () => {
  it('has one reverse row per subStatus and one status row per status in the expected data', () => {
    expect(REVERSE.map(([subStatus]) => subStatus).sort()).toEqual([...SubStatus.options].sort());
    expect(STATUS_ROWS.map(([status]) => status).sort()).toEqual([...TrackingStatus.options].sort());
  });

  it('gives the reference code of every subStatus row when the status is the subStatus default', () => {
    for (const row of REVERSE) {
      const subStatus = row[0];
      for (const [system, column] of SYSTEMS) {
        const cell = parseCell(row[column]);
        if (cell === null) continue;
        expect(forwardCode(system, { status: defaultOf(subStatus), subStatus }), `${system} ${subStatus}`).toBe(cell.code);
      }
    }
  });

  it('round-trips every cell marked exact, in the numbers the reference states', () => {
    const counts: Record<System, number> = { afterShip: 0, seventeenTrack: 0, easyPost: 0 };
    for (const row of REVERSE) {
      const subStatus = row[0];
      for (const [system, column] of SYSTEMS) {
        const cell = parseCell(row[column]);
        if (cell === null || !cell.exact) continue;
        counts[system] += 1;
        const status = defaultOf(subStatus);
        const there = forwardCode(system, { status, subStatus });
        expect(backward(system, there), `${system} ${subStatus} -> ${there}`).toEqual({ status, subStatus, exact: true, known: true });
      }
    }
    expect(counts).toEqual({ afterShip: 43, seventeenTrack: 30, easyPost: 30 });
  });

  it('loses detail on every cell marked closest: mapping back gives another pair', () => {
    let closest = 0;
    for (const row of REVERSE) {
      const subStatus = row[0];
      for (const [system, column] of SYSTEMS) {
        const cell = parseCell(row[column]);
        if (cell === null || cell.exact) continue;
        closest += 1;
        const status = defaultOf(subStatus);
        expect(pairOf(backward(system, forwardCode(system, { status, subStatus }))), `${system} ${subStatus}`).not.toBe(`${status}/${subStatus}`);
      }
    }
    expect(closest).toBe(3 * 78 - 43 - 30 - 30);
  });

  it('marks as exact, theirs to ours, exactly the AfterShip and 17TRACK codes of exact cells', () => {
    const exactAfterShip = new Set(REVERSE.map((row) => parseCell(row[1])).flatMap((cell) => (cell?.exact ? [cell.code] : [])));
    expect(exactAfterShip.size).toBe(43);
    const reportedExact = AFTERSHIP_SUBTAGS.map(([subtag]) => subtag).filter((subtag) => fromAfterShip(subtag).exact);
    expect(new Set(reportedExact)).toEqual(exactAfterShip);
    const exact17Track = new Set(REVERSE.map((row) => parseCell(row[2])).flatMap((cell) => (cell?.exact ? [cell.code] : [])));
    expect(exact17Track).toEqual(new Set(SEVENTEEN_TRACK_SUB_STATUSES.map(([code]) => code)));
  });

  it('uses the status row for generic_update and source_specific under every status', () => {
    for (const [status, afterShip, seventeenTrack, easyPost] of STATUS_ROWS) {
      for (const subStatus of ['generic_update', 'source_specific'] as const) {
        expect(forward('afterShip', { status, subStatus }), `${status} ${subStatus}`).toBe(afterShip);
        expect(forward('seventeenTrack', { status, subStatus }), `${status} ${subStatus}`).toBe(seventeenTrack);
        expect(forward('easyPost', { status, subStatus }), `${status} ${subStatus}`).toBe(`${easyPost.split('/')[0]}/status_update`);
      }
    }
  });

  it('uses the status row when the status is not the subStatus default, so the status always survives', () => {
    for (const [status, afterShip, seventeenTrack, easyPost] of STATUS_ROWS) {
      const subStatus: SubStatus = status === 'exception' ? 'picked_up' : 'lost';
      expect(forward('afterShip', { status, subStatus }), status).toBe(afterShip);
      expect(forward('seventeenTrack', { status, subStatus }), status).toBe(seventeenTrack);
      expect(forward('easyPost', { status, subStatus }), status).toBe(easyPost);
    }
  });

  it('maps delivered / damaged through the status row (the reference example)', () => {
    const event = { status: 'delivered', subStatus: 'damaged' } as const;
    expect(toAfterShip(event)).toEqual({ tag: 'Delivered', subtag: 'Delivered_001' });
    expect(to17Track(event)).toEqual({ status: 'Delivered', subStatus: 'Delivered_Other' });
    expect(toEasyPost(event)).toEqual({ status: 'delivered', statusDetail: 'arrived_at_destination' });
  });

  it('maps the customs rows to each system', () => {
    expect(toAfterShip({ status: 'customs_held', subStatus: 'customs_information_required' })).toEqual({ tag: 'Exception', subtag: 'Exception_018' });
    expect(to17Track({ status: 'customs_held', subStatus: 'customs_information_required' })).toEqual({
      status: 'InTransit',
      subStatus: 'InTransit_CustomsRequiringInformation',
    });
    expect(toEasyPost({ status: 'customs_held', subStatus: 'customs_information_required' })).toEqual({
      status: 'failure',
      statusDetail: 'awaiting_information',
    });
    expect(toAfterShip({ status: 'customs_held', subStatus: 'customs_inspection' })).toEqual({ tag: 'Exception', subtag: 'Exception_004' });
    expect(to17Track({ status: 'customs_held', subStatus: 'customs_prohibited' })).toEqual({ status: 'Exception', subStatus: 'Exception_Security' });
    expect(toAfterShip({ status: 'awaiting_payment', subStatus: 'duties_taxes_due' })).toEqual({ tag: 'Exception', subtag: 'Exception_006' });
    expect(to17Track({ status: 'awaiting_payment', subStatus: 'duties_taxes_due' })).toEqual({ status: 'Exception', subStatus: 'Exception_Security' });
    expect(toEasyPost({ status: 'awaiting_payment', subStatus: 'cod_due' })).toEqual({ status: 'failure', statusDetail: 'held' });
    expect(toAfterShip({ status: 'customs_processing', subStatus: 'customs_processing' })).toEqual({ tag: 'InTransit', subtag: 'InTransit_006' });
    expect(toEasyPost({ status: 'customs_cleared', subStatus: 'customs_cleared' })).toEqual({ status: 'in_transit', statusDetail: 'in_transit' });
    expect(to17Track({ status: 'delivery_attempted', subStatus: 'security_customs_or_fees' })).toEqual({
      status: 'DeliveryFailure',
      subStatus: 'DeliveryFailure_Security',
    });
  });

  it('maps a failed attempt to EasyPost in_transit / delivery_exception and both return states to return_to_sender', () => {
    expect(toEasyPost({ status: 'delivery_attempted', subStatus: 'recipient_unavailable' })).toEqual({ status: 'in_transit', statusDetail: 'delivery_exception' });
    expect(toEasyPost({ status: 'returned_to_sender', subStatus: 'returned_to_sender' })).toEqual({ status: 'return_to_sender', statusDetail: 'return' });
    expect(toEasyPost({ status: 'unknown', subStatus: 'tracking_error' })).toEqual({ status: 'error', statusDetail: 'unknown' });
  });
});

describe('same-system rule', () => {
  it('returns the raw AfterShip subtag of an event that came from AfterShip', () => {
    const base = { carrier: 'aftership', status: 'exception', subStatus: 'source_specific' } as const;
    expect(toAfterShip({ ...base, carrierStatus: { code: 'Exception_014' } })).toEqual({ tag: 'Exception', subtag: 'Exception_014' });
    expect(toAfterShip({ ...base, carrierStatus: { code: 'OutForDelivery_002' }, status: 'available_for_pickup', subStatus: 'at_carrier_facility' })).toEqual({
      tag: 'OutForDelivery',
      subtag: 'OutForDelivery_002',
    });
  });

  it('ignores a raw code that is not a documented code of the target system', () => {
    expect(toAfterShip({ carrier: 'aftership', status: 'exception', subStatus: 'source_specific', carrierStatus: { code: 'Exception_099' } })).toEqual({
      tag: 'Exception',
      subtag: 'Exception_001',
    });
    expect(toAfterShip({ carrier: 'aftership', status: 'delivered', subStatus: 'signed_for', carrierStatus: { code: null } })).toEqual({
      tag: 'Delivered',
      subtag: 'Delivered_003',
    });
    expect(to17Track({ carrier: '17track', status: 'in_transit', subStatus: 'picked_up', carrierStatus: { code: 'Delivered_001' } })).toEqual({
      status: 'InTransit',
      subStatus: 'InTransit_PickedUp',
    });
  });

  it('does not apply to events from other carriers, even when the raw code looks like the target system', () => {
    expect(toAfterShip({ carrier: 'ups', status: 'exception', subStatus: 'damaged', carrierStatus: { code: 'Exception_013' } })).toEqual({
      tag: 'Exception',
      subtag: 'Exception_012',
    });
    expect(to17Track({ carrier: 'aftership', status: 'exception', subStatus: 'damaged', carrierStatus: { code: 'Exception_Lost' } })).toEqual({
      status: 'Exception',
      subStatus: 'Exception_Damage',
    });
  });

  it('returns the raw 17TRACK sub-status of an event that came from 17TRACK', () => {
    expect(to17Track({ carrier: '17track', status: 'customs_held', subStatus: 'customs_or_security_hold', carrierStatus: { code: 'DeliveryFailure_Security' } })).toEqual({
      status: 'DeliveryFailure',
      subStatus: 'DeliveryFailure_Security',
    });
    expect(to17Track({ carrier: '17track', status: 'info_received', subStatus: 'info_received', carrierStatus: { code: 'InfoReceived' } })).toEqual({
      status: 'InfoReceived',
      subStatus: 'InfoReceived',
    });
  });

  it('returns both raw EasyPost fields of an event from EasyPost coded as status:status_detail', () => {
    const event = { carrier: 'easypost', status: 'delivered', subStatus: 'damaged' } as const;
    expect(toEasyPost({ ...event, carrierStatus: { code: 'delivered:damaged' } })).toEqual({ status: 'delivered', statusDetail: 'damaged' });
    expect(toEasyPost({ ...event, carrierStatus: { code: 'out_for_delivery:delayed' } })).toEqual({ status: 'out_for_delivery', statusDetail: 'delayed' });
    expect(toEasyPost({ ...event, carrierStatus: { code: 'delivered' } })).toEqual({ status: 'delivered', statusDetail: 'arrived_at_destination' });
    expect(toEasyPost({ ...event, carrierStatus: { code: 'delivered:smashed' } })).toEqual({ status: 'delivered', statusDetail: 'arrived_at_destination' });
    expect(toEasyPost({ ...event, carrierStatus: { code: 'delivered:damaged:extra' } })).toEqual({ status: 'delivered', statusDetail: 'arrived_at_destination' });
  });
});
