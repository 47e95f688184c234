import type { Location } from '../schema/location.js';
import type { SubStatus, TrackingStatus } from '../schema/status.js';

/**
 * How close two reports of one milestone must be in space to be the same event:
 * - `country`: the countries agree (or one is unknown). For milestones that happen once per country
 *   (left the origin country, arrived in the destination country, customs);
 * - `place`: the countries agree, and the cities (or postal codes) agree when both give them. For milestones at
 *   the delivery end (arrival at the delivery office, out for delivery, delivered, attempts);
 * - `same_place`: both must name the same city, postal code or facility. For scans that repeat along the way
 *   (arrival and departure at hubs, processing), where two reports a few hours apart are often two places.
 */
export type PlaceScope = 'country' | 'place' | 'same_place';

/** The milestone class of an event: events of different legs merge only within one class. */
export interface Milestone {
  key: string;
  scope: PlaceScope;
}

// Classes are shared, frozen values: a merge asks once per event, and allocates nothing for it.
function milestone(key: string, scope: PlaceScope): Milestone {
  return Object.freeze({ key, scope });
}

/** In-transit subStatuses and their class. Those not listed (`in_transit` itself, ...) are too vague to merge. */
const IN_TRANSIT_MILESTONES: Partial<Record<SubStatus, Milestone>> = Object.freeze({
  picked_up: milestone('picked_up', 'country'),
  received_at_origin_facility: milestone('received_at_origin_facility', 'same_place'),
  arrived_at_facility: milestone('arrived_at_facility', 'same_place'),
  departed_facility: milestone('departed_facility', 'same_place'),
  departed_origin_facility: milestone('departed_facility', 'same_place'),
  processing: milestone('processed', 'same_place'),
  processed: milestone('processed', 'same_place'),
  departed_origin_country: milestone('departed_origin_country', 'country'),
  arrived_destination_country: milestone('arrived_destination_country', 'country'),
  arrived_at_destination: milestone('arrived_at_destination', 'place'),
  received_at_destination_facility: milestone('received_at_destination_facility', 'place'),
  handed_over: milestone('handed_over', 'country'),
  forwarded: milestone('forwarded', 'place'),
  address_corrected: milestone('address_corrected', 'place'),
  problem_resolved: milestone('problem_resolved', 'place'),
  delivery_scheduled: milestone('delivery_scheduled', 'place'),
  delivery_rescheduled: milestone('delivery_rescheduled', 'place'),
});

/**
 * The milestone class of a status pair, or `null` for events that never merge: informational updates
 * (`generic_update`), unclassified ones (`source_specific`, `unknown`), `pending`, `info_received` (each carrier's
 * own label or pre-advice) and a bare `in_transit`.
 *
 * Customs classes are the status alone (`customs_held` with `customs_inspection` is the same milestone as
 * `customs_held` with `customs_held`); `awaiting_payment` for duties and a cash-on-delivery amount are two classes.
 * Every `delivered`, `out_for_delivery`, `delivery_attempted` and `available_for_pickup` pair is one class per
 * status; exceptions merge only with the same subStatus.
 *
 * @example
 * milestoneOf('in_transit', 'arrived_destination_country'); // { key: 'arrived_destination_country', scope: 'country' }
 * milestoneOf('in_transit', 'in_transit'); // null
 */
export function milestoneOf(status: TrackingStatus, subStatus: SubStatus): Milestone | null {
  if (subStatus === 'generic_update' || subStatus === 'source_specific' || subStatus === 'unknown' || subStatus === 'tracking_error') return null;
  switch (status) {
    case 'pending':
    case 'info_received':
    case 'unknown':
      return null;
    case 'in_transit':
      return IN_TRANSIT_MILESTONES[subStatus] ?? null;
    case 'customs_processing':
    case 'customs_held':
    case 'customs_cleared':
    case 'returning_to_sender':
    case 'expired':
      return STATUS_MILESTONES[status];
    case 'awaiting_payment':
      return subStatus === 'cod_due' ? COD_DUE : STATUS_MILESTONES.awaiting_payment;
    case 'out_for_delivery':
    case 'delivery_attempted':
    case 'available_for_pickup':
    case 'delivered':
    case 'returned_to_sender':
      return STATUS_MILESTONES[status];
    case 'exception':
      return exceptionMilestone(subStatus);
  }
}

const STATUS_MILESTONES = {
  customs_processing: milestone('customs_processing', 'country'),
  customs_held: milestone('customs_held', 'country'),
  customs_cleared: milestone('customs_cleared', 'country'),
  returning_to_sender: milestone('returning_to_sender', 'country'),
  expired: milestone('expired', 'country'),
  awaiting_payment: milestone('awaiting_payment', 'country'),
  out_for_delivery: milestone('out_for_delivery', 'place'),
  delivery_attempted: milestone('delivery_attempted', 'place'),
  available_for_pickup: milestone('available_for_pickup', 'place'),
  delivered: milestone('delivered', 'place'),
  returned_to_sender: milestone('returned_to_sender', 'place'),
} as const satisfies Partial<Record<TrackingStatus, Milestone>>;
const COD_DUE = milestone('cod_due', 'place');
const EXCEPTION_MILESTONES = new Map<SubStatus, Milestone>();

function exceptionMilestone(subStatus: SubStatus): Milestone {
  let found = EXCEPTION_MILESTONES.get(subStatus);
  if (found === undefined) {
    found = milestone(`exception:${subStatus}`, 'place');
    EXCEPTION_MILESTONES.set(subStatus, found);
  }
  return found;
}

/** A place reduced to what comparisons read: each part on letters and digits only, upper case, `''` when absent. */
export interface PlaceFacts {
  country: string;
  city: string;
  postalCode: string;
  facility: string;
}

/** Reduces a location to {@link PlaceFacts} once, so that comparing reports costs no string work. */
export function toPlaceFacts(location: Location | null): PlaceFacts {
  return {
    country: location?.countryCode ?? '',
    city: squash(location?.city),
    postalCode: squash(location?.postalCode),
    facility: squash(location?.facility),
  };
}

/**
 * Whether two reports' places allow them to be one event, under a {@link PlaceScope}. Cities, postal codes and
 * facilities are compared on letters and digits only, case-insensitively; a postal code matches its longer form
 * (`06103` and `06103-2204`).
 *
 * @example
 * placesAgree({ city: 'Madison', countryCode: 'US' }, { city: 'MADISON', region: 'WI', countryCode: 'US' }, 'place'); // true
 * placesAgree({ countryCode: 'US' }, { city: 'CHICAGO', countryCode: 'US' }, 'same_place'); // false
 */
export function placesAgree(a: Location | null, b: Location | null, scope: PlaceScope): boolean {
  return placeFactsAgree(toPlaceFacts(a), toPlaceFacts(b), scope);
}

/** {@link placesAgree} on places already reduced with {@link toPlaceFacts}. */
export function placeFactsAgree(a: PlaceFacts, b: PlaceFacts, scope: PlaceScope): boolean {
  if (a.country !== '' && b.country !== '' && a.country !== b.country) return false;
  if (scope === 'country') return true;
  const postalMatch = a.postalCode !== '' && b.postalCode !== '' && (a.postalCode.startsWith(b.postalCode) || b.postalCode.startsWith(a.postalCode));
  const postalClash = a.postalCode !== '' && b.postalCode !== '' && !postalMatch;
  const cityMatch = a.city !== '' && a.city === b.city;
  const cityClash = a.city !== '' && b.city !== '' && !cityMatch;
  if ((cityClash && !postalMatch) || (postalClash && !cityMatch)) return false;
  if (scope === 'place') return true;
  return cityMatch || postalMatch || (a.facility !== '' && a.facility === b.facility);
}

/** Squashed forms of the place texts seen lately: timelines repeat a few cities and facilities many times. */
const SQUASHED = new Map<string, string>();
const SQUASHED_MAX = 4096;

function squash(value: string | undefined): string {
  if (value === undefined) return '';
  // Most places are written in upper-case ASCII letters and digits already: then there is nothing to change.
  let plain = true;
  for (let index = 0; index < value.length; index++) {
    const code = value.charCodeAt(index);
    if (!((code >= 65 && code <= 90) || (code >= 48 && code <= 57))) {
      plain = false;
      break;
    }
  }
  if (plain) return value;
  let squashed = SQUASHED.get(value);
  if (squashed === undefined) {
    squashed = value.replace(/[^\p{L}\p{N}]/gu, '').toUpperCase();
    if (SQUASHED.size >= SQUASHED_MAX) SQUASHED.clear();
    SQUASHED.set(value, squashed);
  }
  return squashed;
}
