import {
  dedupeWarnings,
  compactNumberField,
  compactNumberFields,
  CarrierResponseError,
  carrierWarning,
  normalizeCountry,
  readJsonBody,
  unknownCodeWarning,
  validateRawBody,
  type BodyContext,
  type EstimatedDelivery,
  type Handoff,
  type Location,
  type ParsedEvent,
  type ParsedTracking,
  type TrackingWarning,
} from '../../src/adapter-kit/index.js';
import {
  FedexErrorBody,
  FedexTrackResponseBody,
  isPlainFedexErrorBody,
  isPlainFedexTrackResponseBody,
  type FedexAddress,
  type FedexAlert,
  type FedexCompleteTrackResult,
  type FedexScanEvent,
  type FedexTrackResult,
} from './fedex-api.js';
import { fedexTextLanguage } from './fedex-locale.js';
import { mapFedexEvent } from './fedex-map-event.js';
import { FEDEX_HANDOFF_EVENT_TYPES } from './fedex-status-map.js';
import { fedexAddressZone, readFedexInstant, resolveFedexScanTime, toFedexEstimate, type FedexAddressZone } from './fedex-time.js';
import { groundEconomyUspsNumber } from './fedex-tracking-number.js';

const CARRIER_ID = 'fedex';

/** What {@link parseFedexTracking} needs besides the body. */
export interface FedexParseContext {
  /** The numbers that were asked for: name results when the body does not. */
  trackingNumbers?: readonly string[] | undefined;
  /** The locale FedEx was asked for (`X-locale`); gives the language of FedEx's texts (else `null`). */
  locale?: string | undefined;
}

/** The output alert FedEx adds when some number of the batch has no data: it belongs to those numbers only (track-mixed-batch.json). */
const NOT_FOUND_ALERT = 'TRACKING.DATA.NOTFOUND';
/** `packageIdentifiers[].type` of a partner carrier's number. */
const PARTNER_CARRIER_NUMBER = 'PARTNER_CARRIER_NUMBER';

/**
 * Reads a FedEx Track API v1 body (the string as sent, or already parsed) into one {@link ParsedTracking} per
 * requested number. Pure and synchronous: no clock, network or environment.
 *
 * - every scan gives exactly one event (oldest first; FedEx lists newest first), mapped by `mapFedexEvent`,
 *   timed by `resolveFedexScanTime`;
 * - a number FedEx could not answer (`trackResults[].error`, e.g. `TRACKING.TRACKINGNUMBER.NOTFOUND`) gives
 *   `outcome: 'not_found'` with FedEx's error as a warning; the other numbers of the batch are unaffected;
 * - several shipments under one number (FedEx reuses numbers) give the one with the latest scan, with an
 *   `AMBIGUOUS_TRACKING_NUMBER` warning;
 * - Ground Economy (SmartPost) parcels name USPS and its number as a handoff;
 * - a body of another shape, or an error body, raises a `CarrierResponseError` naming the carrier and numbers.
 *
 * @example
 * const [parsed] = parseFedexTracking(body, { trackingNumbers: ['271936045812'], locale: 'en' });
 * parsed.outcome; // 'found'
 */
export function parseFedexTracking(raw: unknown, context: FedexParseContext = {}): ParsedTracking[] {
  const bodyContext: BodyContext = { carrierId: CARRIER_ID, trackingNumbers: context.trackingNumbers };
  const value = readJsonBody(raw, bodyContext);
  if (isErrorBody(value)) throw refusal(validateRawBody(FedexErrorBody, value, bodyContext, isPlainFedexErrorBody), context);
  const body = validateRawBody(FedexTrackResponseBody, value, bodyContext, isPlainFedexTrackResponseBody);
  const alerts = readAlerts(body.output.alerts);
  const shared: BatchContext = {
    requested: context.trackingNumbers,
    language: fedexTextLanguage(context.locale),
    alertWarnings: alerts.filter((alert) => alert.code !== NOT_FOUND_ALERT).map(toAlertWarning),
    notFoundWarnings: alerts.filter((alert) => alert.code === NOT_FOUND_ALERT).map(toAlertWarning),
  };
  const results = (body.output.completeTrackResults ?? []).map((entry, index) => parseCompleteResult(entry, index, shared));
  if (results.length > 0) return results;
  const numbers = compactNumberFields(context.trackingNumbers);
  if (numbers.length === 0) {
    throw new CarrierResponseError(`${CARRIER_ID} answered without any track result and without a tracking number to attach the answer to`, {
      carrierId: CARRIER_ID,
      issues: ['output.completeTrackResults: empty; pass trackingNumbers'],
    });
  }
  return numbers.map((trackingNumber) => notFound(trackingNumber, [...shared.notFoundWarnings, ...shared.alertWarnings]));
}

interface BatchContext {
  requested: readonly string[] | undefined;
  language: string | null;
  /** Output alerts that concern every number (`VIRTUAL.RESPONSE` in the sandbox, ...). */
  alertWarnings: TrackingWarning[];
  /** `TRACKING.DATA.NOTFOUND` alerts: only for the numbers that were not found. */
  notFoundWarnings: TrackingWarning[];
}

function isErrorBody(value: unknown): boolean {
  return typeof value === 'object' && value !== null && !('output' in value) && 'errors' in value;
}

/** Error bodies come with 4xx/5xx answers, which the HTTP layer raises; a stored one is not a tracking answer. */
function refusal(body: FedexErrorBody, context: FedexParseContext): CarrierResponseError {
  const first = body.errors[0];
  const code = text(first?.code) ?? '(no code)';
  return new CarrierResponseError(`${CARRIER_ID} sent an error body (${code}), not a tracking answer`, {
    carrierId: CARRIER_ID,
    trackingNumbers: context.trackingNumbers,
    issues: body.errors.map((error, index) => {
      const message = text(error.message);
      return `errors.${index}: ${text(error.code) ?? '(no code)'}${message ? ` ${message.slice(0, 120)}` : ''}`;
    }),
  });
}

/** `output.alerts` is an array of alerts, or in practice sometimes a string `"CODE -  message"` (reference §8.2; fixture track-not-found.json). */
function readAlerts(alerts: string | readonly FedexAlert[] | null | undefined): { code: string | undefined; message: string }[] {
  if (alerts === null || alerts === undefined) return [];
  if (typeof alerts === 'string') {
    const message = alerts.trim();
    if (message === '') return [];
    const code = /^([A-Z][A-Z0-9_.]*[A-Z0-9])\s+-/.exec(message)?.[1];
    return [{ code, message }];
  }
  return alerts
    .map((alert) => ({ code: text(alert.code), message: text(alert.message) ?? text(alert.code) ?? '' }))
    .filter((alert) => alert.message !== '');
}

function toAlertWarning(alert: { code: string | undefined; message: string }): TrackingWarning {
  return carrierWarning(alert.code, alert.message);
}

function parseCompleteResult(entry: FedexCompleteTrackResult, index: number, batch: BatchContext): ParsedTracking {
  const path = `output.completeTrackResults.${index}`;
  const trackResults = entry.trackResults ?? [];
  const trackingNumber =
    compactNumberField(entry.trackingNumber) ??
    compactNumberField(trackResults[0]?.trackingNumberInfo?.trackingNumber) ??
    compactNumberField(batch.requested?.[index]);
  if (!trackingNumber) {
    throw new CarrierResponseError(`${CARRIER_ID} sent a track result without a tracking number`, {
      carrierId: CARRIER_ID,
      trackingNumbers: batch.requested,
      issues: [`${path}.trackingNumber: missing`],
    });
  }

  // Per-number errors arrive inside the 200 answer (reference §4, §8.1): this number alone is not found
  // (fixture track-mixed-batch.json).
  const answered = trackResults.map((result, resultIndex) => ({ result, resultIndex })).filter(({ result }) => !isErrorOnly(result));
  if (answered.length === 0) {
    const errorWarnings = trackResults
      .map((result) => result.error)
      .filter((error) => error !== null && error !== undefined)
      .map((error) => carrierWarning(text(error.code), text(error.message) ?? text(error.code) ?? 'FedEx gave no details'));
    return notFound(trackingNumber, [...errorWarnings, ...batch.notFoundWarnings, ...batch.alertWarnings]);
  }

  const candidates = answered.map(({ result, resultIndex }) => ({
    result,
    parsed: parseTrackResult(result, trackingNumber, `${path}.trackResults.${resultIndex}`, batch),
  }));
  let chosen = candidates[0] as (typeof candidates)[number];
  for (const candidate of candidates.slice(1)) if (latestInstant(candidate.parsed) > latestInstant(chosen.parsed)) chosen = candidate;
  if (candidates.length > 1) {
    const uniqueId = text(chosen.result.trackingNumberInfo?.trackingNumberUniqueId);
    chosen.parsed.warnings = [
      {
        code: 'AMBIGUOUS_TRACKING_NUMBER',
        message: `${CARRIER_ID} knows ${candidates.length} shipments under ${trackingNumber}; this result shows the one with the latest scan${uniqueId ? ` (${uniqueId})` : ''}. Ask with a ship-date range to see another.`,
      },
      ...(chosen.parsed.warnings ?? []),
    ];
  }
  return chosen.parsed;
}

function isErrorOnly(result: FedexTrackResult): boolean {
  const hasError = text(result.error?.code) !== undefined || text(result.error?.message) !== undefined;
  return hasError && (result.scanEvents ?? []).length === 0;
}

function notFound(trackingNumber: string, warnings: TrackingWarning[]): ParsedTracking {
  return { trackingNumber, outcome: 'not_found', events: [], warnings: dedupeWarnings(warnings) };
}

function latestInstant(parsed: ParsedTracking): number {
  let latest = Number.NEGATIVE_INFINITY;
  for (const event of parsed.events) latest = Math.max(latest, Date.parse(event.time.occurredAt));
  return latest;
}

function parseTrackResult(result: FedexTrackResult, trackingNumber: string, path: string, batch: BatchContext): ParsedTracking {
  const warnings: TrackingWarning[] = [];
  if (result.error && (text(result.error.code) || text(result.error.message))) {
    warnings.push(carrierWarning(text(result.error.code), text(result.error.message) ?? text(result.error.code) ?? ''));
  }
  const origin = toLocation(result.shipperInformation?.address) ?? toLocation(result.originLocation?.locationContactAndAddress?.address);
  const destination =
    toLocation(result.recipientInformation?.address) ?? toLocation(result.destinationLocation?.locationContactAndAddress?.address);
  const destinationZone = fedexAddressZone('destination', destination);
  const addressZones = [destinationZone, fedexAddressZone('origin', origin)].filter((zone): zone is FedexAddressZone => zone !== undefined);
  const partner = partnerHandoff(result, trackingNumber);

  const scans = result.scanEvents ?? [];
  const events: ParsedEvent[] = [];
  const handoffs: Handoff[] = [];
  // FedEx lists scans newest first; events go oldest first so that same-instant events keep their order.
  for (let index = scans.length - 1; index >= 0; index--) {
    const scan = scans[index] as FedexScanEvent;
    const { event, eventWarnings } = parseScan(scan, { trackingNumber, language: batch.language, addressZones, path: `${path}.scanEvents.${index}` });
    const handoffPartner = FEDEX_HANDOFF_EVENT_TYPES[text(scan.eventType)?.toUpperCase() ?? ''];
    if (handoffPartner && !handoffs.some((handoff) => handoff.carrier === handoffPartner.carrier)) {
      const partnerNumber = partner?.carrier === handoffPartner.carrier ? partner.trackingNumber : null;
      event.handoff = { ...handoffPartner, trackingNumber: partnerNumber };
      handoffs.push(event.handoff);
    }
    events.push(event);
    warnings.push(...eventWarnings);
  }
  if (partner && !handoffs.some((handoff) => handoff.carrier === partner.carrier && handoff.trackingNumber === partner.trackingNumber)) {
    handoffs.push(partner);
  }

  for (const note of result.informationNotes ?? []) {
    const code = text(note.code);
    const description = text(note.description) ?? code;
    if (description) warnings.push(carrierWarning(code, description));
  }
  warnings.push(...batch.alertWarnings);

  const delivered = events.some((event) => event.status === 'delivered');
  return {
    trackingNumber,
    outcome: 'found',
    events,
    estimatedDelivery: delivered ? null : estimatedDelivery(result, destinationZone),
    deliveredAt: readFedexInstant(dateAndTime(result, 'ACTUAL_DELIVERY')),
    signedBy: text(result.deliveryDetails?.signedByName) ?? text(result.deliveryDetails?.receivedByName) ?? null,
    origin,
    destination,
    service: service(result),
    handoffs: dedupeHandoffs(handoffs),
    warnings: dedupeWarnings(warnings),
  };
}

interface ScanContext {
  trackingNumber: string;
  language: string | null;
  addressZones: readonly FedexAddressZone[];
  path: string;
}

function parseScan(scan: FedexScanEvent, context: ScanContext): { event: ParsedEvent; eventWarnings: TrackingWarning[] } {
  const eventType = text(scan.eventType);
  const derivedStatusCode = text(scan.derivedStatusCode);
  const exceptionCode = text(scan.exceptionCode);
  const eventDescription = text(scan.eventDescription) ?? text(scan.derivedStatus);
  const exceptionDescription = text(scan.exceptionDescription);
  const mapping = mapFedexEvent({
    eventType,
    derivedStatusCode,
    exceptionCode,
    delayType: text(scan.delayDetail?.type),
    texts: [eventDescription, exceptionDescription],
  });
  const location = scanLocation(scan);
  const resolved = resolveFedexScanTime(String(scan.date), location, context.addressZones);
  if (!resolved) {
    throw new CarrierResponseError(`${CARRIER_ID} sent a scan whose date is not a real date`, {
      carrierId: CARRIER_ID,
      trackingNumbers: [context.trackingNumber],
      issues: [`${context.path}.date: not a FedEx date-time`],
    });
  }

  // One code keeps both of FedEx's: the event type, and the exception code after a colon (`DE:08`).
  const baseCode = eventType ?? derivedStatusCode;
  const code = baseCode && exceptionCode ? `${baseCode}:${exceptionCode}` : (baseCode ?? exceptionCode ?? null);
  const description =
    eventDescription && exceptionDescription && exceptionDescription !== eventDescription
      ? `${eventDescription}: ${exceptionDescription}`
      : (eventDescription ?? exceptionDescription ?? '');

  const eventWarnings = [...resolved.warnings];
  if (!mapping.codeKnown) eventWarnings.push(unknownCodeWarning(CARRIER_ID, eventType ?? derivedStatusCode ?? '(none)', description));
  return {
    event: {
      status: mapping.status,
      subStatus: mapping.subStatus,
      time: resolved.time,
      location,
      carrierStatus: { code, description, language: context.language },
    },
    eventWarnings,
  };
}

function scanLocation(scan: FedexScanEvent): Location | null {
  const location = toLocation(scan.scanLocation);
  const facility = text(scan.locationId);
  if (!facility) return location;
  return { ...location, facility };
}

function toLocation(address: FedexAddress | null | undefined): Location | null {
  if (!address) return null;
  const location: Location = {};
  const city = text(address.city);
  const region = text(address.stateOrProvinceCode);
  const postalCode = text(address.postalCode);
  const country = text(address.countryCode) ?? text(address.countryName);
  const countryCode = country === undefined ? undefined : (normalizeCountry(country) ?? undefined);
  if (city) location.city = city;
  if (region) location.region = region;
  if (postalCode) location.postalCode = postalCode;
  if (countryCode) location.countryCode = countryCode;
  return Object.keys(location).length > 0 ? location : null;
}

/**
 * The partner carrier that delivers: USPS for Ground Economy (SmartPost) parcels, with the number USPS knows
 * them by (a `PARTNER_CARRIER_NUMBER` identifier, else the IMpb form of the FedEx number itself; fixture
 * track-ground-economy-usps.json); an unnamed partner for a `PARTNER_CARRIER_NUMBER` on any other service.
 */
function partnerHandoff(result: FedexTrackResult, trackingNumber: string): Handoff | null {
  const partnerNumbers = (result.additionalTrackingInfo?.packageIdentifiers ?? [])
    .filter((identifier) => text(identifier.type)?.toUpperCase() === PARTNER_CARRIER_NUMBER)
    .flatMap((identifier) => [...(identifier.values ?? []), ...(Array.isArray(identifier.value) ? identifier.value : identifier.value ? [identifier.value] : [])])
    .map(compactNumberField)
    .filter((number): number is string => number !== undefined);
  const impbNumber = groundEconomyUspsNumber(trackingNumber);
  const serviceType = text(result.serviceDetail?.type)?.toUpperCase();
  const carrierCode = text(result.trackingNumberInfo?.carrierCode)?.toUpperCase();
  // The spec's enum spells the last value `USPS_DELIVERING"`: compare without quotes.
  const commitType = text(result.serviceCommitMessage?.type)?.replace(/"/g, '').toUpperCase();
  const groundEconomy = serviceType === 'SMART_POST' || carrierCode === 'FXSP' || commitType?.startsWith('USPS_') === true || impbNumber !== null;
  if (groundEconomy) {
    const uspsNumber = partnerNumbers[0] ?? impbNumber;
    return uspsNumber ? { carrier: 'usps', carrierName: 'USPS', trackingNumber: uspsNumber } : null;
  }
  const partnerNumber = partnerNumbers[0];
  return partnerNumber ? { carrier: null, trackingNumber: partnerNumber } : null;
}

/**
 * The estimate, in FedEx's order of trust (reference §3 "Estimated delivery"): the estimated window, then the
 * `ESTIMATED_DELIVERY` date, then the service's standard transit window or `COMMITMENT` date (a promise, not a
 * prediction).
 */
function estimatedDelivery(result: FedexTrackResult, destination: FedexAddressZone | undefined): EstimatedDelivery | null {
  const window = result.estimatedDeliveryTimeWindow?.window;
  const estimated = dateAndTime(result, 'ESTIMATED_DELIVERY');
  const standardEnd = text(result.standardTransitTimeWindow?.window?.ends);
  const commitment = dateAndTime(result, 'COMMITMENT');
  return (
    toFedexEstimate(text(window?.begins), text(window?.ends), destination) ??
    toFedexEstimate(estimated, estimated, destination) ??
    toFedexEstimate(standardEnd, standardEnd, destination) ??
    toFedexEstimate(commitment, commitment, destination)
  );
}

function dateAndTime(result: FedexTrackResult, type: string): string | undefined {
  return (result.dateAndTimes ?? []).map((entry) => (text(entry.type)?.toUpperCase() === type ? text(entry.dateTime) : undefined)).find((value) => value !== undefined);
}

function service(result: FedexTrackResult): ParsedTracking['service'] {
  const code = text(result.serviceDetail?.type);
  const name = text(result.serviceDetail?.description);
  if (!code && !name) return null;
  return { ...(code ? { code } : {}), ...(name ? { name } : {}) };
}

function dedupeHandoffs(handoffs: readonly Handoff[]): Handoff[] {
  const seen = new Set<string>();
  return handoffs.filter((handoff) => {
    const key = `${handoff.carrier ?? handoff.carrierName ?? ''}\u001f${handoff.trackingNumber ?? ''}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}



/** A scalar FedEx sent, as trimmed text; `undefined` for absent or empty values (FedEx sends many `""`). */
function text(value: string | number | null | undefined): string | undefined {
  if (value === null || value === undefined) return undefined;
  const trimmed = String(value).trim();
  return trimmed ? trimmed : undefined;
}
