import { readLocale } from '../../src/adapter-kit/index.js';

/**
 * The `X-locale` values FedEx accepts (API reference guide, "Locales"), as `<language>_<COUNTRY>`. Which
 * texts FedEx translates is not documented (reference §1, unverified).
 */
export const FEDEX_LOCALES: readonly string[] = [
  'ar_AE', 'bg_BG', 'zh_CN', 'zh_HK', 'zh_TW', 'cs_CZ', 'da_DK', 'nl_NL', 'en_CA', 'en_GB', 'en_US', 'et_EE', 'fi_FI',
  'fr_CA', 'fr_FR', 'de_DE', 'de_CH', 'el_GR', 'hu_HU', 'it_IT', 'ja_JP', 'ko_KR', 'lv_LV', 'lt_LT', 'no_NO', 'pl_PL',
  'pt_BR', 'pt_PT', 'ro_RO', 'ru_RU', 'sk_SK', 'sl_SI', 'es_AR', 'es_MX', 'es_ES', 'es_US', 'sv_SE', 'th_TH', 'tr_TR',
  'uk_UA', 'vi_VN',
];

/** The same locales as BCP 47 tags (`en-US`, `zh-CN`), for `capabilities.languages`. */
export const FEDEX_LANGUAGES: readonly string[] = FEDEX_LOCALES.map((locale) => locale.replace('_', '-'));

const DEFAULT_FEDEX_LOCALE = 'en_US';

/** The locale asked for a language when the caller gives no region FedEx offers for it. */
const PREFERRED_BY_LANGUAGE: Readonly<Record<string, string>> = {
  en: 'en_US',
  zh: 'zh_CN',
  fr: 'fr_FR',
  de: 'de_DE',
  es: 'es_ES',
  pt: 'pt_BR',
  no: 'no_NO',
  nb: 'no_NO',
  nn: 'no_NO',
};

/**
 * Turns a BCP 47 locale into the `X-locale` header FedEx expects: the same language and region when FedEx
 * offers it, else the language's usual FedEx locale (`zh-Hant` → `zh_TW`, `fr` → `fr_FR`), else `en_US`.
 *
 * @example
 * toFedexLocale('fr-CA'); // 'fr_CA'
 * toFedexLocale('zh-CN'); // 'zh_CN'
 * toFedexLocale('en');    // 'en_US'
 * toFedexLocale('xx');    // 'en_US'
 */
export function toFedexLocale(locale: string | undefined): string {
  const asked = readLocale(locale);
  if (!asked) return DEFAULT_FEDEX_LOCALE;
  const language = asked.language;
  const region = asked.region ?? (language === 'zh' && asked.script === 'Hant' ? 'TW' : undefined);
  if (region !== undefined) {
    const exact = `${language}_${region}`;
    if (FEDEX_LOCALES.includes(exact)) return exact;
  }
  const preferred = PREFERRED_BY_LANGUAGE[language];
  if (preferred) return preferred;
  return FEDEX_LOCALES.find((candidate) => candidate.startsWith(`${language}_`)) ?? DEFAULT_FEDEX_LOCALE;
}

/**
 * The BCP 47 language of FedEx's texts when `locale` was asked for (`en-US` for `en`), or `null` when no
 * locale is known (a stored body whose request is unknown).
 *
 * @example
 * fedexTextLanguage('fr-CA'); // 'fr-CA'
 * fedexTextLanguage(undefined); // null
 */
export function fedexTextLanguage(locale: string | undefined): string | null {
  if (!locale) return null;
  return toFedexLocale(locale).replace('_', '-');
}
