import {
  assumedZoneWarning,
  resolveTimeZone,
  toInstant,
  type EstimatedDelivery,
  type Location,
  type ResolvedTime,
  type TrackingWarning,
} from '../../src/adapter-kit/index.js';

/** A zone to read a DHL wall time in, and how it was found. */
export interface DhlZone {
  timeZone: string;
  basis: 'location_zone' | 'assumed_zone';
  /** Why the zone is assumed (for the warning); absent for `location_zone`. */
  reason?: string | undefined;
}

/** A resolved DHL time and the warnings resolving it raised. */
export interface DhlTime {
  time: ResolvedTime;
  warnings: TrackingWarning[];
}

/** `YYYY-MM-DD`: a date without a time. */
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The zone of a location, when its country (and region, city or postal code) fixes one. `assumed_zone` when
 * the country has several zones and the location does not say which.
 *
 * @example
 * dhlLocationZone({ city: 'CHICAGO', region: 'IL', countryCode: 'US' });
 * // { timeZone: 'America/Chicago', basis: 'location_zone' }
 */
export function dhlLocationZone(location: Location | null | undefined): DhlZone | undefined {
  if (!location?.countryCode) return undefined;
  const resolved = resolveTimeZone({
    countryCode: location.countryCode,
    region: location.region,
    city: location.city,
    postalCode: location.postalCode,
  });
  if (!resolved) return undefined;
  return resolved.basis === 'location_zone'
    ? { timeZone: resolved.timeZone, basis: 'location_zone' }
    : { timeZone: resolved.timeZone, basis: 'assumed_zone', reason: resolved.reason ?? `the location (${describe(location)}) does not fix one zone` };
}

/**
 * Whether a DHL timestamp carries its own offset (`Z`, `+01:00`, `-0500`) after the time.
 *
 * @example
 * hasDhlOffset('2024-05-01T15:27:20.331986369+01:00'); // true
 * hasDhlOffset('2024-05-01T15:27:20'); // false
 */
export function hasDhlOffset(timestamp: string): boolean {
  const separator = timestamp.search(/[Tt ]/);
  if (separator < 0) return false;
  const time = timestamp.slice(separator + 1);
  return /[Zz+-]/.test(time);
}

/**
 * Resolves one DHL timestamp (reference/carriers/dhl.md §3.1):
 * - with an offset or `Z`: that instant, the sent offset kept in `localTime` (`carrier_offset`); fractions
 *   of up to nine digits are cut to milliseconds;
 * - a wall time without offset: read in `zone` (`location_zone`, or `assumed_zone` plus a warning);
 * - a bare date: the start of that day in `zone` (`date_only`);
 * - no zone for a wall time: UTC, `assumed_zone`, with a warning.
 * Returns `null` when the text is not a real date and time.
 *
 * @example
 * resolveDhlTime('2025-04-09T13:26:00', { timeZone: 'Europe/Berlin', basis: 'location_zone' });
 * // { time: { occurredAt: '2025-04-09T11:26:00.000Z', localTime: '2025-04-09T13:26:00+02:00', timeZone: 'Europe/Berlin', timeBasis: 'location_zone' }, warnings: [] }
 */
export function resolveDhlTime(timestamp: string, zone: DhlZone | undefined): DhlTime | null {
  const text = timestamp.trim();
  if (text === '') return null;
  if (hasDhlOffset(text)) {
    const time = toInstant({ instant: text });
    return time ? { time, warnings: [] } : null;
  }
  const warnings: TrackingWarning[] = [];
  const chosen: DhlZone = zone ?? { timeZone: 'UTC', basis: 'assumed_zone', reason: 'DHL sent a wall time without offset and neither the event nor the shipment names a place' };
  const time = DATE_ONLY.test(text)
    ? toInstant({ date: text, timeZone: chosen.timeZone })
    : toInstant({ date: text, timeZone: chosen.timeZone, basis: chosen.basis });
  if (!time) return null;
  if (time.timeBasis === 'assumed_zone') warnings.push(assumedZoneWarning(chosen.timeZone, chosen.reason ?? 'the event location does not fix a zone'));
  return { time, warnings };
}

/**
 * When DHL expects to deliver (reference §3.1): the `estimatedDeliveryTimeFrame` when both ends read, else
 * `estimatedTimeOfDelivery`. A bare date or a midnight value is a calendar date at the destination
 * (`precision: 'date'`); other values are wall times with offsets, resolved in the destination's zone when
 * they have none. `null` when nothing usable is sent.
 *
 * @example
 * dhlEstimatedDelivery({ estimatedTimeOfDelivery: '2025-03-13T00:00:00Z' }, undefined);
 * // { from: '2025-03-13', to: '2025-03-13', precision: 'date' }
 */
export function dhlEstimatedDelivery(
  fields: { estimatedTimeOfDelivery?: string | null | undefined; estimatedFrom?: string | null | undefined; estimatedThrough?: string | null | undefined },
  destinationZone: DhlZone | undefined,
): EstimatedDelivery | null {
  const from = present(fields.estimatedFrom);
  const through = present(fields.estimatedThrough);
  if (from && through) {
    const start = wallTime(from, destinationZone);
    const end = wallTime(through, destinationZone);
    if (start && end) return { from: start, to: end, precision: 'datetime' };
  }
  const single = present(fields.estimatedTimeOfDelivery);
  if (!single) return null;
  const date = single.slice(0, 10);
  if (DATE_ONLY.test(single) || isMidnight(single)) {
    return toInstant({ date, timeZone: 'UTC' }) ? { from: date, to: date, precision: 'date' } : null;
  }
  const at = wallTime(single, destinationZone);
  return at ? { from: at, to: at, precision: 'datetime' } : null;
}

function wallTime(value: string, zone: DhlZone | undefined): string | undefined {
  if (hasDhlOffset(value)) return toInstant({ instant: value })?.localTime;
  if (!zone) return undefined;
  return toInstant({ date: value, timeZone: zone.timeZone, basis: zone.basis })?.localTime;
}

/** `…T00:00`, `…T00:00:00`, `…T00:00:00.000`, with or without `Z` / an offset. */
function isMidnight(value: string): boolean {
  const time = value.slice(11);
  return value.length > 10 && /^00:00(?::00(?:\.0{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})?$/i.test(time);
}

function present(value: string | null | undefined): string | undefined {
  const text = value?.trim();
  return text ? text : undefined;
}

function describe(location: Location): string {
  return [location.city, location.region, location.postalCode, location.countryCode].filter(Boolean).join(', ');
}
