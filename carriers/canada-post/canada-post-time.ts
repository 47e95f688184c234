import { assumedZoneWarning, resolveTimeZone, toInstant, type ResolvedTime, type TrackingWarning } from '../../src/adapter-kit/index.js';

/**
 * The fixed UTC offset of each time-zone abbreviation Canada Post writes in `event-time-zone`. The
 * abbreviation already says whether daylight saving time was in force at the site (EST vs EDT), so its
 * offset is used as sent; no daylight-saving rule is applied again (reference/carriers/canada-post.md §3.3).
 * The French forms (HNE/HAE, ...) are accepted as aliases in case `fr-CA` answers use them (unverified).
 */
export const CANADA_POST_ZONE_OFFSETS: Readonly<Record<string, string>> = {
  NST: '-03:30', // Newfoundland standard time
  NDT: '-02:30', // Newfoundland daylight time
  AST: '-04:00', // Atlantic standard time
  ADT: '-03:00', // Atlantic daylight time
  EST: '-05:00', // Eastern standard time
  EDT: '-04:00', // Eastern daylight time
  CST: '-06:00', // Central standard time (Saskatchewan all year)
  CDT: '-05:00', // Central daylight time
  MST: '-07:00', // Mountain standard time
  MDT: '-06:00', // Mountain daylight time
  PST: '-08:00', // Pacific standard time
  PDT: '-07:00', // Pacific daylight time
  HNT: '-03:30', // heure normale de Terre-Neuve (NST)
  HAT: '-02:30', // heure avancée de Terre-Neuve (NDT)
  HNA: '-04:00', // heure normale de l'Atlantique (AST)
  HAA: '-03:00', // heure avancée de l'Atlantique (ADT)
  HNE: '-05:00', // heure normale de l'Est (EST)
  HAE: '-04:00', // heure avancée de l'Est (EDT)
  HNC: '-06:00', // heure normale du Centre (CST)
  HAC: '-05:00', // heure avancée du Centre (CDT)
  HNR: '-07:00', // heure normale des Rocheuses (MST)
  HAR: '-06:00', // heure avancée des Rocheuses (MDT)
  HNP: '-08:00', // heure normale du Pacifique (PST)
  HAP: '-07:00', // heure avancée du Pacifique (PDT)
  UTC: '+00:00', // coordinated universal time
  GMT: '+00:00', // Greenwich mean time
};

/**
 * The main IANA zone of each province and territory (reference §3.3), used when `event-time-zone` is empty
 * or unknown and the adapter kit's zone resolver has no answer. `single` is true where the whole province
 * keeps one zone; elsewhere (Labrador, western Ontario, eastern Quebec, Lloydminster, eastern British
 * Columbia, Nunavut) the zone is an assumption.
 */
export const CANADA_POST_PROVINCE_ZONES: Readonly<Record<string, { timeZone: string; single: boolean }>> = {
  NL: { timeZone: 'America/St_Johns', single: false },
  NS: { timeZone: 'America/Halifax', single: true },
  NB: { timeZone: 'America/Halifax', single: true },
  PE: { timeZone: 'America/Halifax', single: true },
  QC: { timeZone: 'America/Toronto', single: false },
  ON: { timeZone: 'America/Toronto', single: false },
  MB: { timeZone: 'America/Winnipeg', single: true },
  SK: { timeZone: 'America/Regina', single: false },
  AB: { timeZone: 'America/Edmonton', single: true },
  BC: { timeZone: 'America/Vancouver', single: false },
  YT: { timeZone: 'America/Whitehorse', single: true },
  NT: { timeZone: 'America/Yellowknife', single: true },
  NU: { timeZone: 'America/Iqaluit', single: false },
};

/** Where an event happened, as far as its time needs it. */
export interface CanadaPostEventPlace {
  /** Two-letter province of a domestic scan. */
  province?: string | undefined;
  /** ISO alpha-2 country of a foreign scan, read from the site or the zone word. */
  countryCode?: string | undefined;
  city?: string | undefined;
}

/** An event's instant and the warnings resolving it raised. */
export interface CanadaPostEventTime {
  time: ResolvedTime;
  warnings: TrackingWarning[];
}

/**
 * Resolves when one Canada Post event happened. The order, and why:
 *
 * 1. **The abbreviation wins.** A known `event-time-zone` (`EDT`) gives the offset the site's clock showed,
 *    daylight saving included, even where the province's main zone is wrong for the site (western
 *    Ontario, Lloydminster, eastern British Columbia, Labrador) or where the province keeps one offset all
 *    year (Saskatchewan). Basis `carrier_offset`. The site's IANA zone is recorded beside the offset only
 *    when it gives the same instant.
 * 2. No usable abbreviation, domestic scan: the province's zone (the kit's resolver with the site as city,
 *    else {@link CANADA_POST_PROVINCE_ZONES}). Basis `location_zone` where the province keeps one zone,
 *    `assumed_zone` plus a warning where it spans several.
 * 3. Foreign scan (no province; a country in the site or in the zone word): the country's zone when it
 *    has one, else the wall time kept as if it were UTC, `assumed_zone` plus a warning. The server's zone is
 *    never used.
 *
 * A missing time gives a `date_only` instant. Returns `null` when the date or time is not real.
 *
 * @example
 * resolveCanadaPostEventTime({ date: '2024-11-04', time: '09:12:44', zone: 'EST' }, { province: 'ON', city: 'OTTAWA' });
 * // { time: { occurredAt: '2024-11-04T14:12:44.000Z', localTime: '2024-11-04T09:12:44-05:00',
 * //   timeZone: 'America/Toronto', timeBasis: 'carrier_offset' }, warnings: [] }
 */
export function resolveCanadaPostEventTime(
  fields: { date: string; time?: string | undefined; zone?: string | undefined },
  place: CanadaPostEventPlace,
): CanadaPostEventTime | null {
  const date = fields.date.trim();
  const time = present(fields.time);
  const abbreviation = present(fields.zone)?.toUpperCase();
  const offset = abbreviation === undefined ? undefined : CANADA_POST_ZONE_OFFSETS[abbreviation];
  const placeZone = zoneOf(place);

  if (offset !== undefined) {
    const atOffset = toInstant({ date, time, offset });
    if (atOffset === null) return null;
    if (placeZone && time) {
      const inZone = toInstant({ date, time, timeZone: placeZone.timeZone });
      if (inZone?.occurredAt === atOffset.occurredAt) {
        return { time: toInstant({ date, time, offset, timeZone: placeZone.timeZone }) ?? atOffset, warnings: [] };
      }
    }
    return { time: atOffset, warnings: [] };
  }

  const said = abbreviation === undefined ? 'no event-time-zone' : `event-time-zone "${abbreviation.slice(0, 40)}" is not a zone abbreviation`;
  if (placeZone) {
    const resolved = toInstant({ date, time, timeZone: placeZone.timeZone, basis: placeZone.basis });
    if (resolved === null) return null;
    const warnings = resolved.timeBasis === 'assumed_zone' ? [assumedZoneWarning(placeZone.timeZone, `${said}; ${placeZone.reason}`)] : [];
    return { time: resolved, warnings };
  }

  const resolved = toInstant({ date, time, timeZone: 'UTC', basis: 'assumed_zone' });
  if (resolved === null) return null;
  const warnings = resolved.timeBasis === 'assumed_zone' ? [assumedZoneWarning('UTC', `${said} and the site names no province or country; the wall time is kept as sent`)] : [];
  return { time: resolved, warnings };
}

interface PlaceZone {
  timeZone: string;
  basis: 'location_zone' | 'assumed_zone';
  reason: string;
}

function zoneOf(place: CanadaPostEventPlace): PlaceZone | undefined {
  const province = present(place.province)?.toUpperCase();
  if (province !== undefined) {
    const resolved = resolveTimeZone({ countryCode: 'CA', region: province, city: present(place.city) });
    if (resolved) return { timeZone: resolved.timeZone, basis: resolved.basis, reason: resolved.reason ?? `the zone of province ${province}` };
    const fallback = CANADA_POST_PROVINCE_ZONES[province];
    if (fallback) {
      return {
        timeZone: fallback.timeZone,
        basis: fallback.single ? 'location_zone' : 'assumed_zone',
        reason: fallback.single ? `the zone of province ${province}` : `province ${province} spans more than one zone; its main zone was used`,
      };
    }
    return undefined;
  }
  const countryCode = present(place.countryCode);
  if (countryCode === undefined) return undefined;
  const resolved = resolveTimeZone({ countryCode, city: present(place.city) });
  if (!resolved) return undefined;
  return { timeZone: resolved.timeZone, basis: resolved.basis, reason: resolved.reason ?? `the zone of ${countryCode}` };
}

function present(value: string | null | undefined): string | undefined {
  const text = value?.trim();
  return text ? text : undefined;
}
