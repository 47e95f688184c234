import { matchTrackingNumberFormats, type TrackingNumberMatch } from '../../src/adapter-kit/index.js';

/**
 * The kit's format ids China Post numbers use. Only UPU S10 numbers issued by China (`…CN`) are
 * recognised: the 13-digit domestic numbers have no format in the kit's registry yet (their prefixes and
 * check digit are not documented), so they are tracked by naming the carrier (`{ carrier: 'china-post' }`).
 */
export const CHINA_POST_FORMAT_IDS: readonly string[] = ['upu-s10'];

/**
 * Recognises a China Post / EMS international number: a UPU S10 number whose country suffix is `CN`
 * (`LZ…CN` ePacket, `RR…CN` registered, `E…CN` EMS, `C…CN` parcels), spaces and case ignored, check digit
 * verified by the kit.
 *
 * @example
 * matchChinaPostTrackingNumber('lz 506 837 245 cn'); // { format: 'upu-s10', normalized: 'LZ506837245CN', checkDigit: 'valid' }
 * matchChinaPostTrackingNumber('RR918273640GB'); // null (issued by Royal Mail)
 */
export function matchChinaPostTrackingNumber(trackingNumber: string): TrackingNumberMatch | null {
  const match = matchTrackingNumberFormats(trackingNumber, CHINA_POST_FORMAT_IDS);
  return match !== null && match.normalized.endsWith('CN') ? match : null;
}

/**
 * Whether a normalized number is a UPU S10 number issued by China Post, the only kind that leaves China
 * and continues with a destination post under the same number.
 */
export function isChinaPostS10(trackingNumber: string): boolean {
  const match = matchTrackingNumberFormats(trackingNumber, CHINA_POST_FORMAT_IDS);
  return match !== null && match.checkDigit !== 'invalid' && match.normalized.endsWith('CN');
}
