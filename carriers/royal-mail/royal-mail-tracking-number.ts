import { matchTrackingNumberFormats, type TrackingNumberMatch } from '../../src/adapter-kit/index.js';

/**
 * The number formats Royal Mail tracks, by adapter-kit format id: `upu-s10` (the 13-character 1D barcode,
 * Royal Mail's own ending in `GB`, and foreign posts' numbers for items coming into the UK) and
 * `royal-mail-2d` (the 21-character 2D barcode id, `uniqueItemId`).
 */
export const ROYAL_MAIL_TRACKING_NUMBER_FORMATS = ['upu-s10', 'royal-mail-2d'] as const;

/**
 * Whether a number looks like one Royal Mail tracks, and in which format. Spaces, dashes and case do not
 * matter; the S10 check digit is reported, not enforced.
 *
 * @example
 * matchRoyalMailTrackingNumber('tt 6029 4817 3 gb');
 * // { format: 'upu-s10', normalized: 'TT602948173GB', checkDigit: 'valid' }
 */
export function matchRoyalMailTrackingNumber(input: string): TrackingNumberMatch | null {
  return matchTrackingNumberFormats(input, ROYAL_MAIL_TRACKING_NUMBER_FORMATS);
}
