import type { TrackingNumberMatch } from '../../src/adapter-kit/index.js';
import { matchTrackingNumberFormats } from '../../src/adapter-kit/index.js';

/**
 * The number formats UPS tracks, by adapter-kit format id: `ups-1z` (`1Z` + shipper + service + package +
 * check digit), `ups-waybill` (InfoNotice / waybill: a letter, 9 digits, check digit) and
 * `ups-mail-innovations` (USPS-style IMpb numbers of Mail Innovations parcels).
 */
export const UPS_TRACKING_NUMBER_FORMATS = ['ups-1z', 'ups-waybill', 'ups-mail-innovations'] as const;

/**
 * Whether a number looks like a UPS number, and in which format. Spaces and case do not matter; the
 * check digit is reported, not enforced. Mail Innovations numbers share their shape with USPS numbers,
 * so a match here is a candidate, not proof.
 *
 * @example
 * matchUpsTrackingNumber('1z 4v8e 21 03 4419 2703');
 * // { format: 'ups-1z', normalized: '1Z4V8E210344192703', checkDigit: 'valid' }
 */
export function matchUpsTrackingNumber(input: string): TrackingNumberMatch | null {
  return matchTrackingNumberFormats(input, UPS_TRACKING_NUMBER_FORMATS);
}

/**
 * Whether a package is a Mail Innovations parcel, whose events use the Mail Innovations code list: its
 * number has the Mail Innovations (IMpb) shape, or it is not a `1Z` / waybill number and UPS names a USPS
 * number for it (Mail Innovations package ids, such as 18-digit ones, have no format of their own;
 * SurePost parcels keep their `1Z` number).
 *
 * @example
 * isUpsMailInnovationsPackage('92748999123456789012345672', false); // true
 * isUpsMailInnovationsPackage('802918374650123456', true);          // true
 * isUpsMailInnovationsPackage('1Z8E2F09YW04115935', true);          // false (SurePost)
 */
export function isUpsMailInnovationsPackage(trackingNumber: string, hasUspsNumber: boolean): boolean {
  const match = matchTrackingNumberFormats(trackingNumber, UPS_TRACKING_NUMBER_FORMATS);
  if (match) return match.format === 'ups-mail-innovations';
  return hasUspsNumber;
}
