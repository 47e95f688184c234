import { describe, expect, it } from 'vitest';
import { readLocale } from '../../src/adapter-kit/index.js';

describe('readLocale', () => {
  it('reads a tag, underscores included, with its likely subtags', () => {
    expect(readLocale('en')).toEqual({ tag: 'en', language: 'en', script: undefined, region: undefined, likely: { language: 'en', script: 'Latn', region: 'US' } });
    expect(readLocale('fr_CA')).toMatchObject({ tag: 'fr-CA', language: 'fr', region: 'CA', likely: { region: 'CA' } });
    expect(readLocale('zh-Hant')).toMatchObject({ tag: 'zh-Hant', script: 'Hant', region: undefined, likely: { region: 'TW' } });
  });

  it('gives undefined for a missing or malformed locale, every time', () => {
    expect(readLocale(undefined)).toBeUndefined();
    expect(readLocale('')).toBeUndefined();
    expect(readLocale('not a locale')).toBeUndefined();
    expect(readLocale('not a locale')).toBeUndefined();
  });

  it('gives the same frozen reading for the same input, and stays correct past its memory', () => {
    const first = readLocale('de-AT');
    expect(readLocale('de-AT')).toBe(first);
    expect(Object.isFrozen(first)).toBe(true);
    for (let index = 0; index < 600; index++) readLocale(`en-${String.fromCharCode(65 + (index % 26))}${String.fromCharCode(65 + Math.floor(index / 26) % 26)}`);
    expect(readLocale('de-AT')).toEqual(first);
    expect(readLocale('pt-BR')?.likely.region).toBe('BR');
  });
});
