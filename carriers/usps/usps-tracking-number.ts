import { matchTrackingNumberFormats, type TrackingNumberMatch } from '../../src/adapter-kit/index.js';

/**
 * The number formats USPS tracks, by adapter-kit format id: `usps-impb` (Intelligent Mail package barcode,
 * 22/26/30 digits, the `420` + ZIP routing prefix stripped), `usps-legacy` (Delivery / Signature
 * Confirmation), `usps-20` and `upu-s10` (international items: USPS's own `EA…US`, `LZ…US`, `CP…US`, and
 * inbound items of foreign posts such as `LX…CN`, which USPS tracks once they reach the United States).
 */
export const USPS_TRACKING_NUMBER_FORMATS = ['usps-impb', 'usps-legacy', 'usps-20', 'upu-s10'] as const;

/**
 * Whether a number looks like one USPS tracks, and in which format. Spaces, dashes and case do not matter;
 * the check digit is reported, not enforced. A `420` + ZIP routing prefix is removed (USPS answers for the
 * bare package code). FedEx Ground Economy, UPS Mail Innovations and DHL eCommerce US numbers are IMpb codes
 * too, and every post's S10 numbers match here, so a match is a candidate, not proof.
 *
 * @example
 * matchUspsTrackingNumber('9400 1116 9900 1234 5678 19');
 * // { format: 'usps-impb', normalized: '9400111699001234567819', checkDigit: 'valid' }
 */
export function matchUspsTrackingNumber(input: string): TrackingNumberMatch | null {
  return matchTrackingNumberFormats(input, USPS_TRACKING_NUMBER_FORMATS);
}
