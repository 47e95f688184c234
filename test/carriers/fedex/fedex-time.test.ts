import { describe, expect, it } from 'vitest';
import {
  fedexAddressZone,
  readFedexInstant,
  resolveFedexScanTime,
  splitFedexDateTime,
  toFedexEstimate,
  type FedexAddressZone,
} from '../../../carriers/fedex/fedex-time.js';

const SEATTLE = { city: 'SEATTLE', region: 'WA', postalCode: '98108', countryCode: 'US' };
const DENVER: FedexAddressZone = { role: 'destination', countryCode: 'US', timeZone: 'America/Denver', basis: 'location_zone' };

describe('splitFedexDateTime', () => {
  it('splits date, time and offset, and refuses other shapes', () => {
    expect(splitFedexDateTime('2025-06-10T14:32:00-07:00')).toEqual({ date: '2025-06-10', time: '14:32:00', offset: '-07:00' });
    expect(splitFedexDateTime('2024-08-15T00:00:00')).toEqual({ date: '2024-08-15', time: '00:00:00' });
    expect(splitFedexDateTime('2025-06-12')).toEqual({ date: '2025-06-12' });
    expect(splitFedexDateTime('2025-06-12T10:41Z')).toEqual({ date: '2025-06-12', time: '10:41', offset: 'Z' });
    expect(splitFedexDateTime('12/06/2025 10:41')).toBeNull();
    expect(splitFedexDateTime('')).toBeNull();
  });
});

describe('resolveFedexScanTime', () => {
  it('keeps FedEx offset and records the zone of the place when both agree', () => {
    expect(resolveFedexScanTime('2025-06-10T14:32:00-07:00', SEATTLE, [])).toEqual({
      time: { occurredAt: '2025-06-10T21:32:00.000Z', localTime: '2025-06-10T14:32:00-07:00', timeZone: 'America/Los_Angeles', timeBasis: 'carrier_offset' },
      warnings: [],
    });
  });

  it('keeps FedEx offset but no zone when the place zone has another offset at that instant', () => {
    expect(resolveFedexScanTime('2025-06-10T16:32:00-05:00', SEATTLE, [])?.time).toEqual({
      occurredAt: '2025-06-10T21:32:00.000Z',
      localTime: '2025-06-10T16:32:00-05:00',
      timeZone: null,
      timeBasis: 'carrier_offset',
    });
  });

  it('resolves a wall time without offset in the zone of the place', () => {
    expect(resolveFedexScanTime('2025-01-10T14:32:00', SEATTLE, [])).toEqual({
      time: { occurredAt: '2025-01-10T22:32:00.000Z', localTime: '2025-01-10T14:32:00-08:00', timeZone: 'America/Los_Angeles', timeBasis: 'location_zone' },
      warnings: [],
    });
  });

  it('reads midnight without offset as a date at the place', () => {
    expect(resolveFedexScanTime('2024-08-15T00:00:00', SEATTLE, [])?.time).toEqual({
      occurredAt: '2024-08-15T07:00:00.000Z',
      localTime: '2024-08-15T00:00:00-07:00',
      timeZone: 'America/Los_Angeles',
      timeBasis: 'date_only',
    });
  });

  it('assumes the shipment address zone, with a warning, when the place gives none', () => {
    const resolved = resolveFedexScanTime('2025-11-13T15:48:00', null, [DENVER]);
    expect(resolved?.time).toEqual({ occurredAt: '2025-11-13T22:48:00.000Z', localTime: '2025-11-13T15:48:00-07:00', timeZone: 'America/Denver', timeBasis: 'assumed_zone' });
    expect(resolved?.warnings.map((warning) => warning.code)).toEqual(['ASSUMED_TIME_ZONE']);
  });

  it('does not borrow a zone from an address in another country', () => {
    const resolved = resolveFedexScanTime('2025-11-13T15:48:00', { countryCode: 'ZZ' }, [DENVER]);
    expect(resolved?.time.timeZone).toBe('UTC');
    expect(resolved?.time.timeBasis).toBe('assumed_zone');
    expect(resolved?.warnings).toHaveLength(1);
  });

  it('assumes the main zone of a country that spans several, with a warning', () => {
    const resolved = resolveFedexScanTime('2025-11-13T15:48:00', { countryCode: 'US' }, []);
    expect(resolved?.time.timeBasis).toBe('assumed_zone');
    expect(resolved?.warnings.map((warning) => warning.code)).toEqual(['ASSUMED_TIME_ZONE']);
  });

  it('gives null for dates that do not exist', () => {
    expect(resolveFedexScanTime('2025-02-29T10:00:00-05:00', SEATTLE, [])).toBeNull();
    expect(resolveFedexScanTime('2025-06-10T25:00:00-05:00', SEATTLE, [])).toBeNull();
    expect(resolveFedexScanTime('soon', SEATTLE, [])).toBeNull();
  });
});

describe('readFedexInstant', () => {
  it('gives the instant of a real time with an offset only', () => {
    expect(readFedexInstant('2025-06-12T10:41:00-04:00')).toBe('2025-06-12T14:41:00.000Z');
    expect(readFedexInstant('2025-06-12T00:00:00-06:00')).toBeNull();
    expect(readFedexInstant('2025-06-12T10:41:00')).toBeNull();
    expect(readFedexInstant(undefined)).toBeNull();
  });
});

describe('toFedexEstimate', () => {
  it('gives a datetime window when both bounds have times', () => {
    expect(toFedexEstimate('2025-11-14T09:00:00-07:00', '2025-11-14T13:00:00-07:00', undefined)).toEqual({
      from: '2025-11-14T09:00:00-07:00',
      to: '2025-11-14T13:00:00-07:00',
      precision: 'datetime',
    });
  });

  it('keeps midnight values as the calendar date FedEx wrote, whatever the offset', () => {
    expect(toFedexEstimate(undefined, '2024-08-28T00:00:00-06:00', DENVER)).toEqual({ from: '2024-08-28', to: '2024-08-28', precision: 'date' });
    expect(toFedexEstimate('2024-08-28T00:00:00+09:00', '2024-08-29T00:00:00+09:00', undefined)).toEqual({ from: '2024-08-28', to: '2024-08-29', precision: 'date' });
  });

  it('reads bounds without offset in the destination zone, or keeps only their dates', () => {
    expect(toFedexEstimate('2021-10-01T08:00:00', '2021-10-01T12:00:00', DENVER)).toEqual({ from: '2021-10-01T08:00:00-06:00', to: '2021-10-01T12:00:00-06:00', precision: 'datetime' });
    expect(toFedexEstimate('2021-10-01T08:00:00', '2021-10-01T12:00:00', undefined)).toEqual({ from: '2021-10-01', to: '2021-10-01', precision: 'date' });
  });

  it('gives null without a readable bound', () => {
    expect(toFedexEstimate(undefined, undefined, DENVER)).toBeNull();
    expect(toFedexEstimate('', 'never', DENVER)).toBeNull();
    expect(toFedexEstimate('2025-13-01', undefined, DENVER)).toBeNull();
  });
});

describe('fedexAddressZone', () => {
  it('gives the zone of an address that fixes one', () => {
    expect(fedexAddressZone('destination', { city: 'BOSTON', region: 'MA', countryCode: 'US' })).toEqual({
      role: 'destination',
      countryCode: 'US',
      timeZone: 'America/New_York',
      basis: 'location_zone',
    });
    expect(fedexAddressZone('origin', null)).toBeUndefined();
  });
});
