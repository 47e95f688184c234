/**
 * Canada Post event identifiers (`significant-events/occurrence/event-identifier`), mapped to parceline's
 * status and subStatus. One line per code or group of codes; the trailing comment is Canada Post's meaning
 * in our words.
 *
 * Source: parceline's reference notes for Canada Post (shared/reference/carriers/canada-post.md §5), which
 * collect Canada Post's English and French event descriptions from karrio's `TRACKING_STATUS_MAPPING`,
 * karrio's code groupings and Canada Post's "Messages and Code Tables" page ("Tracking scan events"). No row
 * has been checked against Canada Post's own table (it could not be read); rows marked "unverified" come
 * from a code grouping without any Canada Post text.
 *
 * Codes are written zero-padded to four digits, as Canada Post usually sends them; they are compared without
 * leading zeros (`0020` and `20` are the same code, §8.1). A `null` status means "keep previous": the
 * event is kept (raw code and text) but does not change the shipment's status; it is always paired with
 * `generic_update`. Codes whose meaning depends on the description (the return leg, a customs refusal,
 * duties owed) have text rules in {@link CANADA_POST_TEXT_RULES}.
 */
import { createStatusMapper, type StatusMapper, type StatusTableEntry, type SubStatus, type TrackingStatus } from '../../src/adapter-kit/index.js';

/** One row: codes (space-separated, zero-padded as Canada Post sends them), status, subStatus. */
export type CanadaPostCodeGroup = readonly [codes: string, status: TrackingStatus | null, subStatus: SubStatus];

/** Every event identifier of the reference, by group. */
export const CANADA_POST_CODE_GROUPS: readonly CanadaPostCodeGroup[] = [
  // Electronic information, acceptance, pickup (§5.1)
  ['3000', 'info_received', 'info_received'], // the shipper sent the electronic shipment data
  ['3002', 'info_received', 'info_received'], // a return label was created
  ['1300', 'in_transit', 'picked_up'], // item accepted
  ['1301 1302', 'in_transit', 'picked_up'], // item accepted at a post office
  ['1303', 'in_transit', 'picked_up'], // return item accepted at a post office (on a return PIN it starts the return leg)
  ['2300', 'in_transit', 'picked_up'], // picked up from the shipper by Canada Post
  ['0100 0104 0105 0107 0170 1240 1244 2500 2501', 'in_transit', 'processed'], // item processed (the first physical scan of an item counts as its induction: see CANADA_POST_INDUCTION_CODES)
  ['0102 0106', 'in_transit', 'processed'], // item processed

  // In transit, delays, address checks, redirection (§5.2)
  ['0175 0804', 'in_transit', 'in_transit'], // item in transit
  ['0400 0405', 'in_transit', 'arrived_at_facility'], // item arrived at a facility
  ['0410', 'in_transit', 'departed_facility'], // item left a facility
  ['0198', null, 'generic_update'], // a correction to the label was applied
  ['0171', 'in_transit', 'address_issue'], // the recipient's address is being verified; delivery may be late
  ['0172', 'in_transit', 'misrouted'], // re-routed after a processing error; delivery may be late
  ['0173', 'in_transit', 'address_corrected'], // a shipper addressing error was found and is being corrected; may be late
  ['0159', 'in_transit', 'delayed_weather'], // delivery may be late: severe weather
  ['0160', 'in_transit', 'delayed'], // delivery may be late: action by authorities or a demonstration
  ['0161', 'in_transit', 'delayed'], // delivery may be late: labour disruption
  ['0162', 'in_transit', 'delayed_processing'], // delivery may be late: transportation delay
  ['0163', 'in_transit', 'delayed'], // delivery may be late: power outage
  ['0621 0622 0623 0624 0625 0626 0627 0628', 'in_transit', 'delivery_rescheduled'], // delivery moved to the next business day
  ['1200 1203', null, 'generic_update'], // the expected delivery date was updated
  ['1414 2414', 'in_transit', 'delivery_rescheduled'], // rescheduled for delivery on the next business day
  ['1444', 'in_transit', 'delivery_scheduled'], // delivery planned for the next business day
  ['1220 1221 1223 1224 1225', null, 'generic_update'], // the recipient set a delivery preference (front door, side door, garage, front desk or superintendent, deliver to a post office)
  ['1230 1232', null, 'generic_update'], // a redirection was requested (by the shipper / by someone)
  ['1234', null, 'generic_update'], // the shipper cancelled the redirection request
  ['1241', 'in_transit', 'forwarded'], // item redirected
  ['1245', 'in_transit', 'in_transit'], // the redirection could not be done; the item goes on to the original address
  ['1480 1490', 'in_transit', 'forwarded'], // redirected to the recipient's new address
  ['1703', 'in_transit', 'in_transit'], // on its way to a post office for pickup (also: a return to sender was attempted, see text rules)
  ['1705', 'in_transit', 'in_transit'], // on its way to an automated parcel locker
  ['0629', 'in_transit', 'in_transit'], // the locker pickup period ended; the item goes to a post office for pickup

  // Out for delivery, attempts, pickup at a post office (§5.3)
  ['0174 0500', 'out_for_delivery', 'out_for_delivery'], // out for delivery (a returned item out for delivery to the sender: see text rules)
  ['1411 2411', 'delivery_attempted', 'business_closed'], // business closed; held for a second attempt
  ['1443', 'delivery_attempted', 'recipient_unavailable'], // delivery attempted; another attempt next business day
  ['0630', 'delivery_attempted', 'location_inaccessible'], // could not be placed in the parcel locker; post office pickup follows
  ['1435 1436 1437 1438 1488', 'delivery_attempted', 'notice_left'], // a notice card says where and when to collect the item
  ['1479', 'delivery_attempted', 'notice_left'], // a notice card was left (also used when a return to sender was attempted, see text rules)
  ['1407 2407', 'available_for_pickup', 'available_for_pickup'], // available for pickup
  ['1701', 'available_for_pickup', 'available_for_pickup'], // available for pickup at a post office
  ['1405', 'available_for_pickup', 'available_for_pickup'], // delivered into an automated parcel locker; the recipient must collect it
  ['0156', 'available_for_pickup', 'available_for_pickup'], // final notice: goes back to the sender if not collected within 10 days
  ['1410 2410', 'in_transit', 'delivery_rescheduled'], // held at the recipient's request

  // Delivered (§5.4)
  ['1496 1498', 'delivered', 'delivered'], // delivered (also used when the item came back to its sender, see text rules)
  ['1406', 'delivered', 'collected_by_recipient'], // collected from an automated parcel locker
  ['1408 1409', 'delivered', 'delivered'], // delivered; a copy of the signature is available from customer service
  ['1421 1428', 'delivered', 'delivered'], // delivered at the front door
  ['1422 1429', 'delivered', 'delivered'], // delivered at the side door
  ['1423 1430', 'delivered', 'delivered'], // delivered at the back door
  ['1424 1431', 'delivered', 'delivered'], // delivered at or in the garage
  ['1425 1432', 'delivered', 'delivered'], // delivered to the superintendent, security or concierge
  ['1426 1433', 'delivered', 'delivered'], // delivered into the recipient's parcel box
  ['1427 1434', 'delivered', 'delivered'], // delivered at the recipient's safe-drop spot
  ['1441 1442', 'delivered', 'delivered'], // delivered into the community mailbox or its parcel locker
  ['1461 1462', 'delivered', 'delivered'], // delivered to the concierge or building manager
  ['1463 1465 1466 1467 1468 1469 1473 1475', 'delivered', 'delivered'], // delivered to the mailroom
  ['1471 1472', 'delivered', 'delivered'], // delivered to the recipient's own delivery partner (not named)
  ['1476', 'delivered', 'delivered'], // delivered
  ['0610 0611 0612 0613 0614 0615 0616 0617 0618 0619 0620', 'delivered', 'delivered'], // "item is at / with ..." (concierge, front or side door, garage, address, community mailbox or locker, mailroom, delivery partner) (unverified as delivery)
  ['0020', null, 'generic_update'], // signature recorded (carries signatory-name)
  ['0021', null, 'generic_update'], // no signature image; verbal signature
  ['2001', null, 'generic_update'], // a delivery photo is available
  ['0152 2101', null, 'generic_update'], // COD payment being issued / awaiting the COD remittance return

  // Problems held in Canada Post's network (§5.5)
  ['0118', 'exception', 'address_issue'], // held: the recipient is outside a partner's service area
  ['0120', 'exception', 'address_issue'], // held: the address is wrong or incomplete
  ['0121', 'exception', 'refused'], // held: refused or not claimed by the recipient
  ['1412 2412', 'in_transit', 'address_issue'], // the recipient's address is being verified; may be late (also: a returned item reached a facility, see text rules)
  ['1484 1494', 'exception', 'held'], // item on hold, no reason given
  ['1450', 'exception', 'undeliverable'], // held at a secure facility; contact customer service (French text: reached the undeliverable-mail centre)
  ['0179 1483 1493', 'exception', 'undeliverable'], // cannot be delivered as addressed; details to follow (undeliverable-mail centre)
  ['0150', 'exception', 'disposed'], // the hold period expired and the item was disposed of
  ['0190', null, 'generic_update'], // a retail transaction was voided
  ['0710', 'exception', 'damaged'], // arrived in Canada damaged; sent for more processing
  ['0119 0142 0143 0144 0145 0146 0147 0148 0149', 'exception', 'damaged'], // damage (unverified: code grouping only)
  ['0124 0126 0151 0153', 'exception', 'lost'], // lost (unverified: code grouping only)
  ['0122 0123 1413 1440 1485 1486 1489', 'exception', 'address_issue'], // address not found (unverified: code grouping only)
  ['0128 0129 0131 0132 0133', 'in_transit', 'misrouted'], // sorting error (unverified: code grouping only)
  ['0155 0157 0158', 'in_transit', 'delayed'], // not enough time to deliver today (unverified: code grouping only)
  ['0134 0135 0136 0137 0138', 'in_transit', 'delayed_processing'], // delivery vehicle problem (unverified: code grouping only)
  ['0154 0180 0185 0186 0187 0188 0189', 'in_transit', 'delayed'], // access to the address restricted (unverified: code grouping only)
  ['0164 0165 0166', 'in_transit', 'delayed_weather'], // natural disaster (unverified: code grouping only)

  // Customs and duties (§5.6)
  ['0700 0701', 'in_transit', 'arrived_destination_country'], // arrived in Canada; sent on to a processing centre / will be presented for review
  ['0800', 'customs_processing', 'customs_processing'], // presented to the Canada Border Services Agency (CBSA) for review
  ['2601', 'customs_processing', 'customs_processing'], // on its way to Canadian customs
  ['0127 0810', 'customs_held', 'customs_held'], // held at / by customs
  ['0117', 'customs_held', 'customs_information_required'], // held: documentation irregularity
  ['0125', 'awaiting_payment', 'duties_taxes_due'], // duty and taxes unpaid (unverified: code grouping only)
  ['0900 5201', 'customs_cleared', 'customs_cleared'], // released by customs to Canada Post for processing
  ['0910', 'customs_cleared', 'customs_cleared'], // released by customs; now with Canada Post
  ['0130', 'customs_cleared', 'customs_cleared'], // international item released from customs
  ['1210', 'in_transit', 'problem_resolved'], // duty and taxes paid online; the item moves on
  ['1214 1215 1216', null, 'generic_update'], // duty and tax refund requested / refunded / duplicate payment refunded
  ['1487 1495', 'customs_held', 'customs_held'], // going back to Canadian customs so the recipient can appeal the duties
  ['1100', 'returning_to_sender', 'returning_to_sender'], // refused by customs (sender information not acceptable); returning to the sender
  ['4330', 'customs_processing', 'customs_processing'], // presented to import customs abroad
  ['4400', 'customs_processing', 'customs_processing'], // sent to customs in the destination country
  ['4450', 'customs_cleared', 'customs_cleared'], // returned from customs to the post abroad (an import refusal: see text rules)
  ['4500', 'customs_cleared', 'customs_cleared'], // released by customs to the foreign postal operator

  // International legs (§5.7)
  ['0815', 'in_transit', 'processing'], // being prepared for export
  ['8901', 'in_transit', 'departed_origin_country'], // forwarded to the destination country (or: transited Canada and forwarded)
  ['4000', 'in_transit', 'picked_up'], // mailed in the origin country (inbound item)
  ['4100', 'in_transit', 'processed'], // processed in the origin country
  ['4202', 'in_transit', 'departed_origin_country'], // left the origin country for Canada
  ['4310 4311', 'in_transit', 'arrived_destination_country'], // arrived in the destination country (abroad)
  ['4550', 'in_transit', 'in_transit'], // on its way to the delivery office abroad
  ['4600', 'in_transit', 'received_at_destination_facility'], // received at the delivery office in the destination country
  ['4650', 'exception', 'undeliverable'], // cannot be delivered abroad; details to follow
  ['4700', 'exception', 'held'], // item on hold (the text says why: see text rules)
  ['4900', 'in_transit', 'in_transit'], // arrived in a transit country
  ['4950', 'in_transit', 'in_transit'], // forwarded onward to the destination
  ['0113', 'in_transit', 'handed_over'], // arrived at a partner's facility
  ['0114', 'in_transit', 'in_transit'], // left a partner's facility
  ['0115 0116', 'in_transit', 'handed_over'], // transferred to a partner

  // Return to sender and undeliverable (§5.8)
  ['1415', 'returning_to_sender', 'returning_to_sender'], // being returned: address incomplete
  ['1416 1481 1491', 'returning_to_sender', 'returning_to_sender'], // being returned: the recipient is not at the given address
  ['1417 1482 1492', 'returning_to_sender', 'returning_to_sender'], // being returned: refused by the recipient
  ['1418', 'returning_to_sender', 'returning_to_sender'], // being returned: no valid proof of age
  ['1419', 'returning_to_sender', 'returning_to_sender'], // being returned: not claimed
  ['1420 3001', 'returning_to_sender', 'returning_to_sender'], // being returned to the sender
  ['2600', 'returning_to_sender', 'returning_to_sender'], // returned and on its way to the sender
  ['2802', 'returning_to_sender', 'returning_to_sender'], // international item undeliverable; being returned
  ['0167', 'returning_to_sender', 'returning_to_sender'], // international item returned: not enough postage
  ['0168', 'returning_to_sender', 'returning_to_sender'], // returned: does not meet the product's requirements
  ['0169 0181', 'returning_to_sender', 'returning_to_sender'], // international item returned: label wrong, missing or invalid
  ['0182', 'returning_to_sender', 'returning_to_sender'], // returned: documents incomplete or unreadable
  ['0183', 'returning_to_sender', 'returning_to_sender'], // returned: service to that country suspended
  ['0184', 'returning_to_sender', 'returning_to_sender'], // returned: not mailable
];

/**
 * "Item processed" codes that count as the item's induction (`picked_up`) when they are the first physical
 * scan of its history (reference §5.1: karrio treats them as first induction scans).
 */
export const CANADA_POST_INDUCTION_CODES: ReadonlySet<string> = new Set(
  ['0100', '0104', '0105', '0107', '0170', '1240', '1244', '2500', '2501'].map(normalizeCanadaPostCode),
);

/** Codes after which the item is with a partner carrier (no partner is named; the number stays the same). */
export const CANADA_POST_PARTNER_HANDOFF_CODES: ReadonlySet<string> = new Set(['0113', '0115', '0116'].map(normalizeCanadaPostCode));

/**
 * Codes of the foreign leg of an outbound item: the first of them carries the handoff to the destination
 * country's post (same number; Canada Post does not name the post) (reference §6).
 */
export const CANADA_POST_DESTINATION_POST_CODES: ReadonlySet<string> = new Set(
  ['8901', '4310', '4311', '4330', '4400', '4450', '4500', '4550', '4600'].map(normalizeCanadaPostCode),
);

/** A description-based correction of one code's mapping (the same code serves the return leg or a customs refusal). */
export interface CanadaPostTextRule {
  /** Codes the rule applies to (zero-padded as sent). */
  codes: readonly string[];
  /** Patterns over the folded description (lower case, accents removed, typographic apostrophes as `'`). */
  patterns: readonly RegExp[];
  status: TrackingStatus;
  subStatus: SubStatus;
  /** What the text says, in our words. */
  meaning: string;
}

/**
 * Description rules, tried in order; the first rule whose codes include the event's code and whose pattern
 * matches wins (reference §5.9, karrio's French-text overrides, and the duty-owing rule proposed in §5.6).
 * Patterns cover English and French. Codes come first: text only refines these codes, never others.
 */
export const CANADA_POST_TEXT_RULES: readonly CanadaPostTextRule[] = [
  {
    codes: ['1496', '1498'],
    patterns: [/\breturn(ed)?\b.*\bsender\b/, /\b(renvoye|retourne)e?s?\b.*\bexpediteur\b/],
    status: 'returned_to_sender',
    subStatus: 'returned_to_sender',
    meaning: 'the item was returned to its sender and delivered there',
  },
  {
    codes: ['0174', '0500', '1412', '2412', '1479', '1703'],
    patterns: [/\breturn(ed|ing)?\b.*\bsender\b/, /\b(renvoye|retourne|renvoyer|retourner)e?s?\b.*\bexpediteur\b/],
    status: 'returning_to_sender',
    subStatus: 'returning_to_sender',
    meaning: 'the returned item is out for delivery to / reached a facility on the way to / was attempted at its sender',
  },
  {
    codes: ['4450'],
    patterns: [/\bimport(ation)?\b.*\b(refused|rejected|denied)\b/, /\bimportation refusee\b/, /\brefus\w*\b.*\bimportation\b/],
    status: 'returning_to_sender',
    subStatus: 'returning_to_sender',
    meaning: 'customs abroad refused the import; the item comes back',
  },
  {
    codes: ['4700'],
    patterns: [/\b(at|by) the (recipient|addressee|customer)'?s? request\b/, /\ba la demande du destinataire\b/],
    status: 'in_transit',
    subStatus: 'delivery_rescheduled',
    meaning: 'held at the recipient\u2019s request',
  },
  {
    codes: ['4700'],
    patterns: [/\baddress\b.*\b(verif|confirm)/, /\badresse\b.*\b(verif|confirm)/],
    status: 'in_transit',
    subStatus: 'address_issue',
    meaning: 'the address is being verified',
  },
  {
    codes: ['4700'],
    patterns: [/\bredirect/, /\bnew address\b/, /\breachemin/, /\bnouvelle adresse\b/],
    status: 'in_transit',
    subStatus: 'forwarded',
    meaning: 'redirected to a new address',
  },
  {
    codes: ['4700'],
    patterns: [/\bnot at (the|this) address\b/, /\bno longer at\b/, /\breturn(ed|ing)?\b.*\bsender\b/, /\bexpediteur\b/, /\bne (se trouve|demeure|reside) (pas|plus)\b/],
    status: 'returning_to_sender',
    subStatus: 'returning_to_sender',
    meaning: 'the recipient is not at the address; the item goes back',
  },
  {
    codes: ['0127', '0810', '1484', '1494', '4700'],
    patterns: [/\b(duty|duties|taxes?)\b.*\b(owing|owed|due|payable|unpaid|to pay|must be paid)\b/, /\b(droits?|taxes?)\b.*\b(a payer|exigibles?|dus|impayes?)\b/],
    status: 'awaiting_payment',
    subStatus: 'duties_taxes_due',
    meaning: 'duty and taxes are owed before release or delivery (phrasing unverified)',
  },
];

/**
 * Removes the leading zeros Canada Post pads most codes with (`0174` -> `174`, `0020` and `20` -> `20`), so
 * padded and short codes compare equal. Non-numeric codes are trimmed and upper-cased.
 *
 * @example
 * normalizeCanadaPostCode('0020'); // '20'
 */
export function normalizeCanadaPostCode(code: string): string {
  const text = code.trim();
  if (/^\d+$/.test(text)) return text.replace(/^0+(?=\d)/, '');
  return text.toUpperCase();
}

function toTable(groups: readonly CanadaPostCodeGroup[]): Record<string, StatusTableEntry> {
  const table: Record<string, StatusTableEntry> = {};
  for (const [codes, status, subStatus] of groups) {
    for (const code of codes.split(' ')) table[normalizeCanadaPostCode(code)] = [status, subStatus];
  }
  return table;
}

/** Lookup by code without leading zeros (normalize the code with {@link normalizeCanadaPostCode} first). */
export const CANADA_POST_STATUS_MAP: StatusMapper = createStatusMapper(toTable(CANADA_POST_CODE_GROUPS));
