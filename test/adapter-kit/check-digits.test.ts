import { describe, expect, it } from 'vitest';
import {
  computeFedexMod11CheckDigit,
  computeGs1Mod10CheckDigit,
  computeMod7CheckDigit,
  computeS10CheckDigit,
  computeUpsMod10CheckDigit,
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
  toUpsCharacterValue,
} from '../../src/adapter-kit/check-digits.js';

/** The same number with the digit at `index` (default: the last) moved up by one. */
function alter(trackingNumber: string, index = trackingNumber.length - 1): string {
  const digit = Number(trackingNumber.charAt(index));
  return `${trackingNumber.slice(0, index)}${(digit + 1) % 10}${trackingNumber.slice(index + 1)}`;
}

describe('toUpsCharacterValue', () => {
  it('maps digits to themselves and letters to (ASCII code - 3) mod 10', () => {
    expect(toUpsCharacterValue('7')).toBe(7);
    expect(['A', 'H', 'I', 'R', 'S', 'Z'].map(toUpsCharacterValue)).toEqual([2, 9, 0, 9, 0, 7]);
  });

  it('returns null for lower case, punctuation and multi-character input', () => {
    expect(toUpsCharacterValue('a')).toBeNull();
    expect(toUpsCharacterValue('-')).toBeNull();
    expect(toUpsCharacterValue('12')).toBeNull();
  });
});

describe('compute functions', () => {
  it('computes the UPS mod 10 with letters converted and odd positions doubled', () => {
    // 4W7E210355182 04: values 4 5 7 6 2 1 0 3 5 5 1 8 2 0 4, odd positions doubled.
    expect(computeUpsMod10CheckDigit('4W7E21035518204')).toBe(1);
    expect(computeUpsMod10CheckDigit('000000001')).toBe(9);
    expect(computeUpsMod10CheckDigit('12A-4')).toBeNull();
  });

  it('computes the GS1 mod 10 with weight 3 on the digit next to the check digit', () => {
    expect(computeGs1Mod10CheckDigit('1')).toBe(7);
    expect(computeGs1Mod10CheckDigit('10')).toBe(9);
    expect(computeGs1Mod10CheckDigit('940559027138456027419')).toBe(1);
    expect(computeGs1Mod10CheckDigit('12a')).toBeNull();
    expect(computeGs1Mod10CheckDigit('')).toBeNull();
  });

  it('computes the mod 7 of the whole serial, even beyond the safe integer range', () => {
    expect(computeMod7CheckDigit('573820194')).toBe(573820194 % 7);
    expect(computeMod7CheckDigit('99999999999999999999')).toBe(Number(BigInt('99999999999999999999') % 7n));
  });

  it('computes the S10 mod 11 including its two special cases', () => {
    expect(computeS10CheckDigit('48203157')).toBe(2);
    // weighted sum mod 11 = 1 gives 0, = 0 gives 5, = 10 gives 1
    expect(computeS10CheckDigit('20481736')).toBe(0);
    expect(computeS10CheckDigit('20481739')).toBe(5);
    expect(computeS10CheckDigit('20481731')).toBe(1);
    expect(computeS10CheckDigit('2048173')).toBeNull();
    expect(computeS10CheckDigit('2048173X')).toBeNull();
  });

  it('computes the FedEx sum-product with weights 1 3 7 from the right, mod 11 then mod 10', () => {
    expect(computeFedexMod11CheckDigit('1')).toBe(1);
    expect(computeFedexMod11CheckDigit('10')).toBe(3);
    expect(computeFedexMod11CheckDigit('100')).toBe(7);
    // 10 mod 11 = 10, mod 10 = 0
    expect(computeFedexMod11CheckDigit('0000000031')).toBe(0);
    expect(computeFedexMod11CheckDigit('77493820516')).toBe(5);
  });
});

const FORMAT_CASES: ReadonlyArray<{ name: string; check: (trackingNumber: string) => boolean; valid: string; checkIndex?: number }> = [
  { name: 'UPS 1Z', check: hasValidUps1zCheckDigit, valid: '1Z4W7E210355182041' },
  { name: 'UPS waybill', check: hasValidUpsWaybillCheckDigit, valid: 'J7304182653' },
  { name: 'OnTrac C', check: hasValidOnTracCheckDigit, valid: 'C10472935184601' },
  { name: 'OnTrac D', check: hasValidOnTracCheckDigit, valid: 'D20938471650298' },
  { name: 'USPS IMpb 22', check: hasValidUspsImpbCheckDigit, valid: '9405590271384560274191' },
  { name: 'USPS IMpb 26', check: hasValidUspsImpbCheckDigit, valid: '93612504871273604958120474' },
  { name: 'USPS 20', check: hasValidUsps20CheckDigit, valid: '03714208365192750465' },
  { name: 'USPS Legacy 22', check: hasValidUspsLegacyCheckDigit, valid: '9123918273645503728195' },
  { name: 'FedEx 12', check: hasValidFedex12CheckDigit, valid: '774938205165' },
  { name: 'FedEx Ground 15', check: hasValidFedex15CheckDigit, valid: '042178390165428' },
  { name: 'FedEx Ground 96', check: hasValidFedex96CheckDigit, valid: '9611021730482519384675' },
  { name: 'FedEx 34', check: hasValidFedex34CheckDigit, valid: '1001954628000103030100774938205165' },
  { name: 'FedEx Ground GSN', check: hasValidFedex34CheckDigit, valid: '9622001836048271935000774938205165' },
  { name: 'FedEx ASTRA 32', check: hasValidFedexAstra32CheckDigit, valid: '32984211760245137749382051652031', checkIndex: 27 },
  { name: 'FedEx SSCC-18', check: hasValidFedexSsccCheckDigit, valid: '000931827401652734' },
  { name: 'FedEx SSCC-18 with AI 00', check: hasValidFedexSsccCheckDigit, valid: '00000931827401652734' },
  { name: 'FedEx SmartPost 22', check: hasValidFedexSmartPostCheckDigit, valid: '9261294730185264201734' },
  { name: 'FedEx SmartPost 20', check: hasValidFedexSmartPostCheckDigit, valid: '61294730185264201734' },
  { name: 'DHL Express 10', check: hasValidDhlExpressCheckDigit, valid: '5738201943' },
  { name: 'DHL Express 11', check: hasValidDhlExpressCheckDigit, valid: '40719258300' },
  { name: 'Canada Post 16', check: hasValidCanadaPostCheckDigit, valid: '7021648390152743' },
  { name: 'S10 (China Post)', check: hasValidS10CheckDigit, valid: 'LX482031572CN', checkIndex: 10 },
  { name: 'S10 (Royal Mail)', check: hasValidS10CheckDigit, valid: 'RR918273640GB', checkIndex: 10 },
];

describe('format check digits', () => {
  it.each(FORMAT_CASES)('accepts a valid $name number and refuses it with a wrong check digit', ({ check, valid, checkIndex }) => {
    expect(check(valid)).toBe(true);
    expect(check(alter(valid, checkIndex))).toBe(false);
  });

  it.each(FORMAT_CASES.filter(({ name }) => name !== 'UPS 1Z'))('refuses a $name number with a letter in the serial digit next to the check digit', ({ check, valid, checkIndex }) => {
    const index = (checkIndex ?? valid.length - 1) - 1;
    expect(check(`${valid.slice(0, index)}X${valid.slice(index + 1)}`)).toBe(false);
  });

  it.each(FORMAT_CASES.filter(({ name }) => !/IMpb|DHL Express/.test(name)))(
    'refuses a $name number one character short',
    ({ check, valid }) => {
      expect(check(valid.slice(0, -1))).toBe(false);
    },
  );

  it('catches a swap of two neighbouring serial digits in UPS, IMpb and S10 numbers', () => {
    const swap = (text: string, index: number) => `${text.slice(0, index)}${text.charAt(index + 1)}${text.charAt(index)}${text.slice(index + 2)}`;
    expect(hasValidUps1zCheckDigit(swap('1Z4W7E210355182041', 8))).toBe(false);
    expect(hasValidUspsImpbCheckDigit(swap('9405590271384560274191', 14))).toBe(false);
    expect(hasValidS10CheckDigit(swap('LX482031572CN', 3))).toBe(false);
  });

  it('counts the OnTrac letter, so C and D numbers with the same digits need different check digits', () => {
    expect(hasValidOnTracCheckDigit('C10472935184601')).toBe(true);
    expect(hasValidOnTracCheckDigit('D10472935184601')).toBe(false);
    expect(hasValidOnTracCheckDigit('X10472935184601')).toBe(false);
  });

  it('counts the implied 91 of a 20-digit Legacy number, which tells it apart from a USPS 20 number', () => {
    const legacy20 = '23918273645503728195';
    expect(hasValidUspsLegacyCheckDigit(legacy20)).toBe(true);
    expect(hasValidUsps20CheckDigit(legacy20)).toBe(false);
    expect(hasValidUspsLegacyCheckDigit('9323918273645503728195')).toBe(false);
  });

  it('counts the implied 92 of a 20-digit SmartPost number', () => {
    expect(hasValidFedexSmartPostCheckDigit('61294730185264201734')).toBe(true);
    expect(hasValidUspsImpbCheckDigit('61294730185264201734')).toBe(false);
  });

  it('keeps the embedded FedEx 12-digit number of a 34-digit number valid', () => {
    expect(hasValidFedex12CheckDigit('1001954628000103030100774938205165'.slice(-12))).toBe(true);
    expect(hasValidFedex12CheckDigit('32984211760245137749382051652031'.slice(16, 28))).toBe(true);
  });

  it('accepts a FedEx SSCC with a 20-digit form only behind application identifier 00', () => {
    expect(hasValidFedexSsccCheckDigit('01000931827401652734')).toBe(false);
  });
});
