import {
  dedupeWarnings,
  compactNumberField,
  compactNumberFields,
  CarrierResponseError,
  carrierWarning,
  readJsonBody,
  unknownCodeWarning,
  validateRawBody,
  type AmountDue,
  type BodyContext,
  type EstimatedDelivery,
  type Handoff,
  type Location,
  type ParsedEvent,
  type ParsedTracking,
  type TrackingWarning,
} from '../../src/adapter-kit/index.js';
import { normalizeCountry } from '../../src/adapter-kit/index.js';
import { toInstant } from '../../src/adapter-kit/index.js';
import {
  isPlainUpsErrorBody,
  isPlainUpsTrackResponseBody,
  UpsErrorBody,
  UpsTrackResponseBody,
  type UpsActivity,
  type UpsAddress,
  type UpsPackage,
  type UpsShipment,
} from './ups-api.js';
import { resolveUpsTextLanguage } from './ups-locale.js';
import { mapUpsActivity } from './ups-map-activity.js';
import { UPS_USPS_HANDOFF_CODES } from './ups-status-map.js';
import { resolveUpsActivityTime, resolveUpsAddressZone, type UpsAddressZone } from './ups-time.js';
import { isUpsMailInnovationsPackage } from './ups-tracking-number.js';

const CARRIER_ID = 'ups';

/** What {@link parseUpsTracking} needs besides the body. */
export interface UpsParseContext {
  /** The numbers that were asked for: names a not-found result when the body does not (404 bodies). */
  trackingNumbers?: readonly string[] | undefined;
  /** The locale UPS was asked for; gives the language of UPS's texts (default `en`). */
  locale?: string | undefined;
}

/**
 * Error codes that refuse the request itself (credentials, quota) rather than say anything about the
 * number. Such a body never reaches the parser through `fetchTracking` (the HTTP layer raises them); a
 * stored one is not a tracking answer.
 */
const REFUSAL_CODES: ReadonlySet<string> = new Set(['250002', '250003', '10429']);

/** The USPS Package Identification Code UPS gives for SurePost / Ground Saver and Mail Innovations. */
const USPS_PIC = 'USPS_PIC';

/**
 * Reads a UPS Track API v1 body (the string as sent, or already parsed) into one {@link ParsedTracking} per
 * package. Pure and synchronous: no clock, network or environment.
 *
 * - every activity gives exactly one event (oldest first; UPS lists newest first), mapped by
 *   `mapUpsActivity`, timed by `resolveUpsActivityTime`;
 * - a shipment without packages (warning `TW0001`) and a 404 error body give `outcome: 'not_found'`;
 * - a body of another shape raises a `CarrierResponseError` naming the carrier and numbers.
 *
 * @example
 * const [parsed] = parseUpsTracking(body, { trackingNumbers: ['1Z4V8E210344192703'], locale: 'en' });
 * parsed.outcome; // 'found'
 */
export function parseUpsTracking(raw: unknown, context: UpsParseContext = {}): ParsedTracking[] {
  const bodyContext: BodyContext = { carrierId: CARRIER_ID, trackingNumbers: context.trackingNumbers };
  const value = readJsonBody(raw, bodyContext);
  if (isErrorBody(value)) return parseErrorBody(validateRawBody(UpsErrorBody, value, bodyContext, isPlainUpsErrorBody), context);
  const body = validateRawBody(UpsTrackResponseBody, value, bodyContext, isPlainUpsTrackResponseBody);
  const language = resolveUpsTextLanguage(context.locale);
  const results = body.trackResponse.shipment.flatMap((shipment, index) => parseShipment(shipment, index, context, language));
  if (results.length > 0) return results;
  return toNotFound(context, [], 'the body lists no shipment');
}

function isErrorBody(value: unknown): boolean {
  return typeof value === 'object' && value !== null && !('trackResponse' in value) && 'response' in value;
}

/** A 404 body: UPS has no record of the number (an outcome, not an error). */
function parseErrorBody(body: UpsErrorBody, context: UpsParseContext): ParsedTracking[] {
  const errors = body.response.errors;
  const refusal = errors.find((error) => error.code && REFUSAL_CODES.has(error.code.trim()));
  if (refusal) {
    throw new CarrierResponseError(`${CARRIER_ID} sent an error body that refuses the request (${refusal.code}), not a tracking answer`, {
      carrierId: CARRIER_ID,
      trackingNumbers: context.trackingNumbers,
      issues: [`response.errors: ${refusal.code}${refusal.message ? ` ${refusal.message.slice(0, 120)}` : ''}`],
    });
  }
  const warnings = errors.map((error) => carrierWarning(readText(error.code), readText(error.message) ?? ''));
  return toNotFound(context, warnings, 'the error body names no tracking number');
}

function toNotFound(context: UpsParseContext, warnings: TrackingWarning[], reason: string): ParsedTracking[] {
  const numbers = compactNumberFields(context.trackingNumbers);
  if (numbers.length === 0) {
    throw new CarrierResponseError(`${CARRIER_ID} answered without a tracking number to attach the answer to`, {
      carrierId: CARRIER_ID,
      issues: [`${reason}; pass trackingNumbers`],
    });
  }
  return numbers.map((trackingNumber) => ({ trackingNumber, outcome: 'not_found', events: [], warnings: [...warnings] }));
}

function parseShipment(shipment: UpsShipment, shipmentIndex: number, context: UpsParseContext, language: string): ParsedTracking[] {
  const warnings = (shipment.warnings ?? []).map((warning) => carrierWarning(readText(warning.code), readText(warning.message) ?? ''));
  const inquiryNumber = compactNumberField(shipment.inquiryNumber) ?? compactNumberField(context.trackingNumbers?.[shipmentIndex]);
  const packages = shipment.package ?? [];
  if (packages.length === 0) {
    // "Not found" is HTTP 200 with warning TW0001 and no package (fixture track-not-found.json).
    if (!inquiryNumber) return toNotFound(context, warnings, `shipment ${shipmentIndex} has no inquiryNumber`);
    return [{ trackingNumber: inquiryNumber, outcome: 'not_found', events: [], warnings }];
  }
  return packages.map((upsPackage, packageIndex) => {
    const trackingNumber = compactNumberField(upsPackage.trackingNumber) ?? inquiryNumber;
    if (!trackingNumber) {
      throw new CarrierResponseError(`${CARRIER_ID} sent a package without a tracking number`, {
        carrierId: CARRIER_ID,
        trackingNumbers: context.trackingNumbers,
        issues: [`trackResponse.shipment.${shipmentIndex}.package.${packageIndex}.trackingNumber: missing`],
      });
    }
    return parsePackage(upsPackage, { trackingNumber, language, warnings, path: `trackResponse.shipment.${shipmentIndex}.package.${packageIndex}` });
  });
}

interface PackageContext {
  trackingNumber: string;
  language: string;
  /** Shipment-level carrier warnings, repeated on every package. */
  warnings: TrackingWarning[];
  path: string;
}

function parsePackage(upsPackage: UpsPackage, context: PackageContext): ParsedTracking {
  const { trackingNumber } = context;
  const warnings: TrackingWarning[] = [...context.warnings];
  const origin = readPackageAddress(upsPackage, 'ORIGIN');
  const destination = readPackageAddress(upsPackage, 'DESTINATION');
  const addressZones = [resolveUpsAddressZone('destination', destination), resolveUpsAddressZone('origin', origin)].filter(
    (zone): zone is UpsAddressZone => zone !== undefined,
  );
  const uspsNumbers = readUspsNumbers(upsPackage);
  const mailInnovations = isUpsMailInnovationsPackage(trackingNumber, uspsNumbers.length > 0);

  const activities = upsPackage.activity ?? [];
  const events: ParsedEvent[] = [];
  let handoffPlaced = false;
  // UPS lists activities newest first; events go oldest first so that same-instant events keep their order.
  for (let index = activities.length - 1; index >= 0; index--) {
    const activity = activities[index] as UpsActivity;
    const { event, eventWarnings, handsOverToUsps } = parseActivity(activity, {
      trackingNumber,
      language: context.language,
      addressZones,
      mailInnovations,
      path: `${context.path}.activity.${index}`,
    });
    const firstUspsNumber = uspsNumbers[0];
    if (handsOverToUsps && !handoffPlaced && firstUspsNumber !== undefined) {
      event.handoff = toUspsHandoff(firstUspsNumber, trackingNumber);
      handoffPlaced = true;
    }
    events.push(event);
    warnings.push(...eventWarnings);
  }

  return {
    trackingNumber,
    outcome: 'found',
    events,
    estimatedDelivery: readEstimatedDelivery(upsPackage, addressZones),
    deliveredAt: readDeliveredAt(upsPackage, events, addressZones),
    signedBy: readText(upsPackage.deliveryInformation?.receivedBy) ?? null,
    origin,
    destination,
    service: readService(upsPackage),
    amountDue: readAmountDue(upsPackage),
    handoffs: uspsNumbers.map((number) => toUspsHandoff(number, trackingNumber)),
    warnings: dedupeWarnings(warnings),
  };
}

interface ActivityContext {
  trackingNumber: string;
  language: string;
  addressZones: readonly UpsAddressZone[];
  mailInnovations: boolean;
  path: string;
}

function parseActivity(
  activity: UpsActivity,
  context: ActivityContext,
): { event: ParsedEvent; eventWarnings: TrackingWarning[]; handsOverToUsps: boolean } {
  const type = readUpper(activity.status?.type);
  const code = readUpper(activity.status?.code);
  const statusCode = readText(activity.status?.statusCode);
  const description = activity.status?.description ?? activity.status?.simplifiedTextDescription ?? '';
  const carrierCode = type === undefined && code === undefined ? null : `${type ?? ''}:${code ?? ''}`;
  const mapping = mapUpsActivity({ type, code, statusCode }, { mailInnovations: context.mailInnovations });
  const location = readActivityLocation(activity);

  const resolved = resolveUpsActivityTime(
    { date: activity.date, time: activity.time, gmtDate: activity.gmtDate, gmtTime: activity.gmtTime, gmtOffset: activity.gmtOffset, type },
    location,
    context.addressZones,
  );
  if (!resolved) {
    throw new CarrierResponseError(`${CARRIER_ID} sent an activity whose date is not a real date`, {
      carrierId: CARRIER_ID,
      trackingNumbers: [context.trackingNumber],
      issues: [`${context.path}.date: not a real yyyyMMdd date`],
    });
  }

  const eventWarnings = [...resolved.warnings];
  if (!mapping.codeKnown || mapping.basis === 'none') {
    eventWarnings.push(unknownCodeWarning(CARRIER_ID, carrierCode ?? `statusCode ${statusCode ?? '(none)'}`, description.trim()));
  }
  const event: ParsedEvent = {
    status: mapping.status,
    subStatus: mapping.subStatus,
    time: resolved.time,
    location,
    carrierStatus: { code: carrierCode, description, language: context.language },
  };
  const handoffCodes = mapping.table === undefined ? undefined : UPS_USPS_HANDOFF_CODES[mapping.table];
  return { event, eventWarnings, handsOverToUsps: code !== undefined && handoffCodes?.has(code) === true };
}

function readActivityLocation(activity: UpsActivity): Location | null {
  const location = toLocation(activity.location?.address);
  const facility = readText(activity.location?.slic);
  if (!facility) return location;
  return { ...location, facility };
}

function readPackageAddress(upsPackage: UpsPackage, type: 'ORIGIN' | 'DESTINATION'): Location | null {
  const entry = (upsPackage.packageAddress ?? []).find((item) => readUpper(item.type) === type);
  return toLocation(entry?.address);
}

function toLocation(address: UpsAddress | null | undefined): Location | null {
  if (!address) return null;
  const location: Location = {};
  const city = readText(address.city);
  const region = readText(address.stateProvince);
  const postalCode = readText(address.postalCode);
  const country = readText(address.countryCode) ?? readText(address.country);
  const countryCode = country === undefined ? undefined : (normalizeCountry(country) ?? undefined);
  if (city) location.city = city;
  if (region) location.region = region;
  if (postalCode) location.postalCode = postalCode;
  if (countryCode) location.countryCode = countryCode;
  return Object.keys(location).length > 0 ? location : null;
}

/** `RDD` (rescheduled) wins over `SDD` (scheduled); a window (`EDW`, `CDW`, `IDW`) or commit time narrows it. */
function readEstimatedDelivery(upsPackage: UpsPackage, addressZones: readonly UpsAddressZone[]): EstimatedDelivery | null {
  const date = findLatestDeliveryDate(upsPackage, 'RDD') ?? findLatestDeliveryDate(upsPackage, 'SDD');
  if (!date) return null;
  const day = toInstant({ date, timeZone: 'UTC' });
  if (!day) return null;
  const dateOnly: EstimatedDelivery = { from: day.localTime.slice(0, 10), to: day.localTime.slice(0, 10), precision: 'date' };
  const zone = addressZones.find((candidate) => candidate.role === 'destination' && candidate.basis === 'location_zone');
  const window = upsPackage.deliveryTime;
  const windowType = readUpper(window?.type);
  if (!zone || !windowType) return dateOnly;
  const end = readText(window?.endTime);
  const start = windowType === 'CMT' ? '000000' : readText(window?.startTime);
  if (!end || !start || !['EDW', 'CDW', 'IDW', 'CMT'].includes(windowType)) return dateOnly;
  const from = toInstant({ date, time: start, timeZone: zone.timeZone, basis: 'location_zone' });
  const to = toInstant({ date, time: end, timeZone: zone.timeZone, basis: 'location_zone' });
  if (!from || !to) return dateOnly;
  return { from: from.localTime, to: to.localTime, precision: 'datetime' };
}

/**
 * The delivered instant: the delivery event's own instant when it falls on UPS's `DEL` date (it has the
 * better time basis), else `DEL` date + `DEL` time in the destination's zone. `null` otherwise; the engine
 * then takes the delivery event.
 */
function readDeliveredAt(upsPackage: UpsPackage, events: readonly ParsedEvent[], addressZones: readonly UpsAddressZone[]): string | null {
  const date = findLatestDeliveryDate(upsPackage, 'DEL');
  if (!date) return null;
  const day = toInstant({ date, timeZone: 'UTC' });
  if (!day) return null;
  const isoDate = day.localTime.slice(0, 10);
  const delivery = events.findLast((event) => event.status === 'delivered' && event.time.localTime.slice(0, 10) === isoDate);
  if (delivery) return delivery.time.occurredAt;
  const zone = addressZones.find((candidate) => candidate.role === 'destination' && candidate.basis === 'location_zone');
  const time = readUpper(upsPackage.deliveryTime?.type) === 'DEL' ? readText(upsPackage.deliveryTime?.endTime) : undefined;
  if (!zone || !time) return null;
  return toInstant({ date, time, timeZone: zone.timeZone, basis: 'location_zone' })?.occurredAt ?? null;
}

function findLatestDeliveryDate(upsPackage: UpsPackage, type: 'SDD' | 'RDD' | 'DEL'): string | undefined {
  const dates = (upsPackage.deliveryDate ?? [])
    .filter((entry) => readUpper(entry.type) === type)
    .map((entry) => readText(entry.date))
    .filter((date): date is string => date !== undefined)
    .sort();
  return dates.at(-1);
}

function readService(upsPackage: UpsPackage): ParsedTracking['service'] {
  const code = readText(upsPackage.service?.code);
  const name = readText(upsPackage.service?.description);
  if (!code && !name) return null;
  return { ...(code ? { code } : {}), ...(name ? { name } : {}) };
}

/** An amount UPS says is not paid yet (import charges `ICOD` first, then `COD`). */
function readAmountDue(upsPackage: UpsPackage): AmountDue | null {
  const unpaid = (upsPackage.paymentInformation ?? []).filter((payment) => payment.paid === false || payment.paid === 'false');
  const pick = unpaid.find((payment) => readUpper(payment.type) === 'ICOD') ?? unpaid[0];
  const amount = readText(pick?.amount);
  const currency = readUpper(pick?.currency);
  return amount && currency ? { amount, currency } : null;
}

function readUspsNumbers(upsPackage: UpsPackage): string[] {
  const numbers = (upsPackage.alternateTrackingNumber ?? [])
    .filter((alternate) => readUpper(alternate.type) === USPS_PIC)
    .map((alternate) => compactNumberField(alternate.number))
    .filter((number): number is string => number !== undefined);
  return [...new Set(numbers)];
}

/** A Mail Innovations parcel may be tracked by the very IMpb number USPS uses: then the same number continues (`null`). */
function toUspsHandoff(uspsNumber: string, trackingNumber: string): Handoff {
  return { carrier: 'usps', carrierName: 'USPS', trackingNumber: uspsNumber === trackingNumber ? null : uspsNumber };
}



function readText(value: string | null | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}

function readUpper(value: string | null | undefined): string | undefined {
  return readText(value)?.toUpperCase();
}
