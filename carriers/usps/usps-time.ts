import {
  assumedZoneWarning,
  formatOffset,
  parseOffset,
  resolveTimeZone,
  toInstant,
  type ResolvedTime,
  type TrackingWarning,
} from '../../src/adapter-kit/index.js';
import type { UspsZoneQuery } from './usps-location.js';

/** A zone found for a place: `location_zone` when the place fixes it, `assumed_zone` when it only suggests it. */
export interface UspsZone {
  timeZone: string;
  basis: 'location_zone' | 'assumed_zone';
  /** Why the zone is only assumed. */
  reason?: string | undefined;
}

/** A zone borrowed from elsewhere (a neighbouring event, the origin, the destination), always assumed. */
export interface UspsFallbackZone {
  timeZone: string;
  /** Where it comes from, for the warning (`the origin address`, `a neighbouring event`). */
  source: string;
}

/** The time fields of one USPS event. */
export interface UspsEventTimeFields {
  /** Local wall time at the scan location, no offset (`2024-05-01T10:03:00`; a trailing `Z` is false). */
  eventTimestamp?: string | null | undefined;
  /** UTC (`2024-05-01T14:03:00Z`); its date can be a day off around midnight UTC. */
  GMTTimestamp?: string | null | undefined;
  /** `-04:00`, `-7:00`. */
  GMTOffset?: string | null | undefined;
  /** The event stands for a day, not a moment (pre-shipment `MA` events at exactly midnight). */
  dateOnly?: boolean | undefined;
}

/** An event's time and the warnings resolving it raised. */
export interface UspsEventTime {
  time: ResolvedTime;
  warnings: TrackingWarning[];
  /** The offset in minutes east of UTC that USPS stated or implied, when it did (for neighbouring events). */
  statedOffsetMinutes?: number | undefined;
  /** Neither USPS nor the scan location gave the zone: it came from `fallback` (or UTC). */
  usedFallback?: boolean | undefined;
}

const DAY_SECONDS = 86_400;
const LOCAL_TIMESTAMP = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d{1,9})?)?))?([+-]\d{1,2}(?::?\d{2})?)?$/;
const GMT_TIMESTAMP = /^(\d{4}-\d{2}-\d{2})[T ](\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d{1,9})?)?)\s*(Z|[+-]\d{1,2}(?::?\d{2})?)?$/i;

/**
 * The zone of a place through the adapter kit's `resolveTimeZone`, or `null` when the place gives none.
 *
 * @example
 * resolveUspsZone({ countryCode: 'US', region: 'TX', city: 'EL PASO', postalCode: '79925' });
 * // { timeZone: 'America/Denver', basis: 'location_zone' }
 */
export function resolveUspsZone(query: UspsZoneQuery | null): UspsZone | null {
  if (!query) return null;
  const resolved = resolveTimeZone({
    countryCode: query.countryCode,
    region: query.region,
    city: query.city,
    postalCode: query.postalCode,
  });
  if (!resolved) return null;
  return { timeZone: resolved.timeZone, basis: resolved.basis === 'location_zone' ? 'location_zone' : 'assumed_zone', reason: resolved.reason };
}

/**
 * Resolves when one USPS event happened (reference/carriers/usps.md §3.1):
 * 1. `eventTimestamp` is local wall time (a trailing `Z` is dropped: it is false) and `GMTOffset` its offset:
 *    instant = local − offset (`carrier_offset`); `GMTTimestamp` only cross-checks it. Its date may be a day
 *    off around midnight UTC (a known USPS fault, ignored); a different time of day gives a warning;
 * 2. no `GMTOffset` but a `GMTTimestamp`: the offset is the difference of the two times of day, which
 *    survives the wrong-date fault (`carrier_offset`);
 * 3. neither: the wall time in the zone of the scan location (`location_zone`, or `assumed_zone` when the
 *    place only suggests a zone), else in `fallback` (`assumed_zone`), else in UTC (`assumed_zone`); an
 *    assumed zone adds an `ASSUMED_TIME_ZONE` warning.
 * `dateOnly` gives a `date_only` instant (midnight at the place). When the place's zone agrees with USPS's
 * offset it is recorded in `timeZone`. Returns `null` when no date can be read at all.
 *
 * @example
 * resolveUspsEventTime({ eventTimestamp: '2024-05-01T10:03:00', GMTOffset: '-04:00' }, null, null);
 * // { time: { occurredAt: '2024-05-01T14:03:00.000Z', localTime: '2024-05-01T10:03:00-04:00', timeZone: null, timeBasis: 'carrier_offset' }, warnings: [] }
 */
export function resolveUspsEventTime(
  fields: UspsEventTimeFields,
  ownZone: UspsZone | null,
  fallback: UspsFallbackZone | null,
): UspsEventTime | null {
  const warnings: TrackingWarning[] = [];
  const local = readLocalTimestamp(fields.eventTimestamp);
  const gmt = readGmtTimestamp(fields.GMTTimestamp);
  if (local === null || 'instant' in local) {
    // No usable local date (a time alone was seen in 2023, reference §3.1): the UTC stamp is all there is.
    const instant = local?.instant ?? gmt?.occurredAt;
    const time = instant === undefined ? null : toInstant({ instant, timeZone: ownZone?.basis === 'location_zone' ? ownZone.timeZone : null });
    return time ? { time, warnings } : null;
  }
  const time = fields.dateOnly ? undefined : local.time;

  let offset = statedOffset(fields.GMTOffset);
  // The wall time at the stated offset, computed once: the cross-check below and the answer use the same one.
  let atStatedOffset: ResolvedTime | null | undefined;
  if (offset !== undefined && gmt && time) {
    const atOffset = toInstant({ date: local.date, time, offset: formatOffset(offset) });
    atStatedOffset = atOffset;
    if (atOffset && atOffset.occurredAt !== gmt.occurredAt && !differsByWholeDays(atOffset.occurredAt, gmt.occurredAt)) {
      warnings.push({
        code: 'CARRIER_TIME_MISMATCH',
        message: `usps local time ${local.date} ${time} at ${fields.GMTOffset?.trim() ?? ''} disagrees with its GMT time ${fields.GMTTimestamp?.trim() ?? ''}; the local time and offset were used`,
      });
    }
  }
  if (offset === undefined && gmt && local.time) offset = impliedOffset(local.time, gmt.timeOfDay);

  if (offset !== undefined) {
    const agreeing = ownZone?.basis === 'location_zone' ? ownZone.timeZone : null;
    const plain = atStatedOffset !== undefined ? atStatedOffset : toInstant({ date: local.date, time, offset: formatOffset(offset) });
    if (plain) {
      if (agreeing) {
        const inZone = toInstant({ date: local.date, time, timeZone: agreeing });
        if (inZone && inZone.occurredAt === plain.occurredAt) {
          // The same wall time at the same offset, with the zone recorded beside it (as toInstant names it).
          return { time: { ...plain, timeZone: inZone.timeZone }, warnings, statedOffsetMinutes: offset };
        }
      }
      return { time: plain, warnings, statedOffsetMinutes: offset };
    }
  }

  if (ownZone?.basis === 'location_zone') {
    const resolved = toInstant({ date: local.date, time, timeZone: ownZone.timeZone, basis: 'location_zone' });
    return resolved ? { time: resolved, warnings } : null;
  }
  if (ownZone) {
    const resolved = toInstant({ date: local.date, time, timeZone: ownZone.timeZone, basis: 'assumed_zone' });
    if (!resolved) return null;
    warnings.push(assumedZoneWarning(ownZone.timeZone, ownZone.reason ?? 'the scan location does not fix a time zone'));
    return { time: resolved, warnings };
  }
  const chosen = fallback ?? { timeZone: 'UTC', source: 'nothing else (UTC)' };
  const resolved = toInstant({ date: local.date, time, timeZone: chosen.timeZone, basis: 'assumed_zone' });
  if (!resolved) return null;
  warnings.push(assumedZoneWarning(chosen.timeZone, `USPS sent a local time without offset or scan location; used the zone of ${chosen.source}`));
  return { time: resolved, warnings, usedFallback: true };
}

/**
 * A fixed-offset IANA zone (`Etc/GMT+5` is UTC−05:00) for a whole-hour offset, to lend one event's stated
 * offset to a neighbour without one; `undefined` for offsets with minutes.
 *
 * @example
 * zoneOfOffset(-300); // 'Etc/GMT+5'
 */
export function zoneOfOffset(minutes: number): string | undefined {
  if (minutes % 60 !== 0 || minutes < -12 * 60 || minutes > 14 * 60) return undefined;
  const hours = minutes / 60;
  if (hours === 0) return 'Etc/UTC';
  return `Etc/GMT${hours > 0 ? '-' : '+'}${Math.abs(hours)}`;
}

type LocalTimestamp = { date: string; time?: string | undefined } | { instant: string };

function readLocalTimestamp(value: string | null | undefined): LocalTimestamp | null {
  // USPS's trailing `Z` on eventTimestamp is false (reference §3.1): the wall time is local.
  const text = value?.trim().replace(/[Zz]$/, '');
  if (!text) return null;
  const match = LOCAL_TIMESTAMP.exec(text);
  if (!match) return null;
  const [, date, time, offset] = match as unknown as [string, string, string | undefined, string | undefined];
  if (offset !== undefined) return time === undefined ? null : { instant: `${date}T${time}${offset}` };
  return { date, time };
}

function readGmtTimestamp(value: string | null | undefined): { occurredAt: string; timeOfDay: string } | null {
  const text = value?.trim();
  if (!text) return null;
  const match = GMT_TIMESTAMP.exec(text);
  if (!match) return null;
  const resolved = toInstant({ date: match[1] as string, time: match[2] as string, offset: match[3] ?? 'Z' });
  return resolved ? { occurredAt: resolved.occurredAt, timeOfDay: resolved.occurredAt.slice(11, 19) } : null;
}

/** Local time of day minus UTC time of day, in minutes, folded into −12:00…+14:00 and rounded to 15 minutes. */
function impliedOffset(localTime: string, gmtTime: string): number | undefined {
  const difference = secondsOfDay(localTime) - secondsOfDay(gmtTime);
  if (Number.isNaN(difference)) return undefined;
  let folded = ((difference % DAY_SECONDS) + DAY_SECONDS) % DAY_SECONDS;
  if (folded > 14 * 3600) folded -= DAY_SECONDS;
  const minutes = Math.round(folded / 900) * 15;
  if (Math.abs(minutes * 60 - folded) > 60 || minutes < -12 * 60) return undefined;
  return minutes;
}

function secondsOfDay(time: string): number {
  const [hours, minutes, seconds] = time.split(':').map((part) => Number.parseFloat(part));
  return (hours ?? Number.NaN) * 3600 + (minutes ?? Number.NaN) * 60 + Math.floor(seconds ?? 0);
}

function differsByWholeDays(left: string, right: string): boolean {
  const difference = Date.parse(left) - Date.parse(right);
  return difference !== 0 && difference % (DAY_SECONDS * 1000) === 0;
}

/** USPS's `GMTOffset` in minutes east of UTC (`-7:00` has one hour digit); `undefined` when absent or unreadable. */
function statedOffset(value: string | null | undefined): number | undefined {
  const text = value?.trim();
  if (!text) return undefined;
  return parseOffset(text) ?? undefined;
}
