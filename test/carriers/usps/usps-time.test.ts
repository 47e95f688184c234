import { describe, expect, it } from 'vitest';
import { readUspsPlace } from '../../../carriers/usps/usps-location.js';
import { resolveUspsEventTime, resolveUspsZone, zoneOfOffset } from '../../../carriers/usps/usps-time.js';

describe('resolveUspsEventTime', () => {
  it('reads eventTimestamp as local time and subtracts GMTOffset, also with a one-digit hour', () => {
    expect(resolveUspsEventTime({ eventTimestamp: '2024-04-04T07:03:12', GMTOffset: '-7:00' }, null, null)).toEqual({
      time: { occurredAt: '2024-04-04T14:03:12.000Z', localTime: '2024-04-04T07:03:12-07:00', timeZone: null, timeBasis: 'carrier_offset' },
      warnings: [],
      statedOffsetMinutes: -420,
    });
  });

  it('drops the false Z on eventTimestamp: 07:31Z in Richmond VA is 07:31 local', () => {
    const zone = resolveUspsZone({ countryCode: 'US', region: 'VA', city: 'RICHMOND', postalCode: '23219' });
    const resolved = resolveUspsEventTime({ eventTimestamp: '2023-05-02T07:31:00Z' }, zone, null);
    expect(resolved?.time).toEqual({ occurredAt: '2023-05-02T11:31:00.000Z', localTime: '2023-05-02T07:31:00-04:00', timeZone: 'America/New_York', timeBasis: 'location_zone' });
  });

  it('keeps the local time and offset when GMTTimestamp only has the wrong date, and warns when its time of day differs', () => {
    const wrongDate = resolveUspsEventTime({ eventTimestamp: '2024-04-21T23:28:00', GMTOffset: '-06:00', GMTTimestamp: '2024-04-21T05:28:00.000Z' }, null, null);
    expect(wrongDate?.time.occurredAt).toBe('2024-04-22T05:28:00.000Z');
    expect(wrongDate?.warnings).toEqual([]);
    const wrongTime = resolveUspsEventTime({ eventTimestamp: '2024-04-21T10:00:00', GMTOffset: '-06:00', GMTTimestamp: '2024-04-21T17:00:00Z' }, null, null);
    expect(wrongTime?.time.occurredAt).toBe('2024-04-21T16:00:00.000Z');
    expect(wrongTime?.warnings.map((warning) => warning.code)).toEqual(['CARRIER_TIME_MISMATCH']);
  });

  it('derives the offset from GMTTimestamp when GMTOffset is missing', () => {
    const resolved = resolveUspsEventTime({ eventTimestamp: '2024-01-15T08:10:00', GMTTimestamp: '2024-01-15T13:10:00Z' }, null, null);
    expect(resolved?.time).toMatchObject({ occurredAt: '2024-01-15T13:10:00.000Z', localTime: '2024-01-15T08:10:00-05:00', timeBasis: 'carrier_offset' });
    expect(resolved?.statedOffsetMinutes).toBe(-300);
  });

  it('records the scan location\'s zone only when its offset agrees with USPS\'s', () => {
    const chicago = resolveUspsZone({ countryCode: 'US', region: 'IL', city: 'CHICAGO', postalCode: '60607' });
    expect(resolveUspsEventTime({ eventTimestamp: '2024-07-01T11:20:00', GMTOffset: '-05:00' }, chicago, null)?.time.timeZone).toBe('America/Chicago');
    expect(resolveUspsEventTime({ eventTimestamp: '2024-07-01T11:20:00', GMTOffset: '-04:00' }, chicago, null)?.time).toMatchObject({
      occurredAt: '2024-07-01T15:20:00.000Z',
      timeZone: null,
    });
  });

  it('gives a date-only instant at midnight in the zone it is given', () => {
    const resolved = resolveUspsEventTime({ eventTimestamp: '2024-04-08T00:00:00', dateOnly: true }, null, { timeZone: 'America/Los_Angeles', source: 'the origin address' });
    expect(resolved?.time).toEqual({ occurredAt: '2024-04-08T07:00:00.000Z', localTime: '2024-04-08T00:00:00-07:00', timeZone: 'America/Los_Angeles', timeBasis: 'date_only' });
    expect(resolved?.warnings.map((warning) => warning.code)).toEqual(['ASSUMED_TIME_ZONE']);
  });

  it('gives null when there is no date at all', () => {
    expect(resolveUspsEventTime({ eventTimestamp: '14:32:00' }, null, null)).toBeNull();
    expect(resolveUspsEventTime({ eventTimestamp: null }, null, null)).toBeNull();
  });

  it('lends whole-hour offsets as fixed zones', () => {
    expect(zoneOfOffset(-300)).toBe('Etc/GMT+5');
    expect(zoneOfOffset(600)).toBe('Etc/GMT-10');
    expect(zoneOfOffset(0)).toBe('Etc/UTC');
    expect(zoneOfOffset(330)).toBeUndefined();
  });
});

describe('resolveUspsZone', () => {
  it.each([
    [{ countryCode: 'US', region: 'AK', city: 'JUNEAU', postalCode: '99801' }, 'America/Juneau', 'location_zone'],
    [{ countryCode: 'US', region: 'AK', city: 'ANCHORAGE' }, 'America/Anchorage', 'location_zone'],
    [{ countryCode: 'US', region: 'HI', postalCode: '96813' }, 'Pacific/Honolulu', 'location_zone'],
    [{ countryCode: 'US', region: 'PR', postalCode: '00926' }, 'America/Puerto_Rico', 'location_zone'],
    [{ countryCode: 'US', region: 'GU', postalCode: '96913' }, 'Pacific/Guam', 'location_zone'],
    [{ countryCode: 'US', region: 'VI', postalCode: '00802' }, 'America/St_Thomas', 'location_zone'],
    [{ countryCode: 'US', region: 'IN', city: 'GARY', postalCode: '46402' }, 'America/Chicago', 'location_zone'],
    [{ countryCode: 'US', region: 'IN', city: 'FORT WAYNE', postalCode: '46802' }, 'America/Indiana/Indianapolis', 'location_zone'],
    [{ countryCode: 'US', region: 'TX', postalCode: '79901' }, 'America/Denver', 'location_zone'],
    [{ countryCode: 'US', region: 'IN' }, 'America/Indiana/Indianapolis', 'assumed_zone'],
    [{ countryCode: 'US', region: 'AP', postalCode: '96349' }, 'Asia/Tokyo', 'assumed_zone'],
  ])('resolves %j to %s (%s)', (query, timeZone, basis) => {
    expect(resolveUspsZone(query)).toMatchObject({ timeZone, basis });
  });
});

describe('readUspsPlace', () => {
  it.each([
    ['OAK CREEK WI DISTRIBUTION CENTER', { city: 'OAK CREEK', region: 'WI' }],
    ['INDIANAPOLIS IN NETWORK DISTRIBUTION CENTER', { city: 'INDIANAPOLIS', region: 'IN' }],
    ['SAN JUAN PR PROCESSING AND DISTRIBUTION CENTER', { city: 'SAN JUAN', region: 'PR' }],
    ['ST LOUIS MO NETWORK DISTRIBUTION CENTER', { city: 'ST LOUIS', region: 'MO' }],
    ['NEW YORK NY INTERNATIONAL DISTRIBUTION CENTER', { city: 'NEW YORK', region: 'NY' }],
  ])('reads the facility name %s into town and state', (name, expected) => {
    const place = readUspsPlace({ city: name });
    expect(place.location).toMatchObject({ ...expected, facility: name });
    expect(place.zoneQuery).toMatchObject({ countryCode: 'US', ...expected });
  });

  it('reads International Service Center names, with or without a readable town', () => {
    expect(readUspsPlace({ city: 'ISC CHICAGO IL (USPS)' })).toMatchObject({ isForeign: false, location: { city: 'CHICAGO', region: 'IL', countryCode: 'US', facility: 'ISC CHICAGO IL (USPS)' } });
    expect(readUspsPlace({ city: 'ISC MIAMI' }).location).toEqual({ countryCode: 'US', facility: 'ISC MIAMI' });
  });

  it('keeps a plain city as it is and leaves a facility name whose state disagrees alone', () => {
    expect(readUspsPlace({ city: 'NEW YORK', state: 'NY', postalCode: '10001' }).location).toEqual({ city: 'NEW YORK', region: 'NY', postalCode: '10001', countryCode: 'US' });
    expect(readUspsPlace({ city: 'KANSAS CITY MO DISTRIBUTION CENTER', state: 'KS' }).location).toEqual({ city: 'KANSAS CITY MO DISTRIBUTION CENTER', region: 'KS', countryCode: 'US' });
  });

  it.each([
    ['PR', 'PR'],
    ['GU', 'GU'],
    ['VI', 'VI'],
    ['FM', 'FM'],
    ['HI', 'US'],
    ['AE', 'US'],
  ])('gives USPS state %s the country code %s', (state, countryCode) => {
    const place = readUspsPlace({ city: 'SOMEWHERE', state });
    expect(place.location?.countryCode).toBe(countryCode);
    expect(place.zoneQuery?.countryCode).toBe('US');
  });

  it('reads foreign countries by name or code, and gives no country for a name it cannot read', () => {
    expect(readUspsPlace({ city: 'TORONTO', country: 'CANADA' })).toMatchObject({ isForeign: true, location: { city: 'TORONTO', countryCode: 'CA' } });
    expect(readUspsPlace({ country: 'CN' }).location).toEqual({ countryCode: 'CN' });
    expect(readUspsPlace({ city: 'POSEIDONIS', country: 'ATLANTIS' })).toMatchObject({ isForeign: true, location: { city: 'POSEIDONIS' }, zoneQuery: null });
  });

  it('gives no location for a domestic event without any field', () => {
    expect(readUspsPlace({ city: null, state: '', postalCode: undefined, country: null })).toMatchObject({ location: null, zoneQuery: null });
  });
});
