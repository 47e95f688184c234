import {
  MAX_TRACKING_INPUT_LENGTH,
  MAX_TRACKING_NUMBER_LENGTH,
  compactTrackingNumber,
} from '../adapter-kit/tracking-number-formats.js';

/** Why an input was not turned into candidates. */
export type DetectionRejectionReason = 'empty' | 'too_long' | 'invalid_characters' | 'no_match';

/** A refused input: a stable reason and an English message for logs. */
export interface DetectionRejection {
  reason: DetectionRejectionReason;
  message: string;
}

/** The outcome of input hygiene: the normalized number, or why there is none. */
export type SanitizedTrackingNumber =
  | { ok: true; normalized: string }
  | { ok: false; rejected: DetectionRejection };

// Query parameters carrier and aggregator tracking pages put the number in (lower case).
const TRACKING_QUERY_KEYS: ReadonlySet<string> = new Set([
  'tracknum',
  'tracknums',
  'tracknumber',
  'tracknumbers',
  'trackingnumber',
  'trackingnumbers',
  'tracking_number',
  'tracking-number',
  'trackingno',
  'trackingid',
  'tracking_id',
  'tracking-id',
  'tracking',
  'track',
  'tlabels',
  'trknbr',
  'trkno',
  'inquirynumber',
  'inquirynumber1',
  'awb',
  'pin',
  'number',
  'numbers',
  'tn',
  'id',
  'q',
  'query',
  'search',
]);

// Labels people paste in front of a number, compared after lower-casing and collapsing spaces; the label must be
// followed by ':' or '#'.
const LABELS: ReadonlySet<string> = new Set([
  'tracking',
  'tracking number',
  'tracking no',
  'tracking nr',
  'tracking num',
  'tracking id',
  'tracking code',
  'tracking ref',
  'track',
  'shipment',
  'shipment number',
  'shipment no',
  'parcel',
  'parcel number',
  'package',
  'package number',
  'awb',
  'awb number',
  'waybill',
  'waybill number',
  'pin',
  'sendungsnummer',
  'numéro de suivi',
  'n° de suivi',
  'número de seguimiento',
]);

const LONGEST_LABEL = 40;
const WRAPPING_CHARACTERS = '"\'“”‘’«»()[]{}<>';
const TRAILING_PUNCTUATION = ',;:!?';
const URL_START = /^(?:https?:\/\/|www\.)/i;
const SCHEME = /^https?:\/\//i;
const HOST_CHARACTERS = /^[a-z0-9.-]{4,253}$/i;
const TOP_LEVEL_DOMAIN = /^[a-z]{2,24}$/i;
const PLAUSIBLE_NUMBER = /^[0-9A-Z]{8,50}$/;

function reject(reason: DetectionRejectionReason, message: string): SanitizedTrackingNumber {
  return { ok: false, rejected: { reason, message } };
}

/** The number a URL carries, or `null`: known query keys, then the fragment, the path, other query values. */
function extractFromUrl(text: string): string | null {
  let url: URL;
  try {
    url = new URL(SCHEME.test(text) ? text : `https://${text}`);
  } catch {
    return null;
  }
  const known: string[] = [];
  const others: string[] = [];
  for (const [key, value] of url.searchParams) (TRACKING_QUERY_KEYS.has(key.toLowerCase()) ? known : others).push(value);
  const fragment = url.hash.slice(1);
  const queryInFragment = fragment.indexOf('?');
  if (queryInFragment >= 0) {
    for (const [key, value] of new URLSearchParams(fragment.slice(queryInFragment + 1))) {
      (TRACKING_QUERY_KEYS.has(key.toLowerCase()) ? known : others).push(value);
    }
  }
  const fragmentPath = queryInFragment >= 0 ? fragment.slice(0, queryInFragment) : fragment;
  const segments = (path: string) => path.split('/').reverse();
  const candidates = [
    ...known.flatMap((value) => value.split(/[,;]/)),
    ...segments(fragmentPath),
    ...segments(url.pathname),
    ...others.flatMap((value) => value.split(/[,;]/)),
  ];
  for (const candidate of candidates) {
    let decoded = candidate;
    try {
      decoded = decodeURIComponent(candidate);
    } catch {
      // keep the raw text: a stray '%' is not a reason to give up on the URL
    }
    const compact = compactTrackingNumber(decoded);
    if (PLAUSIBLE_NUMBER.test(compact) && /\d/.test(compact)) return decoded;
  }
  return null;
}

/** Whether the text starts like a URL: a scheme, `www.`, or a bare host name followed by a slash (`ups.com/track?…`). */
function looksLikeUrl(text: string): boolean {
  if (URL_START.test(text)) return true;
  const slash = text.indexOf('/');
  if (slash < 0) return false;
  const host = text.slice(0, slash);
  const lastDot = host.lastIndexOf('.');
  return lastDot > 0 && HOST_CHARACTERS.test(host) && TOP_LEVEL_DOMAIN.test(host.slice(lastDot + 1));
}

/** Drops a leading label such as `Tracking number:` or `AWB #`, or a lone leading `#`. */
function stripLabel(text: string): string {
  const head = text.slice(0, LONGEST_LABEL + 1);
  let separator = -1;
  for (let index = 0; index < head.length; index += 1) {
    const character = head.charAt(index);
    if (character === ':' || character === '#') {
      separator = index;
      break;
    }
  }
  if (separator < 0) return text;
  const label = head.slice(0, separator).toLowerCase().replace(/[\s.]+/g, ' ').trim();
  if (label !== '' && !LABELS.has(label)) return text;
  let start = separator + 1;
  while (start < text.length && (text.charAt(start) === ':' || text.charAt(start) === '#' || text.charAt(start).trim() === '')) {
    start += 1;
  }
  return text.slice(start);
}

function stripWrapping(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && WRAPPING_CHARACTERS.includes(text.charAt(start))) start += 1;
  while (end > start && (WRAPPING_CHARACTERS.includes(text.charAt(end - 1)) || TRAILING_PUNCTUATION.includes(text.charAt(end - 1)))) {
    end -= 1;
  }
  return text.slice(start, end).trim();
}

function describeCharacter(character: string): string {
  const codePoint = character.codePointAt(0) ?? 0;
  return `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`;
}

/**
 * Input hygiene for a pasted tracking number. In order:
 * 1. refuses non-strings and inputs over {@link MAX_TRACKING_INPUT_LENGTH} characters before looking at them;
 * 2. Unicode NFKC and trim;
 * 3. a pasted URL gives the number in a known query parameter (`tracknum`, `tLabels`, `trknbr`, `AWB`…), in the
 *    fragment or path (last segment first), or in any other query value;
 * 4. a leading label (`Tracking number:`, `AWB #`, a lone `#`) and wrapping quotes or brackets are dropped;
 * 5. whitespace, zero-width and bidi characters, dots and dashes are removed, and letters upper-cased.
 *
 * The result must then be 1–{@link MAX_TRACKING_NUMBER_LENGTH} ASCII letters and digits. Never throws.
 *
 * @example
 * sanitizeTrackingNumber('https://www.ups.com/track?loc=en_US&tracknum=1z4w7e210355182041');
 * // { ok: true, normalized: '1Z4W7E210355182041' }
 */
export function sanitizeTrackingNumber(input: string): SanitizedTrackingNumber {
  if (typeof input !== 'string') return reject('invalid_characters', `expected a string, got ${input === null ? 'null' : typeof input}`);
  if (input.length > MAX_TRACKING_INPUT_LENGTH) {
    return reject('too_long', `input has ${input.length} characters; at most ${MAX_TRACKING_INPUT_LENGTH} are looked at`);
  }
  let text = input.normalize('NFKC').trim();
  if (text === '') return reject('empty', 'input is empty');
  if (looksLikeUrl(text)) {
    const fromUrl = extractFromUrl(text);
    if (fromUrl === null) return reject('invalid_characters', 'input is a URL that carries no tracking number');
    text = fromUrl;
  }
  text = stripWrapping(stripLabel(stripWrapping(text)));
  const normalized = compactTrackingNumber(text);
  if (normalized === '') return reject('empty', 'input has no letters or digits');
  if (normalized.length > MAX_TRACKING_NUMBER_LENGTH) {
    return reject('too_long', `tracking number has ${normalized.length} characters; the longest format has ${MAX_TRACKING_NUMBER_LENGTH}`);
  }
  for (let index = 0; index < normalized.length; index += 1) {
    const code = normalized.charCodeAt(index);
    const isDigit = code >= 48 && code <= 57;
    const isLetter = code >= 65 && code <= 90;
    if (!isDigit && !isLetter) {
      const character = String.fromCodePoint(normalized.codePointAt(index) ?? code);
      return reject('invalid_characters', `character ${describeCharacter(character)} at position ${index + 1} is not a letter or digit`);
    }
  }
  return { ok: true, normalized };
}
