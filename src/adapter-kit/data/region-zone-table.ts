/**
 * The shape of a multi-zone country's table. Rows are compact tuples so that the tables read like the
 * lists they come from; `resolveTimeZone` indexes them on first use.
 */

/**
 * One region (state, province, oblast): `codes` and `names` are `|`-separated (the first code is the
 * one reasons quote). `note` `split` marks a region whose parts keep different clocks: without a postal
 * code or a known city its zone is only assumed. `military` marks places the zone of which is unknown.
 */
export type RegionZoneRow = readonly [codes: string, names: string, zone: string, note?: 'split' | 'military'];

/**
 * Postal codes from `from` to `to` (same length, compared as prefixes of the code with spaces and dashes
 * removed, upper case) keep `zone`. Later rows override earlier ones for the same prefix, so write ranges
 * first and exceptions after; a longer prefix always wins over a shorter one. `mixed` marks a range that
 * spans two zones (the answer is then assumed), `military` an overseas military address.
 */
export type PostalZoneRow = readonly [from: string, to: string, zone: string, note?: 'mixed' | 'military'];

/** A place inside a split region: region code (`''` for any), `|`-separated names, zone. */
export type CityZoneRow = readonly [region: string, names: string, zone: string];

/** Everything known about the zones of one multi-zone country. */
export interface CountryZoneTable {
  /** The zone of most of the people, used (as assumed) when nothing finer is known. */
  primary: string;
  regions: readonly RegionZoneRow[];
  /** Shape of a usable postal code after removing spaces and dashes and upper-casing. */
  postalFormat?: RegExp;
  postalRules?: readonly PostalZoneRow[];
  cities?: readonly CityZoneRow[];
}
