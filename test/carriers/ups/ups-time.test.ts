import { describe, expect, it } from 'vitest';
import { resolveUpsActivityTime, resolveUpsAddressZone, type UpsAddressZone } from '../../../carriers/ups/ups-time.js';

const chicagoDestination = resolveUpsAddressZone('destination', { city: 'CHICAGO', region: 'IL', postalCode: '60638', countryCode: 'US' }) as UpsAddressZone;
const indianaOrigin = resolveUpsAddressZone('origin', { city: 'EVANSVILLE', region: 'IN', countryCode: 'US' }) as UpsAddressZone;
const zones = [chicagoDestination, indianaOrigin];

describe('resolveUpsAddressZone', () => {
  it('resolves a package address to its zone with how sure it is', () => {
    expect(chicagoDestination).toEqual({ role: 'destination', countryCode: 'US', region: 'IL', timeZone: 'America/Chicago', basis: 'location_zone' });
    expect(resolveUpsAddressZone('origin', { countryCode: 'US' })).toMatchObject({ timeZone: 'America/New_York', basis: 'assumed_zone' });
    expect(resolveUpsAddressZone('origin', null)).toBeUndefined();
  });
});

describe('resolveUpsActivityTime', () => {
  it('reads the UTC fields first and shows them at the sent offset', () => {
    expect(resolveUpsActivityTime({ date: '20241021', time: '171520', gmtDate: '20241021', gmtTime: '22:15:20', gmtOffset: '-05:00' }, null, [])).toEqual({
      time: { occurredAt: '2024-10-21T22:15:20.000Z', localTime: '2024-10-21T17:15:20-05:00', timeZone: null, timeBasis: 'carrier_offset' },
      warnings: [],
    });
  });

  it('accepts gmtDate as yyyy-MM-dd and shows a UTC-only instant in the scan location zone', () => {
    const resolved = resolveUpsActivityTime({ date: '20241021', time: '171520', gmtDate: '2024-10-21', gmtTime: '221520' }, { city: 'CHICAGO', region: 'IL', countryCode: 'US' }, []);
    expect(resolved?.time).toEqual({
      occurredAt: '2024-10-21T22:15:20.000Z',
      localTime: '2024-10-21T17:15:20-05:00',
      timeZone: 'America/Chicago',
      timeBasis: 'carrier_offset',
    });
  });

  it('applies gmtOffset alone to the local time', () => {
    expect(resolveUpsActivityTime({ date: '20240605', time: '092210', gmtOffset: '+02:00' }, null, [])?.time).toEqual({
      occurredAt: '2024-06-05T07:22:10.000Z',
      localTime: '2024-06-05T09:22:10+02:00',
      timeZone: null,
      timeBasis: 'carrier_offset',
    });
  });

  it('resolves a local time in the zone of a precise scan location without warning', () => {
    const resolved = resolveUpsActivityTime({ date: '20241103', time: '013000', type: 'I' }, { city: 'EVANSVILLE', region: 'IN', countryCode: 'US' }, zones);
    // 01:30 happens twice in Chicago that night; the first one (CDT) is taken.
    expect(resolved).toEqual({
      time: { occurredAt: '2024-11-03T06:30:00.000Z', localTime: '2024-11-03T01:30:00-05:00', timeZone: 'America/Chicago', timeBasis: 'location_zone' },
      warnings: [],
    });
  });

  it('assumes the destination zone for a country-only location, and the origin zone for a manifest event', () => {
    const transit = resolveUpsActivityTime({ date: '20241021', time: '093011', type: 'I' }, { countryCode: 'US' }, zones);
    expect(transit?.time).toMatchObject({ timeZone: 'America/Chicago', timeBasis: 'assumed_zone', occurredAt: '2024-10-21T14:30:11.000Z' });
    expect(transit?.warnings[0]?.message).toContain('destination');
    const manifest = resolveUpsActivityTime({ date: '20241021', time: '093011', type: 'M' }, { countryCode: 'US' }, zones);
    expect(manifest?.time).toMatchObject({ timeZone: 'America/Chicago', timeBasis: 'assumed_zone' });
    expect(manifest?.warnings[0]?.message).toContain('origin');
  });

  it('keeps the region-wide guess when no package address lies in the named region', () => {
    const resolved = resolveUpsActivityTime({ date: '20241021', time: '093011', type: 'I' }, { region: 'OR', countryCode: 'US' }, zones);
    expect(resolved?.time).toMatchObject({ timeZone: 'America/Los_Angeles', timeBasis: 'assumed_zone', occurredAt: '2024-10-21T16:30:11.000Z' });
    expect(resolved?.warnings).toHaveLength(1);
    expect(resolved?.warnings[0]?.code).toBe('ASSUMED_TIME_ZONE');
  });

  it('does not borrow the zone of an address in another country', () => {
    const resolved = resolveUpsActivityTime({ date: '20240604', time: '223605', type: 'I' }, { countryCode: 'DE' }, zones);
    expect(resolved?.time).toMatchObject({ timeZone: 'Europe/Berlin', timeBasis: 'location_zone', occurredAt: '2024-06-04T20:36:05.000Z' });
    const unknownPlace = resolveUpsActivityTime({ date: '20240604', time: '223605', type: 'I' }, { countryCode: 'CA' }, zones);
    expect(unknownPlace?.time.timeBasis).toBe('assumed_zone');
    expect(unknownPlace?.time.timeZone).not.toBe('America/Chicago');
  });

  it('gives null for a date that does not exist', () => {
    expect(resolveUpsActivityTime({ date: '20240230', time: '101010', gmtOffset: '-05:00' }, null, [])).toBeNull();
    expect(resolveUpsActivityTime({ date: '20241321', time: '101010' }, { city: 'CHICAGO', region: 'IL', countryCode: 'US' }, [])).toBeNull();
  });
});
