import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { dhl } from '../../../carriers/dhl/index.js';
import { toDhlLocation } from '../../../carriers/dhl/dhl-location.js';
import { ConfigurationError } from '../../../src/index.js';

describe('dhl factory', () => {
  it('builds a parse-only adapter without an API key', () => {
    const adapter = dhl();
    expect(adapter.id).toBe('dhl');
    expect(adapter.auth).toBeUndefined();
    expect(adapter.capabilities).toEqual({
      maxTrackingNumbersPerRequest: 1,
      languages: ['en', 'de'],
      namesHandoffPartners: true,
      rateLimit: { requestsPerSecond: 1, maxConcurrent: 1 },
    });
  });

  it('sends the API key as the DHL-API-Key header and keeps it out of every printout', () => {
    const adapter = dhl({ apiKey: 'dhl-secret-key-91XqPz' });
    expect(adapter.auth?.type).toBe('headers');
    const header = adapter.auth?.type === 'headers' ? adapter.auth.headers['DHL-API-Key'] : undefined;
    expect(header?.reveal()).toBe('dhl-secret-key-91XqPz');
    for (const text of [JSON.stringify(adapter), inspect(adapter, { depth: 6 }), String(header)]) expect(text).not.toContain('dhl-secret-key-91XqPz');
  });

  it('refuses a service DHL does not document and a base URL that is not absolute', () => {
    expect(() => dhl({ service: 'parcel-xx' as never })).toThrow(ConfigurationError);
    expect(() => dhl({ baseUrl: 'api-eu.dhl.com' })).toThrow(ConfigurationError);
    expect(() => dhl({ baseUrl: 'ftp://api-eu.dhl.com' })).toThrow(ConfigurationError);
    expect(() => dhl({ service: 'ecommerce-europe', baseUrl: 'https://api-eu.dhl.com/' })).not.toThrow();
  });
});

describe('dhl tracking numbers', () => {
  const adapter = dhl();

  it('matches Express waybills by their mod 7 check digit, and piece ids', () => {
    expect(adapter.matchTrackingNumber('3847 1059 20')).toEqual({ format: 'dhl-express', normalized: '3847105920', checkDigit: 'valid' });
    expect(adapter.matchTrackingNumber('3847105921')).toBeNull();
    expect(adapter.matchTrackingNumber('jvgl0583920174')).toEqual({ format: 'dhl-express-piece-id', normalized: 'JVGL0583920174', checkDigit: 'none' });
  });

  it('matches eCommerce numbers, including the US 420 + ZIP + IMpb form kept whole', () => {
    expect(adapter.matchTrackingNumber('GM295117140000372816')).toMatchObject({ format: 'dhl-ecommerce', normalized: 'GM295117140000372816' });
    expect(adapter.matchTrackingNumber('420906039400111899223857104624')).toEqual({
      format: 'dhl-ecommerce-420',
      normalized: '420906039400111899223857104624',
      checkDigit: 'valid',
    });
  });

  it('matches S10 numbers issued in Germany but not those of other posts', () => {
    expect(adapter.matchTrackingNumber('CX294173609DE')).toEqual({ format: 'upu-s10', normalized: 'CX294173609DE', checkDigit: 'valid' });
    expect(adapter.matchTrackingNumber('EA730194825CN')).toBeNull();
  });

  it('does not claim Parcel Germany 20-digit numbers, which have no published check', () => {
    expect(adapter.matchTrackingNumber('00340434182736450917')).toBeNull();
  });
});

describe('dhl locations', () => {
  it('reads the three documented address shapes', () => {
    expect(toDhlLocation({ addressLocality: 'LOS ANGELES GATEWAY, CA - USA' })).toEqual({ city: 'LOS ANGELES GATEWAY', region: 'CA', countryCode: 'US' });
    expect(toDhlLocation({ addressLocality: 'HONG KONG - HONG KONG SAR, CHINA' })).toEqual({ city: 'HONG KONG', countryCode: 'HK' });
    expect(toDhlLocation({ addressLocality: 'Deutschland' })).toEqual({ countryCode: 'DE' });
    expect(toDhlLocation({ countryCode: 'US', postalCode: '90602', addressLocality: 'Whittier, CA, US' })).toEqual({
      city: 'Whittier',
      region: 'CA',
      postalCode: '90602',
      countryCode: 'US',
    });
  });

  it('repairs UK, drops a postal code that is a place name and keeps a state that looks like a country code', () => {
    expect(toDhlLocation({ countryCode: 'UK', postalCode: 'HEATHROW', addressLocality: 'London' })).toEqual({ city: 'London', countryCode: 'GB' });
    expect(toDhlLocation({ addressLocality: 'Whittier, CA' })).toEqual({ city: 'Whittier', region: 'CA' });
    expect(toDhlLocation({})).toBeNull();
    expect(toDhlLocation(null)).toBeNull();
  });
});
