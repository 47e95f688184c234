import {
  compareReadings,
  readTrackingNumber,
  type CheckDigitOutcome,
  type TrackingNumberReading,
  type TrackingNumberService,
} from '../adapter-kit/tracking-number-formats.js';
import { sanitizeTrackingNumber, type DetectionRejection } from './sanitize-tracking-number.js';

export type { DetectionRejection, DetectionRejectionReason } from './sanitize-tracking-number.js';

/** Options of {@link detectCarrier}. */
export interface DetectCarrierOptions {
  /**
   * Carrier ids to rank first among candidates with the same check-digit outcome (the tracker passes its
   * configured adapters). Does not change confidences.
   */
  preferCarriers?: readonly string[];
}

/** One carrier a number may belong to. */
export interface DetectionCandidate {
  /** Carrier id (`ups`, `usps`…); for S10 numbers the issuing post's id, which may have no adapter yet (`deutsche-post`). */
  carrier: string;
  /** Format id from `TRACKING_NUMBER_FORMATS` (`ups-1z`, `fedex-12`, `usps-impb`, `upu-s10`…). */
  format: string;
  /** The number as this carrier wants it; USPS numbers lose their `420` + ZIP routing prefix. */
  normalized: string;
  /** `valid` or `invalid` when the format has a check digit, `none` when it has not. */
  checkDigit: CheckDigitOutcome;
  /** 0..1, from the format's strength; a failing check digit gives 0.1. Not a probability: candidates do not sum to 1. */
  confidence: number;
  /** S10 numbers: ISO 3166-1 alpha-2 country of the issuing post (the two-letter suffix). */
  originCountry?: string;
  /** S10 numbers: post id of the issuing post (equal to `carrier` unless another carrier tracks its numbers). */
  issuingPost?: string;
  /** UPS 1Z service code or S10 service indicator, with its meaning when known. */
  service?: TrackingNumberService;
  /** Destination ZIP code (5 or 9 digits) from a USPS `420` routing prefix. */
  destinationPostalCode?: string;
  /** Who delivers the last mile when it is another carrier (`usps` for SurePost, SmartPost, Mail Innovations, DHL eCommerce US). */
  lastMileCarrier?: string;
}

/** What {@link detectCarrier} returns. */
export interface DetectionResult {
  /** The input as given. */
  input: string;
  /** The input after hygiene (upper case letters and digits), or `null` when hygiene refused it. */
  normalized: string | null;
  /** Ranked best first; empty exactly when `rejected` is set. */
  candidates: DetectionCandidate[];
  /** Why there are no candidates: the input was refused, or no format matched (`no_match`). */
  rejected?: DetectionRejection;
}

const ALSO_TRACKED_CONFIDENCE_STEP = 0.05;

function toCandidate(reading: TrackingNumberReading, carrier: string, confidence: number): DetectionCandidate {
  const candidate: DetectionCandidate = {
    carrier,
    format: reading.format,
    normalized: reading.normalized,
    checkDigit: reading.checkDigit,
    confidence: Math.round(confidence * 100) / 100,
  };
  if (reading.originCountry !== undefined) candidate.originCountry = reading.originCountry;
  if (reading.issuingPost !== undefined) candidate.issuingPost = reading.issuingPost;
  if (reading.service !== undefined) candidate.service = { ...reading.service };
  if (reading.destinationPostalCode !== undefined) candidate.destinationPostalCode = reading.destinationPostalCode;
  if (reading.lastMileCarrier !== undefined) candidate.lastMileCarrier = reading.lastMileCarrier;
  return candidate;
}

/**
 * Finds the carriers a pasted tracking number may belong to. Pure and synchronous; never throws.
 *
 * Input hygiene (see `sanitizeTrackingNumber`) trims, takes the number out of a pasted URL or behind a label,
 * removes spaces, dashes and zero-width characters and upper-cases. Every format of `TRACKING_NUMBER_FORMATS`
 * then reads the number. Candidates are ranked: check digit `valid`, then `none`, then `invalid`; within each,
 * carriers in `options.preferCarriers` first; then higher confidence; then registry order. A number that fits
 * several carriers returns all of them.
 *
 * @example
 * detectCarrier(' 1z4w 7e21-0355 1820 41 ');
 * // { input: ' 1z4w 7e21-0355 1820 41 ', normalized: '1Z4W7E210355182041',
 * //   candidates: [{ carrier: 'ups', format: 'ups-1z', normalized: '1Z4W7E210355182041', checkDigit: 'valid',
 * //                  confidence: 0.98, service: { code: '03', name: 'Ground' } }] }
 */
export function detectCarrier(input: string, options: DetectCarrierOptions = {}): DetectionResult {
  const echoed = typeof input === 'string' ? input : '';
  const sanitized = sanitizeTrackingNumber(input);
  if (!sanitized.ok) return { input: echoed, normalized: null, candidates: [], rejected: sanitized.rejected };
  const { normalized } = sanitized;

  const preferred = new Set(options.preferCarriers ?? []);
  const ranked: Array<{ reading: TrackingNumberReading; candidate: DetectionCandidate }> = [];
  for (const reading of readTrackingNumber(normalized)) {
    ranked.push({ reading, candidate: toCandidate(reading, reading.carrier, reading.confidence) });
    let confidence = reading.confidence;
    for (const carrier of reading.alsoTrackedBy ?? []) {
      confidence = Math.max(0, confidence - ALSO_TRACKED_CONFIDENCE_STEP);
      const alias = { ...reading, carrier, confidence };
      ranked.push({ reading: alias, candidate: toCandidate(alias, carrier, confidence) });
    }
  }
  ranked.sort((left, right) => {
    const checkFirst = compareCheckDigit(left.reading.checkDigit, right.reading.checkDigit);
    if (checkFirst !== 0) return checkFirst;
    const preferLeft = preferred.has(left.candidate.carrier) ? 0 : 1;
    const preferRight = preferred.has(right.candidate.carrier) ? 0 : 1;
    return preferLeft - preferRight || compareReadings(left.reading, right.reading);
  });

  const candidates = ranked.map(({ candidate }) => candidate);
  if (candidates.length === 0) {
    return {
      input: echoed,
      normalized,
      candidates,
      rejected: { reason: 'no_match', message: `${normalized} fits no known tracking-number format` },
    };
  }
  return { input: echoed, normalized, candidates };
}

const CHECK_DIGIT_ORDER: Readonly<Record<CheckDigitOutcome, number>> = { valid: 0, none: 1, invalid: 2 };

function compareCheckDigit(left: CheckDigitOutcome, right: CheckDigitOutcome): number {
  return CHECK_DIGIT_ORDER[left] - CHECK_DIGIT_ORDER[right];
}
