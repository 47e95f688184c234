import { hash } from 'node:crypto';
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
  // The nine fields joined with U+001F (null and undefined as ''), hashed with the one-shot `crypto.hash` (the engine asks once per event).
  const text =
    `${identity.carrier ?? ''}\u001f${identity.trackingNumber ?? ''}\u001f${identity.code ?? ''}\u001f${identity.occurredAt ?? ''}\u001f` +
    (location
      ? `${location.countryCode ?? ''}\u001f${location.region ?? ''}\u001f${location.city ?? ''}\u001f${location.postalCode ?? ''}\u001f${location.facility ?? ''}`
      : '\u001f\u001f\u001f\u001f');
  return `ev_${hash('sha256', text, 'base64url').slice(0, 22)}`;
}
