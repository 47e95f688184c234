import {
  dedupeWarnings,
  compactNumberField,
  compactNumberFields,
  CarrierAuthError,
  CarrierResponseError,
  ConfigurationError,
  RateLimitedError,
  carrierWarning,
  findIssuingPost,
  normalizeCountry,
  unknownCodeWarning,
  validateRawBody,
  type BodyContext,
  type EstimatedDelivery,
  type Handoff,
  type Location,
  type ParsedEvent,
  type ParsedTracking,
  type SubStatus,
  type TrackingStatus,
  type TrackingWarning,
} from '../../src/adapter-kit/index.js';
import { parseXml, type XmlElement } from '../../src/adapter-kit/index.js';
import {
  CANADA_POST_ARRAY_PATHS,
  CanadaPostMessages,
  CanadaPostTrackingDetail,
  isPlainCanadaPostMessages,
  isPlainCanadaPostTrackingDetail,
  type CanadaPostOccurrence,
} from './canada-post-api.js';
import { guessCanadaPostLanguage } from './canada-post-language.js';
import {
  CANADA_POST_DESTINATION_POST_CODES,
  CANADA_POST_INDUCTION_CODES,
  CANADA_POST_PARTNER_HANDOFF_CODES,
  CANADA_POST_STATUS_MAP,
  CANADA_POST_TEXT_RULES,
  normalizeCanadaPostCode,
} from './canada-post-status-map.js';
import { CANADA_POST_ZONE_OFFSETS, resolveCanadaPostEventTime, type CanadaPostEventPlace } from './canada-post-time.js';

const CARRIER_ID = 'canada-post';

/** `messages` codes (reference §4). */
const NOT_FOUND_CODE = '004';
const THROTTLE_CODE = 'SERVER';
const AUTH_CODES: ReadonlySet<string> = new Set(['E002', 'AA001']);
const WRONG_ENDPOINT_CODE = 'AA002';
const CANADIAN_POSTAL_CODE = /^[ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z] ?\d[ABCEGHJ-NPRSTV-Z]\d$/;

/**
 * Reads a Canada Post Tracking REST body (`tracking-detail` or the `messages` error body; the XML string as
 * sent, or the object `parseXml` made of it) into one {@link ParsedTracking}. Pure and synchronous.
 *
 * - every `occurrence` gives exactly one event, oldest first (Canada Post lists newest first, and events
 *   in the same second keep their document order);
 * - codes are compared without their zero padding, then refined by the description for the few codes that
 *   serve the return leg, a customs refusal or duties owed; English and French bodies give the same
 *   statuses and instants;
 * - `messages` code `004` (no PIN history) is `outcome: 'not_found'`; `Server` (throttled) raises
 *   `RateLimitedError`; `E002` / `AA001` raise `CarrierAuthError`; `AA002` (key for the other environment)
 *   raises `ConfigurationError`; other codes and bodies of another shape raise `CarrierResponseError`.
 *
 * @example
 * const [parsed] = parseCanadaPostTracking(xml, { trackingNumbers: ['7023210039414604'] });
 * parsed.events.length; // one per occurrence
 */
export function parseCanadaPostTracking(raw: unknown, context: { trackingNumbers?: readonly string[] | undefined } = {}): ParsedTracking[] {
  const bodyContext: BodyContext = { carrierId: CARRIER_ID, trackingNumbers: context.trackingNumbers };
  const document = readDocument(raw, bodyContext);
  if (document.messages !== undefined) {
    return parseMessages(validateRawBody(CanadaPostMessages, document.messages, bodyContext, isPlainCanadaPostMessages), bodyContext);
  }
  if (document['tracking-detail'] !== undefined) {
    return [parseDetail(validateRawBody(CanadaPostTrackingDetail, document['tracking-detail'], bodyContext, isPlainCanadaPostTrackingDetail), bodyContext)];
  }
  throw new CarrierResponseError(`${CARRIER_ID} sent a body that is neither tracking-detail nor messages`, {
    carrierId: CARRIER_ID,
    trackingNumbers: context.trackingNumbers,
    issues: [`(root): ${Object.keys(document).slice(0, 3).join(', ') || 'empty'}`],
  });
}

function readDocument(raw: unknown, context: BodyContext): XmlElement {
  if (typeof raw === 'object' && raw !== null && !(raw instanceof Uint8Array) && !Array.isArray(raw)) return raw as XmlElement;
  return parseXml(raw, { ...context, arrayPaths: CANADA_POST_ARRAY_PATHS });
}

function parseMessages(body: CanadaPostMessages, context: BodyContext): ParsedTracking[] {
  const messages = body.message.map((message) => ({ code: message.code?.trim() ?? '', description: message.description?.trim() ?? '' }));
  const said = messages.map((message) => `${message.code}${message.description ? ` ${message.description.slice(0, 120)}` : ''}`).join('; ');
  const base = { carrierId: CARRIER_ID, trackingNumbers: context.trackingNumbers };
  if (messages.some((message) => message.code.toUpperCase() === THROTTLE_CODE)) {
    // "Server: Rejected by SLM Monitor": over the per-key limit (20 a minute by default), blocked up to a minute.
    throw new RateLimitedError(`${CARRIER_ID} throttled the request (${said})`, { ...base, retryAfter: 60_000 });
  }
  if (messages.some((message) => AUTH_CODES.has(message.code.toUpperCase()))) {
    throw new CarrierAuthError(`${CARRIER_ID} refused the API key (${said})`, base);
  }
  if (messages.some((message) => message.code.toUpperCase() === WRONG_ENDPOINT_CODE)) {
    throw new ConfigurationError(`${CARRIER_ID} says the API key belongs to the other environment (development key on production or the reverse) (${said})`, base);
  }
  if (messages.length > 0 && messages.every((message) => normalizeCanadaPostCode(message.code) === normalizeCanadaPostCode(NOT_FOUND_CODE))) {
    const warnings = messages.map((message) => carrierWarning(message.code, message.description));
    const numbers = compactNumberFields(context.trackingNumbers);
    if (numbers.length === 0) {
      throw new CarrierResponseError(`${CARRIER_ID} answered "no PIN history" without a number to attach it to`, {
        ...base,
        issues: ['messages: the error body names no PIN; pass trackingNumbers'],
      });
    }
    return numbers.map((trackingNumber) => ({ trackingNumber, outcome: 'not_found', events: [], warnings: [...warnings] }));
  }
  throw new CarrierResponseError(`${CARRIER_ID} answered with an error message instead of tracking (${said || 'no message'})`, {
    ...base,
    issues: messages.slice(0, 10).map((message, index) => `messages.message.${index}: ${message.code || '(no code)'}`),
  });
}

function parseDetail(detail: CanadaPostTrackingDetail, context: BodyContext): ParsedTracking {
  const trackingNumber = compactNumberField(detail.pin) ?? compactNumberField(context.trackingNumbers?.[0]);
  if (trackingNumber === undefined) {
    throw new CarrierResponseError(`${CARRIER_ID} sent a tracking-detail without a PIN`, {
      carrierId: CARRIER_ID,
      trackingNumbers: context.trackingNumbers,
      issues: ['tracking-detail.pin: missing; pass trackingNumbers'],
    });
  }
  const occurrences = detail['significant-events']?.occurrence ?? [];
  const outboundInternational = /^[A-Z]{2}\d{9}CA$/.test(trackingNumber);
  const destinationPost = outboundInternational ? destinationCountryPost(occurrences) : undefined;
  const events: ParsedEvent[] = [];
  const warnings: TrackingWarning[] = [];
  let sawPhysicalScan = false;
  let partnerHandoffPlaced = false;
  let destinationHandoffPlaced = false;

  // Newest first in the document: walk backwards so events come oldest first and same-second events keep their order.
  for (let index = occurrences.length - 1; index >= 0; index--) {
    const occurrence = occurrences[index] as CanadaPostOccurrence;
    const path = `tracking-detail.significant-events.occurrence.${index}`;
    const rawCode = text(occurrence['event-identifier']);
    const code = rawCode === undefined ? undefined : normalizeCanadaPostCode(rawCode);
    const description = occurrence['event-description']?.trim() ?? '';
    const { location, place } = eventLocation(occurrence);

    const resolved = resolveCanadaPostEventTime(
      { date: occurrence['event-date'], time: occurrence['event-time'], zone: occurrence['event-time-zone'] },
      place,
    );
    if (resolved === null) {
      throw new CarrierResponseError(`${CARRIER_ID} sent an event whose date or time is not real`, {
        carrierId: CARRIER_ID,
        trackingNumbers: [trackingNumber],
        issues: [`${path}.event-date: not a real YYYY-MM-DD date with an HH:MM:SS time`],
      });
    }
    warnings.push(...resolved.warnings);

    let { status, subStatus } = mapCode(code, rawCode, description);
    if (status === 'unknown') warnings.push(unknownCodeWarning(CARRIER_ID, rawCode ?? '(none)', description));
    const physical = status !== null && status !== 'info_received' && status !== 'unknown';
    if (physical && !sawPhysicalScan && code !== undefined && CANADA_POST_INDUCTION_CODES.has(code) && subStatus === 'processed') {
      subStatus = 'picked_up';
    }
    if (physical) sawPhysicalScan = true;

    const event: ParsedEvent = {
      status,
      subStatus,
      time: resolved.time,
      location,
      carrierStatus: { code: rawCode ?? null, description, language: guessCanadaPostLanguage(description) },
    };
    if (code !== undefined && CANADA_POST_PARTNER_HANDOFF_CODES.has(code) && !partnerHandoffPlaced) {
      event.handoff = sameNumberHandoff();
      partnerHandoffPlaced = true;
    } else if (
      code !== undefined &&
      CANADA_POST_DESTINATION_POST_CODES.has(code) &&
      !destinationHandoffPlaced &&
      (outboundInternational || (location?.countryCode !== undefined && location.countryCode !== 'CA'))
    ) {
      // Outbound international: the destination country's post delivers under the same number (reference §6).
      event.handoff = destinationPost ? { carrier: destinationPost, trackingNumber: null } : sameNumberHandoff();
      destinationHandoffPlaced = true;
    }
    events.push(event);
  }

  return {
    trackingNumber,
    outcome: 'found',
    events,
    estimatedDelivery: estimatedDelivery(detail),
    signedBy: occurrences.map((occurrence) => text(occurrence['signatory-name'])).find((name) => name !== undefined) ?? null,
    destination: destination(detail),
    service: service(detail),
    warnings: dedupeWarnings(warnings),
  };
}

function mapCode(code: string | undefined, rawCode: string | undefined, description: string): { status: TrackingStatus | null; subStatus: SubStatus } {
  const mapped = CANADA_POST_STATUS_MAP.map(code);
  if (!mapped.known || rawCode === undefined) return { status: 'unknown', subStatus: 'unknown' };
  const folded = foldText(description);
  if (folded !== '') {
    for (const rule of CANADA_POST_TEXT_RULES) {
      if (!rule.codes.some((candidate) => normalizeCanadaPostCode(candidate) === code)) continue;
      if (rule.patterns.some((pattern) => pattern.test(folded))) return { status: rule.status, subStatus: rule.subStatus };
    }
  }
  return { status: mapped.status, subStatus: mapped.subStatus };
}

/** Lower case, accents removed, typographic apostrophes as `'`, spaces collapsed: what the text rules match. */
function foldText(value: string): string {
  return value
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/[\u2018\u2019\u02bc`]/g, "'")
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * A domestic scan has a province (the country is Canada); a foreign scan has none, and names its place and
 * country in `event-site` (`place,Country`) or a country word in `event-time-zone` (reference §3.2-3.3).
 * Abroad, the site's first part is kept as the facility: Canada Post writes a place name or an office code.
 */
function eventLocation(occurrence: CanadaPostOccurrence): { location: Location | null; place: CanadaPostEventPlace } {
  const site = text(occurrence['event-site']);
  const province = text(occurrence['event-province'])?.toUpperCase();
  const retail = text(occurrence['event-retail-name']) ?? text(occurrence['event-retail-location-id']);
  if (province !== undefined) {
    const location: Location = { countryCode: 'CA', region: province };
    if (site) location.city = site;
    if (retail) location.facility = retail;
    return { location, place: { province, city: site } };
  }
  let facility = site;
  let countryCode: string | undefined;
  if (site !== undefined) {
    const comma = site.lastIndexOf(',');
    if (comma >= 0) {
      countryCode = normalizeCountry(site.slice(comma + 1)) ?? undefined;
      if (countryCode !== undefined) facility = text(site.slice(0, comma));
    } else {
      countryCode = normalizeCountry(site) ?? undefined;
      if (countryCode !== undefined) facility = undefined;
    }
  }
  const zoneWord = text(occurrence['event-time-zone']);
  if (countryCode === undefined && zoneWord !== undefined && CANADA_POST_ZONE_OFFSETS[zoneWord.toUpperCase()] === undefined) {
    countryCode = normalizeCountry(zoneWord) ?? undefined;
  }
  const location: Location = {};
  if (countryCode) location.countryCode = countryCode;
  if (facility) location.facility = facility;
  if (retail) location.facility = facility ? `${facility} ${retail}` : retail;
  return { location: Object.keys(location).length > 0 ? location : null, place: { countryCode } };
}

/**
 * The post of the country the foreign leg of an outbound item happens in (the designated operator of the
 * first country other than Canada its events name), by parceline post id. Canada Post names no partner;
 * the UPU designated operator of the destination is the one that delivers S10 items.
 */
function destinationCountryPost(occurrences: readonly CanadaPostOccurrence[]): string | undefined {
  for (let index = occurrences.length - 1; index >= 0; index--) {
    const countryCode = eventLocation(occurrences[index] as CanadaPostOccurrence).location?.countryCode;
    if (countryCode !== undefined && countryCode !== 'CA') return findIssuingPost(countryCode)?.id;
  }
  return undefined;
}

function sameNumberHandoff(): Handoff {
  return { carrier: null, trackingNumber: null };
}

/** `changed-expected-date` replaces `expected-delivery-date` when set; both are dates without a time. */
function estimatedDelivery(detail: CanadaPostTrackingDetail): EstimatedDelivery | null {
  const date = [detail['changed-expected-date'], detail['expected-delivery-date']].map(text).find((value) => value !== undefined && /^\d{4}-\d{2}-\d{2}$/.test(value));
  return date === undefined ? null : { from: date, to: date, precision: 'date' };
}

function destination(detail: CanadaPostTrackingDetail): Location | null {
  const postalCode = text(detail['destination-postal-id'])?.toUpperCase();
  if (postalCode === undefined) return null;
  return CANADIAN_POSTAL_CODE.test(postalCode) ? { postalCode, countryCode: 'CA' } : { postalCode };
}

function service(detail: CanadaPostTrackingDetail): ParsedTracking['service'] {
  const name = text(detail['service-name']) ?? text(detail['service-name-2']);
  return name === undefined ? null : { name };
}


function text(value: string | null | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}

