import { normalizeCountry, type Location } from '../../src/adapter-kit/index.js';
import type { DhlAddress } from './dhl-api.js';

/** A region token in a locality: `CA`, `OH`, `NSW` (letters or digits, upper case, 2 or 3 characters). */
const REGION_TOKEN = /^[A-Z0-9]{2,3}$/;

/**
 * Reads a DHL address into a {@link Location}. The three shapes of reference/carriers/dhl.md §3.2:
 * - Express: only `addressLocality`, `CITY[, ST] - COUNTRY NAME` (`LOS ANGELES GATEWAY, CA - USA`);
 * - Parcel Germany: `addressLocality` is often the country name alone (`Deutschland`);
 * - eCommerce: `countryCode`, `postalCode` and `addressLocality` as `City, ST, CC`.
 * Country names and `UK` become ISO alpha-2 codes; a postal code without a digit (a place name such as
 * `HEATHROW`) is dropped. Gives `null` when nothing is left.
 *
 * @example
 * toDhlLocation({ addressLocality: 'CINCINNATI HUB, OH - USA' });
 * // { city: 'CINCINNATI HUB', region: 'OH', countryCode: 'US' }
 */
export function toDhlLocation(address: DhlAddress | null | undefined): Location | null {
  if (!address) return null;
  let countryCode = country(address.countryCode);
  let city: string | undefined;
  let region = present(address.addressRegion);
  const locality = present(address.addressLocality);

  if (locality !== undefined) {
    const dash = locality.lastIndexOf(' - ');
    const named = dash >= 0 ? country(locality.slice(dash + 3)) : undefined;
    let rest: string;
    if (named !== undefined) {
      countryCode ??= named;
      rest = locality.slice(0, dash);
    } else {
      rest = locality;
    }
    const parts = splitParts(rest);
    if (named === undefined && parts.length > 1) {
      const trailing = countryPart(parts.at(-1) as string, countryCode);
      if (trailing !== undefined) {
        countryCode ??= trailing;
        parts.pop();
      }
    }
    if (parts.length > 1 && REGION_TOKEN.test(parts.at(-1) as string)) {
      region ??= parts.pop();
    }
    if (parts.length === 1 && named === undefined) {
      const alone = countryPart(parts[0] as string, countryCode);
      if (alone !== undefined) {
        countryCode ??= alone;
        parts.pop();
      }
    }
    if (parts.length > 0) city = parts.join(', ');
  }

  const postalCode = present(address.postalCode);
  const hasPostalCode = postalCode !== undefined && /\d/.test(postalCode);
  if (!city && !region && !hasPostalCode && !countryCode) return null;
  const location: Location = {};
  if (city) location.city = city;
  if (region) location.region = region;
  if (hasPostalCode) location.postalCode = postalCode;
  if (countryCode) location.countryCode = countryCode;
  return location;
}

/** The comma-separated parts of a locality, trimmed, empty ones left out. */
function splitParts(text: string): string[] {
  if (!text.includes(',')) {
    const alone = text.trim();
    return alone === '' ? [] : [alone];
  }
  const parts: string[] = [];
  for (const part of text.split(',')) {
    const trimmed = part.trim();
    if (trimmed !== '') parts.push(trimmed);
  }
  return parts;
}

/**
 * A locality part that names the country: the same country as `countryCode`, or, when no code was sent, a
 * country name (more than three letters, so that `CA` in `Whittier, CA` stays a state and not Canada).
 */
function countryPart(part: string, countryCode: string | undefined): string | undefined {
  const named = country(part);
  if (named === undefined) return undefined;
  if (countryCode !== undefined) return named === countryCode ? named : undefined;
  return part.length > 3 ? named : undefined;
}

function country(value: string | null | undefined): string | undefined {
  const text = present(value);
  if (text === undefined) return undefined;
  return normalizeCountry(text) ?? undefined;
}

function present(value: string | null | undefined): string | undefined {
  const text = value?.trim();
  return text ? text : undefined;
}
