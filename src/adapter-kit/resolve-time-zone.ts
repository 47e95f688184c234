import { COUNTRY_PRIMARY_ZONES } from './data/country-time-zones.js';
import { ISO_3166_COUNTRIES } from './data/iso-3166-countries.js';
import { MULTI_ZONE_COUNTRIES, ZONE_FALLBACKS } from './data/multi-zone-countries.js';
import type { CountryZoneTable } from './data/region-zone-table.js';
import { normalizeCountry, toLookupKey, toLookupTokens } from './normalize-country.js';
import { isKnownTimeZone } from './to-instant.js';

/** Where an event happened, as far as the carrier says. Every field is optional. */
export interface ZoneQuery {
  /** Alpha-2, alpha-3 or a country name in English, French, German, Spanish or Chinese. */
  countryCode?: string | undefined;
  /** State, province or region: a code (`KY`, `QC`, `NSW`, `US-KY`) or a name (`Québec`, `Jalisco`). */
  region?: string | undefined;
  city?: string | undefined;
  postalCode?: string | undefined;
}

/** The zone found for a place and how sure it is. */
export interface ZoneResolution {
  /** IANA zone name. */
  timeZone: string;
  /**
   * `location_zone`: the place determines the zone. `assumed_zone`: the place is too vague (a country or
   * region that spans several zones); the zone is the most likely one and `reason` says why.
   */
  basis: 'location_zone' | 'assumed_zone';
  /** Why the zone is assumed (present with `assumed_zone`). */
  reason?: string;
}

/** Words that name the kind of region rather than the region (`Oblast`, `State of`, `Región de`). */
const GENERIC_REGION_WORDS = new Set([
  'state', 'province', 'provincia', 'prov', 'region', 'regiao', 'oblast', 'obl', 'oblys', 'oblysy', 'krai', 'kray',
  'respublika', 'republic', 'resp', 'autonomous', 'okrug', 'ao', 'territory', 'territoire', 'estado', 'departamento',
  'department', 'district', 'city', 'gorod', 'of', 'de', 'do', 'da', 'del', 'the', 'provinsi', 'область', 'обл', 'край',
  'республика', 'респ', 'автономный', 'автономная', 'округ', 'город', 'г',
]);

const MAX_CACHED_QUERIES = 4096;

interface RegionEntry {
  code: string;
  zone: string;
  split: boolean;
  military: boolean;
}

interface PostalEntry {
  zone: string;
  note: 'mixed' | 'military' | undefined;
}

interface CompiledTable {
  table: CountryZoneTable;
  /** Region key -> entry; `null` when two regions with different clocks share the key. */
  regions: Map<string, RegionEntry | null>;
  regionsByStrippedKey: Map<string, RegionEntry | null>;
  postal: Map<string, PostalEntry>;
  /** Prefix lengths present in `postal`, longest first. */
  postalLengths: number[];
  /** `regionCode|cityKey` (region `''` for rows that apply when the region is unknown) -> zone or `null`. */
  cities: Map<string, string | null>;
}

const compiledTables = new Map<string, CompiledTable>();
const usableZones = new Map<string, string>();
const resultCache = new Map<string, ZoneResolution | null>();
let countryNames: Map<string, string> | undefined;

/**
 * Finds the IANA zone of a place from what a carrier says about it, using tables committed in the
 * package (never the runtime's ICU country data, which differs between Node versions).
 *
 * - No usable country: `null`. The country goes through `normalizeCountry`.
 * - A country with one zone (or whose extra zones keep the same clock, such as Germany's Büsingen):
 *   that zone, `location_zone`. China is `Asia/Shanghai`: the post keeps Beijing time everywhere.
 * - Multi-zone countries (United States, Canada, Australia, Brazil, Mexico, Russia, Indonesia,
 *   Kazakhstan, Chile, Portugal, Spain, Ecuador, New Zealand, DR Congo, Mongolia, Kiribati, Micronesia,
 *   French Polynesia, Papua New Guinea, Ukraine, Greenland, US outlying islands), in this order:
 *   1. a postal code whose prefix lies in one zone (US 3-digit ZIP prefixes with 5-digit exceptions, which
 *      also cover Puerto Rico, the Virgin Islands, Guam, American Samoa, the Northern Marianas and the
 *      freely associated states; Canadian first letters and forward sortation areas; Australian, Brazilian,
 *      Mexican, Russian, Indonesian, Portuguese, Spanish, Ecuadorian and New Zealand ranges): `location_zone`;
 *   2. a town listed for the region (or, with no known region, a town listed for the country): `location_zone`;
 *   3. a region (code or name, in any case and with or without accents, `Oblast`, `State of`...) that keeps
 *      one clock: `location_zone`;
 *   4. a postal range or region that spans two clocks: its dominant zone, `assumed_zone` with a reason;
 *   5. nothing usable: the country's most populous zone, `assumed_zone` with a reason.
 *   US military addresses (APO/FPO, states AA/AE/AP, ZIPs 090-099, 340, 962-966) are always assumed.
 *
 * @example
 * resolveTimeZone({ countryCode: 'US', region: 'KY', city: 'Bowling Green' });
 * // { timeZone: 'America/Chicago', basis: 'location_zone' }
 * resolveTimeZone({ countryCode: 'AUS' });
 * // { timeZone: 'Australia/Sydney', basis: 'assumed_zone', reason: 'Australia spans several time zones ...' }
 * resolveTimeZone({ countryCode: 'China' });
 * // { timeZone: 'Asia/Shanghai', basis: 'location_zone' }
 */
export function resolveTimeZone(location: ZoneQuery): ZoneResolution | null {
  if (location === null || typeof location !== 'object') return null;
  const country = normalizeCountry(location.countryCode);
  if (country === null) return null;
  const region = cleanText(location.region);
  const city = cleanText(location.city);
  const postalCode = cleanText(location.postalCode);
  const cacheKey = `${country}\u0000${region}\u0000${city}\u0000${postalCode}`;
  const cached = resultCache.get(cacheKey);
  if (cached !== undefined) return cached;
  const result = resolveForCountry(country, region, city, postalCode);
  if (resultCache.size >= MAX_CACHED_QUERIES) resultCache.clear();
  resultCache.set(cacheKey, result);
  return result;
}

function resolveForCountry(country: string, regionText: string, cityText: string, postalText: string): ZoneResolution | null {
  const table = MULTI_ZONE_COUNTRIES[country];
  if (table === undefined) {
    const zone = COUNTRY_PRIMARY_ZONES[country];
    return zone === undefined ? null : located(zone);
  }
  const compiled = compileTable(country, table);
  const region = regionText === '' ? undefined : lookUpRegion(compiled, country, regionText);
  const postalCode = normalizePostalCode(postalText);
  const postal = postalCode === '' ? undefined : lookUpPostal(compiled, postalCode);
  const cityZone = cityText === '' ? undefined : lookUpCity(compiled, region?.code ?? '', cityText);

  if (region?.military) return assumed(region.zone, `US military mail (${region.code}): the base's zone is unknown`);
  if (postal?.note === 'military') return assumed(postal.zone, `US military mail (ZIP ${postalCode.slice(0, 5)}): the base's zone is unknown`);
  if (postal !== undefined && postal.note === undefined) return located(postal.zone);
  if (cityZone !== undefined) return located(cityZone);
  if (region !== undefined && !region.split) return located(region.zone);
  if (postal !== undefined) {
    return assumed(postal.zone, `postal code ${postalText} lies in an area of ${countryName(country)} that spans two time zones`);
  }
  if (region !== undefined) {
    return assumed(region.zone, `region ${region.code} of ${countryName(country)} spans several time zones and no postal code or known town tells which`);
  }
  if (regionText !== '') {
    return assumed(table.primary, `region "${regionText}" is not known for ${countryName(country)}, which spans several time zones`);
  }
  return assumed(table.primary, `${countryName(country)} spans several time zones and no region or postal code was given`);
}

function located(zone: string): ZoneResolution {
  return Object.freeze({ timeZone: usableZone(zone), basis: 'location_zone' as const });
}

function assumed(zone: string, reason: string): ZoneResolution {
  return Object.freeze({ timeZone: usableZone(zone), basis: 'assumed_zone' as const, reason });
}

/** The zone, or the older zone that kept the same clock when this runtime's ICU data lacks the newer name. */
function usableZone(zone: string): string {
  let usable = usableZones.get(zone);
  if (usable === undefined) {
    const fallback = ZONE_FALLBACKS[zone];
    usable = isKnownTimeZone(zone) || fallback === undefined || !isKnownTimeZone(fallback) ? zone : fallback;
    usableZones.set(zone, usable);
  }
  return usable;
}

function cleanText(value: unknown): string {
  return typeof value === 'string' ? value.trim() : '';
}

function normalizePostalCode(text: string): string {
  return text.replace(/[\s.\-–]/g, '').toUpperCase();
}

function countryName(country: string): string {
  if (countryNames === undefined) countryNames = new Map(ISO_3166_COUNTRIES.map(([code, , name]) => [code, name]));
  return countryNames.get(country) ?? country;
}

function lookUpRegion(compiled: CompiledTable, country: string, text: string): RegionEntry | undefined {
  let value = text;
  if (value.length > 3 && value[2] === '-' && value.slice(0, 2).toUpperCase() === country) value = value.slice(3);
  const [full, stripped] = toRegionKeys(value);
  if (full === '') return undefined;
  const direct = compiled.regions.get(full);
  if (direct !== undefined) return direct ?? undefined;
  if (stripped === '') return undefined;
  return compiled.regions.get(stripped) ?? compiled.regionsByStrippedKey.get(stripped) ?? undefined;
}

function lookUpPostal(compiled: CompiledTable, code: string): PostalEntry | undefined {
  const format = compiled.table.postalFormat;
  if (format === undefined || !format.test(code)) return undefined;
  for (const length of compiled.postalLengths) {
    if (code.length < length) continue;
    const entry = compiled.postal.get(code.slice(0, length));
    if (entry !== undefined) return entry;
  }
  return undefined;
}

function lookUpCity(compiled: CompiledTable, regionCode: string, text: string): string | undefined {
  const key = toLookupKey(text);
  if (key === '') return undefined;
  return compiled.cities.get(`${regionCode}|${key}`) ?? undefined;
}

/**
 * The two keys a region name is looked up by: all its words, and its words without the generic ones
 * (`Moscow Oblast` -> `moscow`, `Región de Valparaíso` -> `valparaiso`). Internal; exported for tests.
 */
export function toRegionKeys(text: string): [full: string, stripped: string] {
  const tokens = toLookupTokens(text);
  return [tokens.join(''), tokens.filter((token) => !GENERIC_REGION_WORDS.has(token)).join('')];
}

function compileTable(country: string, table: CountryZoneTable): CompiledTable {
  const known = compiledTables.get(country);
  if (known !== undefined) return known;
  const regions = new Map<string, RegionEntry | null>();
  const regionsByStrippedKey = new Map<string, RegionEntry | null>();
  for (const [codes, names, zone, note] of table.regions) {
    const codeList = codes.split('|').filter((code) => code !== '');
    const entry: RegionEntry = { code: codeList[0] ?? names.split('|')[0] ?? '', zone, split: note === 'split', military: note === 'military' };
    for (const text of [...codeList, ...names.split('|')]) {
      const [full, stripped] = toRegionKeys(text);
      addUnlessConflicting(regions, full, entry);
      if (stripped !== '' && stripped !== full) addUnlessConflicting(regionsByStrippedKey, stripped, entry);
    }
  }
  const postal = new Map<string, PostalEntry>();
  const lengths = new Set<number>();
  for (const [from, to, zone, note] of table.postalRules ?? []) {
    lengths.add(from.length);
    for (const prefix of expandPrefixRange(from, to)) postal.set(prefix, { zone, note });
  }
  const cities = new Map<string, string | null>();
  for (const [regionCode, names, zone] of table.cities ?? []) {
    for (const name of names.split('|')) {
      const key = `${regionCode}|${toLookupKey(name)}`;
      const existing = cities.get(key);
      cities.set(key, existing === undefined || existing === zone ? zone : null);
    }
  }
  const compiled: CompiledTable = {
    table,
    regions,
    regionsByStrippedKey,
    postal,
    postalLengths: [...lengths].sort((left, right) => right - left),
    cities,
  };
  compiledTables.set(country, compiled);
  return compiled;
}

function addUnlessConflicting(map: Map<string, RegionEntry | null>, key: string, entry: RegionEntry): void {
  if (key === '') return;
  const existing = map.get(key);
  if (existing === undefined) map.set(key, entry);
  else if (existing !== null && existing !== entry && (existing.zone !== entry.zone || existing.split !== entry.split)) map.set(key, null);
}

/** `'010'..'027'` -> every prefix between; `'P0V'..'P0X'` -> the last character stepped. */
function expandPrefixRange(from: string, to: string): string[] {
  if (from === to) return [from];
  if (/^\d+$/.test(from) && /^\d+$/.test(to)) {
    const prefixes: string[] = [];
    for (let value = Number(from); value <= Number(to); value++) prefixes.push(String(value).padStart(from.length, '0'));
    return prefixes;
  }
  const stem = from.slice(0, -1);
  const prefixes: string[] = [];
  for (let code = from.charCodeAt(from.length - 1); code <= to.charCodeAt(to.length - 1); code++) {
    prefixes.push(stem + String.fromCharCode(code));
  }
  return prefixes;
}

/**
 * Every IANA zone the committed tables can answer with. Internal; exported so tests can check that the
 * runtime knows each of them.
 */
export function listTableZones(): string[] {
  const zones = new Set<string>(Object.values(COUNTRY_PRIMARY_ZONES));
  for (const table of Object.values(MULTI_ZONE_COUNTRIES)) {
    zones.add(table.primary);
    for (const row of table.regions) zones.add(row[2]);
    for (const row of table.postalRules ?? []) zones.add(row[2]);
    for (const row of table.cities ?? []) zones.add(row[2]);
  }
  return [...zones].sort();
}
