import {
  dedupeWarnings,
  compactNumberField,
  compactNumberFields,
  CarrierResponseError,
  carrierWarning,
  findIssuingPost,
  readJsonBody,
  unknownCodeWarning,
  validateRawBody,
  type BodyContext,
  type EstimatedDelivery,
  type Handoff,
  type ParsedEvent,
  type ParsedTracking,
  type TrackingWarning,
} from '../../src/adapter-kit/index.js';
import { isPlainUspsErrorBody, isPlainUspsTrackingDetails, UspsErrorBody, UspsTrackingDetails, type UspsTrackingEvent } from './usps-api.js';
import { readUspsPlace, zip5, type UspsPlace } from './usps-location.js';
import { mapUspsEvent, type UspsEventMapping } from './usps-map-event.js';
import { readUspsError } from './usps-errors.js';
import { USPS_RETURN_CODES, USPS_STATUS_CATEGORIES } from './usps-status-map.js';
import { resolveUspsEventTime, resolveUspsZone, zoneOfOffset, type UspsEventTime, type UspsFallbackZone, type UspsZone } from './usps-time.js';
import { matchUspsTrackingNumber } from './usps-tracking-number.js';

const CARRIER_ID = 'usps';
/** USPS's texts are English only (reference §1: the API has no language parameter). */
const LANGUAGE = 'en';
/** Events before USPS holds the item: they happen at the shipper or a partner, so the origin's zone is tried first. */
const PRE_ACCEPTANCE_CODES: ReadonlySet<string> = new Set(['GX', 'MA', '80', '81', '82']);

/** What {@link parseUspsTracking} needs besides the body. */
export interface UspsParseContext {
  /** The numbers that were asked for: they name a not-found result (USPS's error bodies do not name the number). */
  trackingNumbers?: readonly string[] | undefined;
}

/**
 * Reads a USPS Tracking v3 DETAIL body (the string as sent, or already parsed) into one {@link ParsedTracking}.
 * Pure and synchronous: no clock, network or environment.
 *
 * - every entry of `trackingEvents` gives exactly one event (oldest first; USPS lists newest first), mapped by
 *   `mapUspsEvent`, timed by `resolveUspsEventTime`;
 * - an error body with a "no tracking" code (`150001`–`150013`, HTTP 400, or a 404) gives
 *   `outcome: 'not_found'` with USPS's message as a warning;
 * - any other error body, a SUMMARY body or a body of another shape raises a `CarrierResponseError`.
 *
 * @example
 * const [parsed] = parseUspsTracking(body, { trackingNumbers: ['9400111699001234567819'] });
 * parsed.outcome; // 'found'
 */
export function parseUspsTracking(raw: unknown, context: UspsParseContext = {}): ParsedTracking[] {
  const bodyContext: BodyContext = { carrierId: CARRIER_ID, trackingNumbers: context.trackingNumbers };
  const value = readJsonBody(raw, bodyContext);
  if (isErrorBody(value)) {
    validateRawBody(UspsErrorBody, value, bodyContext, isPlainUspsErrorBody);
    return parseErrorBody(value, context);
  }
  const body = validateRawBody(UspsTrackingDetails, value, bodyContext, isPlainUspsTrackingDetails);
  if (body.eventSummaries !== undefined && body.trackingEvents === undefined) {
    throw new CarrierResponseError(`${CARRIER_ID} sent a SUMMARY body; parceline reads DETAIL bodies (expand=DETAIL)`, {
      carrierId: CARRIER_ID,
      trackingNumbers: context.trackingNumbers,
      issues: ['trackingEvents: missing (eventSummaries only)'],
    });
  }
  if (body.trackingNumber === undefined && body.trackingEvents === undefined) {
    // Every field of the raw schema is optional, so any object fits it (another carrier's body, say): a DETAIL body
    // names its number or lists events. Without either it is not a tracking answer (test/reliability, foreign-body).
    throw new CarrierResponseError(`${CARRIER_ID} sent a body that is not a tracking answer`, {
      carrierId: CARRIER_ID,
      trackingNumbers: context.trackingNumbers,
      issues: ['trackingNumber, trackingEvents: both missing'],
    });
  }
  const trackingNumber = compactNumberField(body.trackingNumber) ?? compactNumberField(context.trackingNumbers?.[0]);
  if (!trackingNumber) {
    throw new CarrierResponseError(`${CARRIER_ID} sent a tracking body without a tracking number`, {
      carrierId: CARRIER_ID,
      issues: ['trackingNumber: missing; pass trackingNumbers'],
    });
  }
  return [parseDetails(body, trackingNumber)];
}

function isErrorBody(value: unknown): boolean {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && 'error' in value && !('trackingEvents' in value) && !('trackingNumber' in value);
}

/** An error body: "not found / no status yet" is an outcome; anything else is not a tracking answer. */
function parseErrorBody(value: unknown, context: UspsParseContext): ParsedTracking[] {
  const summary = readUspsError(value);
  if (!summary?.notFound) {
    const code = summary?.code ?? '(none)';
    throw new CarrierResponseError(`${CARRIER_ID} sent an error body (${code}), not a tracking answer`, {
      carrierId: CARRIER_ID,
      trackingNumbers: context.trackingNumbers,
      issues: [`error: ${code}${summary?.message ? ` ${summary.message.slice(0, 120)}` : ''}`],
    });
  }
  const message = summary.message ?? 'USPS has no tracking information for this number yet';
  const warnings = [carrierWarning(summary.code, message)];
  const numbers = compactNumberFields(context.trackingNumbers);
  if (numbers.length === 0) {
    // Stored bodies: USPS may quote the number in its text; read it only when it is one of USPS's formats.
    const quoted = summary.texts.flatMap((text) => text.split(/[^0-9A-Za-z]+/)).map((token) => matchUspsTrackingNumber(token)?.normalized);
    const found = quoted.find((number): number is string => number !== undefined);
    if (found) numbers.push(found);
  }
  if (numbers.length === 0) {
    throw new CarrierResponseError(`${CARRIER_ID} answered "not found" without a tracking number to attach it to`, {
      carrierId: CARRIER_ID,
      issues: ['the error body names no tracking number; pass trackingNumbers'],
    });
  }
  return numbers.map((trackingNumber) => ({ trackingNumber, outcome: 'not_found', events: [], warnings: [...warnings] }));
}

/** One raw event on its way to a {@link ParsedEvent}, oldest first. */
interface PreparedEvent {
  raw: UspsTrackingEvent;
  /** Index in `trackingEvents` (newest first), for error paths. */
  rawIndex: number;
  code: string | undefined;
  text: string;
  place: UspsPlace;
  ownZone: UspsZone | null;
  resolved?: UspsEventTime | undefined;
}

function parseDetails(body: UspsTrackingDetails, trackingNumber: string): ParsedTracking {
  const warnings: TrackingWarning[] = [];
  const origin = readUspsPlace({ city: body.originCity, state: body.originState, postalCode: body.originZIP, country: body.originCountry });
  const destination = readUspsPlace({
    city: body.destinationCity,
    state: body.destinationState,
    postalCode: body.destinationZIP,
    country: body.destinationCountryCode,
  });
  const originZone = resolveUspsZone(origin.zoneQuery);
  const destinationZone = resolveUspsZone(destination.zoneQuery);
  const inboundFrom = inboundOriginCountry(body, trackingNumber, origin);
  const outboundTo = inboundFrom === undefined && destination.isForeign ? destination.location?.countryCode : undefined;

  const rawEvents = body.trackingEvents ?? [];
  const prepared: PreparedEvent[] = [];
  // USPS lists events newest first; events go oldest first so that same-instant events keep their order.
  for (let index = rawEvents.length - 1; index >= 0; index--) {
    const raw = rawEvents[index] as UspsTrackingEvent;
    const place = readUspsPlace({ city: raw.eventCity, state: raw.eventState, postalCode: raw.eventZIP, country: raw.eventCountry });
    prepared.push({ raw, rawIndex: index, code: clean(raw.eventCode), text: raw.eventType ?? '', place, ownZone: resolveUspsZone(place.zoneQuery) });
  }
  resolveTimes(prepared, { originZone, destinationZone }, trackingNumber);

  const events: ParsedEvent[] = [];
  const handoffs: Handoff[] = [];
  let returnLegStarted = false;
  let arrivedInCountry = false;
  let outboundHandoffPlaced = false;
  const originZip = zip5(body.originZIP);
  prepared.forEach((item, position) => {
    const resolved = item.resolved as UspsEventTime;
    const inDestinationCountry = item.place.location !== null && !item.place.isForeign;
    warnings.push(...resolved.warnings);
    let mapping = mapUspsEvent(item.code, item.text, {
      inbound: inboundFrom !== undefined,
      firstScanInDestinationCountry: inDestinationCountry && !arrivedInCountry,
      returnLegStarted,
      atOrigin: originZip !== undefined && zip5(item.raw.eventZIP) === originZip,
    });
    if (mapping.basis === 'none') {
      warnings.push(unknownCodeWarning(CARRIER_ID, item.code ?? '(none)', item.text.trim()));
      if (position === prepared.length - 1) mapping = categoryFallback(mapping, body, item.text);
    }
    // Only the first scan in the United States is the arrival, whatever it says (a customs scan counts too).
    if (inDestinationCountry || mapping.subStatus === 'arrived_destination_country') arrivedInCountry = true;
    if ((item.code !== undefined && USPS_RETURN_CODES.has(item.code.toUpperCase())) || mapping.status === 'returning_to_sender') returnLegStarted = true;

    const event: ParsedEvent = {
      status: mapping.status,
      subStatus: mapping.subStatus,
      time: resolved.time,
      location: item.place.location,
      carrierStatus: { code: item.code ?? null, description: item.text, language: LANGUAGE },
    };
    if (item.code?.toUpperCase() === '42') {
      // USPS handed the item to a shipping partner it does not name.
      event.handoff = { carrier: null, trackingNumber: null };
      handoffs.push(event.handoff);
    } else if (outboundTo && !outboundHandoffPlaced && mapping.subStatus === 'departed_origin_country') {
      const post = findIssuingPost(outboundTo);
      event.handoff = { carrier: post?.id ?? null, ...(post ? { carrierName: post.name } : {}), trackingNumber: null };
      handoffs.push(event.handoff);
      outboundHandoffPlaced = true;
    }
    events.push(event);
  });

  if (inboundFrom !== undefined) {
    // The origin post tracks the same S10 number for the leg before the United States (reference §6).
    const post = findIssuingPost(inboundFrom);
    if (post && post.id !== CARRIER_ID) handoffs.unshift({ carrier: post.id, carrierName: post.name, trackingNumber: null });
  }

  return {
    trackingNumber,
    outcome: 'found',
    events,
    estimatedDelivery: estimatedDelivery(body),
    signedBy: signer(prepared, events),
    origin: origin.location,
    destination: destination.location,
    service: service(body),
    handoffs,
    warnings: dedupeWarnings(warnings),
  };
}

/**
 * Times every event. Events with an offset or a scan location are resolved first; the others borrow a zone
 * (reference §3.1): pre-acceptance events the origin's, then the nearest event's that has a zone or a stated
 * offset, then the origin's, then the destination's; UTC when nothing is known.
 */
function resolveTimes(prepared: PreparedEvent[], zones: { originZone: UspsZone | null; destinationZone: UspsZone | null }, trackingNumber: string): void {
  const anchors: (string | undefined)[] = [];
  const deferred: number[] = [];
  prepared.forEach((item, index) => {
    const resolved = resolveUspsEventTime(timeFields(item), item.ownZone, null);
    if (!resolved || resolved.usedFallback) {
      deferred.push(index);
      return;
    }
    item.resolved = resolved;
    if (item.ownZone?.basis === 'location_zone') anchors[index] = item.ownZone.timeZone;
    else if (resolved.statedOffsetMinutes !== undefined) anchors[index] = zoneOfOffset(resolved.statedOffsetMinutes);
  });
  for (const index of deferred) {
    const item = prepared[index] as PreparedEvent;
    const fallback = fallbackZone(index, item, anchors, prepared, zones);
    item.resolved = resolveUspsEventTime(timeFields(item), null, fallback) ?? undefined;
    if (!item.resolved) {
      throw new CarrierResponseError(`${CARRIER_ID} sent an event whose time cannot be read`, {
        carrierId: CARRIER_ID,
        trackingNumbers: [trackingNumber],
        issues: [`trackingEvents.${item.rawIndex}.eventTimestamp: not a date-time`],
      });
    }
  }
}

function timeFields(item: PreparedEvent) {
  // Pre-shipment (MA) events come at exactly midnight: a date, not a time (reference §3.1).
  const dateOnly = item.code?.toUpperCase() === 'MA' && /T00:00(?::00(?:\.0+)?)?Z?$/i.test(item.raw.eventTimestamp?.trim() ?? '');
  return { eventTimestamp: item.raw.eventTimestamp, GMTTimestamp: item.raw.GMTTimestamp, GMTOffset: item.raw.GMTOffset, dateOnly };
}

function fallbackZone(
  index: number,
  item: PreparedEvent,
  anchors: readonly (string | undefined)[],
  prepared: readonly PreparedEvent[],
  zones: { originZone: UspsZone | null; destinationZone: UspsZone | null },
): UspsFallbackZone | null {
  const { originZone, destinationZone } = zones;
  if (item.code && PRE_ACCEPTANCE_CODES.has(item.code.toUpperCase()) && originZone) return { timeZone: originZone.timeZone, source: 'the origin address' };
  for (let distance = 1; distance < prepared.length; distance++) {
    for (const candidate of [index - distance, index + distance]) {
      const zone = anchors[candidate];
      if (zone !== undefined) return { timeZone: zone, source: `the nearest event with a known zone (${describe(prepared[candidate] as PreparedEvent)})` };
    }
  }
  if (originZone) return { timeZone: originZone.timeZone, source: 'the origin address' };
  if (destinationZone) return { timeZone: destinationZone.timeZone, source: 'the destination address' };
  return null;
}

/**
 * The newest event's code and text say nothing: USPS's `statusCategory` describes that same latest state when
 * `status` repeats the event's text (reference §5.3), so it gives the status. The unknown-code warning stays.
 */
function categoryFallback(mapping: UspsEventMapping, body: UspsTrackingDetails, text: string): UspsEventMapping {
  if (!body.statusCategory || body.status?.trim().toLowerCase() !== text.trim().toLowerCase()) return mapping;
  const category = USPS_STATUS_CATEGORIES.map(body.statusCategory.trim());
  if (!category.known || category.status === null) return mapping;
  return { status: category.status, subStatus: category.subStatus, basis: 'text', codeKnown: false };
}

/** The country an inbound item comes from: a foreign post's S10 suffix, a foreign origin, or `mailType` inbound. */
function inboundOriginCountry(body: UspsTrackingDetails, trackingNumber: string, origin: UspsPlace): string | undefined {
  const s10 = /^[A-Z]{2}\d{9}([A-Z]{2})$/.exec(trackingNumber)?.[1];
  if (s10 && s10 !== 'US') return s10;
  if (origin.isForeign && origin.location?.countryCode) return origin.location.countryCode;
  if (/INBOUND/i.test(body.mailType ?? '')) return origin.location?.countryCode !== 'US' ? origin.location?.countryCode : undefined;
  return undefined;
}

/** USPS's expected date first, then its predicted date, then a guaranteed date: all local dates at the destination. */
function estimatedDelivery(body: UspsTrackingDetails): EstimatedDelivery | null {
  for (const value of [body.expectedDeliveryTimeStamp, body.predictedDeliveryDate, body.guaranteedDeliveryTimeStamp]) {
    const date = /^(\d{4}-\d{2}-\d{2})(?:$|[T ])/.exec(value?.trim() ?? '')?.[1];
    if (date) return { from: date, to: date, precision: 'date' };
  }
  return null;
}

/** The name of whoever signed for the newest delivery, when USPS gives it. */
function signer(prepared: readonly PreparedEvent[], events: readonly ParsedEvent[]): string | null {
  for (let index = events.length - 1; index >= 0; index--) {
    if (events[index]?.status !== 'delivered') continue;
    return clean(prepared[index]?.raw.name) ?? null;
  }
  return null;
}

/** `serviceTypeCode` and `mailClass` without USPS's HTML (`Priority Mail<SUP>&reg;</SUP>` → `Priority Mail®`). */
function service(body: UspsTrackingDetails): ParsedTracking['service'] {
  const code = clean(body.serviceTypeCode);
  const name = body.mailClass === null || body.mailClass === undefined ? undefined : clean(decodeHtml(body.mailClass));
  if (!code && !name) return null;
  return { ...(code ? { code } : {}), ...(name ? { name } : {}) };
}

const NAMED_ENTITIES: Readonly<Record<string, string>> = { reg: '®', trade: '™', amp: '&', nbsp: ' ', quot: '"', apos: "'", lt: '<', gt: '>', copy: '©' };

function decodeHtml(text: string): string {
  return text
    .replace(/<[^>]{0,40}>/g, '')
    .replace(/&(#\d{1,6}|#x[0-9a-f]{1,5}|[a-z]{2,6});/gi, (entity, name: string) => {
      if (name.startsWith('#')) {
        const point = name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number.parseInt(name.slice(1), 10);
        return point > 0 && point <= 0x10ffff ? String.fromCodePoint(point) : entity;
      }
      return NAMED_ENTITIES[name.toLowerCase()] ?? entity;
    })
    .replace(/\s+/g, ' ');
}

function describe(item: PreparedEvent): string {
  const location = item.place.location;
  const where = location ? [location.facility ?? location.city, location.region, location.postalCode].filter(Boolean).join(' ') : '';
  return `${item.code ?? 'no code'}${where ? ` at ${where}` : ''}`;
}



function clean(value: string | null | undefined): string | undefined {
  const text = value?.trim();
  return text ? text : undefined;
}
