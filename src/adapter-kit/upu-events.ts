/**
 * UPU EMSEVT item event codes (the three-letter codes posts exchange for international mail, also relayed
 * by origin posts such as China Post as `opCode`), mapped once to parceline's status and subStatus.
 *
 * Source: parceline's reference notes on UPU postal tracking events (`upu-events.md` §2 and §6), which
 * collect the EMSEVT v3 labels as posts print them (UPU Postal Transport Guide, LP Express, Japan Post,
 * the UPU PTT service). The trailing comment on each line is the code's meaning in our words.
 *
 * Decisions (see `docs/postal.md`):
 * - Export customs: `EXA` is `customs_processing` and `EXB` `customs_held`, as several trackers show them;
 *   `EXC` (returned from export customs) goes back to `in_transit` / `processed` and never to
 *   `customs_cleared`, which is kept for the import side (`EDC`) so that "cleared" means "free to be
 *   delivered in the destination country".
 * - No EMSEVT code means "duties owed": derive `awaiting_payment` from text (`classifyText`), never from
 *   `EME` or `EDC` alone.
 * - Holds at an office of exchange or a delivery office for postal reasons (`EXD`, `EDA`, `EDF`) are
 *   `in_transit` / `held`: the carrier keeps the item, nobody has to act. `EDF` and `EMH` are ambiguous on
 *   their own; adapters refine them with the event text ({@link UPU_TEXT_REFINED_CODES}).
 * - `EMI` on a return leg means "delivered back to the sender": the code cannot tell, the adapter decides
 *   from an earlier return signal.
 */
import { createStatusMapper, type MappedStatus, type StatusTableEntry } from './create-status-mapper.js';

/** Every EMSEVT code of the UPU lists, with parceline's status and subStatus. */
export const UPU_EVENT_TABLE = {
  EMA: ['in_transit', 'picked_up'], // Posting / collection: the post accepted the item from the sender (first physical scan)
  EMB: ['in_transit', 'arrived_at_facility'], // Arrival at the outward office of exchange (origin country's export office)
  EXA: ['customs_processing', 'customs_processing'], // Item presented to export customs / security
  EXB: ['customs_held', 'customs_held'], // Item held by export customs / security for checks
  EXC: ['in_transit', 'processed'], // Item returned from export customs / security (normally released); not an import clearance
  EXD: ['in_transit', 'held'], // Item held at the outward office of exchange for postal reasons (capacity, data, embargo)
  EXX: ['exception', 'cancelled'], // Export cancelled: the item will not leave the origin country (usually goes back)
  EMC: ['in_transit', 'departed_origin_country'], // Departure from the outward office of exchange: left the origin country
  EMJ: ['in_transit', 'arrived_at_facility'], // Arrival at a transit office of exchange (third country)
  EMK: ['in_transit', 'departed_facility'], // Departure from a transit office of exchange
  EMD: ['in_transit', 'arrived_destination_country'], // Arrival at the inward office of exchange: the destination post has it
  EDA: ['in_transit', 'held'], // Held at the inward office of exchange for postal (non-customs) reasons
  EDB: ['customs_processing', 'customs_processing'], // Item presented to import customs
  EME: ['customs_held', 'customs_held'], // Held by import customs (older feeds: "handed over to customs")
  EDC: ['customs_cleared', 'customs_cleared'], // Item returned from import customs: released (duties may still be owed)
  EMF: ['in_transit', 'departed_facility'], // Departure from the inward office of exchange into the domestic network
  EDD: ['in_transit', 'arrived_at_facility'], // Item into a sorting centre (destination country)
  EDE: ['in_transit', 'departed_facility'], // Item out of a sorting centre (destination country)
  EMG: ['in_transit', 'received_at_destination_facility'], // Arrival at the delivery office
  EDF: ['in_transit', 'held'], // Held at the delivery depot / office (round, redelivery, payment or collection: read the text)
  EDG: ['out_for_delivery', 'out_for_delivery'], // Item out for physical delivery
  EDH: ['available_for_pickup', 'available_for_pickup'], // Arrival at a collection point for pick-up by the recipient
  EMH: ['delivery_attempted', 'delivery_attempted'], // Unsuccessful (attempted) physical delivery; the reason is in the text
  EMI: ['delivered', 'delivered'], // Final delivery (also collected at the counter); on a return leg: back with the sender
  EDX: ['exception', 'undeliverable'], // Import terminated (customs refusal, abandonment, destruction, or a return starts)
} as const satisfies Readonly<Record<string, StatusTableEntry>>;

/** One of the EMSEVT codes in {@link UPU_EVENT_TABLE}. */
export type UpuEventCode = keyof typeof UPU_EVENT_TABLE;

/** The label posts print for each code (English, as in the UPU lists), for docs and display fallbacks. */
export const UPU_EVENT_LABELS: Readonly<Record<UpuEventCode, string>> = {
  EMA: 'Posting/collection',
  EMB: 'Arrival at outward office of exchange',
  EXA: 'Item presented to export Customs/Security',
  EXB: 'Item held by export Customs/Security',
  EXC: 'Item returned from export Customs/Security',
  EXD: 'Item held at outward office of exchange',
  EXX: 'Export cancellation',
  EMC: 'Departure from outward office of exchange',
  EMJ: 'Arrival at transit office of exchange',
  EMK: 'Departure from transit office of exchange',
  EMD: 'Arrival at inward office of exchange',
  EDA: 'Held at inward office of exchange',
  EDB: 'Item presented to import Customs',
  EME: 'Held by import Customs',
  EDC: 'Item returned from import Customs',
  EMF: 'Departure from inward office of exchange',
  EDD: 'Item into sorting centre',
  EDE: 'Item out of sorting centre',
  EMG: 'Arrival at delivery office',
  EDF: 'Item held at delivery depot/delivery office',
  EDG: 'Item out for physical delivery',
  EDH: 'Item arrival at collection point for pick-up',
  EMH: 'Unsuccessful (physical) delivery',
  EMI: 'Final delivery',
  EDX: 'Import terminated',
};

/**
 * Codes whose meaning depends on the words that come with them: the held-at-delivery-office `EDF` (waiting
 * for a round, for payment or for collection) and the failed attempt `EMH` (the reason). An adapter that
 * has the event text may refine these with `classifyText`; the table's answer stands when the text says
 * nothing more.
 */
export const UPU_TEXT_REFINED_CODES: ReadonlySet<UpuEventCode> = new Set<UpuEventCode>(['EDF', 'EMH']);

const mapper = createStatusMapper(UPU_EVENT_TABLE, { caseInsensitive: true });

/**
 * Maps a UPU EMSEVT event code to parceline's status and subStatus. Case and surrounding spaces do not
 * matter. A code outside the UPU lists gives `unknown` / `unknown` with `known: false` (the adapter keeps
 * the raw code and adds `unknownCodeWarning`); it never throws.
 *
 * @example
 * mapUpuEvent('EMD'); // { status: 'in_transit', subStatus: 'arrived_destination_country', known: true }
 * mapUpuEvent('edc'); // { status: 'customs_cleared', subStatus: 'customs_cleared', known: true }
 * mapUpuEvent('EMX'); // { status: 'unknown', subStatus: 'unknown', known: false }
 */
export function mapUpuEvent(code: string | null | undefined): MappedStatus {
  return mapper.map(typeof code === 'string' ? code.trim() : code);
}

/**
 * Whether a string is one of the UPU EMSEVT codes (`EMA`...`EMI`, `EXA`...`EXX`, `EDA`...`EDX`), in any case.
 *
 * @example
 * isUpuEventCode('EXA'); // true
 * isUpuEventCode('203'); // false
 */
export function isUpuEventCode(code: string | null | undefined): boolean {
  return typeof code === 'string' && mapper.has(code.trim());
}

/**
 * The English label of a UPU event code, or `undefined` for a code outside the lists.
 *
 * @example
 * upuEventLabel('EMC'); // 'Departure from outward office of exchange'
 */
export function upuEventLabel(code: string | null | undefined): string | undefined {
  if (typeof code !== 'string') return undefined;
  const key = code.trim().toUpperCase();
  return Object.hasOwn(UPU_EVENT_LABELS, key) ? UPU_EVENT_LABELS[key as UpuEventCode] : undefined;
}
