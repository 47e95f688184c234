import { matchTrackingNumberFormats, type TrackingNumberMatch } from '../../src/adapter-kit/index.js';

/**
 * The number formats Canada Post tracks, by adapter-kit format id: `canada-post-16` (16-digit domestic PIN,
 * mod-10 check digit) and `upu-s10` (13-character international numbers: Canada Post's own ending in `CA`,
 * and foreign posts' numbers for items coming into Canada). The 12-character PIN and the 15-digit delivery
 * notice card have no documented format and are not matched.
 */
export const CANADA_POST_TRACKING_NUMBER_FORMATS = ['canada-post-16', 'upu-s10'] as const;

/**
 * Whether a number looks like one Canada Post tracks, and in which format. Spaces, dashes and case do not
 * matter; the check digit is reported, not enforced.
 *
 * @example
 * matchCanadaPostTrackingNumber('7021 6483 9015 2743');
 * // { format: 'canada-post-16', normalized: '7021648390152743', checkDigit: 'valid' }
 */
export function matchCanadaPostTrackingNumber(input: string): TrackingNumberMatch | null {
  return matchTrackingNumberFormats(input, CANADA_POST_TRACKING_NUMBER_FORMATS);
}
