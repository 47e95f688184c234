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
  const fixed = parseFixedOffset(text, 0, typeof text === 'string' ? text.length : 0);
  if (fixed !== undefined) return fixed;
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
  const fixed = parseFixedInstant(text);
  if (fixed !== undefined) {
    if (fixed === null) return null;
    if (timeZone !== undefined && timeZone !== null) {
      const zone = getZone(timeZone);
      if (zone === null) return null;
      return build(fixed.epoch, offsetAt(zone, fixed.epoch), zone.name, 'carrier_offset');
    }
    return build(fixed.epoch, fixed.offsetMinutes * MINUTE, null, 'carrier_offset');
  }
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

/*
 * Fixed-form fast paths. Carriers send a handful of exact layouts (`2024-05-01`, `20240501`, `10:03:00`,
 * `100300`, `-04:00`, `2024-05-01T10:03:00-04:00`); these read them with character codes instead of regular
 * expressions, trims and slices. Each gives `undefined` for any other text, which then takes the general path
 * below, so the accepted inputs and the answers are exactly the general path's (test/adapter-kit/
 * fast-path-equivalence.test.ts compares both on generated inputs). They never see surrounding white space:
 * every layout starts and ends with a digit, a sign or `Z`.
 */

/** The digit at `index` (0-9), or -1 (also past the end, where `charCodeAt` gives NaN). */
function digitAt(text: string, index: number): number {
  const value = text.charCodeAt(index) - 48;
  return value >= 0 && value <= 9 ? value : -1;
}

/** Two digits at `index` as a number, or -1. */
function twoDigitsAt(text: string, index: number): number {
  const tens = digitAt(text, index);
  const ones = digitAt(text, index + 1);
  return tens < 0 || ones < 0 ? -1 : tens * 10 + ones;
}

/** `±HH:MM` (exactly) or `Z` between `start` and `end`, in minutes east of UTC; `undefined` for any other form. */
function parseFixedOffset(text: string, start: number, end: number): number | null | undefined {
  if (typeof text !== 'string') return undefined;
  const length = end - start;
  if (length === 1) return text.charCodeAt(start) === 90 ? 0 : undefined;
  if (length !== 6 || text.charCodeAt(start + 3) !== 58) return undefined;
  const sign = text.charCodeAt(start);
  if (sign !== 43 && sign !== 45) return undefined;
  const hours = twoDigitsAt(text, start + 1);
  const minutes = twoDigitsAt(text, start + 4);
  if (hours < 0 || minutes < 0) return undefined;
  if (minutes >= 60) return null;
  const total = hours * 60 + minutes;
  if (total > MAX_OFFSET_MINUTES) return null;
  return total === 0 ? 0 : sign === 45 ? -total : total;
}

/** `YYYY-MM-DD`, `YYYY/MM/DD` (10 characters) or `YYYYMMDD` (8) at `start`; `false` for any other form. */
function readFixedDate(text: string, start: number, length: number, fields: WallFields): boolean {
  const century = twoDigitsAt(text, start);
  const yearInCentury = twoDigitsAt(text, start + 2);
  if (century < 0 || yearInCentury < 0) return false;
  let month: number;
  let day: number;
  if (length === 10) {
    const separator = text.charCodeAt(start + 4);
    if ((separator !== 45 && separator !== 47) || text.charCodeAt(start + 7) !== separator) return false;
    month = twoDigitsAt(text, start + 5);
    day = twoDigitsAt(text, start + 8);
  } else if (length === 8) {
    month = twoDigitsAt(text, start + 4);
    day = twoDigitsAt(text, start + 6);
  } else {
    return false;
  }
  if (month < 0 || day < 0) return false;
  fields.year = century * 100 + yearInCentury;
  fields.month = month;
  fields.day = day;
  return true;
}

/** `HH:mm:ss`, `HH:mm`, `HHmmss` or `HHmm` of `length` characters at `start`; `false` for any other form. */
function readFixedTime(text: string, start: number, length: number, fields: WallFields): boolean {
  let hour: number;
  let minute: number;
  let second = 0;
  if (length === 8 || length === 5) {
    if (text.charCodeAt(start + 2) !== 58) return false;
    hour = twoDigitsAt(text, start);
    minute = twoDigitsAt(text, start + 3);
    if (length === 8) {
      if (text.charCodeAt(start + 5) !== 58) return false;
      second = twoDigitsAt(text, start + 6);
    }
  } else if (length === 6 || length === 4) {
    hour = twoDigitsAt(text, start);
    minute = twoDigitsAt(text, start + 2);
    if (length === 6) second = twoDigitsAt(text, start + 4);
  } else {
    return false;
  }
  if (hour < 0 || minute < 0 || second < 0) return false;
  fields.hour = hour;
  fields.minute = minute;
  fields.second = second;
  fields.millisecond = 0;
  return true;
}

/** The general path's answer for a date (and time) in the fixed layouts; `undefined` for any other input. */
function parseFixedDateAndTime(dateText: string, timeText: string | null | undefined): { localEpoch: number; hasTime: boolean } | null | undefined {
  if (typeof dateText !== 'string') return undefined;
  const fields: WallFields = { year: 0, month: 0, day: 0, hour: 0, minute: 0, second: 0, millisecond: 0 };
  const length = dateText.length;
  if (length === 16 || length === 19) {
    // A whole local date-time in `date` (`2025-08-10 14:53:56`, `2025-08-10T14:53`), with no separate time.
    if (timeText !== undefined && timeText !== null && timeText !== '') return undefined;
    const separator = dateText.charCodeAt(10);
    if (separator !== 84 && separator !== 116 && separator !== 32) return undefined;
    if (!readFixedDate(dateText, 0, 10, fields) || !readFixedTime(dateText, 11, length - 11, fields)) return undefined;
    if (!isValidWallTime(fields)) return null;
    return { localEpoch: Date.UTC(fields.year, fields.month - 1, fields.day, fields.hour, fields.minute, fields.second, 0), hasTime: true };
  }
  if (!readFixedDate(dateText, 0, length, fields)) return undefined;
  let hasTime = false;
  if (typeof timeText === 'string') {
    if (timeText.length > 0) {
      if (!readFixedTime(timeText, 0, timeText.length, fields)) return undefined;
      hasTime = true;
    }
  } else if (timeText !== undefined && timeText !== null) {
    return undefined;
  }
  if (!isValidWallTime(fields)) return null;
  const localEpoch = Date.UTC(fields.year, fields.month - 1, fields.day, fields.hour, fields.minute, fields.second, fields.millisecond);
  return { localEpoch, hasTime };
}

/**
 * `YYYY-MM-DDTHH:mm:ss` with an optional `.` and 1-9 fraction digits, then `Z` or `±HH:MM`: the instant in epoch
 * milliseconds and the offset in minutes. `null` where the general path would refuse it; `undefined` for any
 * other layout.
 */
function parseFixedInstant(text: string): { epoch: number; offsetMinutes: number } | null | undefined {
  const length = text.length;
  if (length < 20 || text.charCodeAt(10) !== 84) return undefined;
  const fields: WallFields = { year: 0, month: 0, day: 0, hour: 0, minute: 0, second: 0, millisecond: 0 };
  if (!readFixedDate(text, 0, 10, fields) || !readFixedTime(text, 11, 8, fields)) return undefined;
  let offsetStart = 19;
  if (text.charCodeAt(19) === 46) {
    let end = 20;
    while (end < length && digitAt(text, end) >= 0) end++;
    const digits = end - 20;
    if (digits < 1 || digits > 9) return undefined;
    const first = digitAt(text, 20);
    const second = digits > 1 ? digitAt(text, 21) : 0;
    const third = digits > 2 ? digitAt(text, 22) : 0;
    fields.millisecond = first * 100 + second * 10 + third;
    offsetStart = end;
  }
  const offsetMinutes = parseFixedOffset(text, offsetStart, length);
  if (offsetMinutes === undefined) return undefined;
  if (offsetMinutes === null || !isValidWallTime(fields)) return null;
  const localEpoch = Date.UTC(fields.year, fields.month - 1, fields.day, fields.hour, fields.minute, fields.second, fields.millisecond);
  return { epoch: localEpoch - offsetMinutes * MINUTE, offsetMinutes };
}

/** Validates date (and time) and gives the wall time as if it were UTC, in epoch milliseconds. */
function parseDateAndTime(dateText: string, timeText: string | null | undefined): { localEpoch: number; hasTime: boolean } | null {
  const fixed = parseFixedDateAndTime(dateText, timeText);
  if (fixed !== undefined) return fixed;
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

function build(epoch: number, offsetMilliseconds: number, timeZone: string | null, timeBasis: ResolvedTime['timeBasis']): ResolvedTime | null {
  if (!(epoch >= MIN_EPOCH && epoch < MAX_EPOCH)) return null;
  const offsetMinutes = Math.round(offsetMilliseconds / MINUTE);
  const wallEpoch = epoch + offsetMinutes * MINUTE;
  if (!(wallEpoch >= MIN_EPOCH && wallEpoch < MAX_EPOCH)) return null;
  const occurredAt = `${formatUtcFields(epoch, true)}Z`;
  const localTime = `${formatUtcFields(wallEpoch, wallEpoch % 1000 !== 0)}${offsetText(offsetMinutes)}`;
  return { occurredAt, localTime, timeZone, timeBasis };
}

const offsetTexts = new Map<number, string>();

/** {@link formatOffset} of a whole number of minutes, remembered (a process sees a few dozen offsets). */
function offsetText(minutes: number): string {
  let text = offsetTexts.get(minutes);
  if (text === undefined) {
    text = formatOffset(minutes);
    if (offsetTexts.size < 256) offsetTexts.set(minutes, text);
  }
  return text;
}

/**
 * `YYYY-MM-DDTHH:mm:ss` (and `.sss` when asked) of an epoch in years 1000-9999: the same text as the start of
 * `Date.prototype.toISOString()`, written by arithmetic (days to civil date, as in Howard Hinnant's
 * `civil_from_days`), which costs a third of `toISOString` on the hot path.
 */
function formatUtcFields(epoch: number, withMilliseconds: boolean): string {
  const time = Math.trunc(epoch);
  const days = Math.floor(time / DAY);
  // 0 <= rest < DAY, so 32-bit integer division is exact here.
  let rest = time - days * DAY;
  const hour = (rest / HOUR) | 0;
  rest -= hour * HOUR;
  const minute = (rest / MINUTE) | 0;
  rest -= minute * MINUTE;
  const second = (rest / 1000) | 0;
  const millisecond = rest - second * 1000;
  const text = `${formatUtcDate(days)}T${TWO_DIGITS[hour]}:${TWO_DIGITS[minute]}:${TWO_DIGITS[second]}`;
  if (!withMilliseconds) return text;
  return `${text}.${millisecond < 10 ? '00' : millisecond < 100 ? '0' : ''}${millisecond}`;
}

/** The last two days written (an instant and its wall time usually fall on one or two days). */
let recentDay = Number.NaN;
let recentDayText = '';
let previousDay = Number.NaN;
let previousDayText = '';

/** `YYYY-MM-DD` of a day number (days since 1970-01-01), for years 1000-9999. */
function formatUtcDate(days: number): string {
  if (days === recentDay) return recentDayText;
  if (days === previousDay) return previousDayText;
  const shifted = days + 719_468;
  const era = Math.floor(shifted / 146_097);
  const dayOfEra = shifted - era * 146_097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const monthIndex = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * monthIndex + 2) / 5) + 1;
  const month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  const text = `${year}-${TWO_DIGITS[month]}-${TWO_DIGITS[day]}`;
  previousDay = recentDay;
  previousDayText = recentDayText;
  recentDay = days;
  recentDayText = text;
  return text;
}

/** `00` to `99`. */
const TWO_DIGITS: readonly string[] = Array.from({ length: 100 }, (_, value) => (value < 10 ? `0${value}` : String(value)));

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
      // The options date-fns-tz reads zones with (see computeOffset).
      const formatter = new Intl.DateTimeFormat('en-US', {
        timeZone: trimmed,
        hourCycle: 'h23',
        year: 'numeric',
        month: 'numeric',
        day: '2-digit',
        hour: '2-digit',
        minute: '2-digit',
        second: '2-digit',
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
 * The offset in force in a zone at an instant (whole seconds), in milliseconds east of UTC, read from `Intl`
 * (independent of the host zone): the zone's wall clock at that instant, as UTC, minus the instant. Offsets
 * with seconds (local mean times before 1900) keep their whole minutes, toward zero, as `±HH:MM` writes them.
 *
 * This is the computation date-fns-tz's `formatInTimeZone(instant, zone, 'xxx')` makes (same `Intl` options,
 * same arithmetic); it is done here because importing that function loads the whole of date-fns, which cost
 * more than a second at startup (docs/performance.md). test/adapter-kit/fast-path-equivalence.test.ts holds
 * the offsets to the ones `Intl` names (`longOffset`).
 * date-fns-tz's `getTimezoneOffset(zone, date)` would not do: it reads `date` as a wall time in the zone
 * (New York at 2024-11-03T05:30Z gives -05:00, where the offset in force is -04:00) and settles gaps its own
 * way, so it cannot answer "which offset is in force at this instant".
 */
function computeOffset(zone: ZoneState, epoch: number): number {
  const instant = epoch - (((epoch % 1000) + 1000) % 1000);
  let year = Number.NaN;
  let month = Number.NaN;
  let day = Number.NaN;
  let hour = Number.NaN;
  let minute = Number.NaN;
  let second = Number.NaN;
  for (const part of zone.formatter.formatToParts(instant)) {
    if (part.type === 'year') year = Number.parseInt(part.value, 10);
    else if (part.type === 'month') month = Number.parseInt(part.value, 10);
    else if (part.type === 'day') day = Number.parseInt(part.value, 10);
    else if (part.type === 'hour') hour = Number.parseInt(part.value, 10);
    else if (part.type === 'minute') minute = Number.parseInt(part.value, 10);
    else if (part.type === 'second') second = Number.parseInt(part.value, 10);
  }
  scratchDate.setTime(0);
  scratchDate.setUTCFullYear(year, month - 1, day);
  scratchDate.setUTCHours(hour % 24, minute, second, 0);
  const eastMinutes = (scratchDate.getTime() - instant) / MINUTE;
  const absolute = Math.abs(eastMinutes);
  const whole = Math.floor(absolute / 60) * HOUR + Math.floor(absolute % 60) * MINUTE;
  return eastMinutes < 0 ? -whole : whole;
}

/** Reused to turn wall-clock fields into epoch milliseconds (years below 100 included); set before each read. */
const scratchDate = new Date(0);

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
