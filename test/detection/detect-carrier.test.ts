import { describe, expect, it } from 'vitest';
import { UPU_MEMBER_COUNTRY_CODES, UPU_POSTS } from '../../src/adapter-kit/data/upu-posts.js';
import { computeS10CheckDigit } from '../../src/adapter-kit/check-digits.js';
import { TRACKING_NUMBER_FORMATS } from '../../src/adapter-kit/tracking-number-formats.js';
import { detectCarrier, type DetectionResult } from '../../src/detection/detect-carrier.js';

function computeS10CheckDigitFor(serial: string): string {
  return String(computeS10CheckDigit(serial));
}

function formats(result: DetectionResult): string[] {
  return result.candidates.map((candidate) => `${candidate.carrier}:${candidate.format}`);
}

describe('detectCarrier on one number per format', () => {
  it.each(
    TRACKING_NUMBER_FORMATS.flatMap((format) => format.examples.map((example) => [format.id, example, format.checkDigit === null] as const)),
  )('finds %s for %s', (formatId, example, patternOnly) => {
    const result = detectCarrier(example);
    const candidate = result.candidates.find((entry) => entry.format === formatId);
    expect(candidate?.checkDigit).toBe(patternOnly ? 'none' : 'valid');
    expect(result.rejected).toBeUndefined();
  });

  it.each([
    ['ups', 'ups-1z', '1Z4W7E210355182041'],
    ['fedex', 'fedex-12', '774938205165'],
    ['fedex', 'fedex-15', '042178390165428'],
    ['fedex', 'fedex-ground-96', '9611021730482519384675'],
    ['fedex', 'fedex-door-tag', 'DT102938475612'],
    ['usps', 'usps-impb', '9405590271384560274191'],
    ['usps', 'usps-legacy', '9123918273645503728195'],
    ['canada-post', 'canada-post-16', '7021648390152743'],
    ['dhl', 'dhl-express', '5738201943'],
    ['dhl', 'dhl-ecommerce', 'GM6053179284016273'],
    ['amazon', 'amazon-tba', 'TBA318274905160'],
    ['ontrac', 'ontrac', 'C10472935184601'],
    ['lasership', 'lasership-l', 'LE24731850'],
    ['lasership', 'lasership-1lscx', '1LSCXQK4T70193B'],
    ['china-post', 'upu-s10', 'EA730194825CN'],
    ['royal-mail', 'upu-s10', 'RR918273640GB'],
  ])('ranks %s (%s) first for %s', (carrier, format, trackingNumber) => {
    expect(detectCarrier(trackingNumber).candidates[0]).toMatchObject({ carrier, format });
  });

  it('reports a distinctive number with a wrong check digit as invalid with low confidence', () => {
    const result = detectCarrier('1Z4W7E210355182042');
    expect(result.candidates).toEqual([
      { carrier: 'ups', format: 'ups-1z', normalized: '1Z4W7E210355182042', checkDigit: 'invalid', confidence: 0.1, service: { code: '03', name: 'Ground' } },
    ]);
  });

  it('does not report a plain-digit number whose check digit fails (12 digits that are not FedEx)', () => {
    const result = detectCarrier('774938205166');
    expect(result.candidates).toEqual([]);
    expect(result.rejected?.reason).toBe('no_match');
    expect(result.normalized).toBe('774938205166');
  });

  it('returns the number in each candidate as that carrier wants it', () => {
    const result = detectCarrier('420 30303 9405 5902 7138 4560 2741 91');
    expect(result.normalized).toBe('420303039405590271384560274191');
    expect(result.candidates[0]).toMatchObject({
      carrier: 'usps',
      format: 'usps-impb',
      normalized: '9405590271384560274191',
      destinationPostalCode: '30303',
    });
    expect(result.candidates.find((candidate) => candidate.carrier === 'dhl')?.normalized).toBe('420303039405590271384560274191');
  });
});

describe('detectCarrier on S10 numbers', () => {
  it.each([
    ['CN', 'china-post'],
    ['GB', 'royal-mail'],
    ['CA', 'canada-post'],
    ['US', 'usps'],
    ['DE', 'deutsche-post'],
    ['JP', 'japan-post'],
    ['CV', 'correios-de-cabo-verde'],
  ])('maps the suffix %s to the issuing post %s with the origin country', (country, post) => {
    const trackingNumber = `RR91827364${computeS10CheckDigitFor('91827364')}${country}`;
    expect(detectCarrier(trackingNumber).candidates[0]).toMatchObject({
      carrier: post,
      format: 'upu-s10',
      checkDigit: 'valid',
      originCountry: country,
      issuingPost: post,
      service: { code: 'RR', name: 'letter post, registered' },
    });
  });

  it('maps every UPU member country suffix to a post id', () => {
    for (const country of UPU_MEMBER_COUNTRY_CODES) {
      const candidate = detectCarrier(`CP50481726${computeS10CheckDigitFor('50481726')}${country}`).candidates.find(
        (entry) => entry.format === 'upu-s10',
      );
      expect(candidate?.issuingPost, country).toBe(UPU_POSTS[country]?.id);
      expect(candidate?.originCountry).toBe(country);
    }
  });

  it('names EMS and letter-post services of China Post numbers', () => {
    expect(detectCarrier('EA730194825CN').candidates[0]?.service).toEqual({ code: 'EA', name: 'EMS' });
    expect(detectCarrier('LX482031572CN').candidates[0]?.service).toEqual({ code: 'LX', name: 'letter post, express (tracked)' });
  });

  it('adds DHL after Deutsche Post for a DE number, both with the issuing post named', () => {
    const result = detectCarrier('LY284619309DE');
    expect(formats(result)).toEqual(['deutsche-post:upu-s10', 'dhl:upu-s10']);
    expect(result.candidates[1]).toMatchObject({ issuingPost: 'deutsche-post', originCountry: 'DE' });
    expect(result.candidates[1]?.confidence).toBeLessThan(result.candidates[0]?.confidence ?? 0);
  });

  it('finds no S10 candidate for a suffix no post uses', () => {
    expect(detectCarrier('RR918273640XX').rejected?.reason).toBe('no_match');
  });
});

describe('detectCarrier ambiguity and ranking', () => {
  it('reports every carrier an IMpb 92 number may belong to, USPS first', () => {
    const result = detectCarrier('9261294730185264201734');
    expect(formats(result)).toEqual(['usps:usps-impb', 'fedex:fedex-smartpost', 'ups:ups-mail-innovations']);
    expect(result.candidates.every((candidate) => candidate.checkDigit === 'valid')).toBe(true);
    expect(result.candidates[1]?.lastMileCarrier).toBe('usps');
  });

  it('ranks a passing check digit before pattern-only matches (S10 before DHL eCommerce)', () => {
    const result = detectCarrier('LX482031572CN');
    expect(formats(result)).toEqual(['china-post:upu-s10', 'dhl:dhl-ecommerce']);
    expect(result.candidates.map((candidate) => candidate.checkDigit)).toEqual(['valid', 'none']);
  });

  it('puts preferred carriers first among candidates with the same check-digit outcome', () => {
    const result = detectCarrier('9261294730185264201734', { preferCarriers: ['ups', 'fedex'] });
    expect(formats(result)).toEqual(['fedex:fedex-smartpost', 'ups:ups-mail-innovations', 'usps:usps-impb']);
    expect(result.candidates.map((candidate) => candidate.confidence)).toEqual([0.6, 0.3, 0.92]);
  });

  it('never lets a preference lift a pattern-only or failing candidate above a passing one', () => {
    const result = detectCarrier('LX482031572CN', { preferCarriers: ['dhl'] });
    expect(formats(result)).toEqual(['china-post:upu-s10', 'dhl:dhl-ecommerce']);
  });

  it('ranks a 420-routed 34-digit USPS number above the FedEx 34-digit reading that also passes', () => {
    // 420 + ZIP+4 + a 22-digit IMpb code whose digits also pass the FedEx 34-digit check.
    const result = detectCarrier('4202121212349405590271384560274191');
    const usps = result.candidates.findIndex((candidate) => candidate.format === 'usps-impb');
    const fedex = result.candidates.findIndex((candidate) => candidate.format === 'fedex-34');
    expect(usps).toBe(0);
    expect(fedex).toBeGreaterThan(usps);
    expect(result.candidates[fedex]?.checkDigit).toBe('valid');
  });

  it('keeps confidences within 0..1 and orders them within each check-digit outcome', () => {
    for (const format of TRACKING_NUMBER_FORMATS) {
      for (const example of format.examples) {
        const { candidates } = detectCarrier(example);
        for (const candidate of candidates) {
          expect(candidate.confidence).toBeGreaterThanOrEqual(0);
          expect(candidate.confidence).toBeLessThanOrEqual(1);
        }
        for (let index = 1; index < candidates.length; index += 1) {
          const previous = candidates[index - 1];
          const current = candidates[index];
          if (previous?.checkDigit === current?.checkDigit) expect(previous?.confidence).toBeGreaterThanOrEqual(current?.confidence ?? 0);
        }
      }
    }
  });
});

describe('detectCarrier input hygiene', () => {
  it('accepts a pasted carrier URL, zero-width characters, dashes and lower case', () => {
    expect(detectCarrier('https://www.ups.com/track?loc=en_US&tracknum=1z4w7e210355182041').candidates[0]?.format).toBe('ups-1z');
    expect(detectCarrier('\u200b9405\u200b5902\u200b7138\u200b4560\u200b2741\u200b91').candidates[0]?.format).toBe('usps-impb');
    expect(detectCarrier('774-938-205-165').candidates[0]?.format).toBe('fedex-12');
    expect(detectCarrier('tba318274905160').candidates[0]?.format).toBe('amazon-tba');
  });

  it('echoes the input and sets normalized only when hygiene passed', () => {
    const result = detectCarrier('  lx 482 031 572 cn ');
    expect(result.input).toBe('  lx 482 031 572 cn ');
    expect(result.normalized).toBe('LX482031572CN');
  });

  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['9'.repeat(60), 'too_long'],
    ['1Z4W7E21/0355182041', 'invalid_characters'],
    ['ZZZZ', 'no_match'],
  ])('rejects %j with reason %s and no candidates, without throwing', (input, expected) => {
    const result = detectCarrier(input);
    expect(result.candidates).toEqual([]);
    expect(result.rejected?.reason).toBe(expected);
    expect(result.rejected?.message.length).toBeGreaterThan(0);
    expect(result.normalized === null).toBe(expected !== 'no_match');
  });

  it('refuses 100,000-character near-matches quickly as too_long', () => {
    const started = performance.now();
    for (const text of ['1Z'.repeat(50_000), '9'.repeat(100_000), `https://ups.com/track?tracknum=${'1Z'.repeat(50_000)}`, ` ${'\u200b'.repeat(100_000)}1Z`]) {
      const result = detectCarrier(text);
      expect(result.rejected?.reason).toBe('too_long');
      expect(result.candidates).toEqual([]);
    }
    expect(performance.now() - started).toBeLessThan(2_000);
  });

  it('handles inputs just under the raw length cap in bounded time', () => {
    const started = performance.now();
    const underCap = `${' '.repeat(2_000)}1Z4W7E210355182041`;
    expect(detectCarrier(underCap).candidates[0]?.format).toBe('ups-1z');
    expect(detectCarrier(`${'9-'.repeat(1_000)}`).rejected?.reason).toBe('too_long');
    expect(performance.now() - started).toBeLessThan(2_000);
  });

  it('returns the same answer for the same input (pure)', () => {
    expect(detectCarrier('9261294730185264201734')).toEqual(detectCarrier('9261294730185264201734'));
  });
});
