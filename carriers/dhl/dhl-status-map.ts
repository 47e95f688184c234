/**
 * DHL status tables: the coarse `statusCode` DHL sends, and the text rules per division that refine it into
 * parceline's statuses and subStatus ids (customs, duties, out for delivery, attempts, pickup, returns).
 *
 * Source: parceline's reference notes for DHL Shipment Tracking – Unified (reference/carriers/dhl.md §5.1
 * `statusCode` enum of spec 1.4.1 and 1.5.6, §5.2 typical texts per service with their proposed mapping, the
 * keyword fallback order) and reference/text-classification.md §2 (English) and §4 (German: Deutsche Post /
 * DHL Paket). Texts marked "unverified" there are matched by keywords, not by exact sentences.
 *
 * The tables are data: one line per rule, the carrier's meaning as a trailing comment. Phrases are plain
 * text, matched as substrings (a leading `^` anchors a phrase at the start) after folding case, accents and
 * spaces, so matching is linear in the length of the text: no regular expressions, no backtracking. How a
 * `statusCode` and a matched rule combine is in `dhl-map-event.ts`.
 */
import { createStatusMapper, type StatusMapper, type SubStatus, type TrackingStatus } from '../../src/adapter-kit/index.js';

/**
 * `statusCode` (the only coded field; reference §5.1). It is coarse: customs, out-for-delivery and pickup
 * events all come as `transit`; attempts, returns and holds as `failure`. The text rules refine it.
 */
export const DHL_STATUS_CODES: StatusMapper = createStatusMapper({
  'pre-transit': ['info_received', 'info_received'], // data received, parcel not handed over yet
  transit: ['in_transit', 'in_transit'], // moving in DHL's network
  delivered: ['delivered', 'delivered'], // delivered (also the end of a return: see returnFlag)
  failure: ['exception', 'exception'], // problem, not delivered (attempt, hold, return, refusal)
  unknown: ['unknown', 'unknown'], // scan DHL itself has no meaning for (eCommerce bagging scans)
});

/** Options of one text rule. */
export interface DhlRuleOptions {
  /** A second group of phrases: the text must also hold one of these. */
  and?: readonly string[];
  /** Guard phrases (negation, tense, hedging): the rule is skipped when the text holds one of them. */
  none?: readonly string[];
  /**
   * Movement words ("arrived", "processed"): they refine a `transit`, `unknown` or missing `statusCode`,
   * but never overrule `failure`, `delivered` or `pre-transit`.
   */
  weak?: true;
  /** Express "Shipment is on hold": a customs hold when a neighbouring event is a customs event (reference §5.2). */
  customsWhenNeighbour?: true;
}

/** One text rule: any of `phrases` (and one of `and`, and none of `none`) gives `status` / `subStatus`. */
export type DhlTextRuleRow = readonly [phrases: readonly string[], status: TrackingStatus | null, subStatus: SubStatus, options?: DhlRuleOptions];

/** The language of a table's phrases, recorded as the language of the texts it matches. */
export type DhlTextLanguage = 'en' | 'de';

/** A named, ordered list of rules in one language: the first rule that matches wins. */
export interface DhlRuleTable {
  name: string;
  language: DhlTextLanguage;
  rows: readonly DhlTextRuleRow[];
}

/** Words that turn a duties or payment text into "already paid". */
const PAID = ['has been paid', 'have been paid', 'were paid', 'was paid', 'payment received', 'paid by'];

/** Words that stop a "delivered" text from meaning a delivery (reference text-classification §1.3). */
const NOT_DELIVERED = [
  'not delivered',
  'undelivered',
  'could not',
  'cannot',
  'unable',
  'will be',
  'to be delivered',
  'expected',
  'estimated',
  'scheduled',
  'delivered to local carrier',
  'postal operator',
];

/** Express (`service=express`): English texts with the facility appended (reference §5.2, Express). */
export const DHL_EXPRESS_RULES: DhlRuleTable = {
  name: 'express',
  language: 'en',
  rows: [
    [['^delivered'], 'delivered', 'signed_for', { and: ['signed for by'] }], // "Delivered - Signed for by: <name>"
    [['^delivered'], 'delivered', 'delivered', { none: NOT_DELIVERED }], // "Delivered"
    [['delivery attempted'], 'delivery_attempted', 'recipient_unavailable', { and: ['not home', 'not available', 'absent'] }], // "Delivery attempted; recipient not home"
    [['delivery attempted', 'attempted delivery'], 'delivery_attempted', 'delivery_attempted'], // other failed attempts
    [['out with courier for delivery', 'with delivery courier'], 'out_for_delivery', 'out_for_delivery'], // "Shipment is out with courier for delivery"
    [['scheduled for delivery'], 'in_transit', 'delivery_scheduled'], // "Scheduled for delivery"
    [['clearance delay'], 'customs_held', 'customs_delayed'], // "Clearance Delay"
    [['duties', 'duty', 'taxes'], 'awaiting_payment', 'duties_taxes_due', { none: PAID }], // duties / taxes owed by the receiver (wording unverified)
    [['clearance processing complete'], 'customs_cleared', 'customs_cleared'], // "Clearance processing complete at <facility>"
    [['customs clearance status updated', 'customs status updated'], 'customs_processing', 'customs_processing'], // customs clearance under way
    [['shipment is on hold', 'on hold'], 'exception', 'held', { customsWhenNeighbour: true }], // "Shipment is on hold" (customs hold next to clearance events)
    [['arrived at dhl delivery facility', 'arrived at delivery facility'], 'in_transit', 'received_at_destination_facility'], // "Arrived at DHL Delivery Facility <facility>"
    [['departed from a dhl facility', 'departed facility'], 'in_transit', 'departed_facility'], // "Shipment has departed from a DHL facility <facility>"
    [['arrived at dhl sort facility', 'arrived at sort facility'], 'in_transit', 'arrived_at_facility'], // "Arrived at DHL Sort Facility <facility>"
    [['^processed at'], 'in_transit', 'processed'], // "Processed at <facility>"
    [['shipment picked up'], 'in_transit', 'picked_up'], // "Shipment picked up"
    [['in transit to destination'], 'in_transit', 'in_transit'], // "Shipment is in transit to destination"
    [['shipment information received'], 'info_received', 'info_received'], // "Shipment information received"
  ],
};

/** DHL eCommerce (`ecommerce`, US and cross-border): upper-case scan names in `status` (reference §5.2). */
export const DHL_ECOMMERCE_RULES: DhlRuleTable = {
  name: 'ecommerce',
  language: 'en',
  rows: [
    [['label created'], 'info_received', 'info_received'], // "LABEL CREATED" (statusCode unknown)
    [['currently awaiting shipment'], 'info_received', 'info_received'], // "DHL ECOMMERCE CURRENTLY AWAITING SHIPMENT..."
    [['second delivery attempt successful'], 'delivered', 'delivered'], // "SECOND DELIVERY ATTEMPT SUCCESSFUL"
    [['^delivered'], 'delivered', 'delivered', { none: NOT_DELIVERED }], // "DELIVERED", "DELIVERED - PARCEL LOCKER"
    [['out for delivery', 'out for second delivery attempt'], 'out_for_delivery', 'out_for_delivery'], // "OUT FOR DELIVERY", "OUT FOR SECOND DELIVERY ATTEMPT"
    [['tendered to delivery service provider', 'tendered to usps', 'tendered to postal service'], 'in_transit', 'handed_over'], // handed to the last-mile partner (USPS in the US)
    [['arrived at customs'], 'customs_processing', 'arrived_destination_country'], // "ARRIVED AT CUSTOMS"
    [['released by customs', 'cleared customs', 'customs clearance complete', 'customs release'], 'customs_cleared', 'customs_cleared'], // customs release (wording unverified)
    [['held by customs', 'held in customs', 'customs hold'], 'customs_held', 'customs_held'], // customs hold (wording unverified)
    [['package received at dhl ecommerce distribution center'], 'in_transit', 'picked_up'], // first scan at DHL eCommerce
    [['departure origin dhl ecommerce facility'], 'in_transit', 'departed_origin_facility'], // left the origin facility
    [['arrival destination dhl ecommerce facility'], 'in_transit', 'arrived_at_facility'], // reached the destination facility
    [['processing completed at origin'], 'in_transit', 'processed'], // "PROCESSING COMPLETED AT ORIGIN"
    [['arrived usps sort facility'], 'in_transit', 'arrived_at_facility'], // USPS scan inside DHL's events
    [['processed through usps sort facility'], 'in_transit', 'processed'], // USPS scan inside DHL's events
    [['arrival at post office'], 'in_transit', 'received_at_destination_facility'], // USPS delivery unit scan
    [['close bag', 'scanned into sack/container'], 'in_transit', 'processing'], // bagging scans (statusCode unknown): moving, not unknown
    [['^processed'], 'in_transit', 'processed'], // "PROCESSED"
  ],
};

/**
 * German texts: Parcel Germany (`parcel-de`) and Deutsche Post (`post-de`) with `language=de`, and the
 * German fallback for every other division (reference §5.2 Parcel Germany; text-classification.md §4).
 */
export const DHL_GERMAN_RULES: DhlRuleTable = {
  name: 'german',
  language: 'de',
  rows: [
    [['an den absender zugestellt', 'an den absender zurückgegeben'], 'returned_to_sender', 'returned_to_sender'], // the return reached the sender (wording unverified)
    [['rücksendung', 'an den absender zurück', 'zurück an den absender', 'wird zurückgesandt'], 'returning_to_sender', 'returning_to_sender'], // return started
    [['nachbar'], 'delivered', 'delivered_to_neighbor', { and: ['zugestellt'], none: ['nicht'] }], // delivered to a neighbour
    [['abgeholt'], 'delivered', 'collected_by_recipient', { and: ['empfänger'], none: ['nicht'] }], // recipient collected it at a branch or PACKSTATION
    [['nicht angetroffen', 'nicht zu hause'], 'delivery_attempted', 'recipient_unavailable'], // recipient not met, notice left
    [['adressfehler'], 'delivery_attempted', 'invalid_address'], // address error at the attempt
    [['nicht zugestellt werden', 'nicht erfolgreich zugestellt', 'zustellversuch'], 'delivery_attempted', 'delivery_attempted'], // failed attempt
    [['zugestellt'], 'delivered', 'delivered', { none: ['nicht', 'voraussichtlich', 'wird ', 'konnte'] }], // "Die Sendung wurde zugestellt."
    [['zur abholung bereit'], 'available_for_pickup', 'available_for_pickup'], // waiting in a branch or PACKSTATION
    [['zustellfahrzeug geladen', 'in zustellung', 'in auslieferung'], 'out_for_delivery', 'out_for_delivery'], // loaded on the delivery vehicle
    [['zurückgestellt'], 'in_transit', 'delivery_rescheduled'], // held back, delivery on the next working day
    [['verzögerung in der verzollung', 'verzögerung bei der verzollung'], 'customs_held', 'customs_delayed'], // customs delay
    [['einfuhrabgaben', 'zollgebühren', 'abgaben zu zahlen'], 'awaiting_payment', 'duties_taxes_due', { none: ['bezahlt', 'beglichen'] }], // import duties owed (wording unverified)
    [['verzollung abgeschlossen', 'vom zoll freigegeben'], 'customs_cleared', 'customs_cleared'], // customs clearance completed
    [['zoll', 'verzollung'], 'customs_processing', 'customs_processing'], // with customs
    [['im zielland eingetroffen', 'import-paketzentrum eingetroffen'], 'in_transit', 'arrived_destination_country'], // arrived in the destination country
    [['ins zielland transportiert'], 'in_transit', 'departed_origin_country'], // leaving for the destination country
    [['in der filiale eingeliefert', 'in einer filiale eingeliefert', 'vom absender eingeliefert'], 'in_transit', 'picked_up'], // posted by the sender
    [['elektronisch angekündigt', 'elektronisch an dhl übermittelt'], 'info_received', 'info_received'], // announced electronically
    [['in der region des empfängers angekommen'], 'in_transit', 'arrived_at_destination'], // reached the recipient's region
    [['bearbeitet', 'für den weitertransport vorbereitet'], 'in_transit', 'processed', { weak: true }], // processed at a parcel centre
  ],
};

/** English keyword fallback for every division (reference §5.2 "Keyword fallback order"; text-classification.md §2). */
export const DHL_GENERIC_RULES: DhlRuleTable = {
  name: 'generic',
  language: 'en',
  rows: [
    [['returned to sender', 'returned to shipper', 'returned to the sender', 'returned to the shipper', 'delivered to sender', 'delivered to shipper'], 'returned_to_sender', 'returned_to_sender', { none: ['will be', 'being returned', 'to be returned', 'not ', 'may be'] }], // the return reached the sender
    [['return to sender', 'return to shipper', 'returning to sender', 'returning to the sender', 'returning to shipper', 'being returned', 'will be returned', 'return initiated'], 'returning_to_sender', 'returning_to_sender'], // on the way back
    [['collected by the recipient', 'picked up by the recipient', 'recipient collected', 'recipient has picked up'], 'delivered', 'collected_by_recipient'], // collected at a pickup point
    [['damaged'], 'exception', 'damaged'], // damaged
    [['refused'], 'exception', 'refused'], // refused by the recipient
    [['incorrect address', 'address is incorrect', 'incomplete address', 'address is incomplete', 'insufficient address', 'address unknown'], 'exception', 'address_issue'], // address problem
    [['customs'], 'customs_held', 'customs_inspection', { and: ['inspection'] }], // selected for customs inspection
    [['customs', 'clearance'], 'customs_held', 'customs_delayed', { and: ['delay'] }], // customs delay
    [['customs', 'clearance'], 'customs_held', 'customs_held', { and: ['hold', 'held', 'detained'] }], // customs hold
    [['duties', 'duty', 'taxes', 'import charges'], 'awaiting_payment', 'duties_taxes_due', { none: PAID }], // duties or taxes owed
    [['payment'], 'awaiting_payment', 'awaiting_payment', { none: PAID }], // payment awaited
    [['customs', 'clearance'], 'customs_cleared', 'customs_cleared', { and: ['complete', 'cleared', 'released'] }], // released by customs
    [['customs'], 'customs_processing', 'customs_processing'], // with customs
    [['out for delivery', 'with delivery courier'], 'out_for_delivery', 'out_for_delivery'], // on the delivery round
    [['not at home', 'not home', 'recipient absent', 'recipient was not available'], 'delivery_attempted', 'recipient_unavailable'], // nobody at the address
    [['delivery attempt', 'attempted delivery', 'could not be delivered'], 'delivery_attempted', 'delivery_attempted', { none: ['successful'] }], // failed attempt
    [['service point', 'parcel shop', 'parcelshop', 'parcel locker', 'ready for pickup', 'ready for pick up', 'ready for collection', 'available for pickup', 'available for pick up', 'awaiting collection'], 'available_for_pickup', 'available_for_pickup'], // waiting at a pickup point
    [['^delivered', 'has been delivered', 'was delivered', 'delivered successfully', 'successfully delivered'], 'delivered', 'delivered', { none: NOT_DELIVERED }], // delivered
    [['tendered to', 'handed over to', 'transferred to'], 'in_transit', 'handed_over', { weak: true }], // handed to another carrier
    [['arrived in the destination country', 'arrived in destination country'], 'in_transit', 'arrived_destination_country', { weak: true }], // destination country reached
    [['information received', 'label created', 'pre-announced', 'announced electronically'], 'info_received', 'info_received', { weak: true }], // data only
    [['picked up', 'accepted'], 'in_transit', 'picked_up', { weak: true }], // accepted from the sender
    [['departed', 'departure'], 'in_transit', 'departed_facility', { weak: true }], // left a facility
    [['arrived', 'arrival'], 'in_transit', 'arrived_at_facility', { weak: true }], // reached a facility
    [['processed', 'sorted'], 'in_transit', 'processed', { weak: true }], // processed at a facility
  ],
};

/**
 * The tables tried for a division, in order. The division's own table first, then the English fallback, then
 * the German one (DHL answers in German for several divisions when asked, reference §1 "Language").
 */
export function dhlRuleTablesFor(service: string | null | undefined): readonly DhlRuleTable[] {
  const unit = service?.trim().toLowerCase() ?? '';
  if (unit === 'express') return EXPRESS_ORDER;
  if (unit === 'ecommerce' || unit.startsWith('ecommerce-')) return ECOMMERCE_ORDER;
  if (unit === 'parcel-de' || unit === 'post-de') return GERMAN_ORDER;
  return GENERIC_ORDER;
}

const EXPRESS_ORDER: readonly DhlRuleTable[] = Object.freeze([DHL_EXPRESS_RULES, DHL_GENERIC_RULES, DHL_GERMAN_RULES]);
const ECOMMERCE_ORDER: readonly DhlRuleTable[] = Object.freeze([DHL_ECOMMERCE_RULES, DHL_GENERIC_RULES, DHL_GERMAN_RULES]);
const GERMAN_ORDER: readonly DhlRuleTable[] = Object.freeze([DHL_GERMAN_RULES, DHL_GENERIC_RULES]);
const GENERIC_ORDER: readonly DhlRuleTable[] = Object.freeze([DHL_GENERIC_RULES, DHL_GERMAN_RULES]);

/** Every table, for tests and docs. */
export const DHL_RULE_TABLES: readonly DhlRuleTable[] = [DHL_EXPRESS_RULES, DHL_ECOMMERCE_RULES, DHL_GERMAN_RULES, DHL_GENERIC_RULES];

/**
 * `details.provider.destinationProvider` values that name a national post, mapped to the post's id (the ids
 * of `upu-events.md` §7 / the S10 issuing-post table). DHL's own divisions (`express`, `parcel-*`, `freight*`)
 * are not partners and give no handoff; couriers without a parceline id keep `carrier: null`.
 */
export const DHL_DESTINATION_PROVIDERS: Readonly<Record<string, string | null>> = {
  anpost: 'an-post', // An Post (Ireland)
  bpost: 'bpost', // bpost (Belgium)
  bring: 'posten-norge', // Posten Bring (Norway)
  'hrvatska-posta': 'hrvatska-posta', // Hrvatska pošta (Croatia)
  'magyar-posta': 'magyar-posta', // Magyar Posta (Hungary)
  oepag: 'austrian-post', // Österreichische Post AG (Austria)
  posti: 'posti', // Posti (Finland)
  'poste-italiane': 'poste-italiane', // Poste Italiane (Italy)
  'posta-slovenije': 'posta-slovenije', // Pošta Slovenije (Slovenia)
  posta: null, // a post named only "posta" (country not stated)
  'acs-courier': null, // ACS Courier (Greece, Cyprus)
  chronopost: null, // Chronopost (France)
  'colis-prive': null, // Colis Privé (France)
  econnect: null, // eConnect
  fastway: null, // Fastway
  ppl: null, // PPL (Czechia)
  rapido: null, // Rapido
  'relais-colis': null, // Relais Colis (France)
  'slovak-parcel-service': null, // Slovak Parcel Service
  speedy: null, // Speedy (Bulgaria, Romania)
  sps: null, // SPS
  'trans-o-flex': null, // trans-o-flex (Germany)
  'urgent-cargus': null, // Urgent Cargus (Romania)
};
