/**
 * Check-digit algorithms for parcel tracking numbers, written from the facts in
 * `shared/reference/tracking-numbers.md` (sections 2 and 5) and `shared/reference/upu-events.md` (section 7).
 *
 * Two layers:
 * - `compute…CheckDigit(serial)` runs one algorithm over the characters that enter the calculation and returns
 *   the expected check digit, or `null` when the serial holds a character the algorithm cannot read.
 * - `hasValid…CheckDigit(trackingNumber)` takes a whole normalized number (upper case, no spaces or dashes) of
 *   one format, picks the serial and the check digit out of it and compares. A number of the wrong shape is not
 *   valid.
 *
 * Formats without a check digit (Amazon Logistics, LaserShip, DHL eCommerce, FedEx door tags) have no function
 * here: a pattern is their only test. Royal Mail, China Post / EMS and the international numbers of Canada Post
 * and USPS are UPU S10 numbers and use {@link hasValidS10CheckDigit}.
 */

const DIGIT_ZERO = 48;
const LETTER_A = 65;

function digitAt(text: string, index: number): number | null {
  const code = text.charCodeAt(index) - DIGIT_ZERO;
  return code >= 0 && code <= 9 ? code : null;
}

function isDigits(text: string, length?: number): boolean {
  if (length !== undefined && text.length !== length) return false;
  if (text.length === 0) return false;
  for (let index = 0; index < text.length; index += 1) {
    if (digitAt(text, index) === null) return false;
  }
  return true;
}

/**
 * The digit value UPS gives a character: digits count as themselves and a letter as (its ASCII code − 3)
 * mod 10, so `A`…`H` are 2…9, `I`…`R` are 0…9 and `S`…`Z` are 0…7. Returns `null` for anything else.
 *
 * @example
 * toUpsCharacterValue('R'); // 9
 */
export function toUpsCharacterValue(character: string): number | null {
  if (character.length !== 1) return null;
  const digit = digitAt(character, 0);
  if (digit !== null) return digit;
  const code = character.charCodeAt(0);
  if (code >= LETTER_A && code <= LETTER_A + 25) return (code - 3) % 10;
  return null;
}

/**
 * The UPS-style mod 10: characters converted with {@link toUpsCharacterValue}, positions counted from 0 on the
 * left, even positions weighted 1 and odd positions 2, products added as they are (no digit folding).
 * Used by UPS 1Z (the 15 characters after `1Z`), UPS waybills (the 9 digits after the letter) and OnTrac
 * (the letter's value followed by the 13 digits).
 *
 * @example
 * computeUpsMod10CheckDigit('4W7E21035518204'); // 1
 */
export function computeUpsMod10CheckDigit(serial: string): number | null {
  if (serial.length === 0) return null;
  let sum = 0;
  for (let index = 0; index < serial.length; index += 1) {
    const value = toUpsCharacterValue(serial.charAt(index));
    if (value === null) return null;
    sum += index % 2 === 0 ? value : value * 2;
  }
  return (10 - (sum % 10)) % 10;
}

/**
 * The GS1 mod 10 (weights 3 and 1 alternating from the right, weight 3 on the digit next to the check digit).
 * Every "mod 10 3/1" and "1/3" rule of the reference is this one: USPS IMpb (both the `reverse` and the plain
 * variant), USPS 20 and Legacy, Canada Post 16, FedEx Ground 15, FedEx Ground 96 and FedEx SSCC-18.
 *
 * @example
 * computeGs1Mod10CheckDigit('940559027138456027419'); // 1
 */
export function computeGs1Mod10CheckDigit(digits: string): number | null {
  if (digits.length === 0) return null;
  let sum = 0;
  for (let offset = 0; offset < digits.length; offset += 1) {
    const digit = digitAt(digits, digits.length - 1 - offset);
    if (digit === null) return null;
    sum += offset % 2 === 0 ? digit * 3 : digit;
  }
  return (10 - (sum % 10)) % 10;
}

/**
 * The DHL Express mod 7: the serial read as an integer, modulo 7. Only check digits 0–6 can occur.
 *
 * @example
 * computeMod7CheckDigit('573820194'); // 3
 */
export function computeMod7CheckDigit(digits: string): number | null {
  if (digits.length === 0) return null;
  let remainder = 0;
  for (let index = 0; index < digits.length; index += 1) {
    const digit = digitAt(digits, index);
    if (digit === null) return null;
    remainder = (remainder * 10 + digit) % 7;
  }
  return remainder;
}

const S10_WEIGHTS = [8, 6, 4, 2, 3, 5, 9, 7] as const;

/**
 * The UPU S10 mod 11 over the 8 serial digits: weights 8 6 4 2 3 5 9 7, r = sum mod 11, check = 11 − r,
 * except r = 0 gives 5 and r = 1 gives 0.
 *
 * @example
 * computeS10CheckDigit('48203157'); // 2 (LX 48203157 2 CN)
 */
export function computeS10CheckDigit(serial: string): number | null {
  if (!isDigits(serial, S10_WEIGHTS.length)) return null;
  let sum = 0;
  for (let index = 0; index < S10_WEIGHTS.length; index += 1) {
    sum += (digitAt(serial, index) as number) * (S10_WEIGHTS[index] as number);
  }
  const remainder = sum % 11;
  if (remainder === 0) return 5;
  if (remainder === 1) return 0;
  return 11 - remainder;
}

const FEDEX_WEIGHTS = [1, 3, 7] as const;

/**
 * The FedEx Express sum-product: weights 1, 3, 7 repeating from the digit next to the check digit leftwards,
 * sum mod 11, then mod 10. FedEx 12, FedEx 34, FedEx Ground GSN and FedEx ASTRA 32 all use it; they differ only
 * in which digits form the serial.
 *
 * @example
 * computeFedexMod11CheckDigit('77493820516'); // 5
 */
export function computeFedexMod11CheckDigit(digits: string): number | null {
  if (digits.length === 0) return null;
  let sum = 0;
  for (let offset = 0; offset < digits.length; offset += 1) {
    const digit = digitAt(digits, digits.length - 1 - offset);
    if (digit === null) return null;
    sum += digit * (FEDEX_WEIGHTS[offset % 3] as number);
  }
  return (sum % 11) % 10;
}

function matchesCheckDigit(expected: number | null, trackingNumber: string, index: number): boolean {
  return expected !== null && digitAt(trackingNumber, index) === expected;
}

function isAlphanumericUpper(text: string): boolean {
  for (let index = 0; index < text.length; index += 1) {
    if (toUpsCharacterValue(text.charAt(index)) === null) return false;
  }
  return true;
}

/**
 * UPS `1Z` numbers (18 characters: `1Z`, 6-character shipper number, 2-character service, 7-character package
 * id, check digit): UPS mod 10 over the 15 characters after `1Z`.
 *
 * @example
 * hasValidUps1zCheckDigit('1Z4W7E210355182041'); // true
 */
export function hasValidUps1zCheckDigit(trackingNumber: string): boolean {
  if (trackingNumber.length !== 18 || !trackingNumber.startsWith('1Z')) return false;
  const serial = trackingNumber.slice(2, 17);
  return isAlphanumericUpper(serial) && matchesCheckDigit(computeUpsMod10CheckDigit(serial), trackingNumber, 17);
}

/**
 * UPS waybill / InfoNotice numbers (one of `A H J K T V`, 9 digits, check digit): UPS mod 10 over the 9 digits.
 *
 * @example
 * hasValidUpsWaybillCheckDigit('J7304182653'); // true
 */
export function hasValidUpsWaybillCheckDigit(trackingNumber: string): boolean {
  if (trackingNumber.length !== 11 || !'AHJKTV'.includes(trackingNumber.charAt(0))) return false;
  const serial = trackingNumber.slice(1, 10);
  return isDigits(serial) && matchesCheckDigit(computeUpsMod10CheckDigit(serial), trackingNumber, 10);
}

/**
 * OnTrac numbers (`C` or `D`, 13 digits, check digit): UPS mod 10 over the letter's value (4 for `C`, 5 for
 * `D`) followed by the 13 digits. The reference's data prepends the letter value only when the digits do not
 * already start with it; parceline always counts the letter, as the UPS scheme the rule comes from does.
 *
 * @example
 * hasValidOnTracCheckDigit('C10472935184601'); // true
 */
export function hasValidOnTracCheckDigit(trackingNumber: string): boolean {
  if (trackingNumber.length !== 15) return false;
  const letter = trackingNumber.charAt(0);
  if (letter !== 'C' && letter !== 'D') return false;
  const digits = trackingNumber.slice(1, 14);
  if (!isDigits(digits)) return false;
  const serial = `${toUpsCharacterValue(letter) as number}${digits}`;
  return matchesCheckDigit(computeUpsMod10CheckDigit(serial), trackingNumber, 14);
}

/**
 * USPS IMpb package identification codes without the `420` + ZIP routing prefix (22, 26 or 30 digits, starting
 * with the application identifier): GS1 mod 10 over every digit before the last. FedEx Ground Economy
 * (SmartPost), UPS Mail Innovations and DHL eCommerce US numbers are IMpb codes too.
 *
 * @example
 * hasValidUspsImpbCheckDigit('9405590271384560274191'); // true
 */
export function hasValidUspsImpbCheckDigit(packageCode: string): boolean {
  const length = packageCode.length;
  if (length < 2 || !isDigits(packageCode)) return false;
  return matchesCheckDigit(computeGs1Mod10CheckDigit(packageCode.slice(0, -1)), packageCode, length - 1);
}

/**
 * USPS 20-digit numbers (2-digit service type, 9-digit shipper id, 8-digit package id, check digit): GS1 mod 10
 * over the first 19 digits.
 *
 * @example
 * hasValidUsps20CheckDigit('03714208365192750465'); // true
 */
export function hasValidUsps20CheckDigit(trackingNumber: string): boolean {
  return isDigits(trackingNumber, 20) && matchesCheckDigit(computeGs1Mod10CheckDigit(trackingNumber.slice(0, 19)), trackingNumber, 19);
}

/**
 * USPS Legacy Delivery / Signature Confirmation numbers, 22 digits starting with application identifier `91`,
 * or the same 20 digits printed without it: GS1 mod 10 over `91` and the digits before the check digit (the
 * `91` is counted even when it is not printed, which is what tells these apart from {@link hasValidUsps20CheckDigit}).
 *
 * @example
 * hasValidUspsLegacyCheckDigit('9123918273645503728195'); // true
 */
export function hasValidUspsLegacyCheckDigit(trackingNumber: string): boolean {
  let full: string;
  if (trackingNumber.length === 22 && trackingNumber.startsWith('91')) full = trackingNumber;
  else if (trackingNumber.length === 20) full = `91${trackingNumber}`;
  else return false;
  return isDigits(full) && matchesCheckDigit(computeGs1Mod10CheckDigit(full.slice(0, 21)), full, 21);
}

/**
 * FedEx Express 12-digit numbers: FedEx sum-product over the first 11 digits.
 *
 * @example
 * hasValidFedex12CheckDigit('774938205165'); // true
 */
export function hasValidFedex12CheckDigit(trackingNumber: string): boolean {
  return isDigits(trackingNumber, 12) && matchesCheckDigit(computeFedexMod11CheckDigit(trackingNumber.slice(0, 11)), trackingNumber, 11);
}

/**
 * FedEx Ground 15-digit numbers: GS1 mod 10 over the first 14 digits.
 *
 * @example
 * hasValidFedex15CheckDigit('042178390165428'); // true
 */
export function hasValidFedex15CheckDigit(trackingNumber: string): boolean {
  return isDigits(trackingNumber, 15) && matchesCheckDigit(computeGs1Mod10CheckDigit(trackingNumber.slice(0, 14)), trackingNumber, 14);
}

/**
 * FedEx Ground "96" 22-digit numbers (`96`, 2-digit SCNC, 3-digit service, 7-digit shipper id, 7-digit package
 * id, check digit): GS1 mod 10 over the 14 digits of shipper and package id.
 *
 * @example
 * hasValidFedex96CheckDigit('9611021730482519384675'); // true
 */
export function hasValidFedex96CheckDigit(trackingNumber: string): boolean {
  if (!isDigits(trackingNumber, 22) || !trackingNumber.startsWith('96')) return false;
  return matchesCheckDigit(computeGs1Mod10CheckDigit(trackingNumber.slice(7, 21)), trackingNumber, 21);
}

/**
 * FedEx 34-digit numbers (FedEx Express 34 and FedEx Ground GSN): FedEx sum-product over the 13 digits before
 * the check digit. Their last 12 digits are themselves a valid FedEx 12-digit number.
 *
 * @example
 * hasValidFedex34CheckDigit('1001954628000103030100774938205165'); // true
 */
export function hasValidFedex34CheckDigit(trackingNumber: string): boolean {
  return isDigits(trackingNumber, 34) && matchesCheckDigit(computeFedexMod11CheckDigit(trackingNumber.slice(20, 33)), trackingNumber, 33);
}

/**
 * FedEx ASTRA 32-digit numbers (starting with `3`): FedEx sum-product over digits 17–27 (1-based), check digit
 * at 28, followed by 4 more digits. Digits 17–28 are a FedEx 12-digit number.
 *
 * @example
 * hasValidFedexAstra32CheckDigit('32984211760245137749382051652031'); // true
 */
export function hasValidFedexAstra32CheckDigit(trackingNumber: string): boolean {
  if (!isDigits(trackingNumber, 32) || !trackingNumber.startsWith('3')) return false;
  return matchesCheckDigit(computeFedexMod11CheckDigit(trackingNumber.slice(16, 27)), trackingNumber, 27);
}

/**
 * FedEx Ground SSCC-18 numbers: 18 digits (2-digit container type, 15 digits, check digit), or 20 digits with the
 * GS1 application identifier `00` in front. GS1 mod 10 over the 15 digits between container type and check
 * digit, as the reference gives it (the GS1 SSCC rule would also count the container type; the two agree
 * whenever it is `00`).
 *
 * @example
 * hasValidFedexSsccCheckDigit('000931827401652734'); // true
 */
export function hasValidFedexSsccCheckDigit(trackingNumber: string): boolean {
  let sscc: string;
  if (trackingNumber.length === 18) sscc = trackingNumber;
  else if (trackingNumber.length === 20 && trackingNumber.startsWith('00')) sscc = trackingNumber.slice(2);
  else return false;
  return isDigits(sscc) && matchesCheckDigit(computeGs1Mod10CheckDigit(sscc.slice(2, 17)), sscc, 17);
}

/**
 * FedEx SmartPost / Ground Economy numbers: the IMpb form `92` + `612` + 9-digit mailer id starting with `9` +
 * 7-digit package id + check digit (22 digits), or the same number printed without the leading `92` (20
 * digits). GS1 mod 10 with `92` counted even when it is not printed.
 *
 * @example
 * hasValidFedexSmartPostCheckDigit('9261294730185264201734'); // true
 */
export function hasValidFedexSmartPostCheckDigit(trackingNumber: string): boolean {
  let full: string;
  if (trackingNumber.length === 22 && trackingNumber.startsWith('92')) full = trackingNumber;
  else if (trackingNumber.length === 20) full = `92${trackingNumber}`;
  else return false;
  return hasValidUspsImpbCheckDigit(full);
}

/**
 * DHL Express waybill numbers, 10 or 11 digits: the digits before the last, modulo 7.
 *
 * @example
 * hasValidDhlExpressCheckDigit('5738201943'); // true
 */
export function hasValidDhlExpressCheckDigit(trackingNumber: string): boolean {
  const length = trackingNumber.length;
  if ((length !== 10 && length !== 11) || !isDigits(trackingNumber)) return false;
  return matchesCheckDigit(computeMod7CheckDigit(trackingNumber.slice(0, -1)), trackingNumber, length - 1);
}

/**
 * Canada Post 16-digit domestic PINs: GS1 mod 10 over the first 15 digits.
 *
 * @example
 * hasValidCanadaPostCheckDigit('7021648390152743'); // true
 */
export function hasValidCanadaPostCheckDigit(trackingNumber: string): boolean {
  return isDigits(trackingNumber, 16) && matchesCheckDigit(computeGs1Mod10CheckDigit(trackingNumber.slice(0, 15)), trackingNumber, 15);
}

/**
 * UPU S10 numbers (13 characters: 2-letter service indicator, 8-digit serial, check digit, 2-letter country):
 * the S10 mod 11 over the serial. Royal Mail, China Post / EMS and every other post's international numbers use
 * it. The country suffix is not checked here (see `findIssuingPost`).
 *
 * @example
 * hasValidS10CheckDigit('RR918273640GB'); // true
 */
export function hasValidS10CheckDigit(trackingNumber: string): boolean {
  if (trackingNumber.length !== 13) return false;
  return matchesCheckDigit(computeS10CheckDigit(trackingNumber.slice(2, 10)), trackingNumber, 10);
}
