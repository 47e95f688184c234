/**
 * The registry of tracking-number formats parceline knows, shared by `detectCarrier` and by every adapter's
 * `matchTrackingNumber` (through {@link matchTrackingNumberFormats}). Facts: `shared/reference/tracking-numbers.md`
 * (formats, overlaps, IMpb layout, S10), the carrier pages under `shared/reference/carriers/` and
 * `shared/reference/upu-events.md` §7. Example numbers are our own, made with the check-digit functions.
 *
 * Every pattern is anchored and uses only fixed or bounded repetition on single characters or character classes:
 * no `*` or `+`, no quantified group, no lookaround or back-reference. Alternatives are flat sequences, so one
 * match does a bounded amount of work per alternative and runs in time linear in the input.
 */
import { ConfigurationError } from '../errors/configuration-error.js';
import type { TrackingNumberMatch } from '../carrier/carrier-spec.js';
import {
  hasValidCanadaPostCheckDigit,
  hasValidDhlExpressCheckDigit,
  hasValidFedex12CheckDigit,
  hasValidFedex15CheckDigit,
  hasValidFedex34CheckDigit,
  hasValidFedex96CheckDigit,
  hasValidFedexAstra32CheckDigit,
  hasValidFedexSmartPostCheckDigit,
  hasValidFedexSsccCheckDigit,
  hasValidOnTracCheckDigit,
  hasValidS10CheckDigit,
  hasValidUps1zCheckDigit,
  hasValidUpsWaybillCheckDigit,
  hasValidUsps20CheckDigit,
  hasValidUspsImpbCheckDigit,
  hasValidUspsLegacyCheckDigit,
} from './check-digits.js';
import { findIssuingPost } from './data/upu-posts.js';

/** The result of a check-digit test: `none` when the format has no check digit. */
export type CheckDigitOutcome = TrackingNumberMatch['checkDigit'];

/** A decoded service: UPS's 2-character service code or an S10 service indicator. */
export interface TrackingNumberService {
  code: string;
  /** What the code means, when parceline knows it. */
  name?: string;
}

/** How one normalized number reads under one format. */
export interface TrackingNumberReading {
  format: string;
  /** The carrier the number belongs to (for S10 numbers, the post that issued it). */
  carrier: string;
  /** The number as this carrier wants it (USPS: without the `420` + ZIP routing prefix). */
  normalized: string;
  checkDigit: CheckDigitOutcome;
  /** 0..1: how sure this reading is, from the format's strength (see docs/detection.md). */
  confidence: number;
  /** S10 only: ISO 3166-1 alpha-2 country of the issuing post (the suffix). */
  originCountry?: string;
  /** S10 only: post id of the issuing post. */
  issuingPost?: string;
  /** S10 only: other carriers that track this post's numbers themselves. */
  alsoTrackedBy?: readonly string[];
  service?: TrackingNumberService;
  /** The destination ZIP code (5 or 9 digits) carried in a USPS `420` routing prefix. */
  destinationPostalCode?: string;
  /** The carrier that delivers the last mile when it is not `carrier` (SurePost, SmartPost, Mail Innovations). */
  lastMileCarrier?: string;
}

/** One tracking-number format. */
export interface TrackingNumberFormat {
  /** Stable kebab-case id (`ups-1z`, `usps-impb`, `upu-s10`). */
  readonly id: string;
  /** Carrier id, or `null` when the number itself names the carrier (S10: the issuing post). */
  readonly carrier: string | null;
  readonly description: string;
  /** Anchored shape test over a normalized number (upper case letters and digits only). */
  readonly pattern: RegExp;
  /** Every length (in characters) a number of this format can have. */
  readonly lengths: readonly number[];
  /** Check-digit test over a normalized number that fits {@link pattern}; `null` when the format has none. */
  readonly checkDigit: ((trackingNumber: string) => boolean) | null;
  /** Valid numbers of this format, made up by parceline, written as the carrier prints them. */
  readonly examples: readonly string[];
  /** Confidence of a match whose check digit passes (or that has none). */
  readonly confidence: number;
  /**
   * Whether a number that fits the pattern but fails the check digit is still reported (with check digit
   * `invalid`). True only for shapes distinctive enough that a failed check means a typo, not another number.
   */
  readonly reportsInvalidCheckDigit: boolean;
  /** Reads a normalized number; `null` when it is not of this format. */
  read(trackingNumber: string): TrackingNumberReading | null;
}

/** Confidence given to a reading whose check digit fails. */
export const INVALID_CHECK_DIGIT_CONFIDENCE = 0.1;

/** Longest normalized number parceline accepts (DHL eCommerce allows 41 characters). */
export const MAX_TRACKING_NUMBER_LENGTH = 50;

/** Longest raw input looked at; anything longer is refused before any other work. */
export const MAX_TRACKING_INPUT_LENGTH = 2048;

// Whitespace (with NBSP, the U+2000 spaces and U+3000), soft hyphen, Mongolian vowel separator, zero-width and
// bidi marks, word joiner and invisible operators, BOM, dots, and every dash and hyphen a keyboard or a web page
// may produce.
const IGNORED_CHARACTERS =
  /[\s\u00AD\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF.\-\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/g;

/**
 * Input hygiene every format assumes: Unicode NFKC (full-width digits and letters become ASCII), then
 * whitespace, zero-width characters, dots and dashes removed, then upper case. It does not reject anything;
 * callers check the result (see `sanitizeTrackingNumber` for the full rules with URLs and labels).
 *
 * @example
 * compactTrackingNumber(' 1z 4w7-e21\u200b0 '); // '1Z4W7E210'
 */
export function compactTrackingNumber(input: string): string {
  return input.normalize('NFKC').replace(IGNORED_CHARACTERS, '').toUpperCase();
}

/**
 * A tracking number as a carrier's field holds it, for matching answers to the numbers asked for: white space
 * removed, upper case (a number field is read as its digits); `undefined` when absent or empty. Lighter than
 * {@link compactTrackingNumber}: carriers echo their own numbers, so nothing else is folded.
 *
 * @example
 * compactNumberField(' 1z999aa1 0123456784 '); // '1Z999AA10123456784'
 * compactNumberField(''); // undefined
 */
export function compactNumberField(value: string | number | null | undefined): string | undefined {
  if (value === null || value === undefined) return undefined;
  const number = String(value).replace(/\s+/g, '').toUpperCase();
  return number ? number : undefined;
}

/**
 * The numbers a caller named (`ParseContext.trackingNumbers`), each as {@link compactNumberField} gives it, blank
 * ones left out, order kept: what adapters match a carrier's answers against.
 *
 * @example
 * compactNumberFields([' 1z999aa1 0123456784 ', '']); // ['1Z999AA10123456784']
 * compactNumberFields(undefined); // []
 */
export function compactNumberFields(values: readonly (string | number | null | undefined)[] | undefined): string[] {
  const numbers: string[] = [];
  for (const value of values ?? []) {
    const number = compactNumberField(value);
    if (number !== undefined) numbers.push(number);
  }
  return numbers;
}

interface FormatDetails {
  normalized?: string;
  carrier?: string;
  confidence?: number;
  originCountry?: string;
  issuingPost?: string;
  alsoTrackedBy?: readonly string[];
  service?: TrackingNumberService;
  destinationPostalCode?: string;
  lastMileCarrier?: string;
}

interface FormatSpec {
  id: string;
  carrier: string | null;
  description: string;
  pattern: RegExp;
  lengths: readonly number[];
  checkDigit: ((trackingNumber: string) => boolean) | null;
  examples: readonly string[];
  confidence: number;
  reportsInvalidCheckDigit?: boolean;
  /** Structure beyond the pattern and decoded details; `null` when the number is not of this format after all. */
  describe?: (trackingNumber: string) => FormatDetails | null;
}

function defineFormat(spec: FormatSpec): TrackingNumberFormat {
  const reportsInvalidCheckDigit = spec.reportsInvalidCheckDigit ?? false;
  const { id, pattern, lengths, checkDigit, describe } = spec;
  return Object.freeze({
    id,
    carrier: spec.carrier,
    description: spec.description,
    pattern,
    lengths: Object.freeze([...lengths]),
    checkDigit,
    examples: Object.freeze([...spec.examples]),
    confidence: spec.confidence,
    reportsInvalidCheckDigit,
    read(trackingNumber: string): TrackingNumberReading | null {
      if (!lengths.includes(trackingNumber.length) || !pattern.test(trackingNumber)) return null;
      const details = describe ? describe(trackingNumber) : {};
      if (details === null) return null;
      const outcome: CheckDigitOutcome = checkDigit === null ? 'none' : checkDigit(trackingNumber) ? 'valid' : 'invalid';
      if (outcome === 'invalid' && !reportsInvalidCheckDigit) return null;
      const carrier = details.carrier ?? spec.carrier;
      if (carrier === null) return null;
      return {
        ...details,
        format: id,
        carrier,
        normalized: details.normalized ?? trackingNumber,
        checkDigit: outcome,
        confidence: outcome === 'invalid' ? INVALID_CHECK_DIGIT_CONFIDENCE : (details.confidence ?? spec.confidence),
      };
    },
  });
}

function range(from: number, to: number): number[] {
  const lengths: number[] = [];
  for (let length = from; length <= to; length += 1) lengths.push(length);
  return lengths;
}

// USPS IMpb and its routing prefix (reference §5)

interface RoutedNumber {
  /** The number after the routing prefix (the whole number when there is none). */
  rest: string;
  destinationPostalCode?: string;
}

/** Every way to read a `420` + ZIP5 / ZIP+4 routing prefix off a number, the unrouted reading first. */
function routingReadings(trackingNumber: string): RoutedNumber[] {
  const readings: RoutedNumber[] = [{ rest: trackingNumber }];
  if (trackingNumber.startsWith('420')) {
    if (trackingNumber.length > 8) readings.push({ rest: trackingNumber.slice(8), destinationPostalCode: trackingNumber.slice(3, 8) });
    if (trackingNumber.length > 12) readings.push({ rest: trackingNumber.slice(12), destinationPostalCode: trackingNumber.slice(3, 12) });
  }
  return readings;
}

/**
 * Whether a bare IMpb code has the documented structure: application identifier 92–95, 3-digit service type,
 * mailer id of 9 digits when it starts with 9 and 6 otherwise (92 needs a 9-digit one, 93 a 6-digit one), and a
 * total of 22 or 26 digits, or 30 for `94` with a 9-digit mailer id.
 */
function isImpbStructure(code: string): boolean {
  const length = code.length;
  if (length !== 22 && length !== 26 && length !== 30) return false;
  const applicationIdentifier = code.slice(0, 2);
  const longMailerId = code.charAt(5) === '9';
  switch (applicationIdentifier) {
    case '92':
      if (!longMailerId) return false;
      break;
    case '93':
      if (longMailerId) return false;
      break;
    case '94':
    case '95':
      break;
    default:
      return false;
  }
  return length !== 30 || (applicationIdentifier === '94' && longMailerId);
}

/** IMpb readings of a number: a routing prefix (ZIP5 before 22 or 26 digits, ZIP+4 before 22) and a bare code. */
function impbReadings(trackingNumber: string): RoutedNumber[] {
  return routingReadings(trackingNumber).filter(({ rest, destinationPostalCode }) => {
    if (!isImpbStructure(rest)) return false;
    if (destinationPostalCode === undefined) return true;
    return destinationPostalCode.length === 5 ? rest.length === 22 || rest.length === 26 : rest.length === 22;
  });
}

/** The reading to report: the first whose check digit passes, else the first. */
function pickReading(readings: RoutedNumber[], check: (code: string) => boolean): RoutedNumber | null {
  return readings.find((reading) => check(reading.rest)) ?? readings[0] ?? null;
}

function routedDetails(reading: RoutedNumber | null, extra: FormatDetails = {}): FormatDetails | null {
  if (reading === null) return null;
  return {
    normalized: reading.rest,
    ...(reading.destinationPostalCode ? { destinationPostalCode: reading.destinationPostalCode } : {}),
    ...extra,
  };
}

function legacyReadings(trackingNumber: string): RoutedNumber[] {
  return routingReadings(trackingNumber).filter(
    ({ rest }) => rest.length === 20 || (rest.length === 22 && rest.startsWith('91')),
  );
}

function smartPostReadings(trackingNumber: string): RoutedNumber[] {
  const readings = impbReadings(trackingNumber).filter(({ rest }) => rest.length === 22 && rest.startsWith('926129'));
  if (trackingNumber.length === 20 && trackingNumber.startsWith('6129')) readings.push({ rest: trackingNumber });
  return readings;
}

function mailInnovationsReadings(trackingNumber: string): RoutedNumber[] {
  return impbReadings(trackingNumber).filter(({ rest }) => rest.startsWith('92') || rest.startsWith('93'));
}

function dhlEcommerceImpbReading(trackingNumber: string): RoutedNumber | null {
  if (trackingNumber.length !== 30 || !trackingNumber.startsWith('420')) return null;
  const rest = trackingNumber.slice(8);
  return isImpbStructure(rest) ? { rest, destinationPostalCode: trackingNumber.slice(3, 8) } : null;
}

/** UPS 1Z service codes the reference names (tracking-numbers.md §3, "Decoding lookups"). */
const UPS_SERVICES: Readonly<Record<string, string>> = {
  '01': 'Next Day Air',
  '02': '2nd Day Air',
  '03': 'Ground',
  '12': '3 Day Select',
  '13': 'Next Day Air Saver',
  '15': 'Next Day Air Early A.M.',
  '66': 'Worldwide Express',
  '72': 'Ground COD',
  YW: 'SurePost (Ground Saver), delivered by USPS',
};

/** How the S10 standard assigns a service indicator range. */
export type S10ServiceClass = 'international' | 'domestic' | 'unassigned' | 'reserved';

/**
 * What an S10 service indicator (the first two letters) says, after upu-events.md §7.1 and
 * tracking-numbers.md §6. Decoding only: any two letters pass validation, but unassigned and reserved ranges
 * lower the confidence.
 *
 * @example
 * describeS10Service('EA'); // { name: 'EMS', serviceClass: 'international' }
 */
export function describeS10Service(indicator: string): { name: string; serviceClass: S10ServiceClass } {
  const first = indicator.charAt(0);
  const second = indicator.charAt(1);
  switch (first) {
    case 'E':
      return { name: 'EMS', serviceClass: 'international' };
    case 'L':
      return { name: 'letter post, express (tracked)', serviceClass: 'international' };
    case 'R':
      return { name: 'letter post, registered', serviceClass: 'international' };
    case 'V':
      return { name: 'letter post, insured', serviceClass: 'international' };
    case 'U':
      return { name: 'letter post, other (customs-controlled)', serviceClass: 'international' };
    case 'C':
      return { name: 'parcel post', serviceClass: 'international' };
    case 'H':
      return { name: 'e-commerce parcel', serviceClass: 'international' };
    case 'M':
      return { name: 'M-bag (printed matter)', serviceClass: 'international' };
    case 'Q':
      return second <= 'M'
        ? { name: 'International Business Reply Service', serviceClass: 'international' }
        : { name: 'unassigned', serviceClass: 'unassigned' };
    case 'B':
    case 'D':
    case 'N':
    case 'P':
    case 'Z':
      return { name: 'domestic, bilateral or multilateral use', serviceClass: 'domestic' };
    case 'A':
      return second >= 'V'
        ? { name: 'domestic, bilateral or multilateral use', serviceClass: 'domestic' }
        : { name: 'unassigned', serviceClass: 'unassigned' };
    case 'G':
      return second === 'A' || second === 'D'
        ? { name: 'domestic, bilateral or multilateral use', serviceClass: 'domestic' }
        : { name: 'unassigned', serviceClass: 'unassigned' };
    case 'J':
      return { name: 'reserved (not valid for S10)', serviceClass: 'reserved' };
    default:
      return { name: 'unassigned', serviceClass: 'unassigned' };
  }
}

const S10_CONFIDENCE: Readonly<Record<S10ServiceClass, number>> = {
  international: 0.95,
  domestic: 0.85,
  unassigned: 0.6,
  reserved: 0.4,
};

/**
 * Every format parceline recognises, in registry order (the last tie-breaker when ranking). Ids are stable:
 * adapters pass them to {@link matchTrackingNumberFormats}.
 */
export const TRACKING_NUMBER_FORMATS: readonly TrackingNumberFormat[] = Object.freeze([
  defineFormat({
    id: 'ups-1z',
    carrier: 'ups',
    description: 'UPS 1Z: `1Z`, 6-character shipper number, 2-character service, 7-character package id, check digit (UPS mod 10)',
    pattern: /^1Z[0-9A-Z]{15}\d$/,
    lengths: [18],
    checkDigit: hasValidUps1zCheckDigit,
    examples: ['1Z4W7E210355182041', '1Z0A13X86614502933'],
    confidence: 0.98,
    reportsInvalidCheckDigit: true,
    describe: (trackingNumber) => {
      const code = trackingNumber.slice(8, 10);
      const name = UPS_SERVICES[code];
      return {
        service: name === undefined ? { code } : { code, name },
        ...(code === 'YW' ? { lastMileCarrier: 'usps' } : {}),
      };
    },
  }),
  defineFormat({
    id: 'ups-mail-innovations',
    carrier: 'ups',
    description:
      'UPS Mail Innovations: a USPS IMpb code with application identifier 92 or 93 (22 or 26 digits, optional 420 + ZIP); USPS delivers it, so USPS is ranked first',
    pattern: /^(?:9[23]\d{20}|9[23]\d{24}|420\d{5}9[23]\d{20}|420\d{5}9[23]\d{24}|420\d{9}9[23]\d{20})$/,
    lengths: [22, 26, 30, 34],
    checkDigit: (trackingNumber) => mailInnovationsReadings(trackingNumber).some(({ rest }) => hasValidUspsImpbCheckDigit(rest)),
    examples: ['92748927361045204817365924', '9374869903500012345671'],
    confidence: 0.3,
    describe: (trackingNumber) => {
      const reading = pickReading(mailInnovationsReadings(trackingNumber), hasValidUspsImpbCheckDigit);
      return routedDetails(reading, { lastMileCarrier: 'usps', confidence: reading?.rest.length === 26 ? 0.4 : 0.3 });
    },
  }),
  defineFormat({
    id: 'ups-waybill',
    carrier: 'ups',
    description: 'UPS waybill / InfoNotice: one of A H J K T V, 9 digits, check digit (UPS mod 10)',
    pattern: /^[AHJKTV]\d{10}$/,
    lengths: [11],
    checkDigit: hasValidUpsWaybillCheckDigit,
    examples: ['J7304182653', 'K2210598735'],
    confidence: 0.4,
  }),
  defineFormat({
    id: 'fedex-12',
    carrier: 'fedex',
    description: 'FedEx Express 12 digits, check digit by the FedEx sum-product (weights 1 3 7, mod 11, mod 10)',
    pattern: /^\d{12}$/,
    lengths: [12],
    checkDigit: hasValidFedex12CheckDigit,
    examples: ['774938205165', '612039847250'],
    confidence: 0.6,
  }),
  defineFormat({
    id: 'fedex-15',
    carrier: 'fedex',
    description: 'FedEx Ground 15 digits, check digit GS1 mod 10 over the first 14',
    pattern: /^\d{15}$/,
    lengths: [15],
    checkDigit: hasValidFedex15CheckDigit,
    examples: ['042178390165428', '730918264051734'],
    confidence: 0.55,
  }),
  defineFormat({
    id: 'fedex-sscc-18',
    carrier: 'fedex',
    description:
      'FedEx Ground SSCC-18: 2-digit container type, 15 digits, check digit (GS1 mod 10 over the 15); also the 20-digit form with application identifier 00 in front',
    pattern: /^(?:\d{18}|00\d{18})$/,
    lengths: [18, 20],
    checkDigit: hasValidFedexSsccCheckDigit,
    examples: ['000931827401652734', '00000931827401652734'],
    confidence: 0.45,
  }),
  defineFormat({
    id: 'fedex-ground-96',
    carrier: 'fedex',
    description: 'FedEx Ground 96: `96`, 2-digit SCNC, 3-digit service, 7-digit shipper id, 7-digit package id, check digit (GS1 mod 10 over the 14)',
    pattern: /^96\d{20}$/,
    lengths: [22],
    checkDigit: hasValidFedex96CheckDigit,
    examples: ['9611021730482519384675', '9622019604718235066011'],
    confidence: 0.9,
    reportsInvalidCheckDigit: true,
  }),
  defineFormat({
    id: 'fedex-34',
    carrier: 'fedex',
    description: 'FedEx Express 34 digits: first digit 0–8, 14 digits, 5-digit destination ZIP, 13-digit serial, check digit (FedEx sum-product)',
    pattern: /^[0-8]\d{33}$/,
    lengths: [34],
    checkDigit: hasValidFedex34CheckDigit,
    examples: ['1001954628000103030100774938205165', '1027488119330004401500612039847250'],
    confidence: 0.55,
  }),
  defineFormat({
    id: 'fedex-ground-gsn',
    carrier: 'fedex',
    description: 'FedEx Ground GSN 34 digits: `96`, 2-digit SCNC, 5 digits, 10-digit GSN, 1 digit, 13-digit serial, check digit (FedEx sum-product)',
    pattern: /^96\d{32}$/,
    lengths: [34],
    checkDigit: hasValidFedex34CheckDigit,
    examples: ['9622001836048271935000774938205165', '9632001830918273645100612039847250'],
    confidence: 0.75,
  }),
  defineFormat({
    id: 'fedex-astra-32',
    carrier: 'fedex',
    description: 'FedEx ASTRA 32 digits, starting with 3; digits 17–28 are a FedEx 12-digit number, then 4 digits',
    pattern: /^3\d{31}$/,
    lengths: [32],
    checkDigit: hasValidFedexAstra32CheckDigit,
    examples: ['32984211760245137749382051652031', '33105722460199026120398472502017'],
    confidence: 0.5,
  }),
  defineFormat({
    id: 'fedex-door-tag',
    carrier: 'fedex',
    description: 'FedEx door tag left after a missed delivery: `DT` + 12 digits, no check digit (shape unverified)',
    pattern: /^DT\d{12}$/,
    lengths: [14],
    checkDigit: null,
    examples: ['DT102938475612'],
    confidence: 0.6,
  }),
  defineFormat({
    id: 'fedex-smartpost',
    carrier: 'fedex',
    description:
      'FedEx SmartPost / Ground Economy: IMpb `92` + service 612 + 9-digit mailer id starting with 9 + 7-digit package id + check digit (22 digits, optional 420 + ZIP), or printed without the `92` (20 digits); USPS delivers it',
    pattern: /^(?:6129\d{16}|926129\d{16}|420\d{5}926129\d{16}|420\d{9}926129\d{16})$/,
    lengths: [20, 22, 30, 34],
    checkDigit: (trackingNumber) => smartPostReadings(trackingNumber).some(({ rest }) => hasValidFedexSmartPostCheckDigit(rest)),
    examples: ['9261294730185264201734', '61294730185264201734'],
    confidence: 0.6,
    describe: (trackingNumber) =>
      routedDetails(pickReading(smartPostReadings(trackingNumber), hasValidFedexSmartPostCheckDigit), { lastMileCarrier: 'usps' }),
  }),
  defineFormat({
    id: 'usps-impb',
    carrier: 'usps',
    description:
      'USPS Intelligent Mail package barcode: application identifier 92–95, service type, mailer id, package id, check digit (22, 26 or 30 digits; 30 or 34 with the 420 + ZIP routing prefix, which is stripped)',
    pattern: /^(?:9[2-5]\d{20}|9[2-5]\d{24}|94\d{28}|420\d{5}9[2-5]\d{20}|420\d{5}9[2-5]\d{24}|420\d{9}9[2-5]\d{20})$/,
    lengths: [22, 26, 30, 34],
    checkDigit: (trackingNumber) => impbReadings(trackingNumber).some(({ rest }) => hasValidUspsImpbCheckDigit(rest)),
    examples: [
      '9405590271384560274191',
      '93612504871273604958120474',
      '420303039405590271384560274191',
      '940019123456781029384756102937',
    ],
    confidence: 0.92,
    reportsInvalidCheckDigit: true,
    describe: (trackingNumber) => routedDetails(pickReading(impbReadings(trackingNumber), hasValidUspsImpbCheckDigit)),
  }),
  defineFormat({
    id: 'usps-20',
    carrier: 'usps',
    description: 'USPS 20 digits: 2-digit service type, 9-digit shipper id, 8-digit package id, check digit (GS1 mod 10)',
    pattern: /^\d{20}$/,
    lengths: [20],
    checkDigit: hasValidUsps20CheckDigit,
    examples: ['03714208365192750465', '71039182746501928375'],
    confidence: 0.45,
  }),
  defineFormat({
    id: 'usps-legacy',
    carrier: 'usps',
    description:
      'USPS Legacy Delivery / Signature Confirmation: `91` + 2-digit service + 9-digit shipper id + 8-digit package id + check digit (22 digits, or 20 without the `91`, which still counts in the check; optional 420 + ZIP)',
    pattern: /^(?:\d{20}|91\d{20}|420\d{25}|420\d{5}91\d{20}|420\d{29}|420\d{9}91\d{20})$/,
    lengths: [20, 22, 28, 30, 32, 34],
    checkDigit: (trackingNumber) => legacyReadings(trackingNumber).some(({ rest }) => hasValidUspsLegacyCheckDigit(rest)),
    examples: ['9123918273645503728195', '4202150091239182736455037285'],
    confidence: 0.45,
    describe: (trackingNumber) => {
      const reading = pickReading(legacyReadings(trackingNumber), hasValidUspsLegacyCheckDigit);
      return routedDetails(reading, { confidence: reading?.rest.length === 22 ? 0.65 : 0.45 });
    },
  }),
  defineFormat({
    id: 'upu-s10',
    carrier: null,
    description:
      'UPU S10 (international postal items, Royal Mail, China Post / EMS, Canada Post, USPS international...): 2-letter service indicator, 8 digits, check digit (mod 11, weights 8 6 4 2 3 5 9 7), 2-letter country of the issuing post',
    pattern: /^[A-Z]{2}\d{9}[A-Z]{2}$/,
    lengths: [13],
    checkDigit: hasValidS10CheckDigit,
    examples: ['LX482031572CN', 'EA730194825CN', 'RR918273640GB', 'CP504817266CA', 'EC391028477US', 'LY284619309DE'],
    confidence: 0.95,
    reportsInvalidCheckDigit: true,
    describe: (trackingNumber) => {
      const originCountry = trackingNumber.slice(11);
      const post = findIssuingPost(originCountry);
      if (post === null) return null;
      const indicator = trackingNumber.slice(0, 2);
      const service = describeS10Service(indicator);
      return {
        carrier: post.id,
        originCountry,
        issuingPost: post.id,
        ...(post.alsoTrackedBy ? { alsoTrackedBy: post.alsoTrackedBy } : {}),
        service: { code: indicator, name: service.name },
        confidence: S10_CONFIDENCE[service.serviceClass],
      };
    },
  }),
  defineFormat({
    id: 'canada-post-16',
    carrier: 'canada-post',
    description: 'Canada Post domestic PIN, 16 digits (the first 7 an origin id), check digit GS1 mod 10 over the first 15',
    pattern: /^\d{16}$/,
    lengths: [16],
    checkDigit: hasValidCanadaPostCheckDigit,
    examples: ['7021648390152743', '1004827361920456'],
    confidence: 0.55,
  }),
  defineFormat({
    id: 'royal-mail-2d',
    carrier: 'royal-mail',
    description: 'Royal Mail 2D barcode id (uniqueItemId): 21 hexadecimal characters, no check digit (shape from one API example; unverified)',
    pattern: /^[0-9A-F]{21}$/,
    lengths: [21],
    checkDigit: null,
    examples: ['0704259310000001A7F3C'],
    confidence: 0.3,
  }),
  defineFormat({
    id: 'dhl-express',
    carrier: 'dhl',
    description: 'DHL Express waybill: 10 or 11 digits, check digit mod 7 (a weak test: 1 random number in 10 passes)',
    pattern: /^\d{10,11}$/,
    lengths: [10, 11],
    checkDigit: hasValidDhlExpressCheckDigit,
    examples: ['5738201943', '4071925830'],
    confidence: 0.35,
  }),
  defineFormat({
    id: 'dhl-express-piece-id',
    carrier: 'dhl',
    description: 'DHL Express piece id: `J` + 2 or 3 letters + 9 or 10 digits (JJD…, JVGL…), no check digit',
    pattern: /^J[A-Z]{2,3}\d{9,10}$/,
    lengths: [12, 13, 14],
    checkDigit: null,
    examples: ['JJD0146000038', 'JVGL0102938475'],
    confidence: 0.4,
  }),
  defineFormat({
    id: 'dhl-ecommerce',
    carrier: 'dhl',
    description:
      'DHL eCommerce: GM, LX, RX, UV, CN, SG, TH, IN, HK or MY + 10 to 39 letters and digits with at least one digit; no check digit (GM is DHL-specific, the others collide with S10)',
    pattern: /^(?:GM|LX|RX|UV|CN|SG|TH|IN|HK|MY)[0-9A-Z]{10,39}$/,
    lengths: range(12, 41),
    checkDigit: null,
    examples: ['GM6053179284016273', 'GM60531792840162735A'],
    confidence: 0.3,
    describe: (trackingNumber) => {
      if (!/\d/.test(trackingNumber.slice(2))) return null;
      return trackingNumber.startsWith('GM') ? { confidence: 0.75 } : {};
    },
  }),
  defineFormat({
    id: 'dhl-ecommerce-14',
    carrier: 'dhl',
    description: 'DHL eCommerce 14 digits, no check digit: every 14-digit number fits, so it is only a guess',
    pattern: /^\d{14}$/,
    lengths: [14],
    checkDigit: null,
    examples: ['50731829460173'],
    confidence: 0.1,
  }),
  defineFormat({
    id: 'dhl-ecommerce-420',
    carrier: 'dhl',
    description: 'DHL eCommerce US: `420` + 5-digit ZIP + a 22-digit USPS IMpb code (30 digits); USPS delivers it',
    pattern: /^420\d{5}9[2-5]\d{20}$/,
    lengths: [30],
    checkDigit: (trackingNumber) => {
      const reading = dhlEcommerceImpbReading(trackingNumber);
      return reading !== null && hasValidUspsImpbCheckDigit(reading.rest);
    },
    examples: ['420941079361250487127360495811'],
    confidence: 0.35,
    describe: (trackingNumber) => {
      const reading = dhlEcommerceImpbReading(trackingNumber);
      if (reading === null) return null;
      return { destinationPostalCode: reading.destinationPostalCode as string, lastMileCarrier: 'usps' };
    },
  }),
  defineFormat({
    id: 'amazon-tba',
    carrier: 'amazon',
    description: 'Amazon Logistics: TBA, TBC or TBM + 12 digits, no check digit',
    pattern: /^TB[ACM]\d{12}$/,
    lengths: [15],
    checkDigit: null,
    examples: ['TBA318274905160', 'TBM604172839501'],
    confidence: 0.95,
  }),
  defineFormat({
    id: 'amazon-international',
    carrier: 'amazon',
    description: 'Amazon international: A, F or C + 10 digits, no check digit (weak)',
    pattern: /^[AFC]\d{10}$/,
    lengths: [11],
    checkDigit: null,
    examples: ['C7390128465'],
    confidence: 0.2,
  }),
  defineFormat({
    id: 'ontrac',
    carrier: 'ontrac',
    description: 'OnTrac: C or D + 13 digits + check digit (UPS mod 10 over the letter value 4 or 5 and the 13 digits)',
    pattern: /^[CD]\d{14}$/,
    lengths: [15],
    checkDigit: hasValidOnTracCheckDigit,
    examples: ['C10472935184601', 'D20938471650298'],
    confidence: 0.9,
    reportsInvalidCheckDigit: true,
  }),
  defineFormat({
    id: 'lasership-l',
    carrier: 'lasership',
    description: 'LaserShip: L + one of A I E H N X + a digit 1–3 + 7 digits (10 characters), no check digit',
    pattern: /^L[AIEHNX][1-3]\d{7}$/,
    lengths: [10],
    checkDigit: null,
    examples: ['LE24731850', 'LX30918274'],
    confidence: 0.8,
  }),
  defineFormat({
    id: 'lasership-1ls',
    carrier: 'lasership',
    description: 'LaserShip 1LS7: `1LS7` + 1 or 2 + 10 digits (15 characters), no check digit',
    pattern: /^1LS7[12]\d{10}$/,
    lengths: [15],
    checkDigit: null,
    examples: ['1LS723081594720'],
    confidence: 0.85,
  }),
  defineFormat({
    id: 'lasership-1ls-18',
    carrier: 'lasership',
    description:
      'LaserShip 1LS7 (18): `1LS7` + 1 or 2 + 2 digits + `01` + a digit 1–4 + 6 digits + `-1`; the hyphen is removed by input hygiene and put back in the normalized number',
    pattern: /^1LS7[12]\d{2}01[1-4]\d{6}1$/,
    lengths: [17],
    checkDigit: null,
    examples: ['1LS7127013408152-1'],
    confidence: 0.85,
    describe: (trackingNumber) => ({ normalized: `${trackingNumber.slice(0, 16)}-1` }),
  }),
  defineFormat({
    id: 'lasership-1lscx',
    carrier: 'lasership',
    description: 'LaserShip 1LSCX: `1LSCX` + 10 letters or digits, no check digit',
    pattern: /^1LSCX[0-9A-Z]{10}$/,
    lengths: [15],
    checkDigit: null,
    examples: ['1LSCXQK4T70193B'],
    confidence: 0.85,
  }),
]);

const FORMATS_BY_ID: ReadonlyMap<string, TrackingNumberFormat> = new Map(TRACKING_NUMBER_FORMATS.map((format) => [format.id, format]));

const FORMATS_BY_LENGTH: ReadonlyMap<number, readonly TrackingNumberFormat[]> = (() => {
  const index = new Map<number, TrackingNumberFormat[]>();
  for (const format of TRACKING_NUMBER_FORMATS) {
    for (const length of format.lengths) {
      const list = index.get(length) ?? [];
      list.push(format);
      index.set(length, list);
    }
  }
  return index;
})();

/**
 * The format with this id, or `undefined`.
 *
 * @example
 * findTrackingNumberFormat('ups-1z')?.carrier; // 'ups'
 */
export function findTrackingNumberFormat(id: string): TrackingNumberFormat | undefined {
  return FORMATS_BY_ID.get(id);
}

/**
 * Every reading of a normalized number (as {@link compactTrackingNumber} gives it) under every format, in
 * registry order, unranked. `detectCarrier` ranks them.
 *
 * @example
 * readTrackingNumber('1Z4W7E210355182041').map((reading) => reading.format); // ['ups-1z']
 */
export function readTrackingNumber(trackingNumber: string): TrackingNumberReading[] {
  const readings: TrackingNumberReading[] = [];
  for (const format of FORMATS_BY_LENGTH.get(trackingNumber.length) ?? []) {
    const reading = format.read(trackingNumber);
    if (reading !== null) readings.push(reading);
  }
  return readings;
}

const CHECK_DIGIT_RANK: Readonly<Record<CheckDigitOutcome, number>> = { valid: 0, none: 1, invalid: 2 };

/**
 * Compares two readings for ranking: a passing check digit first, then no check digit, then a failing one;
 * then higher confidence; then registry order. `detectCarrier` adds the caller's preferred carriers in between.
 */
export function compareReadings(left: TrackingNumberReading, right: TrackingNumberReading): number {
  return (
    CHECK_DIGIT_RANK[left.checkDigit] - CHECK_DIGIT_RANK[right.checkDigit] ||
    right.confidence - left.confidence ||
    formatOrder(left.format) - formatOrder(right.format)
  );
}

const FORMAT_ORDER: ReadonlyMap<string, number> = new Map(TRACKING_NUMBER_FORMATS.map((format, index) => [format.id, index]));

function formatOrder(id: string): number {
  return FORMAT_ORDER.get(id) ?? Number.MAX_SAFE_INTEGER;
}

/**
 * What an adapter's `matchTrackingNumber` returns: the best reading of `input` among the given formats (a
 * passing check digit first, then no check digit, then a failing one on a distinctive shape), or `null`.
 * Applies {@link compactTrackingNumber} first. Throws `ConfigurationError` for an unknown format id, a
 * programming mistake that the adapter's tests catch.
 *
 * @example
 * matchTrackingNumberFormats('1z4w 7e21 0355 1820 41', ['ups-1z', 'ups-mail-innovations']);
 * // { format: 'ups-1z', normalized: '1Z4W7E210355182041', checkDigit: 'valid' }
 */
export function matchTrackingNumberFormats(input: string, formatIds: readonly string[]): TrackingNumberMatch | null {
  const formats = formatIds.map((id) => {
    const format = FORMATS_BY_ID.get(id);
    if (format === undefined) throw new ConfigurationError(`unknown tracking-number format id "${id}"`);
    return format;
  });
  if (typeof input !== 'string' || input.length > MAX_TRACKING_INPUT_LENGTH) return null;
  const trackingNumber = compactTrackingNumber(input);
  if (trackingNumber.length === 0 || trackingNumber.length > MAX_TRACKING_NUMBER_LENGTH) return null;
  let best: TrackingNumberReading | null = null;
  for (const format of formats) {
    const reading = format.read(trackingNumber);
    if (reading !== null && (best === null || compareReadings(reading, best) < 0)) best = reading;
  }
  return best === null ? null : { format: best.format, normalized: best.normalized, checkDigit: best.checkDigit };
}
