import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { parseXml } from '../../src/adapter-kit/parse-xml.js';
import { validateRawBody } from '../../src/adapter-kit/validate-raw-body.js';
import { CarrierResponseError } from '../../src/errors/carrier-response-error.js';
import * as canadaPost from '../../carriers/canada-post/canada-post-api.js';
import * as chinaPost from '../../carriers/china-post/china-post-api.js';
import * as dhl from '../../carriers/dhl/dhl-api.js';
import * as fedex from '../../carriers/fedex/fedex-api.js';
import * as royalMail from '../../carriers/royal-mail/royal-mail-api.js';
import * as ups from '../../carriers/ups/ups-api.js';
import * as usps from '../../carriers/usps/usps-api.js';

/**
 * `validateRawBody` skips zod when a carrier's fast shape check accepts a body, and hands the parser the body
 * itself. That is only sound if every check accepts nothing its schema refuses, and only bodies the schema
 * would give back unchanged in every field it declares. These tests hold each check to its schema on every
 * fixture and on thousands of seeded mutations of them.
 */

const root = new URL('../../', import.meta.url).pathname;

type Check = (value: unknown) => boolean;

/** A pseudo-random sequence from a seed, so that every run mutates the same way. */
function sequence(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
    return state / 2 ** 32;
  };
}

const ODD_VALUES: readonly unknown[] = [null, undefined, 0, 7, 1.5, Number.NaN, '', ' ', 'x', '12', 'false', true, false, [], {}];

/** One to three random edits: delete a key or item, replace a value, turn a digit string into a number, wrap or unwrap. */
function mutate(value: unknown, random: () => number): unknown {
  const copy = structuredClone(value);
  const edits = 1 + Math.floor(random() * 3);
  for (let edit = 0; edit < edits; edit++) {
    const places: [Record<string, unknown> | unknown[], string | number][] = [];
    const walk = (node: unknown, depth: number) => {
      if (depth > 14 || node === null || typeof node !== 'object') return;
      for (const key of Object.keys(node)) {
        const index = Array.isArray(node) ? Number(key) : key;
        places.push([node as Record<string, unknown>, index]);
        walk((node as Record<string, unknown>)[key], depth + 1);
      }
    };
    walk(copy, 0);
    if (places.length === 0) break;
    const [holder, key] = places[Math.floor(random() * places.length)] as [Record<string | number, unknown>, string | number];
    const current = holder[key];
    const operation = random();
    if (operation < 0.2) {
      if (Array.isArray(holder)) holder.splice(key as number, 1);
      else delete holder[key];
    } else if (operation < 0.7) {
      holder[key] = ODD_VALUES[Math.floor(random() * ODD_VALUES.length)];
    } else if (operation < 0.8 && typeof current === 'string' && /^\d+$/.test(current)) {
      holder[key] = Number(current);
    } else if (Array.isArray(current)) {
      holder[key] = operation < 0.9 ? [] : {};
    } else if (current !== null && typeof current === 'object') {
      holder[key] = operation < 0.9 ? [current] : 'x';
    } else {
      holder[key] = {};
    }
  }
  return copy;
}

/** Whether `output` (zod's copy) reads the same as `input` on every key zod kept: same values, same array lengths. */
function readsTheSame(output: unknown, input: unknown): boolean {
  if (Object.is(output, input)) return true;
  if (Array.isArray(output)) return Array.isArray(input) && output.length === input.length && output.every((item, index) => readsTheSame(item, input[index]));
  if (output !== null && typeof output === 'object') {
    if (input === null || typeof input !== 'object') return false;
    return Object.keys(output).every((key) => key in input && readsTheSame((output as Record<string, unknown>)[key], (input as Record<string, unknown>)[key]));
  }
  return false;
}

function jsonFixtures(id: string): { file: string; value: unknown }[] {
  return readdirSync(`${root}fixtures/${id}`)
    .filter((file) => file.endsWith('.json') && !file.endsWith('.meta.json'))
    .map((file) => ({ file, value: JSON.parse(readFileSync(`${root}fixtures/${id}/${file}`, 'utf8')) as unknown }));
}

/** The values each check is tried on: the carrier's fixtures (and the documents inside them), each with mutations. */
function corpus(id: string): { file: string; value: unknown }[] {
  let bases: { file: string; value: unknown }[];
  if (id === 'canada-post') {
    bases = readdirSync(`${root}fixtures/canada-post`)
      .filter((file) => file.endsWith('.xml'))
      .flatMap((file) => {
        const document = parseXml(readFileSync(`${root}fixtures/canada-post/${file}`, 'utf8'), { carrierId: 'canada-post', arrayPaths: canadaPost.CANADA_POST_ARRAY_PATHS });
        return Object.values(document).map((value) => ({ file, value }));
      });
  } else {
    bases = jsonFixtures(id);
    if (id === 'china-post') {
      // The open platform wraps the items in `retBody`, JSON text: its documents are checked too.
      for (const { file, value } of [...bases]) {
        const retBody = (value as { retBody?: unknown }).retBody;
        if (typeof retBody === 'string' && retBody.trim().startsWith('{')) bases.push({ file: `${file}#retBody`, value: JSON.parse(retBody) as unknown });
        const traces = (value as { traces?: unknown }).traces;
        if (Array.isArray(traces)) bases.push({ file: `${file}#traces`, value: traces }, { file: `${file}#trace`, value: traces[0] });
      }
    }
  }
  const values: { file: string; value: unknown }[] = [];
  bases.forEach(({ file, value }, index) => {
    values.push({ file, value });
    const random = sequence(index * 7919 + file.length);
    for (let round = 0; round < 150; round++) values.push({ file: `${file} (mutation ${round})`, value: mutate(value, random) });
  });
  return values;
}

const CHECKS: Record<string, [string, z.ZodType, Check][]> = {
  ups: [
    ['UpsTrackResponseBody', ups.UpsTrackResponseBody, ups.isPlainUpsTrackResponseBody],
    ['UpsErrorBody', ups.UpsErrorBody, ups.isPlainUpsErrorBody],
  ],
  fedex: [
    ['FedexTrackResponseBody', fedex.FedexTrackResponseBody, fedex.isPlainFedexTrackResponseBody],
    ['FedexErrorBody', fedex.FedexErrorBody, fedex.isPlainFedexErrorBody],
  ],
  dhl: [
    ['DhlTrackResponseBody', dhl.DhlTrackResponseBody, dhl.isPlainDhlTrackResponseBody],
    ['DhlProblemBody', dhl.DhlProblemBody, dhl.isPlainDhlProblemBody],
  ],
  usps: [
    ['UspsTrackingDetails', usps.UspsTrackingDetails, usps.isPlainUspsTrackingDetails],
    ['UspsErrorBody', usps.UspsErrorBody, usps.isPlainUspsErrorBody],
  ],
  'royal-mail': [
    ['RoyalMailEventsBody', royalMail.RoyalMailEventsBody, royalMail.isPlainRoyalMailEventsBody],
    ['RoyalMailSummaryBody', royalMail.RoyalMailSummaryBody, royalMail.isPlainRoyalMailSummaryBody],
    ['RoyalMailErrorBody', royalMail.RoyalMailErrorBody, royalMail.isPlainRoyalMailErrorBody],
  ],
  'china-post': [
    ['ChinaPostOpenResponse', chinaPost.ChinaPostOpenResponse, chinaPost.isPlainChinaPostOpenResponse],
    ['ChinaPostTrackBody', chinaPost.ChinaPostTrackBody, chinaPost.isPlainChinaPostTrackBody],
    ['ChinaPostJdptResponse', chinaPost.ChinaPostJdptResponse, chinaPost.isPlainChinaPostJdptResponse],
    ['ChinaPostJdptPush', chinaPost.ChinaPostJdptPush, chinaPost.isPlainChinaPostJdptPush],
    ['ChinaPostTraceItems', chinaPost.ChinaPostTraceItems, chinaPost.isPlainChinaPostTraceItems],
    ['ChinaPostTraceItem', chinaPost.ChinaPostTraceItem, chinaPost.isPlainChinaPostTraceItem],
  ],
  'canada-post': [
    ['CanadaPostTrackingDetail', canadaPost.CanadaPostTrackingDetail, canadaPost.isPlainCanadaPostTrackingDetail],
    ['CanadaPostMessages', canadaPost.CanadaPostMessages, canadaPost.isPlainCanadaPostMessages],
  ],
};

describe('fast raw-body checks', () => {
  for (const [id, checks] of Object.entries(CHECKS)) {
    const values = corpus(id);
    for (const [name, schema, check] of checks) {
      it(`${id}: ${name}'s check accepts only bodies the schema accepts and gives back unchanged`, () => {
        let accepted = 0;
        for (const { file, value } of values) {
          if (!check(value)) continue;
          accepted += 1;
          const parsed = schema.safeParse(value);
          expect(parsed.success, `${file} passes the check but not the schema`).toBe(true);
          expect(readsTheSame(parsed.data, value), `${file}: the schema would change a declared field`).toBe(true);
        }
        // The fast path is taken at all: at least the fixture documents of this shape pass it.
        expect(accepted).toBeGreaterThan(0);
      });
    }
  }

  it('takes the fast path for every fixture document its schema accepts, except those with numbers where text is declared', () => {
    const slow: string[] = [];
    for (const [id, checks] of Object.entries(CHECKS)) {
      if (id === 'canada-post') continue;
      for (const { file, value } of jsonFixtures(id)) {
        for (const [name, schema, check] of checks) {
          if (schema.safeParse(value).success && !check(value)) slow.push(`${id}/${file} ${name}`);
        }
      }
    }
    // DHL's problem bodies carry the HTTP status as a number (`"status": 404`), which the schema turns into text.
    expect(slow.filter((entry) => !/^dhl\/.* DhlProblemBody$/.test(entry))).toEqual([]);
  });
});

describe('validateRawBody with a fast check', () => {
  const context = { carrierId: 'ups', trackingNumbers: ['1Z'] };

  it('returns the body itself when the check accepts it, and zod copy otherwise', () => {
    const body = JSON.parse(readFileSync(`${root}fixtures/ups/track-domestic-delivered.json`, 'utf8')) as unknown;
    expect(validateRawBody(ups.UpsTrackResponseBody, body, context, ups.isPlainUpsTrackResponseBody)).toBe(body);
    expect(validateRawBody(ups.UpsTrackResponseBody, body, context)).not.toBe(body);
  });

  it('still converts what the schema converts when the check declines (a number where text is declared)', () => {
    const body = { trackResponse: { shipment: [{ inquiryNumber: 1234, package: [] }] } };
    const read = validateRawBody(ups.UpsTrackResponseBody, body, context, ups.isPlainUpsTrackResponseBody);
    expect(read.trackResponse.shipment[0]?.inquiryNumber).toBe('1234');
  });

  it('still raises CarrierResponseError with the schema issues for a body of another shape', () => {
    let caught: unknown;
    try {
      validateRawBody(ups.UpsTrackResponseBody, { trackResponse: { shipment: 'none' } }, context, ups.isPlainUpsTrackResponseBody);
    } catch (error) {
      caught = error;
    }
    expect(CarrierResponseError.isInstance(caught)).toBe(true);
    expect((caught as CarrierResponseError).issues.join('\n')).toMatch(/trackResponse\.shipment/);
  });
});
