import i18next, { type i18n as I18nInstance } from 'i18next';
import en from './locales/en.json' with { type: 'json' };
import zhCN from './locales/zh-CN.json' with { type: 'json' };

/** Locales parceline ships labels for. Others fall back to `en`. */
export const SUPPORTED_LOCALES = ['en', 'zh-CN'] as const;
/** A locale parceline ships labels for. */
export type SupportedLocale = (typeof SUPPORTED_LOCALES)[number];

const RESOURCES = { en: { translation: en }, 'zh-CN': { translation: zhCN } } as const;

/** A private translator: its own i18next instance, never the host's global one. */
export interface Translator {
  /** The locale we render for a requested one (`zh` -> `zh-CN`, `en-GB` -> `en`, unknown -> `en`). */
  resolveLocale(requested: string | undefined): SupportedLocale;
  t(locale: SupportedLocale, key: string, values?: Record<string, unknown>): string;
}

/**
 * Creates a private i18next instance loaded with parceline's labels. Each tracker has its own;
 * initialization is synchronous (resources are bundled).
 */
export function createTranslator(): Translator {
  const instance: I18nInstance = i18next.createInstance();
  void instance.init({
    resources: RESOURCES,
    lng: 'en',
    fallbackLng: 'en',
    supportedLngs: [...SUPPORTED_LOCALES],
    initAsync: false,
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  const fixed = new Map<SupportedLocale, ReturnType<I18nInstance['getFixedT']>>();
  for (const locale of SUPPORTED_LOCALES) fixed.set(locale, instance.getFixedT(locale));
  // Labels without values are looked up once per locale: normalization asks for one per event.
  const labels = new Map<SupportedLocale, Map<string, string>>(SUPPORTED_LOCALES.map((locale) => [locale, new Map()]));
  const translate = (locale: SupportedLocale, key: string, values?: Record<string, unknown>) =>
    (fixed.get(locale) as unknown as (key: string, values?: Record<string, unknown>) => string)(key, values);
  return {
    resolveLocale,
    t(locale, key, values) {
      if (values !== undefined) return translate(locale, key, values);
      const cache = labels.get(locale) as Map<string, string>;
      let label = cache.get(key);
      if (label === undefined) {
        label = translate(locale, key);
        if (cache.size < 1000) cache.set(key, label);
      }
      return label;
    },
  };
}

/** See {@link Translator.resolveLocale}. */
export function resolveLocale(requested: string | undefined): SupportedLocale {
  if (!requested) return 'en';
  const normalized = requested.replace('_', '-').toLowerCase();
  for (const locale of SUPPORTED_LOCALES) if (locale.toLowerCase() === normalized) return locale;
  const language = normalized.split('-')[0];
  if (language === 'zh') return 'zh-CN';
  return 'en';
}
