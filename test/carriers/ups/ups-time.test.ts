import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toInstant } from '../../../src/adapter-kit/index.js';
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

  it('takes the local time at its offset exactly when it names the UTC fields\' instant, whatever their layout', () => {
    const digits = (value: number, width: number) => String(value).padStart(width, '0');
    const fields = fc.record({
      day: fc.integer({ min: 1, max: 31 }),
      hour: fc.integer({ min: 0, max: 24 }),
      minute: fc.integer({ min: 0, max: 59 }),
      offsetHours: fc.integer({ min: -12, max: 14 }),
      skewSeconds: fc.constantFrom(0, 0, 0, 1, 60, -3600, 86_400),
      dateLayout: fc.constantFrom('compact', 'dashed', 'odd'),
      timeLayout: fc.constantFrom('colons', 'compact', 'short', 'fraction'),
    });
    fc.assert(
      fc.property(fields, ({ day, hour, minute, offsetHours, skewSeconds, dateLayout, timeLayout }) => {
        const utcEpoch = Date.UTC(2024, 1, day, hour, minute, 7);
        const local = new Date(utcEpoch + offsetHours * 3_600_000 + skewSeconds * 1000);
        const gmt = new Date(utcEpoch);
        const date = `${local.getUTCFullYear()}${digits(local.getUTCMonth() + 1, 2)}${digits(local.getUTCDate(), 2)}`;
        const time = `${digits(local.getUTCHours(), 2)}${digits(local.getUTCMinutes(), 2)}${digits(local.getUTCSeconds(), 2)}`;
        const [y, m, d] = [gmt.getUTCFullYear(), digits(gmt.getUTCMonth() + 1, 2), digits(gmt.getUTCDate(), 2)];
        // `day` 30 and 31 make February dates that are not real, and hour 24 a time that is not.
        const gmtDate = dateLayout === 'compact' ? `${y}${m}${day > 29 ? day : d}` : dateLayout === 'dashed' ? `${y}-${m}-${d}` : `${y}${m}${d}x`;
        const clock = [hour === 24 ? '24' : digits(gmt.getUTCHours(), 2), digits(gmt.getUTCMinutes(), 2), '07'];
        const gmtTime = timeLayout === 'colons' ? clock.join(':') : timeLayout === 'compact' ? clock.join('') : timeLayout === 'short' ? clock.slice(0, 2).join(':') : `${clock.join(':')}.000`;
        const gmtOffset = `${offsetHours < 0 ? '-' : '+'}${digits(Math.abs(offsetHours), 2)}:00`;
        // The rule of reference/carriers/ups.md §3, step 1, with no scan location: the UTC fields decide; the
        // local time at its offset is shown when it names the same instant, else a mismatch warning.
        const utc = toInstant({ date: gmtDate, time: gmtTime, offset: '+00:00' });
        const atOffset = toInstant({ date, time, offset: gmtOffset });
        const resolved = resolveUpsActivityTime({ date, time, gmtDate, gmtTime, gmtOffset }, null, []);
        if (utc === null) {
          expect(resolved?.time ?? null).toEqual(atOffset);
        } else if (atOffset !== null && atOffset.occurredAt === utc.occurredAt) {
          expect(resolved).toEqual({ time: atOffset, warnings: [] });
        } else {
          expect(resolved?.time).toEqual(utc);
          expect(resolved?.warnings.map((warning) => warning.code)).toEqual(['CARRIER_TIME_MISMATCH']);
        }
      }),
      { numRuns: 2000, seed: 2611 },
    );
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
