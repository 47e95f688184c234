import { readFileSync } from 'node:fs';
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { SubStatus, TrackingStatus } from '../../src/schema/status.js';

const LOCALES = ['en', 'zh-CN'] as const;

/** The timeline strings a printed timeline uses, with the placeholders each must take. */
const TIMELINE_KEYS: Readonly<Record<string, readonly string[]>> = {
  title: ['carrier', 'trackingNumber'],
  currentStatus: ['status'],
  noEvents: [],
  notFound: [],
  estimatedDelivery: ['date'],
  estimatedDeliveryRange: ['from', 'to'],
  deliveredAt: ['date'],
  signedBy: ['name'],
  reportedBy: ['carrier'],
  handoff: ['carrier'],
  handoffWithNumber: ['carrier', 'trackingNumber'],
  amountDue: ['amount'],
  locationUnknown: [],
  carrierText: ['text'],
};

function readLocale(locale: string): unknown {
  return JSON.parse(readFileSync(new URL(`../../src/i18n/locales/${locale}.json`, import.meta.url), 'utf8'));
}

/** Flattens nested i18next JSON into `a.b` keys; non-string leaves are reported as such. */
function flatten(value: unknown, prefix = ''): Map<string, unknown> {
  const out = new Map<string, unknown>();
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    for (const [key, child] of Object.entries(value)) {
      for (const [path, leaf] of flatten(child, prefix ? `${prefix}.${key}` : key)) out.set(path, leaf);
    }
  } else {
    out.set(prefix, value);
  }
  return out;
}

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\{\s*([^}\s,]+)[^}]*\}\}/g)].map((found) => found[1] ?? '').sort();
}

const flat = Object.fromEntries(LOCALES.map((locale) => [locale, flatten(readLocale(locale))])) as Record<
  (typeof LOCALES)[number],
  Map<string, unknown>
>;

const EXPECTED_KEYS = [
  ...TrackingStatus.options.map((status) => `status.${status}`),
  ...SubStatus.options.map((subStatus) => `subStatus.${subStatus}`),
  ...Object.keys(TIMELINE_KEYS).map((key) => `timeline.${key}`),
].sort();

describe('locale files', () => {
  it('have exactly the keys of the 16 statuses, the 80 subStatus ids and the timeline strings, in both languages', () => {
    expect(EXPECTED_KEYS).toHaveLength(16 + 80 + Object.keys(TIMELINE_KEYS).length);
    for (const locale of LOCALES) expect([...flat[locale].keys()].sort(), locale).toEqual(EXPECTED_KEYS);
  });

  it('have a non-empty string for every key', () => {
    for (const locale of LOCALES) {
      for (const [key, value] of flat[locale]) {
        expect(typeof value, `${locale} ${key}`).toBe('string');
        expect((value as string).trim(), `${locale} ${key}`).not.toBe('');
      }
    }
  });

  it('use the same interpolation placeholders in both languages, and the ones the timeline expects', () => {
    for (const key of EXPECTED_KEYS) {
      const english = placeholders(flat.en.get(key) as string);
      expect(placeholders(flat['zh-CN'].get(key) as string), key).toEqual(english);
      const timelineKey = key.startsWith('timeline.') ? key.slice('timeline.'.length) : null;
      expect(english, key).toEqual(timelineKey === null ? [] : [...(TIMELINE_KEYS[timelineKey] ?? [])].sort());
    }
  });

  it('translate every label into Chinese rather than copying the English', () => {
    for (const key of EXPECTED_KEYS) {
      const chinese = flat['zh-CN'].get(key) as string;
      expect(chinese, key).toMatch(/\p{Script=Han}/u);
      expect(chinese, key).not.toBe(flat.en.get(key));
    }
  });

  it('render through i18next with nested keys and interpolation', () => {
    const instance = i18next.createInstance();
    void instance.init({
      resources: { en: { translation: readLocale('en') as object }, 'zh-CN': { translation: readLocale('zh-CN') as object } },
      lng: 'en',
      initAsync: false,
      interpolation: { escapeValue: false },
    });
    const values = { trackingNumber: '1Z4W7E210355182041', carrier: 'UPS' };
    expect(instance.getFixedT('en')('timeline.title', values)).toBe('Tracking 1Z4W7E210355182041 (UPS)');
    expect(instance.getFixedT('zh-CN')('timeline.title', values)).toContain('1Z4W7E210355182041');
    expect(instance.getFixedT('en')('subStatus.customs_information_required')).toBe('Customs needs more information');
    expect(instance.getFixedT('en')('subStatus.duties_taxes_due')).toBe('Import duties or taxes to pay');
    expect(instance.getFixedT('en')('status.customs_held')).toBe('Held by customs');
    expect(instance.getFixedT('zh-CN')('status.delivered')).toBe('已签收');
    expect(instance.getFixedT('zh-CN')('subStatus.customs_inspection')).toBe('海关查验');
  });
});
