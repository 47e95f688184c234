import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CarrierResponseError } from '../../src/errors/carrier-response-error.js';
import { normalize } from '../../src/engine/normalize.js';
import { redactSecrets } from '../../src/http/redact.js';
import { FUZZ_ADAPTERS, XML_PROLOGS, bodyOf, caseArbitrary, judge, seedBodies, type Verdict } from './support/hostile-bodies.js';

/**
 * Property-based fuzzing of every adapter's parse, through `normalize(adapter(), body)`, starting from each of its
 * fixtures (and its journey legs): fields dropped, types changed, numbers as strings, huge strings and arrays, deep
 * nesting, impossible dates and times in zone gaps, unknown codes, control and bidi characters, lone surrogates,
 * prototype keys, truncation, XML entity and DTD tricks. Two outcomes only: results that pass the strict schema, or a
 * typed CarrierResponseError; never a crash, never a hang. The long run is `scripts/fuzz.ts`.
 */
const CASES_PER_ADAPTER = Number(process.env.PARCELINE_FUZZ_CASES ?? 2_500);
const SEED = Number(process.env.PARCELINE_FUZZ_SEED ?? 20_260_109);

describe('hostile bodies', () => {
  for (const [carrier, factory] of Object.entries(FUZZ_ADAPTERS)) {
    const seeds = seedBodies(carrier);
    const runs = Math.ceil(CASES_PER_ADAPTER / seeds.length);
    it(`${carrier} turns ${runs * seeds.length} mutated bodies into valid results or a CarrierResponseError, never a crash or a hang`, () => {
      const adapter = factory();
      const tally = { results: 0, refused: 0, slowestMs: 0, slowest: '' };
      seeds.forEach((seed, index) => {
        fc.assert(
          fc.property(caseArbitrary(seed), ({ plan, asText }) => {
            const verdict: Verdict = judge(adapter, bodyOf(seed, plan, asText), seed);
            if (verdict.ms > tally.slowestMs) Object.assign(tally, { slowestMs: verdict.ms, slowest: `${seed.file} ${JSON.stringify(plan).slice(0, 300)}` });
            if (!verdict.ok) throw new Error(`${seed.file}: ${verdict.problem}`);
            tally[verdict.outcome]++;
          }),
          { numRuns: runs, seed: SEED + index, endOnFailure: true },
        );
      });
      console.info(`[reliability] ${carrier}: ${tally.results} results, ${tally.refused} refused, slowest ${Math.round(tally.slowestMs)} ms (${tally.slowest})`);
      // Both outcomes occur: the mutations reach the parser's reading paths, not only its first gate.
      expect(tally.results).toBeGreaterThan(runs * seeds.length * 0.1);
      expect(tally.refused).toBeGreaterThan(runs * seeds.length * 0.05);
    });
  }
});

describe('XML entity and document type tricks', () => {
  const [seed] = seedBodies('canada-post').filter((candidate) => candidate.file.endsWith('track-delivered-en.xml'));
  const body = (seed?.body ?? '').replace(/^<\?xml[^>]*\?>\s*/, '');

  for (const prolog of XML_PROLOGS.filter((candidate) => /DOCTYPE/i.test(candidate))) {
    it(`refuses a body declaring a document type (${prolog.slice(0, 40)}...) without expanding or fetching anything`, () => {
      const hostile = `${prolog}${body.replace('<significant-events>', '<significant-events>&xxe;&lol9;')}`;
      const started = performance.now();
      const error = (() => {
        try {
          normalize(FUZZ_ADAPTERS['canada-post']!(), hostile);
          return undefined;
        } catch (caught) {
          return caught;
        }
      })();
      expect(CarrierResponseError.isInstance(error)).toBe(true);
      expect((error as CarrierResponseError).issues.join(' ')).toMatch(/document type|DOCTYPE/);
      expect(performance.now() - started).toBeLessThan(1_000);
    });
  }

  it('decodes only the five XML entities and character references in texts, refusing any other reference', () => {
    const withBuiltIns = body.replace(/<event-description>([^<]*)<\/event-description>/, '<event-description>$1 &amp; &lt;ok&gt; &#233;</event-description>');
    const [result] = normalize(FUZZ_ADAPTERS['canada-post']!(), withBuiltIns);
    expect(result?.events.some((event) => event.carrierStatus.description.endsWith('& <ok> é'))).toBe(true);
    const withNamed = body.replace(/<event-description>([^<]*)<\/event-description>/, '<event-description>$1 &eacute;</event-description>');
    expect(() => normalize(FUZZ_ADAPTERS['canada-post']!(), withNamed)).toThrow(CarrierResponseError);
  });
});

describe('regressions found by the reliability suites', () => {
  const fixture = (path: string) => readFileSync(new URL(`../../fixtures/${path}`, import.meta.url), 'utf8');
  const refusal = (run: () => unknown) => {
    try {
      run();
      return undefined;
    } catch (error) {
      return error;
    }
  };

  it("refuses a USPS answer that is another carrier's body instead of reading it as a found parcel without events", () => {
    const error = refusal(() => normalize(FUZZ_ADAPTERS.usps!(), fixture('dhl/track-parcel-de-delivered-de.json'), { trackingNumbers: ['9400111699001234567819'] }));
    expect(CarrierResponseError.isInstance(error)).toBe(true);
    expect((error as CarrierResponseError).issues).toEqual(['trackingNumber, trackingEvents: both missing']);
  });

  for (const id of ['', '---', 'ꜥ鉱𒛍', ' / ']) {
    it(`refuses a Royal Mail mail piece whose id ${JSON.stringify(id)} has no letter or digit, in events and summary answers`, () => {
      const events = JSON.parse(fixture('royal-mail/track-return-to-sender.json')) as { mailPieces: { mailPieceId: string } };
      events.mailPieces.mailPieceId = id;
      const summary = JSON.parse(fixture('royal-mail/summary-two-items.json')) as { mailPieces: Array<{ mailPieceId: string }> };
      (summary.mailPieces[1] as { mailPieceId: string }).mailPieceId = id;
      for (const body of [events, summary]) {
        const error = refusal(() => normalize(FUZZ_ADAPTERS['royal-mail']!(), JSON.stringify(body)));
        expect(CarrierResponseError.isInstance(error), JSON.stringify(error)).toBe(true);
        expect((error as CarrierResponseError).issues.join(' ')).toMatch(/mailPieceId: no letter or digit/);
      }
    });
  }

  it('redacts secrets in their form-encoded form too, where encodeURIComponent would keep ! ( and )', () => {
    const secret = 'RELY-secret!(x)';
    const text = `refused ${new URLSearchParams({ client_secret: secret }).toString()} and ${encodeURIComponent(secret)} and ${secret}`;
    expect(redactSecrets(text, [secret])).toBe('refused client_secret=[redacted] and [redacted] and [redacted]');
  });
});
