import { normalizeCountry, type Location } from '../../src/adapter-kit/index.js';

/** What `resolveTimeZone` is asked for one place. */
export interface UspsZoneQuery {
  countryCode: string;
  region?: string | undefined;
  city?: string | undefined;
  postalCode?: string | undefined;
}

/** A place as USPS names it, read into our {@link Location} plus what the time zone lookup needs. */
export interface UspsPlace {
  location: Location | null;
  /** `null` when nothing tells the country (a foreign country name we cannot read). */
  zoneQuery: UspsZoneQuery | null;
  /** Outside the United States and the areas USPS serves as domestic mail. */
  isForeign: boolean;
}

/** The raw fields of a USPS place. */
export interface UspsPlaceFields {
  city?: string | null | undefined;
  state?: string | null | undefined;
  postalCode?: string | null | undefined;
  country?: string | null | undefined;
}

/** The two-letter "states" USPS uses (the spec's list): states, DC, territories, freely associated states, military. */
const USPS_STATE_CODES: ReadonlySet<string> = new Set(
  'AA AE AL AK AP AS AZ AR CA CO CT DE DC FM FL GA GU HI ID IL IN IA KS KY LA ME MH MD MA MI MN MS MO MP MT NE NV NH NJ NM NY NC ND OH OK OR PW PA PR RI SC SD TN TX UT VT VI VA WA WV WI WY'.split(' '),
);

/**
 * USPS "states" that are their own ISO 3166-1 country: US territories and the freely associated states. USPS
 * treats their mail as domestic (no `eventCountry`); our locations carry their ISO code, and the time zone is
 * still looked up through the US table, which knows their ZIP codes.
 */
const STATE_COUNTRY_CODES: Readonly<Record<string, string>> = {
  PR: 'PR', // Puerto Rico
  GU: 'GU', // Guam
  VI: 'VI', // US Virgin Islands
  AS: 'AS', // American Samoa
  MP: 'MP', // Northern Mariana Islands
  FM: 'FM', // Federated States of Micronesia
  MH: 'MH', // Marshall Islands
  PW: 'PW', // Palau
};

/**
 * Facility names that USPS puts in `eventCity` (reference §3.1 and quirk 12): `OAK CREEK WI DISTRIBUTION
 * CENTER`, `INDIANAPOLIS IN NETWORK DISTRIBUTION CENTER`, `SAN JUAN PR PROCESSING AND DISTRIBUTION CENTER`.
 * The town and state before the kind of building are read for the time zone; the whole name stays the
 * facility.
 */
const FACILITY_NAME = /^(.+?)\s+([A-Z]{2})\s+((?:[A-Z&]+\s+){0,5}(?:CENTER|CENTRE|FACILITY|ANNEX|HUB|PLANT))$/i;
/** International Service Center names as in `ISC NEW YORK NY(USPS)` (wording unverified; reference §5.2). */
const ISC_NAME = /^ISC\s+(.+?)\s+([A-Z]{2})\s*\(USPS\)$/i;
const INTERNATIONAL_FACILITY = /\bINTERNATIONAL (?:SERVICE|DISTRIBUTION|PROCESSING)/i;

/**
 * Reads a USPS place (an event's, or the origin or destination of the item). Domestic places (no country,
 * or the United States) get country `US`, or the ISO code of the territory their state names; facility names
 * in the city field are split into facility, town and state.
 *
 * @example
 * readUspsPlace({ city: 'OAK CREEK WI DISTRIBUTION CENTER' });
 * // { location: { city: 'OAK CREEK', region: 'WI', countryCode: 'US', facility: 'OAK CREEK WI DISTRIBUTION CENTER' }, ... }
 */
export function readUspsPlace(fields: UspsPlaceFields): UspsPlace {
  const rawCity = clean(fields.city);
  let region = clean(fields.state)?.toUpperCase();
  const postalCode = clean(fields.postalCode);
  const countryText = clean(fields.country);
  let city = rawCity;
  let facility: string | undefined;

  if (rawCity) {
    const isc = ISC_NAME.exec(rawCity);
    const named = isc ?? FACILITY_NAME.exec(rawCity);
    const state = named?.[2]?.toUpperCase();
    if (named && state !== undefined && USPS_STATE_CODES.has(state) && (region === undefined || region === state)) {
      facility = rawCity;
      city = (named[1] as string).trim();
      region = state;
    } else if (/^ISC\b/i.test(rawCity) || INTERNATIONAL_FACILITY.test(rawCity)) {
      facility = rawCity;
      city = undefined;
    }
  }

  const countryCode = countryText === undefined ? undefined : (normalizeCountry(countryText) ?? undefined);
  const domestic = countryText === undefined || countryCode === 'US';
  const isForeign = !domestic;
  const location: Location = {};
  if (city) location.city = city;
  if (region) location.region = region;
  if (postalCode) location.postalCode = postalCode;
  if (domestic) location.countryCode = (region && STATE_COUNTRY_CODES[region]) || 'US';
  else if (countryCode) location.countryCode = countryCode;
  if (facility) location.facility = facility;

  let zoneQuery: UspsZoneQuery | null = null;
  if (domestic) zoneQuery = { countryCode: 'US', region, city, postalCode };
  else if (countryCode) zoneQuery = { countryCode, region, city, postalCode };
  const hasPlace = Object.keys(location).some((key) => key !== 'countryCode');
  return {
    // A domestic event with no field at all says nothing about where it happened: no location, no zone.
    location: hasPlace || isForeign ? (Object.keys(location).length > 0 ? location : null) : null,
    zoneQuery: hasPlace || isForeign ? zoneQuery : null,
    isForeign,
  };
}

/** The five-digit ZIP code of a place, for comparing places. */
export function zip5(postalCode: string | null | undefined): string | undefined {
  const digits = postalCode?.replace(/\D/g, '');
  return digits && digits.length >= 5 ? digits.slice(0, 5) : undefined;
}

function clean(value: string | null | undefined): string | undefined {
  const text = value?.trim();
  return text ? text : undefined;
}
