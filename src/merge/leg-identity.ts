import type { Handoff } from '../schema/tracking-event.js';

/**
 * A tracking number as compared across carriers: letters and digits only, upper case, so that
 * `lz 506 837 246 cn` and `LZ506837246CN` name the same parcel.
 *
 * @example
 * compactTrackingNumber('lz-506 837 246 cn'); // 'LZ506837246CN'
 */
export function compactTrackingNumber(trackingNumber: string): string {
  return trackingNumber.replace(/[^0-9A-Za-z]/g, '').toUpperCase();
}

/** The identity of a leg: its carrier and its compact number (`usps|9400111899223857104624`). */
export function legKeyOf(carrier: string, trackingNumber: string): string {
  return `${carrier}|${compactTrackingNumber(trackingNumber)}`;
}

/**
 * Whether a handoff announced by the leg `from` names the leg `to`: the same carrier, and the partner's number,
 * or the announcing leg's own number when the handoff gives none (the same number continues with the partner).
 */
export function handoffNamesLeg(handoff: Handoff, from: { trackingNumber: string }, to: { carrier: string; trackingNumber: string }): boolean {
  if (handoff.carrier === null || handoff.carrier !== to.carrier) return false;
  const announced = handoff.trackingNumber ?? from.trackingNumber;
  return compactTrackingNumber(announced) === compactTrackingNumber(to.trackingNumber);
}
