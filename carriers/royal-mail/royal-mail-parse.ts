import {
  dedupeWarnings,
  CarrierAuthError,
  CarrierHttpError,
  CarrierResponseError,
  RateLimitedError,
  assumedZoneWarning,
  carrierWarning,
  normalizeCountry,
  readJsonBody,
  toInstant,
  unknownCodeWarning,
  validateRawBody,
  type BodyContext,
  type EstimatedDelivery,
  type Handoff,
  type Location,
  type ParsedEvent,
  type ParsedTracking,
  type ResolvedTime,
  type TrackingWarning,
} from '../../src/adapter-kit/index.js';
import { findCarrierIdByName } from '../../src/adapter-kit/index.js';
import {
  isPlainRoyalMailErrorBody,
  isPlainRoyalMailEventsBody,
  isPlainRoyalMailSummaryBody,
  RoyalMailErrorBody,
  RoyalMailEventsBody,
  RoyalMailSummaryBody,
  type RoyalMailError,
  type RoyalMailEvent,
  type RoyalMailEventsMailPiece,
  type RoyalMailSummary,
  type RoyalMailSummaryMailPiece,
} from './royal-mail-api.js';
import { ROYAL_MAIL_EXPORT_CODES, mapRoyalMailCode } from './royal-mail-status-map.js';

const CARRIER_ID = 'royal-mail';
const UK = 'GB';
const UK_ZONE = 'Europe/London';

/** Royal Mail's `errorCode`s (reference §4) and what each means for a tracking answer. */
const NOT_FOUND_CODES: ReadonlySet<string> = new Set(['E1142']);
/** "Tracking not supported", "delivery update not available", "update not available": no data for the item. */
const NO_DATA_CODES: ReadonlySet<string> = new Set(['E1283', 'E1284', 'E1308']);
const AUTH_CODES: ReadonlySet<string> = new Set(['E0016', 'E0015']);
const RATE_LIMIT_CODES: ReadonlySet<string> = new Set(['E0010']);
const TRANSIENT_CODES: ReadonlySet<string> = new Set(['E0001', 'E0009', 'E1307']);
/** The spec's E1142 text names the barcode: "Barcode reference {mailPieceId} isn't recognised". */
const BARCODE_IN_TEXT = /barcode reference\s+([A-Za-z0-9]{8,40})\b/i;

/**
 * Reads a Royal Mail Tracking API v2 body (the JSON string as sent, or already parsed) into
 * {@link ParsedTracking}s. Pure and synchronous.
 *
 * - events answer (`mailPieces` object): one result; every event gives exactly one event, its instant
 *   taken with the offset Royal Mail sent (`carrier_offset`);
 * - summary answer (`mailPieces` array, at most 30 items): one result per item, with its last event;
 * - error answer: `E1142` (barcode not recognised) and the "no data" codes give `outcome: 'not_found'`;
 *   `E0016` and 401 bodies raise `CarrierAuthError`, `E0010` and 429 bodies `RateLimitedError`, `E0001`,
 *   `E0009`, `E1307` and 5xx bodies a retryable `CarrierHttpError`; anything else `CarrierResponseError`.
 *
 * @example
 * const [parsed] = parseRoyalMailTracking(body);
 * parsed.events.at(-1)?.carrierStatus.code; // 'EVKSP'
 */
export function parseRoyalMailTracking(raw: unknown, context: { trackingNumbers?: readonly string[] | undefined } = {}): ParsedTracking[] {
  const bodyContext: BodyContext = { carrierId: CARRIER_ID, trackingNumbers: context.trackingNumbers };
  const value = readJsonBody(raw, bodyContext);
  const mailPieces = typeof value === 'object' && value !== null ? (value as Record<string, unknown>).mailPieces : undefined;
  if (Array.isArray(mailPieces)) {
    return validateRawBody(RoyalMailSummaryBody, value, bodyContext, isPlainRoyalMailSummaryBody).mailPieces.map((piece, index) => parseSummaryPiece(piece, index, bodyContext));
  }
  if (typeof mailPieces === 'object' && mailPieces !== null) {
    return [parseEvents(validateRawBody(RoyalMailEventsBody, value, bodyContext, isPlainRoyalMailEventsBody))];
  }
  return parseErrorBody(validateRawBody(RoyalMailErrorBody, value, bodyContext, isPlainRoyalMailErrorBody), bodyContext);
}

function parseErrorBody(body: RoyalMailErrorBody, context: BodyContext): ParsedTracking[] {
  const errors = body.errors ?? [];
  const codes = errors.map((error) => text(error.errorCode)?.toUpperCase()).filter((code): code is string => code !== undefined);
  const httpCode = Number(text(body.httpCode) ?? Number.NaN);
  const said = describeErrors(body, errors);
  const base = { carrierId: CARRIER_ID, trackingNumbers: context.trackingNumbers };
  if (codes.length > 0 && codes.every((code) => NOT_FOUND_CODES.has(code) || NO_DATA_CODES.has(code))) {
    return notFound(errors, context);
  }
  if (codes.some((code) => RATE_LIMIT_CODES.has(code)) || httpCode === 429) {
    throw new RateLimitedError(`${CARRIER_ID} rate limit of the plan was exceeded (${said})`, base);
  }
  if (codes.some((code) => AUTH_CODES.has(code)) || httpCode === 401 || httpCode === 403) {
    throw new CarrierAuthError(`${CARRIER_ID} refused the client id or secret (${said})`, { ...base, ...(Number.isFinite(httpCode) ? { statusCode: httpCode } : {}) });
  }
  if (codes.some((code) => TRANSIENT_CODES.has(code)) || httpCode >= 500) {
    const firstCode = codes[0];
    throw new CarrierHttpError(`${CARRIER_ID} is unavailable or failed (${said})`, {
      ...base,
      statusCode: Number.isFinite(httpCode) ? httpCode : 503,
      isRetryable: true,
      ...(firstCode ? { carrierCode: firstCode } : {}),
    });
  }
  throw new CarrierResponseError(`${CARRIER_ID} answered with an error instead of tracking (${said})`, {
    ...base,
    issues: codes.length > 0 ? codes.slice(0, 10).map((code, index) => `errors.${index}.errorCode: ${code}`) : [`httpCode: ${text(body.httpCode) ?? '(none)'}`],
  });
}

function describeErrors(body: RoyalMailErrorBody, errors: readonly RoyalMailError[]): string {
  const parts = errors.map((error) => [text(error.errorCode), text(error.errorDescription)].filter(Boolean).join(' '));
  const information = text(body.moreInformation) ?? text(body.moreinformation);
  if (parts.length === 0) parts.push([text(body.httpCode), text(body.httpMessage), information].filter(Boolean).join(' '));
  return parts.join('; ').slice(0, 240) || 'no detail';
}

/** Not found: the numbers asked for, else the barcode the error text names. */
function notFound(errors: readonly RoyalMailError[], context: BodyContext): ParsedTracking[] {
  const warnings = errors.map((error) => carrierWarning(text(error.errorCode), [text(error.errorDescription), text(error.errorCause)].filter(Boolean).join(': ')));
  let numbers = (context.trackingNumbers ?? []).map(normalizeNumber).filter((number): number is string => number !== undefined);
  if (numbers.length === 0) {
    numbers = errors
      .map((error) => BARCODE_IN_TEXT.exec(error.errorDescription ?? '')?.[1])
      .map(normalizeNumber)
      .filter((number): number is string => number !== undefined);
  }
  if (numbers.length === 0) {
    throw new CarrierResponseError(`${CARRIER_ID} answered "not found" without a number to attach it to`, {
      carrierId: CARRIER_ID,
      issues: ['errors: the error body names no barcode; pass trackingNumbers'],
    });
  }
  return [...new Set(numbers)].map((trackingNumber) => ({ trackingNumber, outcome: 'not_found', events: [], warnings: [...warnings] }));
}

function parseEvents(body: RoyalMailEventsBody): ParsedTracking {
  const piece = body.mailPieces;
  const trackingNumber = pieceNumber(piece.mailPieceId, 'mailPieces.mailPieceId');
  const summary = piece.summary ?? undefined;
  const origin = country(summary?.originCountryCode, summary?.originCountryName);
  const destination = country(summary?.destinationCountryCode, summary?.destinationCountryName);
  const outbound = destination !== undefined && destination !== UK;
  const partner = outbound ? partnerHandoff(summary) : undefined;
  const warnings: TrackingWarning[] = (body.integrationFooter?.errors ?? []).map((error) => carrierWarning(text(error.errorCode), text(error.errorDescription) ?? ''));

  // Royal Mail does not promise an order (reference §8.3): read the events oldest first, the array order
  // breaking ties, so "after it left the UK" can be decided and same-instant events stay in sent order.
  const rawEvents = piece.events ?? [];
  const timed = rawEvents.map((event, index) => {
    const time = eventTime(event, `mailPieces.events.${index}`, trackingNumber, warnings);
    return { event, index, time, at: Date.parse(time.occurredAt) };
  });
  timed.sort((left, right) => left.at - right.at || left.index - right.index);

  const events: ParsedEvent[] = [];
  let abroad = false;
  let handoffPlaced = false;
  for (const { event, time } of timed) {
    const code = text(event.eventCode)?.toUpperCase();
    const parsed = toEvent(event, time, abroad && destination ? destination : UK, warnings);
    if (code !== undefined && ROYAL_MAIL_EXPORT_CODES.has(code) && outbound) {
      abroad = true;
      if (partner && !handoffPlaced) {
        parsed.handoff = partner;
        handoffPlaced = true;
      }
    }
    events.push(parsed);
  }

  return {
    trackingNumber,
    outcome: 'found',
    events,
    estimatedDelivery: estimatedDelivery(piece, warnings),
    signedBy: text(piece.signature?.recipientName) ?? null,
    origin: origin ? { countryCode: origin } : null,
    destination: destination ? { countryCode: destination } : null,
    service: service(summary),
    handoffs: partner ? [partner] : [],
    warnings: dedupeWarnings(warnings),
  };
}

/** A summary answer item: its status, and its last event as the one event Royal Mail gives there. */
function parseSummaryPiece(piece: RoyalMailSummaryMailPiece, index: number, context: BodyContext): ParsedTracking {
  const trackingNumber = pieceNumber(piece.mailPieceId, `mailPieces.${index}.mailPieceId`, context);
  const error = piece.error ?? undefined;
  const status = text(piece.status);
  if (error && text(error.errorCode)) {
    const code = (text(error.errorCode) as string).toUpperCase();
    if (NOT_FOUND_CODES.has(code) || NO_DATA_CODES.has(code) || status === '404') {
      return { trackingNumber, outcome: 'not_found', events: [], warnings: [carrierWarning(code, text(error.errorDescription) ?? '')] };
    }
    throw new CarrierResponseError(`${CARRIER_ID} answered an error for ${trackingNumber} in a summary (${code})`, {
      carrierId: CARRIER_ID,
      trackingNumbers: context.trackingNumbers ?? [trackingNumber],
      issues: [`mailPieces.${index}.error.errorCode: ${code}`],
    });
  }
  const summary = piece.summary ?? undefined;
  const warnings: TrackingWarning[] = [];
  const events: ParsedEvent[] = [];
  const last = text(summary?.lastEventDateTime);
  if (summary && last) {
    const event: RoyalMailEvent = { eventCode: summary.lastEventCode, eventName: summary.lastEventName, eventDateTime: last, locationName: summary.lastEventLocationName };
    events.push(toEvent(event, eventTime(event, `mailPieces.${index}.summary.lastEventDateTime`, trackingNumber, warnings), UK, warnings));
  }
  const origin = country(summary?.originCountryCode, summary?.originCountryName);
  const destination = country(summary?.destinationCountryCode, summary?.destinationCountryName);
  return {
    trackingNumber,
    outcome: 'found',
    events,
    origin: origin ? { countryCode: origin } : null,
    destination: destination ? { countryCode: destination } : null,
    service: service(summary),
    warnings: dedupeWarnings(warnings),
  };
}

function toEvent(event: RoyalMailEvent, time: ResolvedTime, countryCode: string, warnings: TrackingWarning[]): ParsedEvent {
  const rawCode = text(event.eventCode);
  const description = event.eventName?.trim() ?? '';
  const mapped = mapRoyalMailCode(rawCode);
  if (!mapped.known) warnings.push(unknownCodeWarning(CARRIER_ID, rawCode ?? '(none)', description));
  // No country in the answer: a UK site unless the item had left the UK for abroad (reference §3.2, §6).
  const location: Location = { countryCode };
  const site = text(event.locationName);
  if (site) location.facility = site;
  return {
    status: mapped.known ? mapped.status : 'unknown',
    subStatus: mapped.known ? mapped.subStatus : 'unknown',
    time,
    location,
    carrierStatus: { code: rawCode ?? null, description, language: 'en-GB' },
  };
}

/**
 * The instant as sent (`carrier_offset`): Royal Mail writes offsets (`+01:00`, `Z`, and `+0100` in some
 * answers). A time without an offset (never documented) is read as UK time, assumed, with a warning.
 */
function eventTime(event: RoyalMailEvent, path: string, trackingNumber: string, warnings: TrackingWarning[]): ResolvedTime {
  const value = event.eventDateTime.trim();
  const withOffset = toInstant({ instant: value });
  if (withOffset) return withOffset;
  const wall = toInstant({ date: value, timeZone: UK_ZONE, basis: 'assumed_zone' });
  if (wall && !/[zZ]|[+-]\d{2}:?\d{2}$/.test(value)) {
    warnings.push(assumedZoneWarning(UK_ZONE, 'Royal Mail sent a time without an offset; read as UK time'));
    return wall;
  }
  throw new CarrierResponseError(`${CARRIER_ID} sent an event whose time is not a real ISO 8601 date-time`, {
    carrierId: CARRIER_ID,
    trackingNumbers: [trackingNumber],
    issues: [`${path}.eventDateTime: not an ISO 8601 date-time`],
  });
}

/** `date` plus the window's `hh:mm:ss±hh:mm` ends; ends without an offset are UK time, assumed. */
function estimatedDelivery(piece: RoyalMailEventsMailPiece, warnings: TrackingWarning[]): EstimatedDelivery | null {
  const date = text(piece.estimatedDelivery?.date);
  if (!date || !/^\d{4}-\d{2}-\d{2}$/.test(date) || toInstant({ date, timeZone: UK_ZONE }) === null) return null;
  const start = text(piece.estimatedDelivery?.startOfEstimatedWindow);
  const end = text(piece.estimatedDelivery?.endOfEstimatedWindow);
  const dateOnly: EstimatedDelivery = { from: date, to: date, precision: 'date' };
  if (!start || !end) return dateOnly;
  const from = windowEnd(date, start);
  const to = windowEnd(date, end);
  if (!from || !to) return dateOnly;
  if (from.timeBasis === 'assumed_zone' || to.timeBasis === 'assumed_zone') {
    warnings.push(assumedZoneWarning(UK_ZONE, 'the estimated delivery window has no offset; read as UK time'));
  }
  return { from: from.localTime, to: to.localTime, precision: 'datetime' };
}

function windowEnd(date: string, time: string): ResolvedTime | null {
  return toInstant({ instant: `${date}T${time}` }) ?? toInstant({ date, time, timeZone: UK_ZONE, basis: 'assumed_zone' });
}

/** The operator that delivers abroad, named in `internationalPostalProvider`, continuing under the same number. */
function partnerHandoff(summary: RoyalMailSummary | undefined): Handoff | undefined {
  const title = text(summary?.internationalPostalProvider?.title);
  if (!title) return undefined;
  const carrier = findCarrierIdByName(title) ?? (/^royal mail\b/i.test(title) ? CARRIER_ID : null);
  if (carrier === CARRIER_ID) return undefined;
  return { carrier, carrierName: title, trackingNumber: null };
}

function country(code: string | null | undefined, name: string | null | undefined): string | undefined {
  return normalizeCountry(text(code) ?? '') ?? normalizeCountry(text(name) ?? '') ?? undefined;
}

function service(summary: RoyalMailSummary | undefined): ParsedTracking['service'] {
  const code = text(summary?.productId);
  const name = text(summary?.productName);
  if (!code && !name) return null;
  return { ...(code ? { code } : {}), ...(name ? { name } : {}) };
}

/**
 * The number of a mail piece. An id with no letter or digit (empty, punctuation, other scripts) names nothing: the
 * body is refused rather than answered for an undefined number (fixtures/royal-mail/regression-*, test/reliability).
 */
function pieceNumber(mailPieceId: string, path: string, context?: BodyContext): string {
  const number = normalizeNumber(mailPieceId);
  if (number !== undefined) return number;
  throw new CarrierResponseError(`${CARRIER_ID} sent a mail piece without a usable id`, {
    carrierId: CARRIER_ID,
    trackingNumbers: context?.trackingNumbers,
    issues: [`${path}: no letter or digit`],
  });
}

function normalizeNumber(value: string | null | undefined): string | undefined {
  const number = value?.replace(/[^A-Za-z0-9]/g, '').toUpperCase();
  return number ? number : undefined;
}

function text(value: string | null | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}

