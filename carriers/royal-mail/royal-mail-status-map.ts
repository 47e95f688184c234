/**
 * Royal Mail event codes (`mailPieces.events[].eventCode`, Tracking API v2), mapped to parceline's status and
 * subStatus. One line per code or group of codes; the trailing comment is Royal Mail's meaning in our words.
 *
 * Source: parceline's reference notes for Royal Mail (shared/reference/carriers/royal-mail.md §5), which
 * combine a third-party table of Royal Mail codes with stage, event name and customer status group, the
 * event codes listed by open-source clients (elliotjreed/royal-mail-tracking, jampez77/RoyalMail) and the
 * examples of Royal Mail's Swagger definition. Royal Mail publishes no machine-readable list.
 *
 * A `null` status means "keep previous": the event is kept (raw code and text) but does not change the
 * shipment's status; it is always paired with `generic_update`. Notification records (`NDE..`, `NRD..`, ...)
 * are matched by prefix through {@link ROYAL_MAIL_NOTIFICATION_PREFIXES}.
 */
import { createStatusMapper, type MappedStatus, type StatusTableEntry, type SubStatus, type TrackingStatus } from '../../src/adapter-kit/index.js';

/** One row: codes (space-separated, exactly as Royal Mail sends them), status, subStatus. */
export type RoyalMailCodeGroup = readonly [codes: string, status: TrackingStatus | null, subStatus: SubStatus];

/** Every event code of the reference, by group. */
export const ROYAL_MAIL_CODE_GROUPS: readonly RoyalMailCodeGroup[] = [
  // Pre-advice (§5.1)
  ['EVAIP', 'info_received', 'info_received'], // the sender's pre-advice was received and validated
  ['EVAIE', 'info_received', 'info_received'], // pre-advice received with errors
  ['EVAPA', 'info_received', 'info_received'], // pre-advice
  ['EVPPB', 'info_received', 'info_received'], // parcel received at a Post Office, inferred from the pre-advice

  // Acceptance (§5.2)
  ['EVPPA', 'in_transit', 'picked_up'], // receipt scan at a Post Office branch (parcel shop)
  ['EVNPB', 'in_transit', 'picked_up'], // accepted at a customer service point
  ['EVOAC', 'in_transit', 'picked_up'], // item accepted at the outward mail centre
  ['EVOBC', 'in_transit', 'picked_up'], // accepted from a bulk receipt
  ['EVHAC', 'in_transit', 'picked_up'], // outward collection at the Heathrow Worldwide Distribution Centre

  // Outward processing: regional distribution centre (RDC) and mail centre (MC) (§5.3)
  ['EVBAH EVBAV EVBPM EVBPR EVBSM EVBSR', 'in_transit', 'received_at_origin_facility'], // accepted at the outward RDC (handheld, volumetric, primary or secondary, regular or mixed)
  ['EVDAC EVDAV EVDPL EVDPM EVDPR EVDSL EVDSM EVDSR', 'in_transit', 'received_at_origin_facility'], // accepted at the outward mail centre (handheld or automation; large, mixed or regular)
  ['EVBAW EVBOF EVBRS EVBSS EVBSW EVDAA EVDAW EVDOF EVDRO EVDRS EVDSS', 'in_transit', 'processing'], // thrown out by a sorting machine (not in plan, oversize, too heavy for it); handled by hand and moving on
  ['EVBDM EVBSD EVDDM EVDSD', 'in_transit', 'damaged'], // damaged scan; the item continues
  ['EVBMI EVDMI', 'in_transit', 'misrouted'], // mis-sort scan; re-routed
  ['EVDLS', 'exception', 'lost'], // item lost by a machine

  // Network and inward processing (§5.4)
  ['EVCAH EVCAV', 'in_transit', 'arrived_at_facility'], // accepted at the inward RDC
  ['EVIAV EVIMC EVIPR', 'in_transit', 'arrived_at_facility'], // accepted at the inward mail centre (automation, handheld, primary regular); EVIMC is not a customs code
  ['EVCOF EVCPS EVCPW EVCRS EVCRW EVIMS EVIOF EVIPS EVIPW EVIRM EVIRO', 'in_transit', 'processing'], // machine rejects, oversize or overweight items handled by hand; continuing
  ['EVCDM EVCPD EVIDM EVIPD EVGDM', 'in_transit', 'damaged'], // damaged scan; continuing
  ['EVCMI EVCPI EVIMI EVIPI EVGMI EVNMI EVOMI', 'in_transit', 'misrouted'], // mis-sorted, sent on to the right place
  ['EVODO', 'in_transit', 'departed_facility'], // item despatched (inferred)
  ['EVORC EVORI', 'in_transit', 'arrived_at_facility'], // received in a container / arrival inferred from the container's receipt
  ['EVGDO', 'in_transit', 'received_at_destination_facility'], // received at a delivery office in a bag from another delivery office
  ['EVNDO EVNMC', 'in_transit', 'in_transit'], // forwarded to a delivery office / to a mail centre
  ['EVOLB EVOOC EVORW EVOVB', 'in_transit', 'in_transit'], // handling anomalies: wrongly labelled bag, out of course, bag without label id, tampered bag
  ['EVOUF', 'in_transit', 'in_transit'], // refused for air transport ("CAA"); moves on by other means
  ['EVOCO', 'in_transit', 'received_at_destination_facility'], // received and being prepared for delivery
  ['EVILC', 'in_transit', 'in_transit'], // sent from the Heathrow International Logistics Centre to a Royal Mail site (inbound)
  ['EVNWA', 'in_transit', 'address_corrected'], // the address was wrong; corrected and forwarded
  ['EVNRD', 'in_transit', 'forwarded'], // a redirection (mail forwarding) is in place; forwarded

  // Delivery day and holds (§5.5)
  ['EVGPD', 'out_for_delivery', 'out_for_delivery'], // at the delivery office, due for delivery today
  ['EVNDN', 'in_transit', 'delivery_rescheduled'], // not attempted today; next working day
  ['EVNRT', 'in_transit', 'delivery_rescheduled'], // held: a request not to deliver to that property today
  ['EVNKS', 'in_transit', 'delivery_rescheduled'], // held at the recipient's request (Keepsafe)

  // Delivered (§5.6)
  ['EVKSP', 'delivered', 'signed_for'], // delivered and signed for
  ['EVKOP', 'delivered', 'delivered'], // delivered, no signature
  ['EVKSF', 'delivered', 'delivered'], // left in the recipient's chosen safeplace
  ['EVKDN EVKNS', 'delivered', 'delivered_to_neighbor'], // delivered to a neighbour (without / with signature)
  ['EVNFS EVNLP', 'delivered', 'delivered'], // delivery recorded at the delivery office (on time / late)
  ['EVNPO', 'delivered', 'delivered'], // put into a PO Box
  ['EVNOI', 'delivered', 'delivered'], // delivery implied by the system (a weak signal: a real delivery event should be preferred)
  ['EVRTS', 'returned_to_sender', 'returned_to_sender'], // delivered back to the sender

  // Collection points: Local Collect, Post Office, customer service point (§5.7)
  ['EVKLC EVKLS', 'available_for_pickup', 'available_for_pickup'], // delivered to the recipient's chosen collection point (no signature / signature): Royal Mail calls it delivered, the recipient must still collect it
  ['EVNLC', 'available_for_pickup', 'at_carrier_facility'], // at the customer service point, ready for collection (Local Collect)
  ['EVPLA', 'available_for_pickup', 'available_for_pickup'], // Local Collect item arrived at the Post Office
  ['EVNAE', 'available_for_pickup', 'at_carrier_facility'], // allocated to a customer service point: collect it or book a redelivery
  ['EVPLC EVPLF', 'delivered', 'collected_by_recipient'], // collected by the customer from the Post Office (no fee / fee paid)
  ['EVNOC EVNCO EVNCE EVNSC', 'delivered', 'collected_by_recipient'], // collected from the customer service point (variants; EVNSC with signature)

  // Attempts (§5.8)
  ['EVKNA', 'delivery_attempted', 'recipient_unavailable'], // no answer at the address
  ['EVKNR', 'delivery_attempted', 'delivery_attempted'], // delivery attempted
  ['EVNBA EVNSA', 'delivery_attempted', 'recipient_unavailable'], // no answer, recorded at the delivery office (late / on time)
  ['EVPON EVPXN', 'delivery_attempted', 'recipient_unavailable'], // item delivered by a Post Office: no answer (on time / late)
  ['EVKAA EVNIL EVNIO EVPOA EVPXA', 'delivery_attempted', 'location_inaccessible'], // the address could not be reached
  ['EVNUL EVNUO EVPOU EVPXU', 'delivery_attempted', 'invalid_address'], // addressee unknown at the address (a return usually follows)
  ['EVKSU', 'delivery_attempted', 'delivery_attempted'], // could not leave it in the chosen safeplace
  ['EVNDA', 'delivery_attempted', 'notice_left'], // no answer; a card was left and the item is held for collection or redelivery
  ['EVNAA', 'delivery_attempted', 'location_inaccessible'], // the address could not be reached; another try next working day
  ['EVZAM', null, 'generic_update'], // system note that an attempt notification was made

  // Redelivery and delivery requests (§5.9)
  ['EVNSR', null, 'generic_update'], // selected and prepared for redelivery
  ['EVNAR', null, 'generic_update'], // due for redelivery next working day
  ['EVNRC', null, 'generic_update'], // redelivery to a Local Collect Post Office requested
  ['RSRXS', null, 'generic_update'], // redelivery booked, safeplace as fallback
  ['RFRXS', null, 'generic_update'], // redelivery booked, neighbour as fallback
  ['RNRXS', null, 'generic_update'], // redelivery to a different chosen address
  ['RORXS', null, 'generic_update'], // redelivery booked for a chosen date
  ['RPRXS', null, 'generic_update'], // redelivery to a chosen Post Office
  ['ASRXS', null, 'generic_update'], // standing request: redeliver, then safeplace

  // Fees owed (§5.10)
  ['EVNCF', 'awaiting_payment', 'awaiting_payment'], // held at the delivery office until a fee is paid: underpaid postage or a customs charge (the card does not say which)
  ['EVJDP', 'awaiting_payment', 'duties_taxes_due'], // released by import customs; duty and/or tax to be paid
  ['EVHAP', 'exception', 'awaiting_information'], // export stopped: charges awaiting payment (the payer may be the sender)

  // International: export at the Heathrow Worldwide Distribution Centre, import and customs at the ILC (§5.11)
  ['EVHOE', 'in_transit', 'departed_origin_country'], // left the UK outward office of exchange
  ['EVHAR', 'exception', 'cancelled'], // export cancelled at the addressee's request
  ['EVHSR', 'exception', 'cancelled'], // export cancelled at the sender's request
  ['EVHFM', 'exception', 'delayed'], // export stopped by force majeure
  ['EVHNC', 'exception', 'awaiting_information'], // export stopped: the customer could not be contacted for information
  ['EVHCA', 'returning_to_sender', 'returning_to_sender'], // export cancelled: address wrong, unreadable or incomplete
  ['EVHCR', 'returning_to_sender', 'returning_to_sender'], // export cancelled: customs requirements not met
  ['EVHDI', 'returning_to_sender', 'returning_to_sender'], // export cancelled: damaged or contents missing
  ['EVHID', 'returning_to_sender', 'returning_to_sender'], // export cancelled: documents insufficient or wrong
  ['EVJOE', 'in_transit', 'arrived_destination_country'], // arrived at the inward office of exchange
  ['EVJIC', 'customs_processing', 'customs_processing'], // presented to import customs
  ['EVJAP', 'customs_held', 'customs_held'], // held by import customs: waiting to be presented to the border or security agency
  ['EVJBA', 'customs_held', 'customs_or_security_hold'], // held: retained by the border or security agency, no reason given
  ['EVJCA', 'customs_held', 'customs_held'], // held: handed to the customs authority for final delivery
  ['EVJCC', 'customs_held', 'customs_information_required'], // held: the customer could not be contacted
  ['EVJCD', 'customs_held', 'customs_information_required'], // held: customs declaration missing or wrong
  ['EVJCO', 'customs_held', 'customs_information_required'], // held: certificate of origin missing or wrong
  ['EVJEM', 'customs_held', 'customs_information_required'], // held: invoice missing or wrong
  ['EVJES', 'customs_held', 'customs_held'], // held: shipment incomplete
  ['EVJIN', 'customs_held', 'customs_information_required'], // held: documents insufficient; waiting for more
  ['EVJML', 'customs_held', 'customs_information_required'], // held: import licence missing (restricted goods)
  ['EVJSR', 'customs_held', 'customs_information_required'], // held: export licence missing (restricted goods)
  ['EVJPA', 'customs_held', 'customs_prohibited'], // held: prohibited articles
  ['EVJIA', 'customs_cleared', 'customs_cleared'], // released: import authorised
  ['EVJNT', 'customs_cleared', 'customs_cleared'], // released: import authorised, nothing to pay
  ['EVJFC', 'customs_processing', 'customs_processing'], // released only to be forwarded to a remote customs office for clearance
  ['EVJEA', 'customs_cleared', 'customs_cleared'], // released: export authorised
  ['EVJDU', 'in_transit', 'in_transit'], // left the inward office of exchange
  ['EVJJV EVJMV EVJLV', 'in_transit', 'in_transit'], // left the inward office of exchange (high, medium or low value stream)

  // Returns (§5.12)
  ['EVBRA EVBSA EVCPA EVCRA EVDRA EVDSA EVIPA EVKAI EVNAI EVNLI EVNSI EVPOI EVPXI', 'returning_to_sender', 'returning_to_sender'], // address incomplete or wrong: back to the sender
  ['EVNLA', 'returning_to_sender', 'returning_to_sender'], // address incomplete: to the National Returns Centre
  ['EVBRB EVCRB EVDRB', 'returning_to_sender', 'returning_to_sender'], // barcode unreadable or invalid: back to the sender
  ['EVBRW EVDRW EVDSW', 'returning_to_sender', 'returning_to_sender'], // overweight: back to the sender
  ['EVKGA EVNAC EVNGA EVNGL EVPOG EVPXG', 'returning_to_sender', 'returning_to_sender'], // the recipient has moved away ("gone away")
  ['EVNLG', 'returning_to_sender', 'returning_to_sender'], // gone away: to the National Returns Centre
  ['EVKRF EVNAB EVNRF EVNRO EVNRR EVPLR EVPOR EVPXR', 'returning_to_sender', 'returning_to_sender'], // refused by the recipient
  ['EVNHR', 'returning_to_sender', 'returning_to_sender'], // refused: back to the Heathrow centre (international item)
  ['EVNLR', 'returning_to_sender', 'returning_to_sender'], // refused: to the National Returns Centre
  ['EVNUK EVPLU', 'returning_to_sender', 'returning_to_sender'], // addressee unknown
  ['EVNAD EVNRE EVPLN', 'returning_to_sender', 'returning_to_sender'], // not collected within the holding period
  ['EVNHE', 'returning_to_sender', 'returning_to_sender'], // holding period exceeded: back to the Heathrow centre (international)
  ['EVNRL', 'returning_to_sender', 'returning_to_sender'], // holding period exceeded: to the National Returns Centre
  ['EVPLI', 'returning_to_sender', 'returning_to_sender'], // returned at the sender's request (Local Collect)
  ['EVBRT EVNRS EVORR EVORT EVPLX EVPUX', 'returning_to_sender', 'returning_to_sender'], // return-to-sender scans (RDC, customer service point, network, mail centre, Post Office)
  ['EVNRN', 'returning_to_sender', 'returning_to_sender'], // sent to the National Returns Centre (sender to be identified)

  // Restricted goods, losses, system records (§5.13)
  ['EVSUS', 'exception', 'held'], // suspected prohibited goods
  ['EVSGD', 'exception', 'disposed'], // dangerous goods confirmed and disposed of
  ['EVSGS', 'exception', 'disposed'], // the dangerous part was disposed of; the rest continues
  ['EVNCL', 'exception', 'lost'], // the item could not be located (unverified)
  ['EVNDL', 'exception', 'disposed'], // item destroyed locally
  ['EVNDS EVNOU', null, 'generic_update'], // deleted in the local system / booked out
  ['EVZBF EVZDM EVZDR EVZLM EVZRD EVZRM EVZSO', null, 'generic_update'], // system records (billing, notification triggers, sales order)
];

/**
 * Prefixes of Royal Mail's five-letter customer-notification records (`NDESS`, `NRDRS`, ...): a notification
 * was sent or failed. They say nothing about the item and keep the status in force (reference §5.13).
 */
export const ROYAL_MAIL_NOTIFICATION_PREFIXES: readonly string[] = [
  'NDE', // delivery notification
  'NEP', // e-mail or push notification
  'NFN', // failed notification
  'NLC', // Local Collect notification
  'NRD', // redelivery notification
  'NRE', // return notification
  'NSF', // safeplace notification
  'NUN', // undelivered notification
];

/** Where an item left the UK: the first such event carries the handoff to the international partner. */
export const ROYAL_MAIL_EXPORT_CODES: ReadonlySet<string> = new Set(['EVHOE']);

/** Arrival at the UK inward office of exchange (inbound international items). */
export const ROYAL_MAIL_IMPORT_ARRIVAL_CODES: ReadonlySet<string> = new Set(['EVJOE']);

function toTable(groups: readonly RoyalMailCodeGroup[]): Record<string, StatusTableEntry> {
  const table: Record<string, StatusTableEntry> = {};
  for (const [codes, status, subStatus] of groups) {
    for (const code of codes.split(' ')) table[code] = [status, subStatus];
  }
  return table;
}

const CODE_TABLE = createStatusMapper(toTable(ROYAL_MAIL_CODE_GROUPS), { caseInsensitive: true });
const NOTIFICATION: MappedStatus = Object.freeze({ status: null, subStatus: 'generic_update', known: true });

/**
 * Our status for a Royal Mail event code: the table first, then the notification prefixes; `unknown` /
 * `unknown` with `known: false` for anything else. Codes are compared case-insensitively.
 *
 * @example
 * mapRoyalMailCode('EVKSP'); // { status: 'delivered', subStatus: 'signed_for', known: true }
 * mapRoyalMailCode('NDESS'); // { status: null, subStatus: 'generic_update', known: true }
 */
export function mapRoyalMailCode(code: string | null | undefined): MappedStatus {
  const text = code?.trim().toUpperCase() ?? '';
  const mapped = CODE_TABLE.map(text);
  if (mapped.known) return mapped;
  if (/^N[A-Z]{4}$/.test(text) && ROYAL_MAIL_NOTIFICATION_PREFIXES.includes(text.slice(0, 3))) return NOTIFICATION;
  return mapped;
}

/** The table's codes (without the notification prefixes), for docs and tests. */
export const ROYAL_MAIL_CODES: readonly string[] = CODE_TABLE.codes;
