import { assumedZoneWarning, type Location, type ResolvedTime, type TrackingWarning } from '../../src/adapter-kit/index.js';
import { resolveTimeZone } from '../../src/adapter-kit/index.js';
import { toInstant } from '../../src/adapter-kit/index.js';

/** The fields of one activity that carry its time. */
export interface UpsActivityTimeFields {
  /** Local date at the scan, `yyyyMMdd`. */
  date: string;
  /** Local wall time, `HHmmss`, no offset. */
  time?: string | null | undefined;
  gmtDate?: string | null | undefined;
  gmtTime?: string | null | undefined;
  gmtOffset?: string | null | undefined;
  /** Activity type; manifest events (`M`, `MV`) happen at the shipper, so the origin's zone is tried first. */
  type?: string | null | undefined;
}

/** A package address whose time zone is known, for activities whose own location is too vague. */
export interface UpsAddressZone {
  role: 'destination' | 'origin';
  countryCode: string | undefined;
  region: string | undefined;
  timeZone: string;
  /** `location_zone` when the address fixes the zone, `assumed_zone` when its country has several. */
  basis: 'location_zone' | 'assumed_zone';
}

/** An activity's time and the warnings resolving it raised. */
export interface UpsActivityTime {
  time: ResolvedTime;
  warnings: TrackingWarning[];
}

/**
 * Resolves when one UPS activity happened, in the order of reference/carriers/ups.md §3 "Event time":
 * 1. `gmtDate` + `gmtTime` give the UTC instant (`carrier_offset`); shown at `gmtOffset` when that agrees,
 *    else in the scan location's zone when it resolves, else in UTC;
 * 2. only `gmtOffset`: `date` + `time` at that offset (`carrier_offset`);
 * 3. neither: `date` + `time` in the scan location's zone (`location_zone`); when the location is too vague,
 *    the zone of a package address in the same country (and region, when the location names one):
 *    destination first, origin first for manifest events, which happen at the shipper; marked
 *    `assumed_zone` with a warning. Otherwise the location's own assumed zone, or UTC, with a warning.
 * A missing `time` gives a `date_only` instant. Returns `null` when `date` is not a real date.
 *
 * @example
 * resolveUpsActivityTime({ date: '20240501', time: '100300', gmtOffset: '-04:00' }, null, []);
 * // { time: { occurredAt: '2024-05-01T14:03:00.000Z', localTime: '2024-05-01T10:03:00-04:00', timeZone: null, timeBasis: 'carrier_offset' }, warnings: [] }
 */
export function resolveUpsActivityTime(
  fields: UpsActivityTimeFields,
  location: Location | null,
  addressZones: readonly UpsAddressZone[],
): UpsActivityTime | null {
  const date = fields.date.trim();
  const time = trimToUndefined(fields.time);
  const gmtOffset = trimToUndefined(fields.gmtOffset);
  const gmtDate = trimToUndefined(fields.gmtDate);
  const gmtTime = trimToUndefined(fields.gmtTime);
  const warnings: TrackingWarning[] = [];

  if (gmtDate && gmtTime) {
    const atOffset = gmtOffset && time ? toInstant({ date, time, offset: gmtOffset }) : null;
    // The usual activity: its local time at its offset is the UTC fields' instant, written as `toInstant` writes
    // it. Then the UTC fields need no resolution of their own (the comparison below would make the same choice).
    if (atOffset && atOffset.occurredAt === utcInstantText(gmtDate, gmtTime)) return { time: atOffset, warnings };
    const utc = toInstant({ date: gmtDate, time: gmtTime, offset: '+00:00' });
    if (utc) {
      if (gmtOffset && time) {
        if (atOffset && atOffset.occurredAt === utc.occurredAt) return { time: atOffset, warnings };
        warnings.push({
          code: 'CARRIER_TIME_MISMATCH',
          message: `ups local time ${date} ${time ?? ''} at ${gmtOffset} disagrees with its UTC time ${gmtDate} ${gmtTime}; the UTC time was used`,
        });
      }
      const zone = resolveLocationZone(location);
      const shown = zone?.basis === 'location_zone' ? toInstant({ instant: utc.occurredAt, timeZone: zone.timeZone }) : null;
      return { time: shown ?? utc, warnings };
    }
  }

  if (gmtOffset) {
    const atOffset = toInstant({ date, time, offset: gmtOffset });
    if (atOffset) return { time: atOffset, warnings };
  }

  const own = resolveLocationZone(location);
  if (own?.basis === 'location_zone') return wrap(toInstant({ date, time, timeZone: own.timeZone, basis: 'location_zone' }), warnings);

  const fallback = pickAddressZone(location, fields.type, addressZones);
  if (fallback) {
    const resolved = toInstant({ date, time, timeZone: fallback.timeZone, basis: 'assumed_zone' });
    if (resolved) warnings.push(assumedZoneWarning(fallback.timeZone, `UPS sent a local time without offset and the scan location (${describeLocation(location)}) does not fix a zone; used the ${fallback.role} address's zone`));
    return wrap(resolved, warnings);
  }
  if (own) {
    const resolved = toInstant({ date, time, timeZone: own.timeZone, basis: 'assumed_zone' });
    if (resolved) warnings.push(assumedZoneWarning(own.timeZone, own.reason ?? `the scan location (${describeLocation(location)}) does not fix a zone`));
    return wrap(resolved, warnings);
  }
  const resolved = toInstant({ date, time, timeZone: 'UTC', basis: 'assumed_zone' });
  if (resolved) warnings.push(assumedZoneWarning('UTC', 'UPS sent a local time without offset and neither the scan location nor the package addresses give a zone'));
  return wrap(resolved, warnings);
}

/**
 * `gmtDate` (`yyyyMMdd`) and `gmtTime` (`HH:mm:ss` or `HHmmss`) as `toInstant` writes an instant
 * (`2024-06-07T09:32:08.000Z`), without checking the values; `undefined` for other layouts. Equal to a valid
 * instant's `occurredAt` only when the fields name that very instant.
 */
function utcInstantText(gmtDate: string, gmtTime: string): string | undefined {
  if (gmtDate.length !== 8) return undefined;
  const date = `${gmtDate.slice(0, 4)}-${gmtDate.slice(4, 6)}-${gmtDate.slice(6, 8)}`;
  if (gmtTime.length === 8) return `${date}T${gmtTime}.000Z`;
  if (gmtTime.length === 6) return `${date}T${gmtTime.slice(0, 2)}:${gmtTime.slice(2, 4)}:${gmtTime.slice(4, 6)}.000Z`;
  return undefined;
}

/**
 * The time zone of a package address (`packageAddress[]`), when its country (and region or city) fix one.
 *
 * @example
 * resolveUpsAddressZone('destination', { city: 'Columbus', region: 'OH', countryCode: 'US' });
 * // { role: 'destination', countryCode: 'US', region: 'OH', timeZone: 'America/New_York', basis: 'location_zone' }
 */
export function resolveUpsAddressZone(role: UpsAddressZone['role'], address: Location | null): UpsAddressZone | undefined {
  const zone = resolveLocationZone(address);
  return zone ? { role, countryCode: address?.countryCode, region: address?.region, timeZone: zone.timeZone, basis: zone.basis } : undefined;
}

function resolveLocationZone(location: Location | null): ReturnType<typeof resolveTimeZone> {
  if (!location?.countryCode) return null;
  return resolveTimeZone({
    countryCode: location.countryCode,
    region: location.region,
    city: location.city,
    postalCode: location.postalCode,
  });
}

function pickAddressZone(
  location: Location | null,
  type: string | null | undefined,
  addressZones: readonly UpsAddressZone[],
): UpsAddressZone | undefined {
  const manifest = type === 'M' || type === 'MV';
  const order: UpsAddressZone['role'][] = manifest ? ['origin', 'destination'] : ['destination', 'origin'];
  for (const role of order) {
    const candidate = addressZones.find((zone) => zone.role === role);
    if (!candidate) continue;
    if (location?.countryCode && candidate.countryCode !== location.countryCode) continue;
    if (location?.region && candidate.region?.toUpperCase() !== location.region.toUpperCase()) continue;
    return candidate;
  }
  return undefined;
}

function wrap(time: ResolvedTime | null, warnings: TrackingWarning[]): UpsActivityTime | null {
  return time ? { time, warnings } : null;
}

function trimToUndefined(value: string | null | undefined): string | undefined {
  const text = value?.trim();
  return text ? text : undefined;
}

function describeLocation(location: Location | null): string {
  if (!location) return 'none';
  return [location.city, location.region, location.postalCode, location.countryCode].filter(Boolean).join(', ') || 'empty';
}
