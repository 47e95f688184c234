import { createHash } from 'node:crypto';
import type { Location } from '../schema/location.js';

/** The facts that identify one event. */
export interface EventIdentity {
  carrier: string;
  trackingNumber: string;
  /** The carrier's raw code (or its text when it has no code). */
  code: string | null;
  occurredAt: string;
  location: Location | null;
}

/**
 * A stable id for an event: a hash of carrier, number, raw code, instant and location, so the same event
 * fetched twice gets the same id. The engine appends `~2`, `~3` to repeats within one result.
 *
 * @example
 * createEventId({ carrier: 'ups', trackingNumber: '1Z...', code: 'I:AR', occurredAt: '2024-05-01T14:03:00.000Z', location: null });
 * // 'ev_5f0c...'
 */
export function createEventId(identity: EventIdentity): string {
  const location = identity.location;
  const parts = [
    identity.carrier,
    identity.trackingNumber,
    identity.code ?? '',
    identity.occurredAt,
    location?.countryCode ?? '',
    location?.region ?? '',
    location?.city ?? '',
    location?.postalCode ?? '',
    location?.facility ?? '',
  ];
  return `ev_${createHash('sha256').update(parts.join('\u001f')).digest('base64url').slice(0, 22)}`;
}
