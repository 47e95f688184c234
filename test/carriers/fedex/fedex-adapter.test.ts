import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { ConfigurationError, Secret } from '../../../src/index.js';
import { fedex } from '../../../carriers/fedex/index.js';
import { buildFedexTrackRequest } from '../../../carriers/fedex/fedex-fetch.js';
import { fedexTextLanguage, toFedexLocale } from '../../../carriers/fedex/fedex-locale.js';
import { groundEconomyUspsNumber, matchFedexTrackingNumber } from '../../../carriers/fedex/fedex-tracking-number.js';

describe('fedex manifest', () => {
  it('declares batches of 30, FedEx pace, its languages and handoff partners', () => {
    const adapter = fedex();
    expect(adapter.id).toBe('fedex');
    expect(adapter.displayName).toBe('FedEx');
    expect(adapter.capabilities).toMatchObject({ maxTrackingNumbersPerRequest: 30, namesHandoffPartners: true, rateLimit: { requestsPerSecond: 140 } });
    expect(adapter.capabilities.languages).toContain('en-US');
    expect(adapter.capabilities.languages).toContain('zh-CN');
    expect(adapter.capabilities.languages).toHaveLength(41);
    expect(adapter.auth).toBeUndefined();
  });

  it('builds OAuth client credentials with the key and secret in a form body, as secrets', () => {
    const adapter = fedex({ clientId: 'key-3f9a71', clientSecret: 'secret-b27c55', baseUrl: 'https://apis-sandbox.fedex.com/' });
    expect(adapter.auth).toMatchObject({
      type: 'oauth2_client_credentials',
      tokenUrl: 'https://apis-sandbox.fedex.com/oauth/token',
      clientAuthentication: 'body',
      bodyFormat: 'form',
    });
    const auth = adapter.auth as { clientId: Secret; clientSecret: Secret };
    expect(auth.clientId).toBeInstanceOf(Secret);
    expect(auth.clientSecret.reveal()).toBe('secret-b27c55');
    const printed = [inspect(adapter, { depth: 6 }), JSON.stringify(adapter.auth)].join('\n');
    expect(printed).not.toContain('key-3f9a71');
    expect(printed).not.toContain('secret-b27c55');
  });

  it('refuses half the credentials and base URLs that are not http(s)', () => {
    expect(() => fedex({ clientId: 'key-only' })).toThrow(ConfigurationError);
    expect(() => fedex({ clientSecret: 'secret-only' })).toThrow(ConfigurationError);
    expect(() => fedex({ baseUrl: 'apis.fedex.com' })).toThrow(ConfigurationError);
    expect(() => fedex({ baseUrl: 'ftp://apis.fedex.com' })).toThrow(ConfigurationError);
  });

  it('builds the tracking request for a batch: one trackingInfo per number, detailed scans, the locale', () => {
    expect(buildFedexTrackRequest(['271936045812', '048172639501842'], 'fr-CA', { baseUrl: 'https://apis.fedex.com' })).toEqual({
      method: 'POST',
      url: 'https://apis.fedex.com/track/v1/trackingnumbers',
      headers: { 'content-type': 'application/json', 'x-locale': 'fr_CA' },
      body: '{"includeDetailedScans":true,"trackingInfo":[{"trackingNumberInfo":{"trackingNumber":"271936045812"}},{"trackingNumberInfo":{"trackingNumber":"048172639501842"}}]}',
      auth: true,
    });
  });
});

describe('FedEx tracking numbers', () => {
  it('matches every FedEx format, spaces and case aside', () => {
    expect(matchFedexTrackingNumber('2719 3604 5812')).toEqual({ format: 'fedex-12', normalized: '271936045812', checkDigit: 'valid' });
    expect(matchFedexTrackingNumber('048172639501842')).toEqual({ format: 'fedex-15', normalized: '048172639501842', checkDigit: 'valid' });
    expect(matchFedexTrackingNumber('61299048273160582710')).toMatchObject({ format: 'fedex-smartpost', checkDigit: 'valid' });
    expect(matchFedexTrackingNumber('dt204817365029')).toEqual({ format: 'fedex-door-tag', normalized: 'DT204817365029', checkDigit: 'none' });
    expect(matchFedexTrackingNumber('1Z4V8E210344192703')).toBeNull();
    expect(matchFedexTrackingNumber('NOT-A-NUMBER')).toBeNull();
  });

  it('gives the USPS IMpb number of a Ground Economy number only', () => {
    expect(groundEconomyUspsNumber('61299048273160582710')).toBe('9261299048273160582710');
    expect(groundEconomyUspsNumber('9261299048273160582710')).toBe('9261299048273160582710');
    expect(groundEconomyUspsNumber('420 10428 9261 2990 4827 3160 5827 10')).toBe('9261299048273160582710');
    expect(groundEconomyUspsNumber('61299048273160582711')).toBeNull();
    expect(groundEconomyUspsNumber('271936045812')).toBeNull();
  });
});

describe('FedEx locales', () => {
  it('asks FedEx in the caller language, falling back to its usual region, then to en_US', () => {
    expect(toFedexLocale('en')).toBe('en_US');
    expect(toFedexLocale('en-GB')).toBe('en_GB');
    expect(toFedexLocale('zh-CN')).toBe('zh_CN');
    expect(toFedexLocale('zh-Hant')).toBe('zh_TW');
    expect(toFedexLocale('fr-BE')).toBe('fr_FR');
    expect(toFedexLocale('ja')).toBe('ja_JP');
    expect(toFedexLocale('nb-NO')).toBe('no_NO');
    expect(toFedexLocale('xx-YY')).toBe('en_US');
    expect(toFedexLocale('not a locale!')).toBe('en_US');
    expect(toFedexLocale(undefined)).toBe('en_US');
  });

  it('names the language of FedEx texts from the locale asked for', () => {
    expect(fedexTextLanguage('zh-CN')).toBe('zh-CN');
    expect(fedexTextLanguage('en')).toBe('en-US');
    expect(fedexTextLanguage(undefined)).toBeNull();
  });
});
