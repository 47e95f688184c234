import { matchTrackingNumberFormats, type TrackingNumberMatch } from '../../src/adapter-kit/index.js';

/**
 * The number formats DHL tracks, by adapter-kit format id: Express waybills (10–11 digits, mod 7) and piece
 * ids (`J` + letters + digits), DHL eCommerce numbers (`GM…` and the other prefixes, 14 digits, and the US
 * `420` + ZIP + IMpb form).
 */
export const DHL_TRACKING_NUMBER_FORMATS = ['dhl-express', 'dhl-express-piece-id', 'dhl-ecommerce', 'dhl-ecommerce-14', 'dhl-ecommerce-420'] as const;

/**
 * Whether a number looks like a DHL number, and in which format. Spaces and case do not matter. DHL also
 * answers for Deutsche Post international items: S10 numbers issued in Germany (suffix `DE`) match too.
 * Parcel Germany's 12- and 20-digit numbers have no published check and are not matched (pass the carrier
 * explicitly to track them).
 *
 * @example
 * matchDhlTrackingNumber('3847 1059 20'); // { format: 'dhl-express', normalized: '3847105920', checkDigit: 'valid' }
 */
export function matchDhlTrackingNumber(input: string): TrackingNumberMatch | null {
  const own = matchTrackingNumberFormats(input, DHL_TRACKING_NUMBER_FORMATS);
  if (own) return own;
  const s10 = matchTrackingNumberFormats(input, ['upu-s10']);
  return s10 && s10.normalized.endsWith('DE') ? s10 : null;
}
