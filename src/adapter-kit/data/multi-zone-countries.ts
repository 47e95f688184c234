import { AUSTRALIA_TIME_ZONES } from './australia-time-zones.js';
import { BRAZIL_TIME_ZONES } from './brazil-time-zones.js';
import { CANADA_TIME_ZONES } from './canada-time-zones.js';
import { INDONESIA_TIME_ZONES } from './indonesia-time-zones.js';
import { MEXICO_TIME_ZONES } from './mexico-time-zones.js';
import {
  CHILE_TIME_ZONES,
  CONGO_KINSHASA_TIME_ZONES,
  ECUADOR_TIME_ZONES,
  FRENCH_POLYNESIA_TIME_ZONES,
  GREENLAND_TIME_ZONES,
  KAZAKHSTAN_TIME_ZONES,
  KIRIBATI_TIME_ZONES,
  MICRONESIA_TIME_ZONES,
  MONGOLIA_TIME_ZONES,
  NEW_ZEALAND_TIME_ZONES,
  PAPUA_NEW_GUINEA_TIME_ZONES,
  PORTUGAL_TIME_ZONES,
  SPAIN_TIME_ZONES,
  UKRAINE_TIME_ZONES,
  US_OUTLYING_ISLANDS_TIME_ZONES,
} from './other-time-zones.js';
import type { CountryZoneTable } from './region-zone-table.js';
import { RUSSIA_TIME_ZONES } from './russia-time-zones.js';
import { US_TIME_ZONES } from './us-time-zones.js';

/**
 * Countries whose people keep more than one clock, by alpha-2 code. Every other country has one zone in
 * `COUNTRY_PRIMARY_ZONES`. China (Beijing time everywhere for the post) is deliberately not here.
 */
export const MULTI_ZONE_COUNTRIES: Readonly<Record<string, CountryZoneTable>> = {
  US: US_TIME_ZONES,
  CA: CANADA_TIME_ZONES,
  AU: AUSTRALIA_TIME_ZONES,
  BR: BRAZIL_TIME_ZONES,
  MX: MEXICO_TIME_ZONES,
  RU: RUSSIA_TIME_ZONES,
  ID: INDONESIA_TIME_ZONES,
  KZ: KAZAKHSTAN_TIME_ZONES,
  CL: CHILE_TIME_ZONES,
  PT: PORTUGAL_TIME_ZONES,
  ES: SPAIN_TIME_ZONES,
  EC: ECUADOR_TIME_ZONES,
  NZ: NEW_ZEALAND_TIME_ZONES,
  CD: CONGO_KINSHASA_TIME_ZONES,
  MN: MONGOLIA_TIME_ZONES,
  KI: KIRIBATI_TIME_ZONES,
  FM: MICRONESIA_TIME_ZONES,
  PF: FRENCH_POLYNESIA_TIME_ZONES,
  PG: PAPUA_NEW_GUINEA_TIME_ZONES,
  UA: UKRAINE_TIME_ZONES,
  GL: GREENLAND_TIME_ZONES,
  UM: US_OUTLYING_ISLANDS_TIME_ZONES,
};

/**
 * Zones added to the tz database recently, with the older zone that gave the same clock before. Used
 * only when the runtime's ICU data does not know the newer name yet.
 */
export const ZONE_FALLBACKS: Readonly<Record<string, string>> = {
  'America/Coyhaique': 'America/Santiago',
  'America/Ciudad_Juarez': 'America/Ojinaga',
  'Pacific/Kanton': 'Pacific/Enderbury',
  'Europe/Kyiv': 'Europe/Kiev',
  'America/Nuuk': 'America/Godthab',
};
