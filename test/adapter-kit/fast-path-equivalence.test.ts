import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classifyText, normalizeForMatching, textRulesOf, TEXT_LANGUAGES, type TextLanguage } from '../../src/adapter-kit/classify-text.js';
import { createEventId, type EventIdentity } from '../../src/adapter-kit/create-event-id.js';
import { parseOffset, toInstant, type ToInstantInput } from '../../src/adapter-kit/to-instant.js';
import { foldDhlText } from '../../carriers/dhl/dhl-map-event.js';

/**
 * The hot helpers have fast paths for the common inputs (fixed date layouts, ASCII and CJK text, one pass over
 * a text for all phrases). These tests hold each fast path to the slower, general definition it replaces.
 */

const pad2 = (value: number) => String(value).padStart(2, '0');

/** Dates, times and offsets in the layouts the fast paths read, valid or not. */
const year = fc.constantFrom(999, 1000, 1900, 1970, 2000, 2023, 2024, 2100, 9999);
const month = fc.integer({ min: 0, max: 13 });
const day = fc.integer({ min: 0, max: 32 });
const hour = fc.integer({ min: 0, max: 25 });
const minute = fc.integer({ min: 0, max: 61 });
const dateText = fc
  .tuple(year, month, day, fc.constantFrom('-', '/', ''))
  .map(([y, m, d, separator]) => `${y}${separator}${pad2(m)}${separator}${pad2(d)}`);
const timeText = fc
  .tuple(hour, minute, minute, fc.constantFrom('colon', 'colon-short', 'compact', 'compact-short'))
  .map(([h, m, s, layout]) =>
    layout === 'colon' ? `${pad2(h)}:${pad2(m)}:${pad2(s)}` : layout === 'colon-short' ? `${pad2(h)}:${pad2(m)}` : layout === 'compact' ? `${pad2(h)}${pad2(m)}${pad2(s)}` : `${pad2(h)}${pad2(m)}`,
  );
const offsetText = fc.oneof(
  fc.constant('Z'),
  fc.tuple(fc.constantFrom('+', '-'), fc.integer({ min: 0, max: 25 }), fc.constantFrom(0, 30, 45, 59, 60)).map(([sign, h, m]) => `${sign}${pad2(h)}:${pad2(m)}`),
);
const zone = fc.constantFrom('America/New_York', 'Asia/Shanghai', 'Europe/London', 'Australia/Lord_Howe', 'America/St_Johns', 'UTC', 'Nowhere/Else');

/** Surrounding white space sends a text through the general path, which trims it first. */
const spaced = (text: string) => ` ${text} `;

describe('toInstant fast paths', () => {
  it('read a date and time at an offset as the general path does', () => {
    fc.assert(
      fc.property(dateText, fc.option(timeText, { nil: undefined }), offsetText, (date, time, offset) => {
        const fast = toInstant({ date, time, offset });
        expect(fast).toEqual(toInstant({ date: spaced(date), time: time === undefined ? undefined : spaced(time), offset: spaced(offset) }));
        expect(parseOffset(offset)).toBe(parseOffset(spaced(offset)));
      }),
      { numRuns: 4000, seed: 11 },
    );
  });

  it('read a wall time in a zone, also when the whole date-time is in date, as the general path does', () => {
    fc.assert(
      fc.property(dateText, timeText, zone, fc.constantFrom('T', ' '), (date, time, timeZone, separator) => {
        expect(toInstant({ date, time, timeZone })).toEqual(toInstant({ date: spaced(date), time: spaced(time), timeZone }));
        const whole = `${date}${separator}${time}`;
        expect(toInstant({ date: whole, timeZone })).toEqual(toInstant({ date: spaced(whole), timeZone }));
      }),
      { numRuns: 3000, seed: 12 },
    );
  });

  it('read an ISO instant with an offset, with or without a fraction, as the general path does', () => {
    fc.assert(
      fc.property(dateText, timeText, fc.constantFrom('', '.5', '.123', '.123456789', '.1234567891', '.'), offsetText, fc.option(zone, { nil: undefined }), (date, time, fraction, offset, timeZone) => {
        const instant = `${date}T${time}${fraction}${offset}`;
        const input: ToInstantInput = timeZone === undefined ? { instant } : { instant, timeZone };
        expect(toInstant(input)).toEqual(toInstant({ ...input, instant: spaced(instant) }));
      }),
      { numRuns: 4000, seed: 13 },
    );
  });

  it('find the offset in force at an instant as Intl states it, whole minutes toward zero for local mean times', () => {
    const zones = Intl.supportedValuesOf('timeZone');
    const stated = (timeZone: string, epoch: number): number => {
      const text = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' }).formatToParts(epoch).find((part) => part.type === 'timeZoneName')?.value ?? '';
      const match = /^GMT(?:([+-])(\d{2}):(\d{2}))?/.exec(text);
      if (!match?.[1]) return 0;
      const minutes = Number(match[2]) * 60 + Number(match[3]);
      return match[1] === '-' ? -minutes : minutes;
    };
    fc.assert(
      fc.property(fc.constantFrom(...zones), fc.integer({ min: Date.UTC(1800, 0, 1), max: Date.UTC(2060, 0, 1) }), (timeZone, epoch) => {
        const resolved = toInstant({ instant: new Date(epoch).toISOString(), timeZone });
        const offset = resolved?.localTime.slice(-6) ?? '';
        const minutes = (offset.startsWith('-') ? -1 : 1) * (Number(offset.slice(1, 3)) * 60 + Number(offset.slice(4, 6)));
        // `===`, not toBe: an offset of a few seconds west is written +00:00 and read back as 0, Intl's as -0.
        expect(minutes === stated(timeZone, epoch - (((epoch % 1000) + 1000) % 1000)), `${timeZone} ${epoch} ${offset}`).toBe(true);
        expect(resolved?.timeZone).toBe(timeZone);
      }),
      { numRuns: 4000, seed: 15 },
    );
  });

  it('write instants exactly as Date.prototype.toISOString does, over the whole range of years', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1000, 0, 2), max: Date.UTC(9999, 11, 30) }), (epoch) => {
        const iso = new Date(epoch).toISOString();
        const resolved = toInstant({ instant: iso });
        expect(resolved?.occurredAt).toBe(iso);
        expect(Date.parse(resolved?.localTime ?? '')).toBe(epoch);
      }),
      { numRuns: 5000, seed: 14 },
    );
  });
});

/** normalizeForMatching as it is defined: every step, whatever the text. */
function normalizeSlowly(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/ß/g, 'ss')
    .replace(/[\u2018\u2019\u02BC\u0060\u00B4]/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}

/** Text from the characters the fast path takes (ASCII, CJK, brackets) mixed with some it must not take. */
const mixedText = fc
  .array(
    fc.oneof(
      fc.string({ maxLength: 6 }),
      fc.constantFrom('已妥投', '【美国】', '投递', '、', '。', '《', '》', '`', '\t', '\n', ' ', 'ß', 'É', 'é', 'ｱ', '，', '\u3000', '\u00a0', 'İ', 'Å', '①'),
      fc.string({ unit: 'binary', maxLength: 3 }),
    ),
    { maxLength: 8 },
  )
  .map((parts) => parts.join(''));

describe('text folding fast paths', () => {
  it('normalizeForMatching gives what every normalization step gives', () => {
    fc.assert(
      fc.property(mixedText, (text) => {
        expect(normalizeForMatching(text)).toBe(normalizeSlowly(text));
      }),
      { numRuns: 5000, seed: 21 },
    );
  });

  it('foldDhlText gives what every folding step gives', () => {
    const foldSlowly = (text: string) =>
      text.slice(0, 1200).normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim().slice(0, 600);
    fc.assert(
      fc.property(mixedText, (text) => {
        expect(foldDhlText(text)).toBe(foldSlowly(text));
      }),
      { numRuns: 5000, seed: 22 },
    );
  });
});

describe('classifyText matching all phrases in one pass', () => {
  const WORD_CHARACTER = /[\p{L}\p{N}]/u;

  /** Whether a rule phrase occurs in a normalized text, as the rules are documented: whole words but in Chinese, `*` lifting that. */
  function occurs(text: string, phrase: string, language: TextLanguage): boolean {
    const openLeft = phrase.startsWith('*');
    const openRight = phrase.endsWith('*');
    const needle = normalizeForMatching(phrase.slice(openLeft ? 1 : 0, openRight ? -1 : undefined));
    if (needle === '') return false;
    const words = language !== 'zh';
    const left = words && !openLeft && WORD_CHARACTER.test(needle.charAt(0));
    const right = words && !openRight && WORD_CHARACTER.test(needle.charAt(needle.length - 1));
    for (let index = text.indexOf(needle); index >= 0; index = text.indexOf(needle, index + 1)) {
      const end = index + needle.length;
      const before = index === 0 || !left || !WORD_CHARACTER.test(text.charAt(index - 1));
      const after = end >= text.length || !right || !WORD_CHARACTER.test(text.charAt(end));
      if (before && after) return true;
    }
    return false;
  }

  /** The first rule of a language, in its documented order, whose phrases hold for the text. */
  function firstRuleSlowly(text: string, language: TextLanguage): string | undefined {
    const normalized = normalizeForMatching(text.slice(0, 4000));
    if (normalized === '') return undefined;
    return textRulesOf(language).find((rule) => {
      if (!rule.any.some((phrase) => occurs(normalized, phrase, language))) return false;
      if (rule.and && !rule.and.some((phrase) => occurs(normalized, phrase, language))) return false;
      return !(rule.unless ?? []).some((phrase) => occurs(normalized, phrase, language));
    })?.id;
  }

  const phrases = TEXT_LANGUAGES.flatMap((language) =>
    textRulesOf(language).flatMap((rule) => [...rule.any, ...(rule.and ?? []), ...(rule.unless ?? [])].map((phrase) => phrase.replace(/\*/g, ''))),
  );
  const ruleText = fc
    .array(fc.tuple(fc.constantFrom('', ' ', 'x', 'the ', '【美国】', '-', 'é', '已'), fc.constantFrom(...phrases), fc.boolean()), { minLength: 1, maxLength: 3 })
    .map((parts) => parts.map(([filler, phrase, upper]) => `${filler}${upper ? phrase.toUpperCase() : phrase}`).join(''));

  it('picks the same rule as trying every phrase of every rule in order', () => {
    fc.assert(
      fc.property(ruleText, fc.constantFrom(...TEXT_LANGUAGES), (text, language) => {
        expect(classifyText(text, { language }).rule).toBe(firstRuleSlowly(text, language));
      }),
      { numRuns: 4000, seed: 31 },
    );
  });
});

describe('event ids', () => {
  const field = fc.oneof(fc.string({ maxLength: 12 }), fc.constant(undefined));
  const identity = fc.record({
    carrier: fc.constantFrom('ups', 'fedex', 'china-post'),
    trackingNumber: fc.string({ minLength: 1, maxLength: 20 }),
    code: fc.option(fc.string({ maxLength: 8 }), { nil: null }),
    occurredAt: fc.constant('2025-05-01T14:03:00.000Z'),
    location: fc.option(fc.record({ countryCode: field, region: field, city: field, postalCode: field, facility: field }, { requiredKeys: [] }), { nil: null }),
  });

  it('stay the SHA-256 of the nine identity fields joined with U+001F (ids stored by users keep matching)', () => {
    fc.assert(
      fc.property(identity, (value) => {
        const location = value.location;
        const parts = [
          value.carrier,
          value.trackingNumber,
          value.code ?? '',
          value.occurredAt,
          location?.countryCode ?? '',
          location?.region ?? '',
          location?.city ?? '',
          location?.postalCode ?? '',
          location?.facility ?? '',
        ];
        const expected = `ev_${createHash('sha256').update(parts.join('\u001f')).digest('base64url').slice(0, 22)}`;
        expect(createEventId(value as EventIdentity)).toBe(expected);
      }),
      { numRuns: 2000, seed: 41 },
    );
  });
});
