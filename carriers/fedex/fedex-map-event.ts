import type { SubStatus, TrackingStatus } from '../../src/adapter-kit/index.js';
import {
  FEDEX_DELAY_TYPES,
  FEDEX_DERIVED_STATUSES,
  FEDEX_EVENT_TYPES,
  FEDEX_EXCEPTION_CODES,
  FEDEX_EXCEPTION_REFINED_EVENT_TYPES,
} from './fedex-status-map.js';

/** The codes and texts of one FedEx scan that decide its status. */
export interface FedexEventFields {
  eventType?: string | null | undefined;
  derivedStatusCode?: string | null | undefined;
  exceptionCode?: string | null | undefined;
  /** `delayDetail.type` of the scan. */
  delayType?: string | null | undefined;
  /** `eventDescription` and `exceptionDescription`, for the customs text rules. */
  texts?: readonly (string | null | undefined)[];
}

/** What {@link mapFedexEvent} answers. */
export interface FedexEventMapping {
  /** `null`: informational, keeps the status in force (always with `generic_update`). */
  status: TrackingStatus | null;
  subStatus: SubStatus;
  /** What decided the answer. */
  basis: 'event_type' | 'exception_code' | 'derived_status' | 'none';
  /** False when FedEx sent an event type (or, without one, a derived code) that no table holds: warn. */
  codeKnown: boolean;
}

/** Words that put an exception or delay scan in a customs context. */
const CUSTOMS_CONTEXT = /\b(?:customs|clearance|import|broker|border|duty|duties)\b/i;
const PROHIBITED = /\b(?:prohibited|restricted|seized|confiscated)\b/i;
const INSPECTION = /\b(?:inspect(?:ed|ion)?|examin(?:ed|ation)|exam)\b/i;
const DUTIES = /\b(?:duty|duties|tax|taxes|vat|gst|hst|payment)\b/i;
const PAID = /\b(?:paid|settled)\b/i;
const DOCUMENTS = /\b(?:documents?|documentation|paperwork|invoice|information|permit|licen[cs]e)\b/i;

/**
 * Maps one FedEx scan to our status and subStatus, following reference/carriers/fedex.md §5 "How to map an
 * event":
 * 1. the event type (`eventType`) is looked up first; when it is missing or unknown, the coarse
 *    `derivedStatusCode` answers instead (the warning for the unknown event type stays);
 * 2. on exception, delay and drop-off scans (`DE`, `SE`, `DY`, `DD`, `PD`, `AF`), or when the event type is
 *    unknown, a known exception code replaces that answer (`DE` + `08` is a failed attempt, `AF` + `A3` a
 *    drop-off);
 * 3. a delay is made finer by `delayDetail.type` (`WEATHER`, `OPERATIONAL`; `CLEARANCE` is a customs hold);
 * 4. customs text rules (English) refine clearance delays (`CD`) and exception or delay scans whose text
 *    speaks of customs: duties or taxes owed give `awaiting_payment` / `duties_taxes_due`, missing documents
 *    `customs_information_required`, an inspection `customs_inspection`, seized goods `customs_prohibited`.
 * A `null` status is always paired with `generic_update`.
 *
 * @example
 * mapFedexEvent({ eventType: 'DE', exceptionCode: '08' });
 * // { status: 'delivery_attempted', subStatus: 'recipient_unavailable', basis: 'exception_code', codeKnown: true }
 */
export function mapFedexEvent(fields: FedexEventFields): FedexEventMapping {
  const eventType = clean(fields.eventType);
  const derived = clean(fields.derivedStatusCode);
  const exceptionCode = clean(fields.exceptionCode);

  const byType = eventType === undefined ? undefined : FEDEX_EVENT_TYPES.map(eventType);
  const byDerived = derived === undefined ? undefined : FEDEX_DERIVED_STATUSES.map(derived);
  let codeKnown = true;
  let mapping: Omit<FedexEventMapping, 'codeKnown'>;
  if (byType?.known) {
    mapping = { status: byType.status, subStatus: byType.subStatus, basis: 'event_type' };
  } else {
    // The event type is unknown, or FedEx sent none and its derived code is unknown: either way, warn.
    codeKnown = eventType === undefined ? byDerived?.known === true : false;
    mapping = byDerived?.known
      ? { status: byDerived.status, subStatus: byDerived.subStatus, basis: 'derived_status' }
      : { status: 'unknown', subStatus: 'unknown', basis: 'none' };
  }

  const refinable = !byType?.known || FEDEX_EXCEPTION_REFINED_EVENT_TYPES.has(eventType as string);
  const byException = exceptionCode === undefined || !refinable ? undefined : FEDEX_EXCEPTION_CODES.map(exceptionCode);
  if (byException?.known) mapping = { status: byException.status, subStatus: byException.subStatus, basis: 'exception_code' };

  if (mapping.subStatus === 'delayed') {
    const delay = fields.delayType ? FEDEX_DELAY_TYPES.map(clean(fields.delayType)) : undefined;
    if (delay?.known) mapping = { ...mapping, status: delay.status, subStatus: delay.subStatus };
  }

  const text = (fields.texts ?? []).filter((part): part is string => typeof part === 'string' && part.trim() !== '').join(' ');
  const clearanceScan = eventType === 'CD';
  const customsContext =
    mapping.basis !== 'exception_code' && (mapping.status === 'exception' || mapping.status === 'unknown') && CUSTOMS_CONTEXT.test(text);
  if (clearanceScan || customsContext || mapping.status === 'customs_held') {
    const customs = classifyCustomsText(text);
    if (customs) mapping = { ...mapping, ...customs };
    else if (customsContext) mapping = { ...mapping, status: 'customs_held', subStatus: 'customs_delayed' };
  }

  if (mapping.status === null) mapping = { ...mapping, subStatus: 'generic_update' };
  return { ...mapping, codeKnown };
}

/**
 * The customs reading of an English FedEx text, or `undefined` when it says nothing specific. FedEx has no
 * event code for "duties due"; its texts are the only signal (reference §5, quick index: wording unverified;
 * fixture track-customs-inbound.json).
 *
 * @example
 * classifyCustomsText('Import duties and taxes are due'); // { status: 'awaiting_payment', subStatus: 'duties_taxes_due' }
 */
export function classifyCustomsText(text: string): { status: TrackingStatus; subStatus: SubStatus } | undefined {
  if (PROHIBITED.test(text)) return { status: 'customs_held', subStatus: 'customs_prohibited' };
  if (INSPECTION.test(text)) return { status: 'customs_held', subStatus: 'customs_inspection' };
  if (DUTIES.test(text) && !PAID.test(text)) return { status: 'awaiting_payment', subStatus: 'duties_taxes_due' };
  if (DOCUMENTS.test(text)) return { status: 'customs_held', subStatus: 'customs_information_required' };
  return undefined;
}

function clean(value: string | null | undefined): string | undefined {
  const text = value?.trim().toUpperCase();
  return text ? text : undefined;
}
