import {
  assumedZoneWarning,
  normalizeCountry,
  resolveTimeZone,
  toInstant,
  type Location,
  type ResolvedTime,
  type TrackingWarning,
} from '../../src/adapter-kit/index.js';
// Not exported from the kit's index yet (the lead adds it); then this import moves to index.js.
import { findChineseCity, findChineseCityAtStart, findChineseProvince } from '../../src/adapter-kit/index.js';

/** China keeps one civil time, UTC+08:00 without daylight saving. */
export const CHINA_TIME_ZONE = 'Asia/Shanghai';

/** The fields of one trace item that say where it happened. */
export interface ChinaPostPlaceFields {
  opOrgCode?: string | undefined;
  opOrgName?: string | undefined;
  opOrgProvName?: string | undefined;
  opOrgCity?: string | undefined;
  opDesc?: string | undefined;
}

/** Where an event happened, and how sure we are of the country. */
export interface ChinaPostPlace {
  location: Location | null;
  /**
   * `domestic`: a China Post office (8-digit organisation code, or a Chinese province or city); `abroad`: a
   * destination-post event (a bracketed country in the text, or a UPU office code); `unknown`: neither
   * (airline scans carry an airline code such as `CX` or a bare `3`).
   */
  scope: 'domestic' | 'abroad' | 'unknown';
}

const CHINA_POST_ORG_CODE = /^\d{8}$/;
/** UPU office-of-exchange codes are six characters, the first two the country (`USJFKA`, `COBOGC`). */
const UPU_OFFICE_CODE = /^([A-Z]{2})[A-Z0-9]{3}[A-Z0-9]$/;
const BRACKETED = /【([^【】]{1,40})】/g;

/**
 * Reads where one trace item happened:
 * - an event whose text names a country in brackets (`【美国】已妥投`, `已到达【美国】投递局`) or whose
 *   `opOrgCode` is a UPU office code comes from the destination post: `countryCode` of that country;
 * - otherwise a Chinese province, city or 8-digit China Post organisation code makes it a China Post scan:
 *   `countryCode` `CN` (or `HK` / `MO`), the province as `region` and the city in pinyin, the office's Chinese
 *   name as `facility`; names missing from the kit's table stay as written;
 * - anything else (airline scans) has no location.
 *
 * @example
 * readChinaPostPlace({ opOrgCode: '20120300', opOrgName: '上海市国际互换局', opOrgProvName: '上海市', opOrgCity: '上海市' });
 * // { location: { city: 'Shanghai', region: 'Shanghai', countryCode: 'CN', facility: '上海市国际互换局' }, scope: 'domestic' }
 */
export function readChinaPostPlace(fields: ChinaPostPlaceFields): ChinaPostPlace {
  const facility = text(fields.opOrgName);
  const orgCode = text(fields.opOrgCode);
  const foreignCountry = bracketedCountry(fields.opDesc) ?? officeCodeCountry(orgCode);
  if (foreignCountry !== undefined) {
    const location: Location = { countryCode: foreignCountry };
    const city = text(fields.opOrgCity);
    if (city && !/\p{Script=Han}/u.test(city)) location.city = city;
    if (facility) location.facility = facility;
    else if (orgCode && UPU_OFFICE_CODE.test(orgCode)) location.facility = orgCode;
    return { location, scope: 'abroad' };
  }

  const provinceText = text(fields.opOrgProvName);
  const cityText = text(fields.opOrgCity);
  const province = findChineseProvince(provinceText);
  const city = findChineseCity(cityText) ?? (cityText ? undefined : findChineseCityAtStart(facility));
  const domestic = province !== null || (city !== null && city !== undefined) || cityText !== undefined || (orgCode !== undefined && CHINA_POST_ORG_CODE.test(orgCode));
  if (!domestic) return { location: facility ? { facility } : null, scope: 'unknown' };

  const location: Location = {};
  const cityName = city ? city.name : cityText ? stripSuffix(cityText, '市') : undefined;
  const regionName = province ? province.name : provinceText ? provinceText : undefined;
  if (cityName) location.city = cityName;
  if (regionName) location.region = regionName;
  location.countryCode = province?.countryCode ?? city?.countryCode ?? 'CN';
  if (facility) location.facility = facility;
  return { location, scope: 'domestic' };
}

/** A resolved event time and the warning resolving it raised, if any. */
export interface ChinaPostEventTime {
  time: ResolvedTime;
  warning?: TrackingWarning;
}

/**
 * Resolves `opTime` (`yyyy-MM-dd HH:mm:ss`, no offset). China Post scans are Beijing time
 * (`Asia/Shanghai`, `location_zone`); destination-post scans are read in the scan country's zone (its
 * basis from `resolveTimeZone`: `location_zone` for one-zone countries, `assumed_zone` plus a warning for
 * countries with several zones); scans with no country (airline events) are read in Beijing time, the feed's
 * own clock, as `assumed_zone` with a warning. Returns `null` for a value that is not a real date.
 *
 * @example
 * resolveChinaPostTime('2025-08-10 14:53:56', { location: { countryCode: 'CN' }, scope: 'domestic' });
 * // { time: { occurredAt: '2025-08-10T06:53:56.000Z', localTime: '2025-08-10T14:53:56+08:00', timeZone: 'Asia/Shanghai', timeBasis: 'location_zone' } }
 */
export function resolveChinaPostTime(opTime: string, place: ChinaPostPlace): ChinaPostEventTime | null {
  const value = opTime.trim();
  const countryCode = place.location?.countryCode;
  if (place.scope === 'domestic' && countryCode === 'CN') {
    const time = toInstant({ date: value, timeZone: CHINA_TIME_ZONE, basis: 'location_zone' });
    return time ? { time } : null;
  }
  if (countryCode !== undefined) {
    const zone = resolveTimeZone({ countryCode, city: place.location?.city });
    if (zone) {
      const time = toInstant({ date: value, timeZone: zone.timeZone, basis: zone.basis });
      if (!time) return null;
      if (zone.basis === 'assumed_zone' && time.timeBasis === 'assumed_zone') {
        return { time, warning: assumedZoneWarning(zone.timeZone, zone.reason ?? `the scan country ${countryCode} spans several zones`) };
      }
      return { time };
    }
  }
  const time = toInstant({ date: value, timeZone: CHINA_TIME_ZONE, basis: 'assumed_zone' });
  if (!time) return null;
  if (time.timeBasis !== 'assumed_zone') return { time };
  return {
    time,
    warning: assumedZoneWarning(CHINA_TIME_ZONE, 'China Post sent a local time without offset for a scan with no country (airline or unknown office); read as Beijing time, the feed’s own clock'),
  };
}

/** The first bracketed name in a text that is a country other than China (`【美国】` → `US`). */
function bracketedCountry(description: string | undefined): string | undefined {
  if (!description || !description.includes('【')) return undefined;
  for (const match of description.matchAll(BRACKETED)) {
    const code = normalizeCountry((match[1] as string).trim());
    if (code !== null && code !== 'CN') return code;
  }
  return undefined;
}

function officeCodeCountry(code: string | undefined): string | undefined {
  const match = code ? UPU_OFFICE_CODE.exec(code) : null;
  if (!match) return undefined;
  const country = normalizeCountry(match[1] as string);
  return country !== null && country !== 'CN' ? country : undefined;
}

function stripSuffix(value: string, suffix: string): string {
  return value.length > suffix.length && value.endsWith(suffix) ? value.slice(0, -suffix.length) : value;
}

function text(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}
