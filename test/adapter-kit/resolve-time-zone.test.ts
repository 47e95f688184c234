import { describe, expect, it } from 'vitest';
import { COUNTRY_PRIMARY_ZONES } from '../../src/adapter-kit/data/country-time-zones.js';
import { ISO_3166_COUNTRIES } from '../../src/adapter-kit/data/iso-3166-countries.js';
import { MULTI_ZONE_COUNTRIES, ZONE_FALLBACKS } from '../../src/adapter-kit/data/multi-zone-countries.js';
import { listTableZones, resolveTimeZone, toRegionKeys, type ZoneQuery } from '../../src/adapter-kit/resolve-time-zone.js';
import { isKnownTimeZone, toInstant } from '../../src/adapter-kit/to-instant.js';

function zoneOf(query: ZoneQuery): string | undefined {
  return resolveTimeZone(query)?.timeZone;
}

function expectLocated(query: ZoneQuery, timeZone: string): void {
  expect(resolveTimeZone(query), JSON.stringify(query)).toEqual({ timeZone, basis: 'location_zone' });
}

function expectAssumed(query: ZoneQuery, timeZone: string): string {
  const result = resolveTimeZone(query);
  expect(result?.timeZone, JSON.stringify(query)).toBe(timeZone);
  expect(result?.basis).toBe('assumed_zone');
  expect(result?.reason).toEqual(expect.any(String));
  return result!.reason!;
}

/** The offset a zone has at a wall time, read through toInstant. */
function offsetAt(timeZone: string, date: string, time = '12:00'): string | undefined {
  return toInstant({ date, time, timeZone })?.localTime.slice(-6);
}

describe('resolveTimeZone countries', () => {
  it('gives null without a usable country', () => {
    expect(resolveTimeZone({})).toBeNull();
    expect(resolveTimeZone({ region: 'KY', postalCode: '40202' })).toBeNull();
    expect(resolveTimeZone({ countryCode: 'EU' })).toBeNull();
    expect(resolveTimeZone({ countryCode: 'Atlantis' })).toBeNull();
    expect(resolveTimeZone({ countryCode: 'AQ' })).toBeNull();
  });

  it('resolves single-zone countries from alpha-2, alpha-3 and names', () => {
    expectLocated({ countryCode: 'FR' }, 'Europe/Paris');
    expectLocated({ countryCode: 'JPN' }, 'Asia/Tokyo');
    expectLocated({ countryCode: 'Deutschland' }, 'Europe/Berlin');
    expectLocated({ countryCode: 'India' }, 'Asia/Kolkata');
    expectLocated({ countryCode: 'GB', region: 'Scotland', city: 'Glasgow' }, 'Europe/London');
  });

  it('treats China as Beijing time everywhere', () => {
    expectLocated({ countryCode: 'CN' }, 'Asia/Shanghai');
    expectLocated({ countryCode: '中国', region: 'Xinjiang', city: 'Urumqi' }, 'Asia/Shanghai');
  });

  it('counts countries whose extra zones keep the same clock as single-zone', () => {
    expectLocated({ countryCode: 'DE', city: 'Büsingen am Hochrhein' }, 'Europe/Berlin');
    expectLocated({ countryCode: 'MY', region: 'Sarawak' }, 'Asia/Kuala_Lumpur');
    expectLocated({ countryCode: 'AR', region: 'Mendoza' }, 'America/Argentina/Buenos_Aires');
    expectLocated({ countryCode: 'UZ' }, 'Asia/Tashkent');
  });

  it('resolves territories with their own country code', () => {
    expectLocated({ countryCode: 'PR' }, 'America/Puerto_Rico');
    expectLocated({ countryCode: 'GU' }, 'Pacific/Guam');
    expectLocated({ countryCode: 'HK' }, 'Asia/Hong_Kong');
    expectLocated({ countryCode: 'XK' }, 'Europe/Belgrade');
  });

  it('assumes the most populous zone of a multi-zone country given alone, with a reason', () => {
    const expectations: Record<string, string> = {
      US: 'America/New_York',
      CA: 'America/Toronto',
      AU: 'Australia/Sydney',
      BR: 'America/Sao_Paulo',
      MX: 'America/Mexico_City',
      RU: 'Europe/Moscow',
      ID: 'Asia/Jakarta',
      KZ: 'Asia/Almaty',
      NZ: 'Pacific/Auckland',
      PT: 'Europe/Lisbon',
      ES: 'Europe/Madrid',
    };
    for (const [countryCode, timeZone] of Object.entries(expectations)) {
      expect(expectAssumed({ countryCode }, timeZone)).toContain('spans several time zones');
    }
  });
});

describe('resolveTimeZone United States', () => {
  it('resolves the big single-zone states by code and name', () => {
    expectLocated({ countryCode: 'US', region: 'NY', city: 'New York' }, 'America/New_York');
    expectLocated({ countryCode: 'USA', region: 'California', city: 'Los Angeles' }, 'America/Los_Angeles');
    expectLocated({ countryCode: 'US', region: 'az', city: 'Phoenix' }, 'America/Phoenix');
    expectLocated({ countryCode: 'US', region: 'HI', city: 'Honolulu' }, 'Pacific/Honolulu');
    expectLocated({ countryCode: 'US', region: 'US-IL' }, 'America/Chicago');
  });

  it('keeps Phoenix off daylight saving time', () => {
    const zone = zoneOf({ countryCode: 'US', region: 'AZ' })!;
    expect(offsetAt(zone, '2024-07-01')).toBe('-07:00');
    expect(offsetAt(zone, '2024-01-01')).toBe('-07:00');
  });

  it('resolves Anchorage, San Juan and Guam', () => {
    expectLocated({ countryCode: 'US', region: 'AK', city: 'Anchorage' }, 'America/Anchorage');
    expectLocated({ countryCode: 'US', postalCode: '99501' }, 'America/Anchorage');
    expectLocated({ countryCode: 'US', region: 'PR', city: 'San Juan' }, 'America/Puerto_Rico');
    expectLocated({ countryCode: 'US', postalCode: '00901' }, 'America/Puerto_Rico');
    expectLocated({ countryCode: 'US', region: 'GU' }, 'Pacific/Guam');
    expectLocated({ countryCode: 'US', postalCode: '96910' }, 'Pacific/Guam');
    expectLocated({ countryCode: 'US', postalCode: '96799' }, 'Pacific/Pago_Pago');
    expectLocated({ countryCode: 'US', postalCode: '96950' }, 'Pacific/Saipan');
    expectLocated({ countryCode: 'US', postalCode: '00802' }, 'America/St_Thomas');
  });

  it('tells Indianapolis from the Evansville area by ZIP', () => {
    expectLocated({ countryCode: 'US', region: 'IN', postalCode: '46204' }, 'America/Indiana/Indianapolis');
    expectLocated({ countryCode: 'US', region: 'IN', postalCode: '47708' }, 'America/Chicago');
    expectLocated({ countryCode: 'US', region: 'IN', postalCode: '46402' }, 'America/Chicago');
    expectLocated({ countryCode: 'US', region: 'IN', postalCode: '47586' }, 'America/Chicago');
    expectLocated({ countryCode: 'US', region: 'IN', city: 'Evansville' }, 'America/Chicago');
  });

  it('puts El Paso on Mountain time and the rest of Texas on Central', () => {
    expectLocated({ countryCode: 'US', region: 'TX', city: 'El Paso' }, 'America/Denver');
    expectLocated({ countryCode: 'US', region: 'TX', postalCode: '79901' }, 'America/Denver');
    expectLocated({ countryCode: 'US', postalCode: '88510' }, 'America/Denver');
    expectLocated({ countryCode: 'US', region: 'TX', postalCode: '75201' }, 'America/Chicago');
    expectLocated({ countryCode: 'US', region: 'TX', postalCode: '79830' }, 'America/Chicago');
  });

  it('puts Pensacola on Central time and Tallahassee on Eastern', () => {
    expectLocated({ countryCode: 'US', region: 'FL', city: 'Pensacola' }, 'America/Chicago');
    expectLocated({ countryCode: 'US', region: 'FL', postalCode: '32501' }, 'America/Chicago');
    expectLocated({ countryCode: 'US', region: 'FL', postalCode: '32301' }, 'America/New_York');
    expectLocated({ countryCode: 'US', region: 'Florida', city: 'Miami' }, 'America/New_York');
  });

  it('tells Louisville (Eastern) from Bowling Green (Central)', () => {
    expectLocated({ countryCode: 'US', region: 'KY', city: 'Louisville' }, 'America/Kentucky/Louisville');
    expectLocated({ countryCode: 'US', region: 'KY', postalCode: '40202' }, 'America/Kentucky/Louisville');
    expectLocated({ countryCode: 'US', region: 'KY', city: 'Bowling Green' }, 'America/Chicago');
    expectLocated({ countryCode: 'US', region: 'KY', postalCode: '42101' }, 'America/Chicago');
    expect(offsetAt('America/Kentucky/Louisville', '2024-07-01')).toBe('-04:00');
  });

  it('resolves the other split states by ZIP or town', () => {
    expectLocated({ countryCode: 'US', region: 'TN', city: 'Knoxville' }, 'America/New_York');
    expectLocated({ countryCode: 'US', region: 'TN', postalCode: '37203' }, 'America/Chicago');
    expectLocated({ countryCode: 'US', region: 'ND', postalCode: '58601' }, 'America/Denver');
    expectLocated({ countryCode: 'US', region: 'SD', city: 'Rapid City' }, 'America/Denver');
    expectLocated({ countryCode: 'US', region: 'NE', postalCode: '69361' }, 'America/Denver');
    expectLocated({ countryCode: 'US', region: 'NE', postalCode: '69153' }, 'America/Denver');
    expectLocated({ countryCode: 'US', region: 'KS', postalCode: '67735' }, 'America/Denver');
    expectLocated({ countryCode: 'US', region: 'OR', postalCode: '97914' }, 'America/Boise');
    expectLocated({ countryCode: 'US', region: 'ID', postalCode: '83814' }, 'America/Los_Angeles');
    expectLocated({ countryCode: 'US', region: 'ID', city: 'Boise' }, 'America/Boise');
    expectLocated({ countryCode: 'US', region: 'MI', city: 'Iron Mountain' }, 'America/Menominee');
    expectLocated({ countryCode: 'US', region: 'MI', postalCode: '48226' }, 'America/Detroit');
    expectLocated({ countryCode: 'US', region: 'AK', postalCode: '99546' }, 'America/Adak');
    expectLocated({ countryCode: 'US', region: 'AZ', city: 'Window Rock' }, 'America/Denver');
    expectLocated({ countryCode: 'US', region: 'NV', postalCode: '89883' }, 'America/Denver');
  });

  it('assumes the dominant zone of a split state without ZIP or town', () => {
    expect(expectAssumed({ countryCode: 'US', region: 'KY' }, 'America/New_York')).toContain('KY');
    expectAssumed({ countryCode: 'US', region: 'Indiana' }, 'America/Indiana/Indianapolis');
    expectAssumed({ countryCode: 'US', region: 'TX', city: 'Nowhereville' }, 'America/Chicago');
    expectAssumed({ countryCode: 'US', region: 'TN' }, 'America/Chicago');
  });

  it('assumes the dominant zone of a ZIP prefix that straddles a zone line', () => {
    expect(expectAssumed({ countryCode: 'US', region: 'TN', postalCode: '37388' }, 'America/New_York')).toContain('37388');
    expectLocated({ countryCode: 'US', region: 'TN', postalCode: '37388', city: 'Tullahoma' }, 'America/Chicago');
  });

  it('resolves a ZIP alone, with ZIP+4 and with spaces', () => {
    expectLocated({ countryCode: 'US', postalCode: '10001' }, 'America/New_York');
    expectLocated({ countryCode: 'US', postalCode: '60601-1234' }, 'America/Chicago');
    expectLocated({ countryCode: 'US', postalCode: ' 98101 ' }, 'America/Los_Angeles');
  });

  it('maps one ZIP of every state and territory to its zone', () => {
    const samples: Record<string, string> = {
      '35203': 'America/Chicago', '99501': 'America/Anchorage', '85004': 'America/Phoenix', '72201': 'America/Chicago',
      '94103': 'America/Los_Angeles', '80202': 'America/Denver', '06103': 'America/New_York', '19801': 'America/New_York',
      '20001': 'America/New_York', '33101': 'America/New_York', '30303': 'America/New_York', '96813': 'Pacific/Honolulu',
      '83702': 'America/Boise', '60601': 'America/Chicago', '46204': 'America/Indiana/Indianapolis', '50309': 'America/Chicago',
      '66603': 'America/Chicago', '40202': 'America/Kentucky/Louisville', '70112': 'America/Chicago', '04101': 'America/New_York',
      '21201': 'America/New_York', '02108': 'America/New_York', '48226': 'America/Detroit', '55401': 'America/Chicago',
      '39201': 'America/Chicago', '63101': 'America/Chicago', '59601': 'America/Denver', '68102': 'America/Chicago',
      '89101': 'America/Los_Angeles', '03301': 'America/New_York', '07102': 'America/New_York', '87102': 'America/Denver',
      '10001': 'America/New_York', '27601': 'America/New_York', '58501': 'America/Chicago', '43215': 'America/New_York',
      '73102': 'America/Chicago', '97204': 'America/Los_Angeles', '19103': 'America/New_York', '02903': 'America/New_York',
      '29201': 'America/New_York', '57104': 'America/Chicago', '37203': 'America/Chicago', '75201': 'America/Chicago',
      '84111': 'America/Denver', '05401': 'America/New_York', '23219': 'America/New_York', '98101': 'America/Los_Angeles',
      '25301': 'America/New_York', '53202': 'America/Chicago', '82001': 'America/Denver', '00901': 'America/Puerto_Rico',
      '00802': 'America/St_Thomas', '96910': 'Pacific/Guam', '96799': 'Pacific/Pago_Pago', '96950': 'Pacific/Saipan',
    };
    for (const [postalCode, timeZone] of Object.entries(samples)) expectLocated({ countryCode: 'US', postalCode }, timeZone);
  });

  it('always assumes the zone of APO/FPO military mail', () => {
    expect(expectAssumed({ countryCode: 'US', region: 'AE', postalCode: '09001' }, 'Europe/Berlin')).toContain('military');
    expectAssumed({ countryCode: 'US', region: 'AP' }, 'Asia/Tokyo');
    expectAssumed({ countryCode: 'US', postalCode: '96201' }, 'Asia/Tokyo');
    expectAssumed({ countryCode: 'US', region: 'AA', postalCode: '34001' }, 'America/New_York');
  });

  it('says when a region is unknown', () => {
    expect(expectAssumed({ countryCode: 'US', region: 'Narnia' }, 'America/New_York')).toContain('Narnia');
  });
});

describe('resolveTimeZone Canada', () => {
  it("resolves Newfoundland to St. John's at -03:30 / -02:30", () => {
    expectLocated({ countryCode: 'CA', region: 'NL', city: "St. John's" }, 'America/St_Johns');
    expectLocated({ countryCode: 'CA', postalCode: 'A1C 5M2' }, 'America/St_Johns');
    expect(offsetAt('America/St_Johns', '2024-01-15')).toBe('-03:30');
    expect(offsetAt('America/St_Johns', '2024-07-15')).toBe('-02:30');
    expectLocated({ countryCode: 'CA', region: 'NL', postalCode: 'A0P 1E0' }, 'America/Goose_Bay');
  });

  it('keeps Saskatchewan off daylight saving time, except Lloydminster', () => {
    expectLocated({ countryCode: 'CA', region: 'SK', city: 'Regina' }, 'America/Regina');
    expectLocated({ countryCode: 'CA', postalCode: 'S4P 3Y2' }, 'America/Regina');
    expect(offsetAt('America/Regina', '2024-07-01')).toBe('-06:00');
    expect(offsetAt('America/Regina', '2024-01-01')).toBe('-06:00');
    expectLocated({ countryCode: 'CA', region: 'SK', postalCode: 'S9V 0A1' }, 'America/Edmonton');
    expectAssumed({ countryCode: 'CA', region: 'Saskatchewan' }, 'America/Regina');
  });

  it('resolves provinces by code, English and French names', () => {
    expectLocated({ countryCode: 'CA', region: 'AB' }, 'America/Edmonton');
    expectLocated({ countryCode: 'CAN', region: 'Nouvelle-Écosse' }, 'America/Halifax');
    expectLocated({ countryCode: 'CA', region: 'QC', city: 'Montréal' }, 'America/Toronto');
    expectLocated({ countryCode: 'CA', region: 'Québec', postalCode: 'H2X 1Y4' }, 'America/Toronto');
    expectLocated({ countryCode: 'CA', region: 'QC', postalCode: 'G4T 1A1' }, 'America/Halifax');
    expectAssumed({ countryCode: 'CA', region: 'Québec' }, 'America/Toronto');
  });

  it('splits Ontario, British Columbia and Nunavut by postal code and town', () => {
    expectLocated({ countryCode: 'CA', region: 'ON', postalCode: 'P9N 1A1' }, 'America/Winnipeg');
    expectLocated({ countryCode: 'CA', region: 'ON', city: 'Kenora' }, 'America/Winnipeg');
    expectLocated({ countryCode: 'CA', region: 'ON', postalCode: 'M5V 3L9' }, 'America/Toronto');
    expectLocated({ countryCode: 'CA', region: 'BC', postalCode: 'V6B 1A1' }, 'America/Vancouver');
    expectLocated({ countryCode: 'CA', region: 'BC', postalCode: 'V1J 4H6' }, 'America/Dawson_Creek');
    expectLocated({ countryCode: 'CA', region: 'BC', postalCode: 'V0B 1G0' }, 'America/Creston');
    expectLocated({ countryCode: 'CA', region: 'BC', postalCode: 'V1C 1A1' }, 'America/Edmonton');
    expectLocated({ countryCode: 'CA', region: 'NU', postalCode: 'X0A 0H0' }, 'America/Iqaluit');
    expectLocated({ countryCode: 'CA', region: 'NU', postalCode: 'X0C 0G0' }, 'America/Rankin_Inlet');
    expectLocated({ countryCode: 'CA', region: 'NU', city: 'Cambridge Bay' }, 'America/Cambridge_Bay');
    expectAssumed({ countryCode: 'CA', region: 'NU' }, 'America/Iqaluit');
  });
});

describe('resolveTimeZone Australia', () => {
  it('tells Sydney, Perth and Adelaide apart', () => {
    expectLocated({ countryCode: 'AU', region: 'NSW', city: 'Sydney' }, 'Australia/Sydney');
    expectLocated({ countryCode: 'AU', region: 'Western Australia' }, 'Australia/Perth');
    expectLocated({ countryCode: 'AU', region: 'SA' }, 'Australia/Adelaide');
    expectLocated({ countryCode: 'AU', postalCode: '6000' }, 'Australia/Perth');
    expectLocated({ countryCode: 'AU', postalCode: '5000' }, 'Australia/Adelaide');
    expectLocated({ countryCode: 'AU', postalCode: '0800' }, 'Australia/Darwin');
    expect(offsetAt('Australia/Adelaide', '2024-01-15')).toBe('+10:30');
    expect(offsetAt('Australia/Adelaide', '2024-07-15')).toBe('+09:30');
    expect(offsetAt('Australia/Perth', '2024-01-15')).toBe('+08:00');
  });

  it('knows the places of New South Wales that keep another clock', () => {
    expectLocated({ countryCode: 'AU', region: 'NSW', postalCode: '2880' }, 'Australia/Broken_Hill');
    expectLocated({ countryCode: 'AU', region: 'NSW', city: 'Broken Hill' }, 'Australia/Broken_Hill');
    expectLocated({ countryCode: 'AU', postalCode: '2898' }, 'Australia/Lord_Howe');
    expectLocated({ countryCode: 'AU', city: 'Perth' }, 'Australia/Perth');
  });
});

describe('resolveTimeZone Brazil, Mexico, Russia, Indonesia', () => {
  it('tells São Paulo from Amazonas', () => {
    expectLocated({ countryCode: 'BR', region: 'SP' }, 'America/Sao_Paulo');
    expectLocated({ countryCode: 'BR', region: 'Sao Paulo' }, 'America/Sao_Paulo');
    expectLocated({ countryCode: 'Brasil', region: 'AM' }, 'America/Manaus');
    expectLocated({ countryCode: 'BR', postalCode: '01310-100' }, 'America/Sao_Paulo');
    expectLocated({ countryCode: 'BR', postalCode: '69005-010' }, 'America/Manaus');
    expectLocated({ countryCode: 'BR', region: 'AM', city: 'Tabatinga' }, 'America/Eirunepe');
    expectLocated({ countryCode: 'BR', postalCode: '53990-000' }, 'America/Noronha');
    expect(offsetAt('America/Manaus', '2024-05-01')).toBe('-04:00');
  });

  it('resolves Mexican states by code and name, and border towns', () => {
    expectLocated({ countryCode: 'MX', region: 'Jalisco', city: 'Guadalajara' }, 'America/Mexico_City');
    expectLocated({ countryCode: 'MX', region: 'JAL' }, 'America/Mexico_City');
    expectLocated({ countryCode: 'MX', region: 'Quintana Roo' }, 'America/Cancun');
    expectLocated({ countryCode: 'MX', region: 'BC', city: 'Tijuana' }, 'America/Tijuana');
    expectLocated({ countryCode: 'MX', region: 'CHH', city: 'Ciudad Juárez' }, 'America/Ciudad_Juarez');
    expectLocated({ countryCode: 'MX', postalCode: '44100' }, 'America/Mexico_City');
    expectAssumed({ countryCode: 'MX', region: 'Chihuahua' }, 'America/Chihuahua');
  });

  it('tells Moscow from Vladivostok', () => {
    expectLocated({ countryCode: 'RU', city: 'Moscow' }, 'Europe/Moscow');
    expectLocated({ countryCode: 'RUS', region: 'MOW' }, 'Europe/Moscow');
    expectLocated({ countryCode: 'Russian Federation', city: 'Vladivostok' }, 'Asia/Vladivostok');
    expectLocated({ countryCode: 'RU', region: 'Primorsky Krai' }, 'Asia/Vladivostok');
    expectLocated({ countryCode: 'RU', region: 'Приморский край' }, 'Asia/Vladivostok');
    expectLocated({ countryCode: 'RU', postalCode: '690091' }, 'Asia/Vladivostok');
    expectLocated({ countryCode: 'RU', postalCode: '101000' }, 'Europe/Moscow');
    expectLocated({ countryCode: 'RU', region: 'Kaliningrad Oblast' }, 'Europe/Kaliningrad');
    expectLocated({ countryCode: 'RU', region: 'Новосибирская область' }, 'Asia/Novosibirsk');
  });

  it('tells Jakarta from Jayapura', () => {
    expectLocated({ countryCode: 'ID', city: 'Jakarta' }, 'Asia/Jakarta');
    expectLocated({ countryCode: 'ID', region: 'DKI Jakarta' }, 'Asia/Jakarta');
    expectLocated({ countryCode: 'Indonesia', city: 'Jayapura' }, 'Asia/Jayapura');
    expectLocated({ countryCode: 'ID', region: 'Papua' }, 'Asia/Jayapura');
    expectLocated({ countryCode: 'ID', postalCode: '99111' }, 'Asia/Jayapura');
    expectLocated({ countryCode: 'ID', region: 'Bali' }, 'Asia/Makassar');
    expect(offsetAt('Asia/Jayapura', '2024-05-01')).toBe('+09:00');
  });
});

describe('resolveTimeZone other multi-zone countries', () => {
  it('resolves the Chatham Islands to +12:45 / +13:45', () => {
    expectLocated({ countryCode: 'NZ', region: 'Chatham Islands' }, 'Pacific/Chatham');
    expectLocated({ countryCode: 'NZ', postalCode: '8942' }, 'Pacific/Chatham');
    expectLocated({ countryCode: 'NZ', region: 'Canterbury', postalCode: '8011' }, 'Pacific/Auckland');
    expect(offsetAt('Pacific/Chatham', '2024-07-01')).toBe('+12:45');
    expect(offsetAt('Pacific/Chatham', '2024-01-15')).toBe('+13:45');
  });

  it('resolves outlying islands of Portugal, Spain, Ecuador and Chile', () => {
    expectLocated({ countryCode: 'PT', region: 'Açores' }, 'Atlantic/Azores');
    expectLocated({ countryCode: 'PT', postalCode: '9500-150' }, 'Atlantic/Azores');
    expectLocated({ countryCode: 'PT', postalCode: '1000-001' }, 'Europe/Lisbon');
    expectLocated({ countryCode: 'ES', region: 'Canarias' }, 'Atlantic/Canary');
    expectLocated({ countryCode: 'ES', postalCode: '35001' }, 'Atlantic/Canary');
    expectLocated({ countryCode: 'ES', region: 'Barcelona' }, 'Europe/Madrid');
    expectLocated({ countryCode: 'EC', region: 'Galápagos' }, 'Pacific/Galapagos');
    expectLocated({ countryCode: 'CL', city: 'Hanga Roa' }, 'Pacific/Easter');
    expectLocated({ countryCode: 'CL', region: 'Magallanes' }, 'America/Punta_Arenas');
    expectLocated({ countryCode: 'CL', region: 'Región de Valparaíso' }, 'America/Santiago');
  });

  it('resolves the split countries of Asia, Africa and the Pacific', () => {
    expectLocated({ countryCode: 'KZ', region: 'Aktobe' }, 'Asia/Aqtobe');
    expectLocated({ countryCode: 'KZ', city: 'Almaty' }, 'Asia/Almaty');
    expectLocated({ countryCode: 'CD', city: 'Lubumbashi' }, 'Africa/Lubumbashi');
    expectLocated({ countryCode: 'CD', region: 'Kinshasa' }, 'Africa/Kinshasa');
    expectLocated({ countryCode: 'MN', region: 'Khovd' }, 'Asia/Hovd');
    expectLocated({ countryCode: 'KI', region: 'Line Islands' }, 'Pacific/Kiritimati');
    expectLocated({ countryCode: 'FM', region: 'Pohnpei' }, 'Pacific/Pohnpei');
    expectLocated({ countryCode: 'PF', city: 'Nuku Hiva' }, 'Pacific/Marquesas');
    expectLocated({ countryCode: 'PG', region: 'Bougainville' }, 'Pacific/Bougainville');
    expectLocated({ countryCode: 'UA', region: 'Lviv' }, 'Europe/Kyiv');
    expectLocated({ countryCode: 'GL', city: 'Ittoqqortoormiit' }, 'America/Scoresbysund');
  });
});

describe('resolveTimeZone tables', () => {
  it('answers only with zones this runtime knows (directly or through a fallback)', () => {
    const unknown = listTableZones().filter((zone) => !isKnownTimeZone(zone) && !isKnownTimeZone(ZONE_FALLBACKS[zone] ?? ''));
    expect(unknown).toEqual([]);
    expect(listTableZones().length).toBeGreaterThan(300);
  });

  it('has a zone for every country except the uninhabited ones', () => {
    const missing = ISO_3166_COUNTRIES.map(([code]) => code).filter((code) => COUNTRY_PRIMARY_ZONES[code] === undefined);
    expect(missing.sort()).toEqual(['AQ', 'BV', 'HM']);
  });

  it('agrees on the primary zone of each multi-zone country between the two tables', () => {
    for (const [country, table] of Object.entries(MULTI_ZONE_COUNTRIES)) {
      expect(COUNTRY_PRIMARY_ZONES[country], country).toBe(table.primary);
    }
  });

  it('never gives one region key to two regions with different clocks', () => {
    for (const [country, table] of Object.entries(MULTI_ZONE_COUNTRIES)) {
      const owners = new Map<string, string>();
      for (const [codes, names, zone, note] of table.regions) {
        for (const text of [...codes.split('|'), ...names.split('|')].filter((part) => part !== '')) {
          const [full] = toRegionKeys(text);
          const owner = `${zone}/${note ?? ''}`;
          const previous = owners.get(full);
          expect(previous === undefined || previous === owner, `${country} ${text}`).toBe(true);
          owners.set(full, owner);
        }
      }
    }
  });

  it('finds region names without their generic words', () => {
    expect(toRegionKeys('Moscow Oblast')).toEqual(['moscowoblast', 'moscow']);
    expect(toRegionKeys('Estado de México')).toEqual(['estadodemexico', 'mexico']);
    expectLocated({ countryCode: 'RU', region: 'Novosibirsk' }, 'Asia/Novosibirsk');
    expectLocated({ countryCode: 'MX', region: 'Estado de Mexico' }, 'America/Mexico_City');
  });
});
