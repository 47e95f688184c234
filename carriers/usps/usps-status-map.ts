/**
 * USPS code tables: every `eventCode` of the USPS Tracking v3 API that parceline's reference documents, mapped
 * to parceline's status and subStatus, plus the `eventType` text rules for international and customs events,
 * whose codes are not documented anywhere we could read.
 *
 * Source: parceline's reference notes for USPS, `shared/reference/carriers/usps.md` §5.1 (domestic and shared
 * codes, from USPS Publication 199 Appendix G-4 as quoted by public code tables, client fixtures and observed
 * `eventType` texts), §5.2 (international and customs texts, Pub 199 Appendix G-5 not held) and §5.3
 * (`statusCategory`). Rows marked "unverified" are the reference's own hypotheses.
 *
 * A `null` status means "keep previous": the event is kept (raw code and text) but does not change the
 * shipment's status; it is always paired with `generic_update`. How a code, its text and the leg of the
 * journey combine into one answer is in `usps-map-event.ts`.
 */
import { createStatusMapper, type StatusMapper, type StatusTableEntry, type SubStatus, type TrackingStatus } from '../../src/adapter-kit/index.js';

/** `eventCode` → our status pair. Codes are matched after trimming and upper-casing. */
export const USPS_EVENT_CODE_TABLE: Readonly<Record<string, StatusTableEntry>> = {
  GX: ['info_received', 'info_received'], // Shipping label created, USPS awaiting item
  MA: ['info_received', 'info_received'], // Manifest acknowledged: pre-shipment info sent to USPS, USPS awaiting item
  '80': ['in_transit', 'picked_up'], // Picked up by a shipping partner (consolidator); USPS awaiting item
  '81': ['in_transit', 'arrived_at_facility'], // Arrived at the shipping partner's facility
  '82': ['in_transit', 'departed_facility'], // Departed the shipping partner's facility
  '03': ['in_transit', 'picked_up'], // Accepted or picked up by USPS ("USPS in possession of item")
  OA: ['in_transit', 'received_at_origin_facility'], // Accepted at the USPS origin sort facility
  TM: ['in_transit', 'picked_up'], // Truck manifest, shown as shipment acceptance
  PA: ['in_transit', 'picked_up'], // Passive acceptance, shown as shipment acceptance
  AD: ['in_transit', 'received_at_destination_facility'], // Accepted at the USPS regional destination facility (partner induction near the destination; inferred)
  SF: ['in_transit', 'departed_facility'], // Departed the Post Office
  '10': ['in_transit', 'processed'], // Processed at / arrived at a USPS (regional origin) facility
  A1: ['in_transit', 'arrived_at_facility'], // Arrived at a USPS (regional) facility (inferred)
  T1: ['in_transit', 'departed_facility'], // Departed a USPS (regional) facility (inferred)
  TL: ['in_transit', 'in_transit'], // In transit to the next facility (inferred)
  EF: ['in_transit', 'departed_facility'], // Departed the sort facility
  '19': ['in_transit', 'arrived_at_facility'], // Arrived at a destination centre (eVS "DC arrive")
  '41': ['in_transit', 'processing'], // Received at the opening unit (Open and Distribute)
  '07': ['in_transit', 'received_at_destination_facility'], // Arrived at the delivery unit ("Arrived at Post Office")
  PC: ['in_transit', 'processed'], // Sorting / processing complete at the delivery unit
  '06': ['in_transit', 'forwarded'], // Forwarded to a new address
  '08': ['in_transit', 'misrouted'], // Missent; sent on to the right place
  '71': ['in_transit', 'delivery_rescheduled'], // Rescheduled to the next delivery day
  OF: ['out_for_delivery', 'out_for_delivery'], // Out for delivery
  DX: ['out_for_delivery', 'out_for_delivery'], // No delivery scan some hours after out for delivery ("awaiting delivery scan")
  '01': ['delivered', 'delivered'], // Delivered (mailbox, door, locker, PO box, individual, Post Office, agent, original sender: see the text rules)
  '17': ['delivered', 'delivered'], // Picked up by an agent / tendered to a returns agent
  '43': ['delivered', 'collected_by_recipient'], // Picked up by the customer
  MR: ['delivered', 'delivered'], // Picked up and processed by an agent (undocumented code; unverified)
  '14': ['available_for_pickup', 'available_for_pickup'], // Arrived at the pickup point
  '16': ['available_for_pickup', 'available_for_pickup'], // Available for pickup
  '02': ['delivery_attempted', 'notice_left'], // Delivery attempted, notice left
  '52': ['delivery_attempted', 'notice_left'], // Notice left
  '53': ['delivery_attempted', 'location_inaccessible'], // Receptacle blocked
  '54': ['delivery_attempted', 'location_inaccessible'], // Receptacle full or item oversized
  '55': ['delivery_attempted', 'delivery_attempted'], // No secure location available
  '56': ['delivery_attempted', 'recipient_unavailable'], // No authorized recipient available
  '30': ['delivery_attempted', 'location_inaccessible'], // Delivery attempted: no access to the delivery location
  '51': ['delivery_attempted', 'business_closed'], // Business closed
  H0: ['delivery_attempted', 'delivery_attempted'], // Counted as a delivery attempt by one client (meaning unverified)
  '04': ['exception', 'refused'], // Refused by the addressee
  '05': ['exception', 'address_issue'], // Undeliverable as addressed
  '15': ['exception', 'misrouted'], // Mis-shipped
  '11': ['exception', 'undeliverable'], // Dead letter: neither deliverable nor returnable (sent to the Mail Recovery Center)
  '44': ['returning_to_sender', 'returning_to_sender'], // Recalled by the sender
  '09': ['returning_to_sender', 'returning_to_sender'], // Return to sender
  '21': ['returning_to_sender', 'returning_to_sender'], // Return to sender: no such number
  '22': ['returning_to_sender', 'returning_to_sender'], // Return to sender: insufficient address
  '23': ['returning_to_sender', 'returning_to_sender'], // Return to sender: moved, left no address
  '24': ['returning_to_sender', 'returning_to_sender'], // Return to sender: forwarding order expired
  '25': ['returning_to_sender', 'returning_to_sender'], // Return to sender: addressee unknown
  '26': ['returning_to_sender', 'returning_to_sender'], // Return to sender: vacant
  '27': ['returning_to_sender', 'returning_to_sender'], // Return to sender: unclaimed
  '28': ['returning_to_sender', 'returning_to_sender'], // Return to sender: deceased
  '29': ['returning_to_sender', 'returning_to_sender'], // Return to sender: other reason
  '31': ['returning_to_sender', 'returning_to_sender'], // Return to sender: not picked up
  '42': ['in_transit', 'handed_over'], // USPS handed the item to a shipping partner
  NP: ['in_transit', 'picked_up'], // Origin post is preparing the shipment (international, foreign origin post)
  NT: [null, 'generic_update'], // Filtered as non-informative by one client (meaning unverified): kept, keeps the status
};

/** Lookup of {@link USPS_EVENT_CODE_TABLE}. */
export const USPS_EVENT_CODES: StatusMapper = createStatusMapper(USPS_EVENT_CODE_TABLE, { caseInsensitive: true });

/** Codes that start a return leg: a later delivery at the origin is a delivery back to the sender. */
export const USPS_RETURN_CODES: ReadonlySet<string> = new Set(['09', '21', '22', '23', '24', '25', '26', '27', '28', '29', '31', '44']);

/** One text rule: a case-insensitive pattern over `eventType`, and the status pair it gives. */
export type UspsTextRule = readonly [pattern: RegExp, status: TrackingStatus | null, subStatus: SubStatus];

/**
 * Customs texts (reference §5.2, keyword rule for any `eventType` containing "customs"; exact USPS wordings
 * unverified). Read before the code, in this order: what is owed, then a hold, then a release, then clearance
 * under way. The codes USPS gives these events are not documented, so the text decides.
 */
export const USPS_CUSTOMS_TEXT_RULES: readonly UspsTextRule[] = [
  [/\b(?:duty|duties|tax|taxes)\b/i, 'awaiting_payment', 'duties_taxes_due'], // Duties or taxes owed before release (unverified wording)
  [/\b(?:payment|postage due|customs fees?)\b/i, 'awaiting_payment', 'awaiting_payment'], // A payment is owed, what for is not said (unverified wording)
  [/\b(?:held|hold|detained|seized)\b/i, 'customs_held', 'customs_held'], // "Held in Customs"
  [/\b(?:released|out of customs|complete|completed|cleared)\b/i, 'customs_cleared', 'customs_cleared'], // "Inbound Out of Customs", "Released from US Customs", "Customs Clearance Processing Complete"
  [/\b(?:into|presented|clearance|inspection|processing)\b/i, 'customs_processing', 'customs_processing'], // "Inbound Into Customs", "Customs Clearance", presented to customs
];

/**
 * International texts without "customs" (reference §5.2; the codes USPS sends with them are unverified).
 * Read only when the event's code is not in {@link USPS_EVENT_CODE_TABLE}; the first match wins.
 */
export const USPS_INTERNATIONAL_TEXT_RULES: readonly UspsTextRule[] = [
  [/^origin post is preparing shipment/i, 'in_transit', 'picked_up'], // The foreign origin post accepted the item and prepares it
  [/\barriv(?:ed|al) (?:in|at) (?:the )?(?:united states|u\.?s\.?a?\.?)(?:\W|$)/i, 'in_transit', 'arrived_destination_country'], // Arrived in the United States
  [/^attempted delivery abroad/i, 'delivery_attempted', 'delivery_attempted'], // The foreign post attempted delivery
  [/^(?:dispatched from usps international service center|depart(?:ed)? from transit office of exchange|international dispatch|departed\b)/i, 'in_transit', 'departed_origin_country'], // Left the origin country (outbound: after the USPS ISC; inbound: from the foreign post)
  [/^arrived at military post office/i, 'in_transit', 'arrived_at_facility'], // APO / FPO / DPO leg
  [/^(?:arrived at|arrival at|processed through|processed at) (?:\w+ )*(?:facility|hub|office of exchange)/i, 'in_transit', 'arrived_at_facility'], // International facility scan (made "arrived in the destination country" at a US ISC on an inbound item)
  [/^out for delivery/i, 'out_for_delivery', 'out_for_delivery'], // Foreign last mile (code OF)
  [/^delivered\b/i, 'delivered', 'delivered'], // Delivered by the foreign post
];

/**
 * Refinements of code `01` (delivered) by the `eventType` suffix (reference §5.1: where the code is generic the
 * text gives the subStatus). The first match wins; no match keeps `delivered`.
 */
export const USPS_DELIVERED_TEXT_RULES: readonly UspsTextRule[] = [
  [/to original sender/i, 'returned_to_sender', 'returned_to_sender'], // Delivered back to the original sender
  [/picked up at (?:the )?(?:post office|postal facility)/i, 'delivered', 'collected_by_recipient'], // Collected by the addressee at the Post Office
  [/\bneighbor\b/i, 'delivered', 'delivered_to_neighbor'], // Left with a neighbour
];

/**
 * `statusCategory` → status, used only for the result when the latest event's code and text say nothing
 * (reference §5.3; only `Accepted`, `Moving Through Network` and `Delivered` are verified in the API).
 */
export const USPS_STATUS_CATEGORY_TABLE: Readonly<Record<string, StatusTableEntry>> = {
  'PRE-SHIPMENT': ['info_received', 'info_received'], // Label or pre-shipment information only (unverified in the API)
  ACCEPTED: ['in_transit', 'picked_up'], // Accepted by USPS
  'MOVING THROUGH NETWORK': ['in_transit', 'in_transit'], // Moving through the USPS network
  'IN TRANSIT': ['in_transit', 'in_transit'], // In transit (unverified in the API)
  'OUT FOR DELIVERY': ['out_for_delivery', 'out_for_delivery'], // Out for delivery (unverified in the API)
  'DELIVERY ATTEMPT': ['delivery_attempted', 'delivery_attempted'], // Delivery attempt (unverified in the API)
  'AVAILABLE FOR PICKUP': ['available_for_pickup', 'available_for_pickup'], // Available for pickup (unverified in the API)
  DELIVERED: ['delivered', 'delivered'], // Delivered
  ALERT: ['exception', 'exception'], // Alert: a problem (unverified in the API)
  'RETURN TO SENDER': ['returning_to_sender', 'returning_to_sender'], // Returning to the sender (unverified in the API)
};

/** Lookup of {@link USPS_STATUS_CATEGORY_TABLE}. */
export const USPS_STATUS_CATEGORIES: StatusMapper = createStatusMapper(USPS_STATUS_CATEGORY_TABLE, { caseInsensitive: true });

/**
 * USPS tracking message codes (reference §4, all sent with HTTP 400): the number is unknown to USPS or has no
 * status yet. Each gives `outcome: 'not_found'` with the carrier's message as a warning; none is an error.
 */
export const USPS_NOT_FOUND_CODES: Readonly<Record<string, string>> = {
  '150001': 'no status yet; it appears when the shipper updates it or USPS receives the item',
  '150002': 'the number may be wrong or its status is not available yet',
  '150003': 'retail item from a Post Office; status normally within the hour',
  '150004': 'delivery status not available through this channel',
  '150005': 'no status yet (notification sign-up)',
  '150006': 'too many items tied to one PS 3849 id; also seen with the "no status yet" text',
  '150007': 'PS 3849 id used on a large-volume shipment',
  '150008': 'tracking unavailable for this product to a suppressed country',
  '150009': 'no status yet (newer wording of 150001)',
  '150010': 'the number may belong to another carrier',
  '150011': 'the number is a package-pickup confirmation, not a tracking number',
  '150012': 'tracking withheld: fraudulent postage',
  '150013': 'COVID test kit order notice',
};
