import type { SubStatus, TrackingStatus } from '../../src/adapter-kit/index.js';
import {
  USPS_CUSTOMS_TEXT_RULES,
  USPS_DELIVERED_TEXT_RULES,
  USPS_EVENT_CODES,
  USPS_INTERNATIONAL_TEXT_RULES,
  type UspsTextRule,
} from './usps-status-map.js';

/** What is known about the item and the event besides its code and text. */
export interface UspsEventFacts {
  /** The item came from abroad (S10 number of a foreign post, `mailType` inbound, foreign origin). */
  inbound: boolean;
  /** The first event of an inbound item located in the United States (typically at an International Service Center). */
  firstScanInDestinationCountry: boolean;
  /** An earlier event started a return to the sender. */
  returnLegStarted: boolean;
  /** The event's ZIP code is the item's origin ZIP code. */
  atOrigin: boolean;
}

/** What {@link mapUspsEvent} answers. */
export interface UspsEventMapping {
  /** `null`: informational, keeps the status in force (always with `generic_update`). */
  status: TrackingStatus | null;
  subStatus: SubStatus;
  /** What decided: the code's row, a customs or international text rule, or nothing. */
  basis: 'code' | 'customs_text' | 'text' | 'none';
  /** False when the code is missing from the table (the caller warns unless a text rule classified the event). */
  codeKnown: boolean;
}

/** Departure scans: leaving a US gateway is not arriving in the country. */
const DEPARTURES: ReadonlySet<SubStatus> = new Set<SubStatus>(['departed_origin_country', 'departed_facility', 'departed_origin_facility']);

/** Texts the customs rules read: any mention of customs, duties or taxes. */
const CUSTOMS_TEXT = /\bcustoms\b|\bdut(?:y|ies)\b|\btax(?:es)?\b/i;

/**
 * Maps one USPS event to our status and subStatus (reference/carriers/usps.md §5):
 * 1. a text about customs, duties or taxes is read by the customs rules first, whatever its code: the codes of
 *    international events are not documented, their texts are;
 * 2. a known code gives its row; code `01` (delivered) is refined by its text, and becomes
 *    `returned_to_sender` when it says "to original sender" or happens at the origin ZIP after a return began;
 * 3. an unknown (or missing) code falls back to the international text rules;
 * 4. otherwise `unknown` / `unknown`.
 * An inbound item's first in-transit scan in the United States (usually at an International Service Center)
 * is the arrival in the destination country; the caller tells which scan is the first.
 *
 * @example
 * mapUspsEvent('01', 'Delivered, To Original Sender', { inbound: false, firstScanInDestinationCountry: false, returnLegStarted: true, atOrigin: true });
 * // { status: 'returned_to_sender', subStatus: 'returned_to_sender', basis: 'code', codeKnown: true }
 */
export function mapUspsEvent(code: string | null | undefined, text: string, facts: UspsEventFacts): UspsEventMapping {
  const trimmedCode = code?.trim().toUpperCase() || undefined;
  const mapped = trimmedCode === undefined ? undefined : USPS_EVENT_CODES.map(trimmedCode);
  const codeKnown = mapped?.known === true;

  if (CUSTOMS_TEXT.test(text)) {
    const rule = firstRule(USPS_CUSTOMS_TEXT_RULES, text);
    if (rule) return finish(rule[1], rule[2], 'customs_text', codeKnown, facts);
  }
  if (mapped?.known) {
    if (trimmedCode === '01') {
      const rule = firstRule(USPS_DELIVERED_TEXT_RULES, text);
      if (rule) return finish(rule[1], rule[2], 'code', true, facts);
      if (facts.returnLegStarted && facts.atOrigin) return finish('returned_to_sender', 'returned_to_sender', 'code', true, facts);
    }
    return finish(mapped.status, mapped.subStatus, 'code', true, facts);
  }
  const rule = firstRule(USPS_INTERNATIONAL_TEXT_RULES, text);
  if (rule) return finish(rule[1], rule[2], 'text', false, facts);
  return { status: 'unknown', subStatus: 'unknown', basis: 'none', codeKnown: false };
}

function firstRule(rules: readonly UspsTextRule[], text: string): UspsTextRule | undefined {
  return rules.find(([pattern]) => pattern.test(text));
}

function finish(
  status: TrackingStatus | null,
  subStatus: SubStatus,
  basis: UspsEventMapping['basis'],
  codeKnown: boolean,
  facts: UspsEventFacts,
): UspsEventMapping {
  if (status === null) return { status, subStatus: 'generic_update', basis, codeKnown };
  if (facts.inbound && facts.firstScanInDestinationCountry && status === 'in_transit' && !DEPARTURES.has(subStatus)) {
    return { status, subStatus: 'arrived_destination_country', basis, codeKnown };
  }
  return { status, subStatus, basis, codeKnown };
}
