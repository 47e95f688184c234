import { matchTrackingNumberFormats, type TrackingNumberMatch } from '../../src/adapter-kit/index.js';

/**
 * The number formats FedEx tracks, by adapter-kit format id: Express 12 and 34 digits, ASTRA 32, Ground 15,
 * Ground SSCC-18, Ground 96 (22 digits), Ground GSN (34), door tags, and Ground Economy (SmartPost) IMpb
 * numbers, which USPS tracks too.
 */
export const FEDEX_TRACKING_NUMBER_FORMATS = [
  'fedex-12',
  'fedex-15',
  'fedex-sscc-18',
  'fedex-ground-96',
  'fedex-34',
  'fedex-ground-gsn',
  'fedex-astra-32',
  'fedex-door-tag',
  'fedex-smartpost',
] as const;

/**
 * Whether a number looks like a FedEx number, and in which format. Spaces, dashes and case do not matter; the
 * check digit is reported, not enforced. Plain digit formats collide with other carriers' numbers, so a match
 * here is a candidate, not proof: the API decides.
 *
 * @example
 * matchFedexTrackingNumber('2719 3604 5812');
 * // { format: 'fedex-12', normalized: '271936045812', checkDigit: 'valid' }
 */
export function matchFedexTrackingNumber(input: string): TrackingNumberMatch | null {
  return matchTrackingNumberFormats(input, FEDEX_TRACKING_NUMBER_FORMATS);
}

/**
 * The USPS number of a FedEx Ground Economy (SmartPost) number: the 22-digit IMpb form, with the `92` FedEx
 * sometimes leaves out put back (USPS tracks the same barcode). `null` for other FedEx numbers.
 *
 * @example
 * groundEconomyUspsNumber('61299048273160582710'); // '9261299048273160582710'
 * groundEconomyUspsNumber('271936045812'); // null
 */
export function groundEconomyUspsNumber(trackingNumber: string): string | null {
  const match = matchTrackingNumberFormats(trackingNumber, ['fedex-smartpost']);
  if (!match || match.checkDigit === 'invalid') return null;
  const digits = match.normalized;
  if (digits.length === 20) return `92${digits}`;
  // The kit has already cut a `420` + ZIP routing prefix off: what is left is the 22-digit package code.
  return digits.length === 22 ? digits : null;
}
