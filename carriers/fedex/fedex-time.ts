import {
  assumedZoneWarning,
  resolveTimeZone,
  toInstant,
  type EstimatedDelivery,
  type Location,
  type ResolvedTime,
  type TrackingWarning,
} from '../../src/adapter-kit/index.js';

/** The zone of a shipment address, for scans whose own time and place do not fix one. */
export interface FedexAddressZone {
  role: 'destination' | 'origin';
  countryCode: string | undefined;
  timeZone: string;
  /** `location_zone` when the address fixes the zone, `assumed_zone` when its country has several. */
  basis: 'location_zone' | 'assumed_zone';
}

/** A scan's time and the warnings resolving it raised. */
export interface FedexScanTime {
  time: ResolvedTime;
  warnings: TrackingWarning[];
}

/** The parts of a FedEx date-time string. */
export interface FedexDateTimeParts {
  /** `YYYY-MM-DD`. */
  date: string;
  /** `HH:mm[:ss[.fff]]`, absent for a bare date. */
  time?: string;
  /** `Z`, `+HH:MM` or `-HHMM`, absent when FedEx sent a wall time alone. */
  offset?: string;
}

const DATE_TIME_PATTERN = /^(\d{4}-\d{2}-\d{2})(?:[Tt ](\d{2}:\d{2}(?::\d{2}(?:[.,]\d{1,9})?)?)\s*([Zz]|[+-]\d{2}:?\d{2})?)?$/;
const MIDNIGHT_PATTERN = /^00:00(?::00(?:[.,]0+)?)?$/;

/**
 * Splits a FedEx date-time (`2025-06-10T14:32:00-07:00`, `2024-08-15T00:00:00`, `2025-06-12`) into date, time
 * and offset; `null` when it has another shape.
 *
 * @example
 * splitFedexDateTime('2025-06-10T14:32:00-07:00'); // { date: '2025-06-10', time: '14:32:00', offset: '-07:00' }
 */
export function splitFedexDateTime(text: string | null | undefined): FedexDateTimeParts | null {
  const match = DATE_TIME_PATTERN.exec(text?.trim() ?? '');
  if (!match) return null;
  const parts: FedexDateTimeParts = { date: match[1] as string };
  if (match[2] !== undefined) parts.time = match[2];
  if (match[3] !== undefined) parts.offset = match[3];
  return parts;
}

/**
 * Resolves when one FedEx scan happened (reference/carriers/fedex.md §3 "Event time"):
 * 1. a time with an offset is that instant (`carrier_offset`); `localTime` keeps FedEx's offset, and the IANA
 *    zone of the scan location is recorded beside it when the location fixes one and that zone's offset at
 *    that instant is FedEx's (label events may carry another system's offset: their zone stays `null`;
 *    fixture track-delivered-domestic.json);
 * 2. a wall time without an offset is resolved in the scan location's zone (`location_zone`); when the
 *    location does not fix one, in its country's assumed zone, else a shipment address's zone in the same
 *    country, else UTC (`assumed_zone` plus a warning);
 * 3. midnight without an offset, or a bare date, is a date (`date_only`) at the same zone.
 * Returns `null` when the text is not a real date.
 *
 * @example
 * resolveFedexScanTime('2025-06-10T14:32:00-07:00', { city: 'SEATTLE', region: 'WA', countryCode: 'US' }, []);
 * // { time: { occurredAt: '2025-06-10T21:32:00.000Z', localTime: '2025-06-10T14:32:00-07:00',
 * //   timeZone: 'America/Los_Angeles', timeBasis: 'carrier_offset' }, warnings: [] }
 */
export function resolveFedexScanTime(
  text: string,
  location: Location | null,
  addressZones: readonly FedexAddressZone[],
): FedexScanTime | null {
  const parts = splitFedexDateTime(text);
  if (!parts) return null;
  const own = locationZone(location);

  if (parts.offset !== undefined && parts.time !== undefined) {
    const atOffset = toInstant({ date: parts.date, time: parts.time, offset: parts.offset });
    if (!atOffset) return null;
    if (own?.basis === 'location_zone') {
      const inZone = toInstant({ instant: atOffset.occurredAt, timeZone: own.timeZone });
      if (inZone && inZone.localTime === atOffset.localTime) {
        const recorded = toInstant({ date: parts.date, time: parts.time, offset: parts.offset, timeZone: own.timeZone });
        if (recorded) return { time: recorded, warnings: [] };
      }
    }
    return { time: atOffset, warnings: [] };
  }

  // karrio#654: a Ground pickup came as `2024-08-15T00:00:00`. Midnight without an offset is a date
  // (fixture track-delivery-attempted.json, the pickup scan).
  const time = parts.time === undefined || MIDNIGHT_PATTERN.test(parts.time) ? undefined : parts.time;
  const warnings: TrackingWarning[] = [];
  if (own?.basis === 'location_zone') {
    return wrap(toInstant({ date: parts.date, time, timeZone: own.timeZone, basis: 'location_zone' }), warnings);
  }
  if (own) {
    const resolved = toInstant({ date: parts.date, time, timeZone: own.timeZone, basis: 'assumed_zone' });
    if (resolved) warnings.push(assumedZoneWarning(own.timeZone, own.reason ?? `FedEx sent ${text} without an offset and the scan location (${describe(location)}) does not fix a zone`));
    return wrap(resolved, warnings);
  }
  const fallback = pickAddressZone(location, addressZones);
  if (fallback) {
    const resolved = toInstant({ date: parts.date, time, timeZone: fallback.timeZone, basis: 'assumed_zone' });
    if (resolved) {
      warnings.push(assumedZoneWarning(fallback.timeZone, `FedEx sent ${text} without an offset and the scan location (${describe(location)}) gives no zone; used the ${fallback.role} address's zone`));
    }
    return wrap(resolved, warnings);
  }
  const resolved = toInstant({ date: parts.date, time, timeZone: 'UTC', basis: 'assumed_zone' });
  if (resolved) warnings.push(assumedZoneWarning('UTC', `FedEx sent ${text} without an offset and neither the scan location nor the shipment addresses give a zone`));
  return wrap(resolved, warnings);
}

/**
 * The instant of a FedEx shipment date (`dateAndTimes[].dateTime`) when it is a real time with an offset;
 * `null` for dates and for midnight values, which FedEx uses for "that day" (karrio#659).
 *
 * @example
 * readFedexInstant('2025-06-12T10:41:00-04:00'); // '2025-06-12T14:41:00.000Z'
 * readFedexInstant('2025-06-12T00:00:00-06:00'); // null
 */
export function readFedexInstant(text: string | null | undefined): string | null {
  const parts = splitFedexDateTime(text);
  if (!parts || parts.offset === undefined || parts.time === undefined || MIDNIGHT_PATTERN.test(parts.time)) return null;
  return toInstant({ date: parts.date, time: parts.time, offset: parts.offset })?.occurredAt ?? null;
}

/** One bound of an estimate: the calendar date, and the wall time with its offset when FedEx gave a time. */
interface EstimateBound {
  date: string;
  localTime?: string;
}

/**
 * An estimated delivery from FedEx's bounds (window `begins` / `ends`, or one date-time for both). Midnight
 * values are calendar dates as FedEx wrote them, never shifted to UTC (shippo-node-client#52; fixture
 * track-customs-inbound.json, `ESTIMATED_DELIVERY` at a fixed -06:00 for Montreal); a time without
 * an offset is read in the destination's zone when the address fixes it, else only its date is kept.
 * `precision: 'datetime'` only when both bounds have a time.
 *
 * @example
 * toFedexEstimate('2025-06-12T08:00:00-04:00', '2025-06-12T12:00:00-04:00', undefined);
 * // { from: '2025-06-12T08:00:00-04:00', to: '2025-06-12T12:00:00-04:00', precision: 'datetime' }
 */
export function toFedexEstimate(
  begins: string | null | undefined,
  ends: string | null | undefined,
  destination: FedexAddressZone | undefined,
): EstimatedDelivery | null {
  const from = readEstimateBound(begins, destination);
  const to = readEstimateBound(ends, destination);
  const first = from ?? to;
  const last = to ?? from;
  if (!first || !last) return null;
  if (first.localTime !== undefined && last.localTime !== undefined) return { from: first.localTime, to: last.localTime, precision: 'datetime' };
  return { from: first.date, to: last.date, precision: 'date' };
}

function readEstimateBound(text: string | null | undefined, destination: FedexAddressZone | undefined): EstimateBound | null {
  const parts = splitFedexDateTime(text);
  if (!parts) return null;
  const day = toInstant({ date: parts.date, timeZone: 'UTC' });
  if (!day) return null;
  if (parts.time === undefined || MIDNIGHT_PATTERN.test(parts.time)) return { date: parts.date };
  if (parts.offset !== undefined) {
    const atOffset = toInstant({ date: parts.date, time: parts.time, offset: parts.offset });
    return atOffset ? { date: parts.date, localTime: atOffset.localTime } : null;
  }
  if (destination?.basis === 'location_zone') {
    const inZone = toInstant({ date: parts.date, time: parts.time, timeZone: destination.timeZone, basis: 'location_zone' });
    if (inZone) return { date: parts.date, localTime: inZone.localTime };
  }
  return { date: parts.date };
}

/**
 * The time zone of a shipment address, when its country (and region or city) give one.
 *
 * @example
 * fedexAddressZone('destination', { city: 'BOSTON', region: 'MA', countryCode: 'US' });
 * // { role: 'destination', countryCode: 'US', timeZone: 'America/New_York', basis: 'location_zone' }
 */
export function fedexAddressZone(role: FedexAddressZone['role'], address: Location | null): FedexAddressZone | undefined {
  const zone = locationZone(address);
  return zone ? { role, countryCode: address?.countryCode, timeZone: zone.timeZone, basis: zone.basis } : undefined;
}

function locationZone(location: Location | null): ReturnType<typeof resolveTimeZone> {
  if (!location?.countryCode) return null;
  return resolveTimeZone({ countryCode: location.countryCode, region: location.region, city: location.city, postalCode: location.postalCode });
}

function pickAddressZone(location: Location | null, addressZones: readonly FedexAddressZone[]): FedexAddressZone | undefined {
  for (const candidate of addressZones) {
    if (location?.countryCode && candidate.countryCode !== location.countryCode) continue;
    return candidate;
  }
  return undefined;
}

function wrap(time: ResolvedTime | null, warnings: TrackingWarning[]): FedexScanTime | null {
  return time ? { time, warnings } : null;
}

function describe(location: Location | null): string {
  if (!location) return 'none';
  return [location.city, location.region, location.postalCode, location.countryCode].filter(Boolean).join(', ') || 'empty';
}
