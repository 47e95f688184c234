import { describe, expect, it } from 'vitest';
import { sanitizeTrackingNumber } from '../../src/detection/sanitize-tracking-number.js';

function normalized(input: string): string | null {
  const result = sanitizeTrackingNumber(input);
  return result.ok ? result.normalized : null;
}

function reason(input: string): string | null {
  const result = sanitizeTrackingNumber(input);
  return result.ok ? null : result.rejected.reason;
}

describe('sanitizeTrackingNumber', () => {
  it('trims, removes spaces and dashes and upper-cases', () => {
    expect(normalized('  1z4w 7e21-0355 1820 41\n')).toBe('1Z4W7E210355182041');
    expect(normalized('lx-482-031-572-cn')).toBe('LX482031572CN');
  });

  it('removes zero-width, bidi and no-break characters pasted with the number', () => {
    expect(normalized('\u200b9405\u200c5902\u200d7138\u2060456027\ufeff4191\u200e')).toBe('9405590271384560274191');
    expect(normalized('RR\u00a0918\u202f273\u2009640\u00adGB')).toBe('RR918273640GB');
  });

  it('folds full-width characters and typographic dashes', () => {
    expect(normalized('ＴＢＡ３１８２７４９０５１６０')).toBe('TBA318274905160');
    expect(normalized('7749\u20133820\u20145165')).toBe('774938205165');
  });

  it('drops a leading label, a lone hash and wrapping quotes or brackets', () => {
    expect(normalized('Tracking number: 1Z4W7E210355182041')).toBe('1Z4W7E210355182041');
    expect(normalized('tracking #1Z4W7E210355182041')).toBe('1Z4W7E210355182041');
    expect(normalized('AWB: 5738201943')).toBe('5738201943');
    expect(normalized('#774938205165')).toBe('774938205165');
    expect(normalized('"(LX482031572CN)",')).toBe('LX482031572CN');
  });

  it('keeps text before a colon that is not a known label, and then refuses the colon', () => {
    expect(reason('Order 5521: 1Z4W7E210355182041')).toBe('invalid_characters');
  });

  it.each([
    ['https://www.ups.com/track?loc=en_US&tracknum=1Z4W7E210355182041&requester=ST/trackdetails', '1Z4W7E210355182041'],
    ['https://tools.usps.com/go/TrackConfirmAction?tLabels=9405590271384560274191%2C9405590271384560274192', '9405590271384560274191'],
    ['https://www.fedex.com/fedextrack/?trknbr=774938205165&trkqual=2460', '774938205165'],
    ['https://www.dhl.com/us-en/home/tracking/tracking-express.html?submit=1&tracking-id=5738201943', '5738201943'],
    ['www.canadapost-postescanada.ca/track-reperage/en#/details/7021648390152743', '7021648390152743'],
    ['https://www.royalmail.com/track-your-item#/tracking-results/RR918273640GB', 'RR918273640GB'],
    ['https://track.amazon.com/tracking/TBA318274905160', 'TBA318274905160'],
    ['ontrac.com/tracking/?number=C10472935184601', 'C10472935184601'],
    ['https://parcelsapp.com/en/tracking/LX482031572CN?utm_source=mail', 'LX482031572CN'],
    ['HTTPS://EXAMPLE.COM/T/1LS7127013408152-1', '1LS71270134081521'],
  ])('takes the number out of the pasted URL %s', (url, expected) => {
    expect(normalized(url)).toBe(expected);
  });

  it('refuses a URL that carries no tracking number', () => {
    const result = sanitizeTrackingNumber('https://www.ups.com/track?loc=en_US');
    expect(result).toEqual({ ok: false, rejected: { reason: 'invalid_characters', message: 'input is a URL that carries no tracking number' } });
  });

  it('rejects empty and whitespace-only input with reason empty', () => {
    expect(reason('')).toBe('empty');
    expect(reason(' \t\n\u200b')).toBe('empty');
    expect(reason(' - . - ')).toBe('empty');
  });

  it('rejects input longer than the longest format, and huge input before looking at it', () => {
    expect(reason('9'.repeat(51))).toBe('too_long');
    expect(reason('9'.repeat(50))).toBeNull();
    const huge = sanitizeTrackingNumber(`1Z${'1Z'.repeat(50_000)}`);
    expect(huge).toMatchObject({ ok: false, rejected: { reason: 'too_long' } });
    if (!huge.ok) expect(huge.rejected.message).toContain('100002');
  });

  it('rejects letters outside A-Z and punctuation, naming the character and its position', () => {
    const result = sanitizeTrackingNumber('1Z4W/7E21');
    expect(result).toEqual({
      ok: false,
      rejected: { reason: 'invalid_characters', message: 'character U+002F at position 5 is not a letter or digit' },
    });
    expect(reason('ÄB1234567')).toBe('invalid_characters');
    expect(reason('📦 1Z4W7E210355182041')).toBe('invalid_characters');
  });

  it('never throws, even for values that are not strings', () => {
    for (const value of [null, undefined, 42, {}, ['1Z'], 'https://[broken', '%E0%A4%A']) {
      expect(() => sanitizeTrackingNumber(value as string)).not.toThrow();
    }
    expect(reason(42 as unknown as string)).toBe('invalid_characters');
  });
});
