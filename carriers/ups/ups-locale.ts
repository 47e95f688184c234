import { readLocale, type LocaleReading } from '../../src/adapter-kit/index.js';

/**
 * Languages we ask UPS for. UPS does not publish the list the Track API translates into (reference §1,
 * unverified); these are the languages of UPS's own sites. Any other language is asked as `en_US`.
 */
export const UPS_LANGUAGES: readonly string[] = ['en', 'fr', 'de', 'es', 'it', 'nl', 'pl', 'pt', 'zh', 'ja', 'ko'];

const DEFAULT_UPS_LOCALE = 'en_US';

/**
 * Turns a BCP 47 locale into the `locale` query value UPS expects (`<language>_<COUNTRY>`). A locale
 * without a region takes the language's most likely one (`en` -> `en_US`, `de` -> `de_DE`,
 * `zh-Hant` -> `zh_TW`); unsupported or malformed locales give `en_US`.
 *
 * @example
 * toUpsLocale('fr-CA'); // 'fr_CA'
 * toUpsLocale('zh-CN'); // 'zh_CN'
 * toUpsLocale('en');    // 'en_US'
 */
export function toUpsLocale(locale: string | undefined): string {
  const likely = readUpsLanguage(locale)?.likely;
  return likely ? `${likely.language}_${likely.region}` : DEFAULT_UPS_LOCALE;
}

/**
 * The language of UPS's texts when `locale` was asked for: the locale itself when UPS is asked in its
 * language, otherwise `en` (UPS answers in US English by default).
 *
 * @example
 * resolveUpsTextLanguage('fr-CA'); // 'fr-CA'
 * resolveUpsTextLanguage('sv');    // 'en'
 */
export function resolveUpsTextLanguage(locale: string | undefined): string {
  return readUpsLanguage(locale)?.tag ?? 'en';
}

/** The locale's reading when its likely language is one UPS is asked in and it has a likely region. */
function readUpsLanguage(locale: string | undefined): LocaleReading | undefined {
  const reading = readLocale(locale);
  return reading?.likely.region && UPS_LANGUAGES.includes(reading.likely.language) ? reading : undefined;
}
