import { describe, expect, it } from 'vitest';
import { ConfigurationError } from '../../src/errors/configuration-error.js';
import { UPU_MEMBER_COUNTRY_CODES, UPU_POSTS, findIssuingPost } from '../../src/adapter-kit/data/upu-posts.js';
import {
  INVALID_CHECK_DIGIT_CONFIDENCE,
  TRACKING_NUMBER_FORMATS,
  compactNumberField,
  compactNumberFields,
  compactTrackingNumber,
  describeS10Service,
  findTrackingNumberFormat,
  matchTrackingNumberFormats,
  readTrackingNumber,
  type TrackingNumberFormat,
} from '../../src/adapter-kit/tracking-number-formats.js';

const CARRIER_IDS = ['ups', 'fedex', 'usps', 'dhl', 'canada-post', 'royal-mail', 'china-post', 'amazon', 'ontrac', 'lasership'];
const KEBAB_CASE = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;

/** Where the check digit sits when it is not the last character. */
const CHECK_INDEX: Readonly<Record<string, number>> = { 'fedex-astra-32': 27, 'upu-s10': 10 };

function withAlteredCheckDigit(format: TrackingNumberFormat, example: string): string {
  const compact = compactTrackingNumber(example);
  const index = CHECK_INDEX[format.id] ?? compact.length - 1;
  const digit = Number(compact.charAt(index));
  return `${compact.slice(0, index)}${(digit + 1) % 10}${compact.slice(index + 1)}`;
}

function format(id: string): TrackingNumberFormat {
  const found = findTrackingNumberFormat(id);
  if (found === undefined) throw new Error(`no format ${id}`);
  return found;
}

/**
 * Problems that make a regular expression backtracking-prone: unbounded quantifiers, a quantified group that
 * contains a quantifier, lookarounds and back-references.
 */
function backtrackingRisks(source: string): string[] {
  const risks: string[] = [];
  const groupHasQuantifier: boolean[] = [];
  let previousGroupHadQuantifier = false;
  let index = 0;
  const markQuantifier = () => {
    if (previousGroupHadQuantifier) risks.push(`quantified group with a quantifier inside, at ${index}`);
    if (groupHasQuantifier.length > 0) groupHasQuantifier[groupHasQuantifier.length - 1] = true;
  };
  while (index < source.length) {
    const character = source.charAt(index);
    if (character === '\\') {
      if (/[1-9k]/.test(source.charAt(index + 1))) risks.push(`back-reference at ${index}`);
      index += 2;
      previousGroupHadQuantifier = false;
    } else if (character === '[') {
      index += 1;
      while (index < source.length && source.charAt(index) !== ']') index += source.charAt(index) === '\\' ? 2 : 1;
      index += 1;
      previousGroupHadQuantifier = false;
    } else if (character === '(') {
      if (/^\(\?(?:=|!|<=|<!)/.test(source.slice(index, index + 4))) risks.push(`lookaround at ${index}`);
      groupHasQuantifier.push(false);
      index += source.startsWith('(?:', index) ? 3 : 1;
      previousGroupHadQuantifier = false;
    } else if (character === ')') {
      const had = groupHasQuantifier.pop() ?? false;
      if (had && groupHasQuantifier.length > 0) groupHasQuantifier[groupHasQuantifier.length - 1] = true;
      previousGroupHadQuantifier = had;
      index += 1;
    } else if (character === '*' || character === '+') {
      risks.push(`unbounded quantifier at ${index}`);
      markQuantifier();
      index += 1;
    } else if (character === '?') {
      markQuantifier();
      previousGroupHadQuantifier = false;
      index += 1;
    } else if (character === '{') {
      markQuantifier();
      previousGroupHadQuantifier = false;
      index = source.indexOf('}', index) + 1;
    } else {
      previousGroupHadQuantifier = false;
      index += 1;
    }
  }
  return risks;
}

describe('TRACKING_NUMBER_FORMATS registry', () => {
  it('has unique kebab-case ids and known carrier ids (null only for S10)', () => {
    const ids = TRACKING_NUMBER_FORMATS.map((entry) => entry.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const entry of TRACKING_NUMBER_FORMATS) {
      expect(entry.id).toMatch(KEBAB_CASE);
      if (entry.id === 'upu-s10') expect(entry.carrier).toBeNull();
      else expect(CARRIER_IDS).toContain(entry.carrier);
      expect(entry.description.length).toBeGreaterThan(10);
      expect(entry.confidence).toBeGreaterThan(0);
      expect(entry.confidence).toBeLessThanOrEqual(1);
    }
  });

  it('keeps the format ids the UPS adapter and the issue name', () => {
    for (const id of ['ups-1z', 'ups-mail-innovations', 'fedex-12', 'usps-impb', 'upu-s10']) {
      expect(findTrackingNumberFormat(id)?.id).toBe(id);
    }
  });

  it('covers every carrier of the issue with at least one format', () => {
    const carriers = new Set(TRACKING_NUMBER_FORMATS.map((entry) => entry.carrier));
    for (const carrier of CARRIER_IDS.filter((id) => !['royal-mail', 'china-post', 'canada-post'].includes(id))) {
      expect(carriers).toContain(carrier);
    }
    expect(carriers).toContain('canada-post');
    expect(carriers).toContain('royal-mail');
  });

  it.each(TRACKING_NUMBER_FORMATS.map((entry) => [entry.id, entry] as const))(
    'reads every %s example as its own format, with a passing check digit when it has one',
    (_id, entry) => {
      expect(entry.examples.length).toBeGreaterThan(0);
      for (const example of entry.examples) {
        const compact = compactTrackingNumber(example);
        expect(entry.lengths).toContain(compact.length);
        expect(entry.pattern.test(compact)).toBe(true);
        const reading = entry.read(compact);
        expect(reading?.format).toBe(entry.id);
        expect(reading?.checkDigit).toBe(entry.checkDigit === null ? 'none' : 'valid');
      }
    },
  );

  it.each(TRACKING_NUMBER_FORMATS.filter((entry) => entry.checkDigit !== null).map((entry) => [entry.id, entry] as const))(
    'does not report a %s example with a wrong check digit as valid',
    (_id, entry) => {
      for (const example of entry.examples) {
        const altered = withAlteredCheckDigit(entry, example);
        const reading = entry.read(altered);
        if (entry.reportsInvalidCheckDigit) {
          expect(reading).toMatchObject({ format: entry.id, checkDigit: 'invalid', confidence: INVALID_CHECK_DIGIT_CONFIDENCE });
        } else {
          expect(reading).toBeNull();
        }
      }
    },
  );

  it('anchors every pattern and uses no backtracking-prone construct', () => {
    for (const entry of TRACKING_NUMBER_FORMATS) {
      expect(entry.pattern.source.startsWith('^'), entry.id).toBe(true);
      expect(entry.pattern.source.endsWith('$'), entry.id).toBe(true);
      expect(entry.pattern.flags, entry.id).toBe('');
      expect(backtrackingRisks(entry.pattern.source), entry.id).toEqual([]);
    }
  });

  it('flags the constructs the pattern rule forbids (the checker itself can fail)', () => {
    expect(backtrackingRisks('^(?:\\d{5})?$')).toHaveLength(1);
    expect(backtrackingRisks('^(a+)+$').length).toBeGreaterThan(0);
    expect(backtrackingRisks('^(?=\\d)\\d{3}$')).toHaveLength(1);
    expect(backtrackingRisks('^(\\d)\\1$')).toHaveLength(1);
    expect(backtrackingRisks('^(?:ab|cd)[0-9]{2,3}$')).toEqual([]);
  });

  it('runs every pattern over 100,000-character adversarial strings and finishes', () => {
    const size = 100_000;
    const adversarial = [
      '9'.repeat(size),
      '1Z'.repeat(size / 2),
      `420${'9'.repeat(size - 4)}X`,
      `${'92'.repeat(size / 2 - 1)}9A`,
      'LX1'.repeat(Math.floor(size / 3)),
      `GM${'A'.repeat(size - 2)}`,
      `${'AB1234567'.repeat(size / 10)}XXXXXXXXXX`,
      `1LS7${'1'.repeat(size - 4)}`,
    ];
    const started = performance.now();
    for (const text of adversarial) {
      for (const entry of TRACKING_NUMBER_FORMATS) expect(entry.pattern.test(text), entry.id).toBe(false);
      expect(readTrackingNumber(text)).toEqual([]);
    }
    // A generous bound: linear patterns need a few milliseconds here, backtracking ones would need minutes.
    expect(performance.now() - started).toBeLessThan(5_000);
  });
});

describe('readTrackingNumber details', () => {
  it('decodes the UPS service code and names USPS as the SurePost last mile', () => {
    const ground = format('ups-1z').read('1Z4W7E210355182041');
    expect(ground?.service).toEqual({ code: '03', name: 'Ground' });
    expect(ground?.lastMileCarrier).toBeUndefined();
    const surePost = readTrackingNumber(compactTrackingNumber('1Z 7R3 58X YW 1234 567 0')).find((reading) => reading.format === 'ups-1z');
    expect(surePost?.service?.code).toBe('YW');
    expect(surePost?.lastMileCarrier).toBe('usps');
  });

  it('strips a 420 + ZIP5 routing prefix from a USPS number and keeps the ZIP', () => {
    expect(format('usps-impb').read('420303039405590271384560274191')).toMatchObject({
      normalized: '9405590271384560274191',
      destinationPostalCode: '30303',
      checkDigit: 'valid',
    });
  });

  it('strips a 420 + ZIP+4 routing prefix in front of a 22-digit code', () => {
    expect(format('usps-impb').read('4203030312349405590271384560274191')).toMatchObject({
      normalized: '9405590271384560274191',
      destinationPostalCode: '303031234',
      checkDigit: 'valid',
    });
  });

  it('refuses IMpb structures the layout forbids: 92 with a 6-digit mailer id, 93 with a 9-digit one, 30 digits not 94', () => {
    const impb = format('usps-impb');
    expect(impb.read('9205580271384560274191')).toBeNull();
    expect(impb.read('9305990271384560274191')).toBeNull();
    expect(impb.read('950019123456781029384756102937')).toBeNull();
  });

  it('reads a 20-digit SmartPost number without its 92 and a 420-routed one', () => {
    expect(format('fedex-smartpost').read('61294730185264201734')).toMatchObject({ checkDigit: 'valid', lastMileCarrier: 'usps' });
    expect(format('fedex-smartpost').read('420303039261294730185264201734')).toMatchObject({
      normalized: '9261294730185264201734',
      destinationPostalCode: '30303',
    });
  });

  it('keeps the whole 420 number for DHL eCommerce, which tracks it in that form', () => {
    expect(format('dhl-ecommerce-420').read('420941079361250487127360495811')).toMatchObject({
      normalized: '420941079361250487127360495811',
      destinationPostalCode: '94107',
      lastMileCarrier: 'usps',
    });
  });

  it('puts the -1 suffix back on an 18-character LaserShip number', () => {
    expect(format('lasership-1ls-18').read(compactTrackingNumber('1LS7127013408152-1'))?.normalized).toBe('1LS7127013408152-1');
  });

  it('refuses a DHL eCommerce number without a digit after the prefix', () => {
    expect(format('dhl-ecommerce').read('GMABCDEFGHIJKL')).toBeNull();
  });
});

describe('S10 numbers and issuing posts', () => {
  it.each([
    ['LX482031572CN', 'china-post', 'CN'],
    ['EA730194825CN', 'china-post', 'CN'],
    ['RR918273640GB', 'royal-mail', 'GB'],
    ['CP504817266CA', 'canada-post', 'CA'],
    ['EC391028477US', 'usps', 'US'],
    ['LY284619309DE', 'deutsche-post', 'DE'],
  ])('maps %s to the issuing post %s', (trackingNumber, post, country) => {
    expect(format('upu-s10').read(trackingNumber)).toMatchObject({
      carrier: post,
      issuingPost: post,
      originCountry: country,
      checkDigit: 'valid',
    });
  });

  it('names DHL as a second tracker of Deutsche Post items', () => {
    expect(format('upu-s10').read('LY284619309DE')?.alsoTrackedBy).toEqual(['dhl']);
  });

  it('gives every UPU member country a kebab-case post id, and knows at least 190 of them', () => {
    expect(UPU_MEMBER_COUNTRY_CODES.length).toBeGreaterThanOrEqual(190);
    for (const code of Object.keys(UPU_POSTS)) {
      expect(code).toMatch(/^[A-Z]{2}$/);
      expect(findIssuingPost(code)?.id).toMatch(KEBAB_CASE);
    }
  });

  it('accepts Macao and Taiwan suffixes on purpose and refuses a suffix no post uses', () => {
    expect(findIssuingPost('MO')?.id).toBe('macau-post');
    expect(findIssuingPost('TW')?.id).toBe('chunghwa-post');
    expect(findIssuingPost('XX')).toBeNull();
    expect(findIssuingPost('toString')).toBeNull();
    expect(format('upu-s10').read('RR918273640XX')).toBeNull();
  });

  it('decodes the service indicator and lowers confidence for reserved and unassigned ranges', () => {
    expect(describeS10Service('EA')).toEqual({ name: 'EMS', serviceClass: 'international' });
    expect(describeS10Service('RR').name).toBe('letter post, registered');
    expect(describeS10Service('CP').name).toBe('parcel post');
    expect(describeS10Service('QA').serviceClass).toBe('international');
    expect(describeS10Service('QN').serviceClass).toBe('unassigned');
    expect(describeS10Service('AV').serviceClass).toBe('domestic');
    expect(describeS10Service('AA').serviceClass).toBe('unassigned');
    expect(describeS10Service('JA').serviceClass).toBe('reserved');
    const registered = format('upu-s10').read('RR918273640GB');
    const reserved = format('upu-s10').read('JR918273640GB');
    expect(registered?.service).toEqual({ code: 'RR', name: 'letter post, registered' });
    expect(reserved?.confidence).toBeLessThan(registered?.confidence ?? 0);
  });
});

describe('matchTrackingNumberFormats', () => {
  const UPS_FORMATS = ['ups-1z', 'ups-mail-innovations'];

  it('matches a lower-case, spaced UPS number and normalizes it', () => {
    expect(matchTrackingNumberFormats(' 1z4w 7e21-0355 1820 41 ', UPS_FORMATS)).toEqual({
      format: 'ups-1z',
      normalized: '1Z4W7E210355182041',
      checkDigit: 'valid',
    });
  });

  it('reports a UPS 1Z number with a wrong check digit as invalid rather than not matching', () => {
    expect(matchTrackingNumberFormats('1Z4W7E210355182042', UPS_FORMATS)).toEqual({
      format: 'ups-1z',
      normalized: '1Z4W7E210355182042',
      checkDigit: 'invalid',
    });
  });

  it('matches a Mail Innovations IMpb number for UPS and returns null for other carriers\u2019 numbers', () => {
    expect(matchTrackingNumberFormats('92748927361045204817365924', UPS_FORMATS)?.format).toBe('ups-mail-innovations');
    expect(matchTrackingNumberFormats('774938205165', UPS_FORMATS)).toBeNull();
    expect(matchTrackingNumberFormats('', UPS_FORMATS)).toBeNull();
  });

  it('returns the best match: a passing check digit, then the higher confidence', () => {
    expect(matchTrackingNumberFormats('92748927361045204817365924', ['ups-mail-innovations', 'usps-impb'])?.format).toBe('usps-impb');
    expect(matchTrackingNumberFormats('9405590271384560274191', ['usps-impb', 'fedex-12'])?.format).toBe('usps-impb');
  });

  it('strips the USPS routing prefix in the normalized number it returns', () => {
    expect(matchTrackingNumberFormats('420 30303 9405 5902 7138 4560 2741 91', ['usps-impb'])?.normalized).toBe('9405590271384560274191');
  });

  it('throws a ConfigurationError for an unknown format id', () => {
    let thrown: unknown;
    try {
      matchTrackingNumberFormats('1Z4W7E210355182041', ['ups-1z', 'ups-typo']);
    } catch (error) {
      thrown = error;
    }
    expect(ConfigurationError.isInstance(thrown)).toBe(true);
    expect((thrown as Error).message).toContain('ups-typo');
  });

  it('returns null for a 100,000-character input without compacting it', () => {
    expect(matchTrackingNumberFormats(`1Z${'9'.repeat(100_000)}`, UPS_FORMATS)).toBeNull();
  });
});

describe('compactTrackingNumber', () => {
  it('removes whitespace, zero-width characters, dots and dashes, folds full-width characters, upper-cases', () => {
    expect(compactTrackingNumber('\u00a0ｌｘ 4820\u200b3157–2.cn\ufeff')).toBe('LX482031572CN');
    expect(compactTrackingNumber('1z\u2011\u00ad4w')).toBe('1Z4W');
  });
});

describe('compactNumberField', () => {
  it('removes white space and upper-cases, reads numbers as their digits, and gives undefined for nothing', () => {
    expect(compactNumberField(' 1z999aa1 0123456784\n')).toBe('1Z999AA10123456784');
    expect(compactNumberField(794_600_000_000)).toBe('794600000000');
    expect(compactNumberField('LZ-506.837')).toBe('LZ-506.837');
    expect(compactNumberField('   ')).toBeUndefined();
    expect(compactNumberField(null)).toBeUndefined();
    expect(compactNumberField(undefined)).toBeUndefined();
  });

  it('reads a list of asked numbers the same way, blank ones left out, order kept', () => {
    expect(compactNumberFields([' 1z999aa1 0123456784', '', '  ', 'ez123456789us', 794_600_000_000])).toEqual(['1Z999AA10123456784', 'EZ123456789US', '794600000000']);
    expect(compactNumberFields(undefined)).toEqual([]);
  });
});
