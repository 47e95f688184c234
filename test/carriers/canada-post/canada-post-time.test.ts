import { describe, expect, it } from 'vitest';
import { CANADA_POST_PROVINCE_ZONES, CANADA_POST_ZONE_OFFSETS, resolveCanadaPostEventTime } from '../../../carriers/canada-post/canada-post-time.js';

describe('canada-post event times', () => {
  it('tells the two 01:30 of the November change apart by their abbreviations, which a zone alone cannot', () => {
    const daylight = resolveCanadaPostEventTime({ date: '2024-11-03', time: '01:30:00', zone: 'EDT' }, { province: 'ON', city: 'OTTAWA' });
    const standard = resolveCanadaPostEventTime({ date: '2024-11-03', time: '01:30:00', zone: 'EST' }, { province: 'ON', city: 'OTTAWA' });
    expect(daylight?.time).toMatchObject({ occurredAt: '2024-11-03T05:30:00.000Z', localTime: '2024-11-03T01:30:00-04:00', timeBasis: 'carrier_offset' });
    expect(standard?.time).toMatchObject({ occurredAt: '2024-11-03T06:30:00.000Z', localTime: '2024-11-03T01:30:00-05:00', timeBasis: 'carrier_offset' });
  });

  it('applies Newfoundland half-hour offsets', () => {
    expect(resolveCanadaPostEventTime({ date: '2024-01-10', time: '12:00:00', zone: 'NST' }, { province: 'NL', city: "ST. JOHN'S" })?.time.occurredAt).toBe('2024-01-10T15:30:00.000Z');
    expect(resolveCanadaPostEventTime({ date: '2024-07-10', time: '12:00:00', zone: 'ndt' }, { province: 'NL' })?.time.occurredAt).toBe('2024-07-10T14:30:00.000Z');
  });

  it('records the site zone only when it gives the same instant as the abbreviation', () => {
    const agreeing = resolveCanadaPostEventTime({ date: '2024-07-10', time: '12:00:00', zone: 'CST' }, { province: 'SK', city: 'REGINA' });
    expect(agreeing?.time.timeZone).toBe('America/Regina');
    const disagreeing = resolveCanadaPostEventTime({ date: '2024-07-10', time: '12:00:00', zone: 'CST' }, { province: 'MB', city: 'WINNIPEG' });
    expect(disagreeing?.time).toMatchObject({ timeZone: null, occurredAt: '2024-07-10T18:00:00.000Z' });
  });

  it('falls back to the province zone without an abbreviation, and a date alone is date_only', () => {
    expect(resolveCanadaPostEventTime({ date: '2024-07-10', time: '12:00:00', zone: '' }, { province: 'AB', city: 'CALGARY' })).toEqual({
      time: { occurredAt: '2024-07-10T18:00:00.000Z', localTime: '2024-07-10T12:00:00-06:00', timeZone: 'America/Edmonton', timeBasis: 'location_zone' },
      warnings: [],
    });
    expect(resolveCanadaPostEventTime({ date: '2024-07-10', zone: 'EDT' }, { province: 'ON' })?.time.timeBasis).toBe('date_only');
  });

  it('uses the country zone for a foreign scan and UTC, assumed, when nothing is known', () => {
    expect(resolveCanadaPostEventTime({ date: '2024-07-10', time: '12:00:00', zone: '' }, { countryCode: 'JP' })?.time).toMatchObject({
      occurredAt: '2024-07-10T03:00:00.000Z',
      timeZone: 'Asia/Tokyo',
      timeBasis: 'location_zone',
    });
    const unknown = resolveCanadaPostEventTime({ date: '2024-07-10', time: '12:00:00', zone: 'XYZ' }, {});
    expect(unknown?.time).toMatchObject({ occurredAt: '2024-07-10T12:00:00.000Z', timeZone: 'UTC', timeBasis: 'assumed_zone' });
    expect(unknown?.warnings[0]?.code).toBe('ASSUMED_TIME_ZONE');
  });

  it('refuses impossible dates and times', () => {
    expect(resolveCanadaPostEventTime({ date: '2024-02-30', time: '10:00:00', zone: 'EST' }, { province: 'ON' })).toBeNull();
    expect(resolveCanadaPostEventTime({ date: '2024-02-10', time: '25:00:00', zone: '' }, { province: 'ON' })).toBeNull();
  });

  it('knows every English and French abbreviation and every province', () => {
    expect(Object.keys(CANADA_POST_ZONE_OFFSETS)).toHaveLength(26);
    expect(Object.keys(CANADA_POST_PROVINCE_ZONES).sort()).toEqual(['AB', 'BC', 'MB', 'NB', 'NL', 'NS', 'NT', 'NU', 'ON', 'PE', 'QC', 'SK', 'YT']);
  });
});
