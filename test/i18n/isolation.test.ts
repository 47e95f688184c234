import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { createTranslator, resolveLocale } from '../../src/i18n/create-i18n.js';

describe('private translator', () => {
  it('leaves the host global i18next instance untouched', () => {
    const before = { initialized: i18next.isInitialized, language: i18next.language, store: JSON.stringify(i18next.store?.data ?? {}) };
    const translator = createTranslator();
    expect(translator.t('zh-CN', 'status.customs_held')).not.toBe(translator.t('en', 'status.customs_held'));
    expect({ initialized: i18next.isInitialized, language: i18next.language, store: JSON.stringify(i18next.store?.data ?? {}) }).toEqual(before);
  });

  it('resolves requested locales to the shipped ones', () => {
    expect(resolveLocale('zh')).toBe('zh-CN');
    expect(resolveLocale('zh_CN')).toBe('zh-CN');
    expect(resolveLocale('en-GB')).toBe('en');
    expect(resolveLocale('fr')).toBe('en');
    expect(resolveLocale(undefined)).toBe('en');
  });

  it('labels every status in both languages without falling back to the key', () => {
    const translator = createTranslator();
    for (const locale of ['en', 'zh-CN'] as const) {
      expect(translator.t(locale, 'status.awaiting_payment')).not.toContain('status.');
      expect(translator.t(locale, 'subStatus.duties_taxes_due')).not.toContain('subStatus.');
    }
  });
});
