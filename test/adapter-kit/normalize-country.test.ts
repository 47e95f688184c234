import { describe, expect, it } from 'vitest';
import { ISO_3166_COUNTRIES } from '../../src/adapter-kit/data/iso-3166-countries.js';
import { normalizeCountry, toLookupKey } from '../../src/adapter-kit/normalize-country.js';

describe('normalizeCountry codes', () => {
  it('accepts alpha-2 codes in any case and with surrounding spaces', () => {
    expect(normalizeCountry('US')).toBe('US');
    expect(normalizeCountry('us')).toBe('US');
    expect(normalizeCountry(' cN ')).toBe('CN');
    expect(normalizeCountry('U.S.')).toBe('US');
  });

  it.each([
    ['USA', 'US'],
    ['deu', 'DE'],
    ['GBR', 'GB'],
    ['CHN', 'CN'],
    ['HKG', 'HK'],
    ['KOR', 'KR'],
    ['PRK', 'KP'],
    ['BES', 'BQ'],
    ['CUW', 'CW'],
    ['SSD', 'SS'],
    ['ROU', 'RO'],
    ['TLS', 'TL'],
    ['xkx', 'XK'],
  ])('maps alpha-3 %s to %s', (alpha3, alpha2) => {
    expect(normalizeCountry(alpha3)).toBe(alpha2);
  });

  it('knows every alpha-2 and alpha-3 code of its table, each once', () => {
    const alpha2 = new Set<string>();
    const alpha3 = new Set<string>();
    for (const [code, code3] of ISO_3166_COUNTRIES) {
      expect(normalizeCountry(code)).toBe(code);
      expect(normalizeCountry(code3)).toBe(code);
      alpha2.add(code);
      alpha3.add(code3);
    }
    expect(alpha2.size).toBe(250);
    expect(alpha3.size).toBe(250);
  });

  it('reads UK as GB and refuses groupings and reserved codes', () => {
    expect(normalizeCountry('UK')).toBe('GB');
    for (const code of ['EU', 'UN', 'EZ', 'ZZ', 'XX', 'AN', 'SU', 'QO', 'AA', 'eu', 'XYZ', 'EUR']) {
      expect(normalizeCountry(code)).toBeNull();
    }
  });
});

describe('normalizeCountry names', () => {
  it.each([
    ['United States', 'US'],
    ['United States of America', 'US'],
    ['U.S.A.', 'US'],
    ['UK', 'GB'],
    ['Great Britain', 'GB'],
    ['England', 'GB'],
    ['United Kingdom', 'GB'],
    ['Korea, Republic of', 'KR'],
    ['South Korea', 'KR'],
    ["Korea, Democratic People's Republic of", 'KP'],
    ['Hong Kong SAR China', 'HK'],
    ['Russian Federation', 'RU'],
    ['Viet Nam', 'VN'],
    ['Türkiye', 'TR'],
    ['Turkiye', 'TR'],
    ['Turkey', 'TR'],
    ['Czechia', 'CZ'],
    ['Czech Republic', 'CZ'],
    ['The Netherlands', 'NL'],
    ['Holland', 'NL'],
    ["Côte d'Ivoire", 'CI'],
    ['Cote d’Ivoire', 'CI'],
    ['Ivory Coast', 'CI'],
    ['St. Lucia', 'LC'],
    ['Trinidad & Tobago', 'TT'],
    ['Bosnia & Herzegovina', 'BA'],
    ['Iran, Islamic Republic of', 'IR'],
    ['Taiwan, Province of China', 'TW'],
    ['Congo', 'CG'],
    ['DR Congo', 'CD'],
    ['Congo, The Democratic Republic of the', 'CD'],
    ['Kosovo', 'XK'],
    ['  united   STATES  ', 'US'],
    ['UNITED-KINGDOM', 'GB'],
  ])('reads the English name or alias %j as %s', (name, code) => {
    expect(normalizeCountry(name)).toBe(code);
  });

  it.each([
    ['Allemagne', 'DE'],
    ['États-Unis', 'US'],
    ['Etats Unis', 'US'],
    ['Royaume-Uni', 'GB'],
    ['Chine', 'CN'],
    ['Corée du Sud', 'KR'],
    ['Deutschland', 'DE'],
    ['Vereinigte Staaten', 'US'],
    ['Vereinigtes Königreich', 'GB'],
    ['Österreich', 'AT'],
    ['Weißrussland', 'BY'],
    ['Weissrussland', 'BY'],
    ['Alemania', 'DE'],
    ['Estados Unidos', 'US'],
    ['EE. UU.', 'US'],
    ['España', 'ES'],
    ['Espana', 'ES'],
    ['México', 'MX'],
    ['Países Bajos', 'NL'],
    ['中国', 'CN'],
    ['中國', 'CN'],
    ['美国', 'US'],
    ['美國', 'US'],
    ['英国', 'GB'],
    ['英國', 'GB'],
    ['德国', 'DE'],
    ['德國', 'DE'],
    ['加拿大', 'CA'],
    ['日本', 'JP'],
    ['香港', 'HK'],
    ['中國香港特別行政區', 'HK'],
    ['澳门', 'MO'],
    ['台灣', 'TW'],
    ['澳大利亚', 'AU'],
    ['澳洲', 'AU'],
    ['韩国', 'KR'],
    ['俄罗斯', 'RU'],
  ])('reads the French, German, Spanish or Chinese name %j as %s', (name, code) => {
    expect(normalizeCountry(name)).toBe(code);
  });

  it('finds less common names through the runtime names in five languages', () => {
    expect(normalizeCountry('Burkina Faso')).toBe('BF');
    expect(normalizeCountry('Nouvelle-Calédonie')).toBe('NC');
    expect(normalizeCountry('Islandia')).toBe('IS');
    expect(normalizeCountry('Elfenbeinküste')).toBe('CI');
    expect(normalizeCountry('Islas Salomón')).toBe('SB');
    expect(normalizeCountry('冰岛')).toBe('IS');
  });

  it.each(['European Union', 'Europe', 'Narnia', 'junk!!', '12345', '???', '', '   ', 'North Pole', 'Earth'])('gives null for %j', (input) => {
    expect(normalizeCountry(input)).toBeNull();
  });

  it('gives null for null, undefined and non-strings', () => {
    expect(normalizeCountry(null)).toBeNull();
    expect(normalizeCountry(undefined)).toBeNull();
    expect(normalizeCountry(42 as unknown as string)).toBeNull();
  });

  it('gives the same answer on repeated calls (cached)', () => {
    expect(normalizeCountry('Allemagne')).toBe('DE');
    expect(normalizeCountry('Allemagne')).toBe('DE');
  });
});

describe('toLookupKey', () => {
  it('ignores case, accents, punctuation, spaces and a leading article', () => {
    expect(toLookupKey('The Bahamas')).toBe('bahamas');
    expect(toLookupKey('Côte d’Ivoire')).toBe('cotedivoire');
    expect(toLookupKey('St. Kitts & Nevis')).toBe('saintkittsandnevis');
    expect(toLookupKey('Großbritannien')).toBe('grossbritannien');
    expect(toLookupKey('中國')).toBe('中國');
  });
});
