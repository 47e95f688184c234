import { formatInTimeZone } from 'date-fns-tz';
import type { ResolvedTime } from '../carrier/carrier-spec.js';

/**
 * What `toInstant` accepts: a date (and usually a time) with the carrier's offset, a wall time with the
 * IANA zone of the place, or a complete ISO-8601 instant.
 */
export type ToInstantInput =
  | {
      /** `YYYY-MM-DD`, `YYYYMMDD` or `YYYY/MM/DD`. */
      date: string;
      /** `HH:mm`, `HH:mm:ss`, `HHmm`, `HHmmss` or `Hmmss`, with an optional fraction; absent means a date. */
      time?: string | null | undefined;
      /** The offset the carrier sent: `+08:00`, `-0500`, `+8`, `-7:00`, `Z`, `UTC+8`. */
      offset: string;
      /** An IANA zone to record beside the offset; it does not change the instant. */
      timeZone?: string | null | undefined;
    }
  | {
      /** `YYYY-MM-DD`, `YYYYMMDD` or `YYYY/MM/DD`. */
      date: string;
      /** `HH:mm`, `HH:mm:ss`, `HHmm`, `HHmmss` or `Hmmss`, with an optional fraction; absent means a date. */
      time?: string | null | undefined;
      /** IANA zone of the wall time (`America/New_York`). */
      timeZone: string;
      /** How the zone was found (default `location_zone`); a date without a time is always `date_only`. */
      basis?: 'location_zone' | 'assumed_zone';
    }
  | {
      /** ISO-8601 date-time with `Z` or an offset (`2024-05-01T10:03:00-04:00`). */
      instant: string;
      /** When given, `localTime` is shown in this zone instead of in the sent offset. */
      timeZone?: string | null;
    };

const MINUTE = 60_000;
const HOUR = 3_600_000;
const DAY = 86_400_000;
/** Largest offset accepted, in minutes (the world's extremes are -12:00 and +14:00). */
const MAX_OFFSET_MINUTES = 14 * 60;
/** Instants outside years 1000-9999 cannot be written in the fixed ISO form. */
const MIN_EPOCH = Date.UTC(1000, 0, 1);
const MAX_EPOCH = Date.UTC(10000, 0, 1);

const DATE_PATTERN = /^(\d{4})(?:-(\d{2})-(\d{2})|\/(\d{2})\/(\d{2})|(\d{2})(\d{2}))$/;
const COLON_TIME_PATTERN = /^(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?$/;
const COMPACT_TIME_PATTERN = /^(\d{4,6})(?:[.,](\d{1,9}))?$/;
const OFFSET_PATTERN = /^([+-])(\d{1,4})(?::(\d{2}))?$/;

/** Wall-clock fields of one moment, as numbers. */
interface WallFields {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
}

/**
 * Parses a UTC offset into minutes east of UTC. Accepts `Z`, `+08:00`, `-0500`, `+8`, `-7:00`, `+530`,
 * `−05:00` (Unicode minus) and the same after `UTC` or `GMT` (`GMT+8`, `UTC`). Gives `null` for anything
 * else, including offsets beyond ±14:00 or with 60 minutes or more.
 *
 * @example
 * parseOffset('-05:00'); // -300
 * parseOffset('+0530'); // 330
 * parseOffset('Z'); // 0
 */
export function parseOffset(text: string): number | null {
  let value = text.trim().replace(/\u2212/g, '-');
  const prefix = value.slice(0, 3).toUpperCase();
  if (prefix === 'UTC' || prefix === 'GMT') {
    value = value.slice(3).trim();
    if (value === '') return 0;
  }
  if (value === 'Z' || value === 'z') return 0;
  const match = OFFSET_PATTERN.exec(value);
  if (!match) return null;
  const sign = match[1] === '-' ? -1 : 1;
  const digits = match[2]!;
  let hours: number;
  let minutes: number;
  if (match[3] !== undefined) {
    if (digits.length > 2) return null;
    hours = Number(digits);
    minutes = Number(match[3]);
  } else if (digits.length <= 2) {
    hours = Number(digits);
    minutes = 0;
  } else {
    hours = Number(digits.slice(0, -2));
    minutes = Number(digits.slice(-2));
  }
  if (minutes >= 60) return null;
  const total = hours * 60 + minutes;
  if (total > MAX_OFFSET_MINUTES) return null;
  return total === 0 ? 0 : sign * total;
}

/**
 * Writes an offset in minutes as `±HH:MM` (`+05:30`, `-04:00`; zero is `+00:00`). Fractions of a minute
 * are rounded.
 *
 * @example
 * formatOffset(-240); // '-04:00'
 * formatOffset(345); // '+05:45'
 */
export function formatOffset(minutes: number): string {
  const rounded = Math.round(minutes);
  const sign = rounded < 0 ? '-' : '+';
  const absolute = Math.abs(rounded);
  return `${sign}${pad2(Math.floor(absolute / 60))}:${pad2(absolute % 60)}`;
}

/**
 * Turns a carrier's date and time into an instant with its provenance. Never throws and never gives an
 * Invalid Date: impossible or malformed values (February 30, month 13, hour 24, minute 60, an unknown
 * zone, an offset beyond ±14:00, a year outside 1000-9999) give `null`.
 *
 * - With `offset`: the wall time at that offset, `timeBasis: 'carrier_offset'`.
 * - With `timeZone`: the wall time at that IANA zone, `timeBasis` from `basis` (default `location_zone`).
 *   The zone's offsets come from `Intl` (cached per zone and hour), so the answer never depends on the
 *   process `TZ`. Two rules decide the wall times that a daylight-saving change makes odd, as Temporal's
 *   `'compatible'` disambiguation does:
 *   - a repeated wall time (the clocks fall back) resolves to the **earlier** instant, its first occurrence
 *     (New York `2024-11-03 01:30` is `05:30Z`, at `-04:00`);
 *   - a skipped wall time (the clocks spring forward) moves **forward by the gap** (New York
 *     `2024-03-10 02:30` is `07:30Z`, shown as `03:30:00-04:00`).
 * - With `instant`: an ISO-8601 string that carries `Z` or an offset; `localTime` keeps the sent offset,
 *   or shows the instant in `timeZone` when one is given.
 * - Without a time, the instant is 00:00 at the place that day and `timeBasis` is `date_only`.
 *
 * `date` may also hold a whole local date-time (`2024-05-01T10:03:00`) when `time` is absent; an offset
 * inside `date` is refused (pass it as `offset`, or use `instant`). `timeZone` must be an IANA name
 * (`Area/City`, `Etc/...`, `UTC` or `GMT`); abbreviations such as `EST` are refused because they are
 * ambiguous.
 *
 * `occurredAt` is written like `Date.prototype.toISOString()`; `localTime` as `YYYY-MM-DDTHH:mm:ss±HH:MM`,
 * with `.SSS` only when the milliseconds are not zero. Fractions beyond milliseconds are cut off.
 *
 * @example
 * toInstant({ date: '20240501', time: '100300', timeZone: 'America/New_York' });
 * // { occurredAt: '2024-05-01T14:03:00.000Z', localTime: '2024-05-01T10:03:00-04:00',
 * //   timeZone: 'America/New_York', timeBasis: 'location_zone' }
 * toInstant({ date: '2024-05-01', time: '22:15', offset: '+08:00' });
 * // { occurredAt: '2024-05-01T14:15:00.000Z', localTime: '2024-05-01T22:15:00+08:00',
 * //   timeZone: null, timeBasis: 'carrier_offset' }
 * toInstant({ instant: '2024-05-01T10:03:00-04:00' });
 * // { occurredAt: '2024-05-01T14:03:00.000Z', localTime: '2024-05-01T10:03:00-04:00',
 * //   timeZone: null, timeBasis: 'carrier_offset' }
 */
export function toInstant(input: ToInstantInput): ResolvedTime | null {
  if (input === null || typeof input !== 'object') return null;
  if ('instant' in input) return fromInstantString(input.instant, input.timeZone);
  if (typeof input.date !== 'string') return null;
  const wall = parseDateAndTime(input.date, input.time);
  if (wall === null) return null;
  const hasTime = wall.hasTime;
  if ('offset' in input) {
    if (typeof input.offset !== 'string') return null;
    const offsetMinutes = parseOffset(input.offset);
    if (offsetMinutes === null) return null;
    let recordedZone: string | null = null;
    if (input.timeZone !== undefined && input.timeZone !== null) {
      const zone = getZone(input.timeZone);
      if (zone === null) return null;
      recordedZone = zone.name;
    }
    const epoch = wall.localEpoch - offsetMinutes * MINUTE;
    return build(epoch, offsetMinutes * MINUTE, recordedZone, hasTime ? 'carrier_offset' : 'date_only');
  }
  if (typeof input.timeZone !== 'string') return null;
  const zone = getZone(input.timeZone);
  if (zone === null) return null;
  const epoch = resolveWallTime(zone, wall.localEpoch);
  const basis = input.basis === 'assumed_zone' ? 'assumed_zone' : 'location_zone';
  return build(epoch, offsetAt(zone, epoch), zone.name, hasTime ? basis : 'date_only');
}

function fromInstantString(text: unknown, timeZone: string | null | undefined): ResolvedTime | null {
  if (typeof text !== 'string') return null;
  const value = text.trim();
  const split = splitDateTime(value);
  if (split === null) return null;
  const [datePart, rest] = split;
  let timeEnd = 0;
  while (timeEnd < rest.length && isTimeCharacter(rest.charCodeAt(timeEnd))) timeEnd++;
  const timePart = rest.slice(0, timeEnd);
  const offsetPart = rest.slice(timeEnd).trim();
  if (timePart === '' || offsetPart === '') return null;
  const offsetMinutes = parseOffset(offsetPart);
  if (offsetMinutes === null) return null;
  const wall = parseDateAndTime(datePart, timePart);
  if (wall === null) return null;
  const epoch = wall.localEpoch - offsetMinutes * MINUTE;
  if (timeZone !== undefined && timeZone !== null) {
    const zone = getZone(timeZone);
    if (zone === null) return null;
    return build(epoch, offsetAt(zone, epoch), zone.name, 'carrier_offset');
  }
  return build(epoch, offsetMinutes * MINUTE, null, 'carrier_offset');
}

function isTimeCharacter(code: number): boolean {
  return (code >= 48 && code <= 57) || code === 58 || code === 46 || code === 44;
}

/** Splits `2024-05-01T10:03` or `2024-05-01 10:03` into date and the rest; `null` when there is no separator. */
function splitDateTime(value: string): [string, string] | null {
  const separator = value.search(/[Tt ]/);
  if (separator < 0) return null;
  return [value.slice(0, separator), value.slice(separator + 1).trimStart()];
}

/** Validates date (and time) and gives the wall time as if it were UTC, in epoch milliseconds. */
function parseDateAndTime(dateText: string, timeText: string | null | undefined): { localEpoch: number; hasTime: boolean } | null {
  let datePart = dateText.trim();
  let timePart = typeof timeText === 'string' ? timeText.trim() : '';
  if (timeText !== undefined && timeText !== null && typeof timeText !== 'string') return null;
  if (datePart.length > 10) {
    if (timePart !== '') return null;
    const split = splitDateTime(datePart);
    if (split === null) return null;
    [datePart, timePart] = split;
    if (timePart === '') return null;
  }
  const dateMatch = DATE_PATTERN.exec(datePart);
  if (!dateMatch) return null;
  const fields: WallFields = {
    year: Number(dateMatch[1]),
    month: Number(dateMatch[2] ?? dateMatch[4] ?? dateMatch[6]),
    day: Number(dateMatch[3] ?? dateMatch[5] ?? dateMatch[7]),
    hour: 0,
    minute: 0,
    second: 0,
    millisecond: 0,
  };
  const hasTime = timePart !== '';
  if (hasTime && !parseTime(timePart, fields)) return null;
  if (!isValidWallTime(fields)) return null;
  const localEpoch = Date.UTC(fields.year, fields.month - 1, fields.day, fields.hour, fields.minute, fields.second, fields.millisecond);
  return { localEpoch, hasTime };
}

function parseTime(text: string, fields: WallFields): boolean {
  let hour: string;
  let minute: string;
  let second: string | undefined;
  let fraction: string | undefined;
  const colon = COLON_TIME_PATTERN.exec(text);
  if (colon) {
    hour = colon[1]!;
    minute = colon[2]!;
    second = colon[3];
    fraction = colon[4];
  } else {
    const compact = COMPACT_TIME_PATTERN.exec(text);
    if (!compact) return false;
    const digits = compact[1]!;
    fraction = compact[2];
    if (digits.length === 4) {
      if (fraction !== undefined) return false;
      hour = digits.slice(0, 2);
      minute = digits.slice(2, 4);
    } else if (digits.length === 5) {
      hour = digits.slice(0, 1);
      minute = digits.slice(1, 3);
      second = digits.slice(3, 5);
    } else {
      hour = digits.slice(0, 2);
      minute = digits.slice(2, 4);
      second = digits.slice(4, 6);
    }
  }
  fields.hour = Number(hour);
  fields.minute = Number(minute);
  fields.second = second === undefined ? 0 : Number(second);
  fields.millisecond = fraction === undefined ? 0 : Number(fraction.slice(0, 3).padEnd(3, '0'));
  return true;
}

function isValidWallTime(fields: WallFields): boolean {
  const { year, month, day, hour, minute, second } = fields;
  if (year < 1000 || month < 1 || month > 12 || day < 1) return false;
  if (day > daysInMonth(year, month)) return false;
  return hour <= 23 && minute <= 59 && second <= 59;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Reused to print wall times; every call sets it before reading, so sharing it is safe. */
const scratchDate = new Date(0);

function build(epoch: number, offsetMilliseconds: number, timeZone: string | null, timeBasis: ResolvedTime['timeBasis']): ResolvedTime | null {
  if (!(epoch >= MIN_EPOCH && epoch < MAX_EPOCH)) return null;
  const offsetMinutes = Math.round(offsetMilliseconds / MINUTE);
  const wallEpoch = epoch + offsetMinutes * MINUTE;
  if (!(wallEpoch >= MIN_EPOCH && wallEpoch < MAX_EPOCH)) return null;
  scratchDate.setTime(epoch);
  const occurredAt = scratchDate.toISOString();
  scratchDate.setTime(wallEpoch);
  const wallText = scratchDate.toISOString();
  const milliseconds = wallEpoch % 1000 !== 0;
  const localTime = `${wallText.slice(0, milliseconds ? 23 : 19)}${formatOffset(offsetMinutes)}`;
  return { occurredAt, localTime, timeZone, timeBasis };
}

function pad2(value: number): string {
  return value < 10 ? `0${value}` : String(value);
}

/** One IANA zone: its formatter and the offsets found so far, per UTC hour. */
interface ZoneState {
  /** The zone's name as recorded in results. */
  name: string;
  formatter: Intl.DateTimeFormat;
  /** UTC hour number -> offset in ms for the whole hour, or NaN when the offset changes within it. */
  hourOffsets: Map<number, number>;
}

const ZONE_NAME_PATTERN = /^(?:UTC|GMT|[A-Za-z][A-Za-z0-9_+-]*(?:\/[A-Za-z0-9_+-]+)+)$/;
const MAX_CACHED_HOURS = 8192;
const zones = new Map<string, ZoneState | null>();

/**
 * The state of a zone, or `null` when `Intl` does not know it. Names must be IANA-shaped; the result
 * records the zone as given, with its letter case corrected when `Intl` only differs in case.
 */
function getZone(name: string): ZoneState | null {
  if (typeof name !== 'string') return null;
  const cached = zones.get(name);
  if (cached !== undefined) return cached;
  let state: ZoneState | null = null;
  const trimmed = name.trim();
  if (ZONE_NAME_PATTERN.test(trimmed)) {
    try {
      const formatter = new Intl.DateTimeFormat('en-US', {
        timeZone: trimmed,
        hourCycle: 'h23',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
        second: 'numeric',
        era: 'short',
      });
      const resolved = formatter.resolvedOptions().timeZone;
      const recorded = resolved.toLowerCase() === trimmed.toLowerCase() ? resolved : trimmed;
      state = { name: recorded, formatter, hourOffsets: new Map() };
    } catch {
      state = null;
    }
  }
  if (zones.size > 1000) zones.clear();
  zones.set(name, state);
  return state;
}

/** Tells whether `Intl` in this runtime knows an IANA zone name (abbreviations such as `EST` are refused). */
export function isKnownTimeZone(name: string): boolean {
  return getZone(name) !== null;
}

/** The zone's offset from UTC (ms, east positive) at an instant. */
function offsetAt(zone: ZoneState, epoch: number): number {
  const hourKey = Math.floor(epoch / HOUR);
  let offset = zone.hourOffsets.get(hourKey);
  if (offset === undefined) {
    const start = hourKey * HOUR;
    const first = computeOffset(zone, start);
    const last = computeOffset(zone, start + HOUR - 1000);
    offset = first === last ? first : Number.NaN;
    if (zone.hourOffsets.size >= MAX_CACHED_HOURS) zone.hourOffsets.clear();
    zone.hourOffsets.set(hourKey, offset);
  }
  return Number.isNaN(offset) ? computeOffset(zone, epoch) : offset;
}

/**
 * The offset in force in a zone at an instant, from date-fns-tz's `formatInTimeZone` (Intl underneath,
 * independent of the host zone), in milliseconds east of UTC.
 * date-fns-tz's `getTimezoneOffset(zone, date)` is not used: it reads `date` as a wall time in the zone
 * (New York at 2024-11-03T05:30Z gives -05:00, where the offset in force is -04:00) and settles gaps
 * its own way, so it cannot answer "which offset is in force at this instant".
 */
function computeOffset(zone: ZoneState, epoch: number): number {
  const text = formatInTimeZone(epoch - (((epoch % 1000) + 1000) % 1000), zone.name, 'xxx');
  const sign = text.startsWith('-') ? -1 : 1;
  return sign * (Number(text.slice(1, 3)) * HOUR + Number(text.slice(4, 6)) * 60_000);
}

/**
 * The instant of a wall time in a zone, host-independent. Looks at the offsets a day before and after to
 * find both candidates around a change: the earlier valid candidate wins for repeated times; for skipped
 * times the offset in force before the change is used, which moves the wall time forward by the gap.
 */
function resolveWallTime(zone: ZoneState, localEpoch: number): number {
  const before = offsetAt(zone, localEpoch - DAY);
  const after = offsetAt(zone, localEpoch + DAY);
  const fromBefore = localEpoch - before;
  const beforeFits = offsetAt(zone, fromBefore) === before;
  if (before === after) {
    if (beforeFits) return fromBefore;
    const actual = offsetAt(zone, fromBefore);
    const fromActual = localEpoch - actual;
    return offsetAt(zone, fromActual) === actual ? fromActual : fromBefore;
  }
  const fromAfter = localEpoch - after;
  const afterFits = offsetAt(zone, fromAfter) === after;
  if (beforeFits && afterFits) return Math.min(fromBefore, fromAfter);
  if (beforeFits) return fromBefore;
  if (afterFits) return fromAfter;
  return fromBefore;
}
