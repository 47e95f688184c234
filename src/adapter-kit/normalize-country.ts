import { ENGLISH_COUNTRY_ALIASES, PINNED_FOREIGN_COUNTRY_NAMES } from './data/country-names.js';
import { ISO_3166_COUNTRIES } from './data/iso-3166-countries.js';

/** Languages whose `Intl.DisplayNames` region names join the lookup, in order of precedence. */
const DISPLAY_NAME_LOCALES = ['en', 'fr', 'de', 'es', 'zh', 'zh-Hant'] as const;
const TOKEN_REPLACEMENTS: Readonly<Record<string, string>> = { st: 'saint', ste: 'sainte', mt: 'mount' };
const ASCII_LETTERS = /^[A-Za-z]+$/;
const MAX_CACHED_INPUTS = 2048;

interface CountryIndex {
  alpha2: ReadonlySet<string>;
  alpha3: ReadonlyMap<string, string>;
  /** Names from our own data; they win over the runtime's names. */
  pinned: ReadonlyMap<string, string>;
  /** Names from `Intl.DisplayNames`; `''` marks a name two countries share (never answered). */
  runtime: ReadonlyMap<string, string>;
}

let index: CountryIndex | undefined;
const cache = new Map<string, string | null>();

/**
 * Splits a name into the words lookups compare: accents and case removed, `&` read as `and`, `St`/`Ste`/
 * `Mt` spelled out, a leading `the` dropped; letters of every script are kept. Internal to the adapter kit.
 */
export function toLookupTokens(text: string): string[] {
  const tokens = text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/ß/g, 'ss')
    .replace(/&/g, ' and ')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((token) => token !== '');
  if (tokens[0] === 'the' && tokens.length > 1) tokens.shift();
  return tokens.map((token) => TOKEN_REPLACEMENTS[token] ?? token);
}

/**
 * Reduces a name to the form lookups compare (`The Bahamas` = `bahamas`, `Côte d’Ivoire` = `cotedivoire`,
 * `St. Lucia` = `saintlucia`): the words of {@link toLookupTokens} joined. Internal to the adapter kit
 * (region and city lookups use it too).
 */
export function toLookupKey(text: string): string {
  return toLookupTokens(text).join('');
}

/**
 * Turns whatever a carrier sends as a country into an ISO 3166-1 alpha-2 code, or `null`.
 *
 * Accepts alpha-2 codes in any case, alpha-3 codes, English names and formal ISO names (`Korea, Republic
 * of`, `Russian Federation`, `Viet Nam`), everyday aliases (`USA`, `U.S.A.`, `UK`, `Great Britain`,
 * `England`, `Holland`, `Türkiye`, `Czechia`) and names in French, German, Spanish and Chinese
 * (simplified and traditional). Case, accents, punctuation and spaces do not matter.
 *
 * Decisions: Kosovo is accepted as `XK` (user-assigned, but used by carriers and the EU; alpha-3 `XKX`).
 * `UK` means `GB`. Codes and names of groupings or reserved codes (`EU`, `UN`, `EZ`, `ZZ`, `AN`, `SU`) and
 * unknown input give `null`. A bare `Korea` means South Korea and a bare `Congo` means the Republic of
 * the Congo (`CG`), as in ISO's short names.
 *
 * The most common names are pinned in the package's data; the rest of the world's names come from the
 * runtime's `Intl.DisplayNames` (English, French, German, Spanish, Chinese), built on first use.
 *
 * @example
 * normalizeCountry('deu'); // 'DE'
 * normalizeCountry('United States of America'); // 'US'
 * normalizeCountry('Allemagne'); // 'DE'
 * normalizeCountry('中國'); // 'CN'
 * normalizeCountry('EU'); // null
 */
export function normalizeCountry(input: string | null | undefined): string | null {
  if (typeof input !== 'string') return null;
  const cached = cache.get(input);
  if (cached !== undefined) return cached;
  const result = lookUpCountry(input);
  if (cache.size >= MAX_CACHED_INPUTS) cache.clear();
  cache.set(input, result);
  return result;
}

function lookUpCountry(input: string): string | null {
  const text = input.trim();
  if (text === '') return null;
  const countries = getIndex();
  if (ASCII_LETTERS.test(text) && text.length <= 3) {
    const code = lookUpCode(countries, text.toUpperCase());
    if (code !== undefined) return code;
  }
  const key = toLookupKey(text);
  if (key === '') return null;
  if (ASCII_LETTERS.test(key) && key.length <= 3) {
    const code = lookUpCode(countries, key.toUpperCase());
    if (code !== undefined) return code;
  }
  const pinned = countries.pinned.get(key);
  if (pinned !== undefined) return pinned;
  const fromRuntime = countries.runtime.get(key);
  return fromRuntime ? fromRuntime : null;
}

/** `undefined` when the text is not a code at all (it may still be a name such as `UAE`). */
function lookUpCode(countries: CountryIndex, upper: string): string | null | undefined {
  if (upper.length === 2) {
    if (countries.alpha2.has(upper)) return upper;
    if (upper === 'UK') return 'GB';
    return null;
  }
  if (upper.length === 3) return countries.alpha3.get(upper);
  return undefined;
}

function getIndex(): CountryIndex {
  if (index !== undefined) return index;
  const alpha2 = new Set<string>();
  const alpha3 = new Map<string, string>();
  const pinned = new Map<string, string>();
  for (const [code, code3, name] of ISO_3166_COUNTRIES) {
    alpha2.add(code);
    alpha3.set(code3, code);
    pinned.set(toLookupKey(name), code);
  }
  for (const [name, code] of Object.entries(ENGLISH_COUNTRY_ALIASES)) pinned.set(toLookupKey(name), code);
  for (const [name, code] of Object.entries(PINNED_FOREIGN_COUNTRY_NAMES)) pinned.set(toLookupKey(name), code);
  index = { alpha2, alpha3, pinned, runtime: buildRuntimeNames(alpha2) };
  return index;
}

function buildRuntimeNames(codes: ReadonlySet<string>): Map<string, string> {
  const names = new Map<string, string>();
  for (const locale of DISPLAY_NAME_LOCALES) {
    for (const style of ['long', 'short'] as const) {
      let displayNames: Intl.DisplayNames;
      try {
        displayNames = new Intl.DisplayNames([locale], { type: 'region', style, fallback: 'none' });
      } catch {
        continue;
      }
      for (const code of codes) {
        let name: string | undefined;
        try {
          name = displayNames.of(code);
        } catch {
          name = undefined;
        }
        if (name === undefined || name === code) continue;
        const key = toLookupKey(name);
        if (key === '') continue;
        const known = names.get(key);
        if (known === undefined) names.set(key, code);
        else if (known !== code) names.set(key, '');
      }
    }
  }
  return names;
}
