import { existsSync, readFileSync, readdirSync } from 'node:fs';
import fc from 'fast-check';
import { canadaPost } from '../../../carriers/canada-post/index.js';
import { chinaPost } from '../../../carriers/china-post/index.js';
import { dhl } from '../../../carriers/dhl/index.js';
import { fedex } from '../../../carriers/fedex/index.js';
import { royalMail } from '../../../carriers/royal-mail/index.js';
import { ups } from '../../../carriers/ups/index.js';
import { usps } from '../../../carriers/usps/index.js';
import type { CarrierAdapter } from '../../../src/carrier/carrier-spec.js';
import { CarrierResponseError } from '../../../src/errors/carrier-response-error.js';
import { ParcelineError } from '../../../src/errors/parceline-error.js';
import { normalize } from '../../../src/engine/normalize.js';
import { TrackingResult } from '../../../src/schema/tracking-result.js';

const FIXTURES = new URL('../../../fixtures/', import.meta.url);

/** The adapters the fuzzer drives, parse-only (no credentials). */
export const FUZZ_ADAPTERS: Readonly<Record<string, () => CarrierAdapter>> = {
  ups,
  fedex,
  usps,
  dhl,
  'canada-post': canadaPost,
  'china-post': chinaPost,
  'royal-mail': royalMail,
};

/** One seed body: a fixture of the carrier (its own folder and its journey legs). */
export interface SeedBody {
  carrier: string;
  file: string;
  format: 'json' | 'xml';
  body: string;
  trackingNumbers: string[] | undefined;
  /** The carrier's error body (meta `httpStatus` 400 or more, "not found" bodies included): its typed error is an answer too. */
  errorBody: boolean;
}

/** Every fixture of a carrier, as seeds for mutation. */
export function seedBodies(carrier: string): SeedBody[] {
  const seeds: SeedBody[] = [];
  const read = (folder: URL, file: string) => {
    const meta = JSON.parse(readFileSync(new URL(file.replace(/\.(json|xml)$/, '.meta.json'), folder), 'utf8')) as {
      trackingNumbers?: string[];
      httpStatus?: number;
      expect?: { outcome?: string };
    };
    return { body: readFileSync(new URL(file, folder), 'utf8'), meta };
  };
  const own = new URL(`${carrier}/`, FIXTURES);
  for (const file of readdirSync(own).sort()) {
    if (file.endsWith('.meta.json') || !/\.(json|xml)$/.test(file)) continue;
    const { body, meta } = read(own, file);
    const errorBody = (meta.httpStatus ?? 200) >= 400;
    seeds.push({ carrier, file: `${carrier}/${file}`, format: file.endsWith('.xml') ? 'xml' : 'json', body, trackingNumbers: meta.trackingNumbers, errorBody });
  }
  const journeys = new URL('journeys/', FIXTURES);
  for (const journey of readdirSync(journeys).sort()) {
    const folder = new URL(`${journey}/`, journeys);
    for (const file of readdirSync(folder).sort()) {
      if (!file.startsWith(`${carrier}-leg.`) || file.endsWith('.meta.json') || !existsSync(new URL(file, folder))) continue;
      const { body, meta } = read(folder, file);
      seeds.push({ carrier, file: `journeys/${journey}/${file}`, format: file.endsWith('.xml') ? 'xml' : 'json', body, trackingNumbers: meta.trackingNumbers, errorBody: false });
    }
  }
  return seeds;
}

/** Dates and times that are invalid, impossible, or fall in gaps and folds of real zones. */
export const HOSTILE_DATES = [
  '2025-02-30', '2025-02-30T10:00:00', '2025-02-29T12:00:00Z', '2024-02-29T24:00:00', '2025-06-01T24:00:00', '2025-06-01T23:59:60',
  '2025-03-09T02:30:00', '2025-03-30T02:30:00', '2025-11-02T01:30:00', '2025-10-26T02:30:00', '2025-04-06T02:30:00',
  '2025-13-01T00:00:00', '2025-00-10', '0000-00-00T00:00:00', '9999-12-31T23:59:59', '+275760-09-13T00:00:00Z', '-000001-01-01T00:00:00Z',
  '1970-01-01T00:00:00Z', '20250230', '2025-06-01T25:61:61', '2025-06-01T10:00:00+25:00', '2025-06-01T10:00:00-99:99', '2025-06-01 10:00:00 PM',
  '31/02/2025', '02/30/2025 10:00', '2025-06-01T10:00:00.123456789Z', 'T', '', ' ', 'null', 'NaN', '0', '-1', '1e400',
  '2025-06-01T10:00:00Z2025', '２０２５-０６-０１', '2025年6月1日 10:00:00', '10:00', '24:00', '00:00:00', '12:00:00 AM', '13:00 PM',
];

/** Strings that are hostile in other ways: unknown codes, control and bidi characters, lone surrogates, markup. */
export const HOSTILE_TEXTS = [
  'ZZ', 'XX99', '999', '-', 'UNKNOWN_CODE_0123456789', '\u0000', '\u0000\u0001\u0007\u001b[31m', '\u202e\u2066evil\u2069', '\ud800', '\udfff\ud800',
  '💥📦🇨🇳', 'e\u0301\u0301\u0301', '\u200b\u200d\ufeff', '\r\n\r\n', '\t', '<script>alert(1)</script>', '{"a":1}', '&amp;&lt;&#0;', '%00%ff',
  '../../etc/passwd', 'constructor', '__proto__', 'toString', 'hasOwnProperty', 'Ω≈ç√∫˜µ≤≥÷', '𝕏𝕐ℤ', 'US', 'CN', 'XK', 'ZZZ', '', ' ',
];

/** Entity and markup tricks for XML texts: only the five XML entities and character references may be decoded. */
export const XML_TRICKS = ['&xxe;', '&lol9;', '&eacute;', '&#0;', '&#xD800;', '&#x110000;', '&#65;&#x42;', '&amp;lt;', '&', '<![CDATA[<b>x</b>]]>', '<!-- c -->', '<?pi x?>', ']]>'];

const BILLION_LAUGHS = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"><!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;"><!ENTITY lol9 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">]>`;
/** Prologs a hostile server could send before the root element. */
export const XML_PROLOGS = [
  '<?xml version="1.0" encoding="UTF-8"?>',
  BILLION_LAUGHS,
  '<!DOCTYPE r [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>',
  '<!DOCTYPE r SYSTEM "http://127.0.0.1:9/evil.dtd">',
  '<!DOCTYPE r [<!ENTITY % p SYSTEM "file:///etc/hostname"> %p;]>',
  '<!doctype r [ <!entity x "y"> ]>',
  '<?xml-stylesheet href="http://127.0.0.1:9/x.xsl"?>',
  '\ufeff',
  '<!-- hello -->',
];

/** A value to put where the fixture had another: any JSON type, extremes, hostile strings and dates. */
const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom<unknown>(null, true, false, 0, -0, -1, 1.5, 1e308, -1e308, 2 ** 53 + 1, [], {}, [null], { '': null }, ''),
  fc.constantFrom(...HOSTILE_DATES),
  fc.constantFrom(...HOSTILE_TEXTS),
  fc.string({ unit: 'binary', maxLength: 24 }),
  fc.integer(),
  fc.double({ noNaN: true }),
);

/** One step of a mutation plan; where it applies is chosen by `at` among the nodes present. */
export type Mutation =
  | { op: 'drop'; at: number }
  | { op: 'replace'; at: number; value: unknown }
  | { op: 'stringify'; at: number }
  | { op: 'numberify'; at: number }
  | { op: 'huge-string'; at: number; size: number }
  | { op: 'huge-array'; at: number; size: number }
  | { op: 'nest'; at: number; depth: number }
  | { op: 'date'; at: number; value: string }
  | { op: 'text'; at: number; value: string; mode: 'replace' | 'append' | 'prepend' }
  | { op: 'proto-key'; at: number; key: string }
  | { op: 'truncate'; fraction: number }
  | { op: 'wrap'; prefix: string; suffix: string };

const at = fc.nat({ max: 1_000_000 });

/** About the largest body a mutation makes (characters): larger than the default 5 MiB response cap is pointless. */
const BODY_BUDGET = 2_000_000;

/** Mutations of a JSON body. */
export const jsonMutation: fc.Arbitrary<Mutation> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ op: fc.constant('drop' as const), at }) },
  { weight: 4, arbitrary: fc.record({ op: fc.constant('replace' as const), at, value: hostileValue }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('stringify' as const), at }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('numberify' as const), at }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('huge-string' as const), at, size: fc.constantFrom(1_000, 10_000, 200_000) }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('huge-array' as const), at, size: fc.constantFrom(100, 1_000, 5_000) }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('nest' as const), at, depth: fc.constantFrom(10, 100, 2_000) }) },
  { weight: 4, arbitrary: fc.record({ op: fc.constant('date' as const), at, value: fc.constantFrom(...HOSTILE_DATES) }) },
  {
    weight: 4,
    arbitrary: fc.record({ op: fc.constant('text' as const), at, value: fc.oneof(fc.constantFrom(...HOSTILE_TEXTS), fc.string({ unit: 'binary', maxLength: 12 })), mode: fc.constantFrom('replace' as const, 'append' as const, 'prepend' as const) }),
  },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('proto-key' as const), at, key: fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString') }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('truncate' as const), fraction: fc.double({ min: 0, max: 1, noNaN: true }) }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('wrap' as const), prefix: fc.constantFrom('\ufeff', ' \n', '[', '{"a":', ')]}\'\n'), suffix: fc.constantFrom('', ']', '}', '\u0000', 'garbage') }) },
);

/** Mutations of an XML body (text level: elements, their text, entities and declarations). */
export const xmlMutation: fc.Arbitrary<Mutation> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ op: fc.constant('drop' as const), at }) },
  { weight: 4, arbitrary: fc.record({ op: fc.constant('date' as const), at, value: fc.constantFrom(...HOSTILE_DATES) }) },
  {
    weight: 5,
    arbitrary: fc.record({ op: fc.constant('text' as const), at, value: fc.oneof(fc.constantFrom(...HOSTILE_TEXTS, ...XML_TRICKS), fc.string({ unit: 'binary', maxLength: 12 })), mode: fc.constantFrom('replace' as const, 'append' as const, 'prepend' as const) }),
  },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('huge-string' as const), at, size: fc.constantFrom(1_000, 10_000, 200_000) }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('huge-array' as const), at, size: fc.constantFrom(100, 1_000, 5_000) }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('nest' as const), at, depth: fc.constantFrom(10, 99, 150, 2_000) }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('truncate' as const), fraction: fc.double({ min: 0, max: 1, noNaN: true }) }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('wrap' as const), prefix: fc.constantFrom(...XML_PROLOGS), suffix: fc.constantFrom('', '<extra/>', '<!-- trailing -->', '&xxe;', '\u0000') }) },
);

/** Applies a plan to a JSON body; gives the body as text (most) or already parsed (webhook payloads). */
export function mutateJson(seed: string, plan: readonly Mutation[]): string {
  let value: unknown = JSON.parse(seed);
  const protoKeys: string[] = [];
  let textTail: Mutation[] = [];
  for (const mutation of plan) {
    if (mutation.op === 'truncate' || mutation.op === 'wrap') {
      textTail.push(mutation);
      continue;
    }
    value = applyJson(value, mutation, protoKeys);
  }
  // Mutations on shared repeats can multiply: a body past the budget is cut back to the seed's own size class.
  let text = jsonSizeUpTo(value, 4 * BODY_BUDGET) > 4 * BODY_BUDGET ? seed : JSON.stringify(value);
  // Keys JavaScript would turn into prototype changes are written into the text, as a hostile server sends them.
  protoKeys.forEach((key, index) => (text = text.split(`"__fuzz_key_${index}__"`).join(JSON.stringify(key))));
  for (const mutation of textTail) text = applyText(text, mutation);
  textTail = [];
  return text;
}

/** The length of a value's JSON text, counted up to `limit` (repeated references count each time, as JSON writes them). */
function jsonSizeUpTo(value: unknown, limit: number): number {
  let size = 0;
  const stack: unknown[] = [value];
  while (stack.length > 0 && size <= limit) {
    const current = stack.pop();
    if (typeof current === 'string') size += current.length + 2;
    else if (Array.isArray(current)) {
      size += 2 + current.length;
      for (const item of current) stack.push(item);
    } else if (typeof current === 'object' && current !== null) {
      for (const [key, item] of Object.entries(current)) {
        size += key.length + 4;
        stack.push(item);
      }
      size += 2;
    } else size += 8;
  }
  return size;
}

interface Slot {
  parent: Record<string, unknown> | unknown[] | undefined;
  key: string | number | undefined;
  value: unknown;
}

function slots(root: unknown): Slot[] {
  const out: Slot[] = [{ parent: undefined, key: undefined, value: root }];
  const walk = (value: unknown, depth: number) => {
    if (depth > 60 || typeof value !== 'object' || value === null) return;
    if (Array.isArray(value)) {
      value.forEach((item, index) => {
        out.push({ parent: value, key: index, value: item });
        walk(item, depth + 1);
      });
    } else {
      for (const [key, item] of Object.entries(value)) {
        out.push({ parent: value as Record<string, unknown>, key, value: item });
        walk(item, depth + 1);
      }
    }
  };
  walk(root, 0);
  return out;
}

function applyJson(root: unknown, mutation: Mutation, protoKeys: string[]): unknown {
  const all = slots(root);
  const strings = all.filter((slot) => typeof slot.value === 'string');
  const pool = mutation.op === 'date' || mutation.op === 'text' || mutation.op === 'numberify' ? (strings.length > 0 ? strings : all) : all;
  const slot = pool[('at' in mutation ? mutation.at : 0) % pool.length] as Slot;
  const set = (value: unknown): unknown => {
    if (slot.parent === undefined) return value;
    (slot.parent as Record<string | number, unknown>)[slot.key as string | number] = value;
    return root;
  };
  switch (mutation.op) {
    case 'drop':
      if (slot.parent === undefined) return {};
      if (Array.isArray(slot.parent)) slot.parent.splice(slot.key as number, 1);
      else delete slot.parent[slot.key as string];
      return root;
    case 'replace':
      return set(structuredClone(mutation.value));
    case 'stringify':
      if (jsonSizeUpTo(slot.value, BODY_BUDGET) > BODY_BUDGET) return root;
      return set(typeof slot.value === 'string' ? slot.value : JSON.stringify(slot.value) ?? 'undefined');
    case 'numberify': {
      const text = typeof slot.value === 'string' ? slot.value : '';
      const number = Number.parseFloat(text.replace(/[^0-9.+-]/g, ''));
      return set(Number.isFinite(number) ? number : text.length);
    }
    case 'huge-string':
      return set(`${typeof slot.value === 'string' ? slot.value : 'x'}${'A'.repeat(mutation.size)}`);
    case 'huge-array': {
      const items = Array.isArray(slot.value) && slot.value.length > 0 ? slot.value : [slot.value ?? null];
      // Repeats share the items (JSON writes each out anyway); the body stays within about BODY_BUDGET.
      const perItem = jsonSizeUpTo(items, BODY_BUDGET) / items.length;
      const size = Math.min(mutation.size, Math.floor(BODY_BUDGET / Math.max(1, perItem)));
      return set(Array.from({ length: Math.max(size, items.length) }, (_, index) => items[index % items.length]));
    }
    case 'nest': {
      let nested: unknown = slot.value;
      for (let level = 0; level < mutation.depth; level++) nested = level % 2 === 0 ? [nested] : { v: nested };
      return set(nested);
    }
    case 'date':
      return set(mutation.value);
    case 'text': {
      const current = typeof slot.value === 'string' ? slot.value : '';
      return set(mutation.mode === 'replace' ? mutation.value : mutation.mode === 'append' ? `${current}${mutation.value}` : `${mutation.value}${current}`);
    }
    case 'proto-key': {
      const objects = all.filter((candidate) => typeof candidate.value === 'object' && candidate.value !== null && !Array.isArray(candidate.value));
      const target = objects[mutation.at % Math.max(1, objects.length)]?.value as Record<string, unknown> | undefined;
      if (!target) return root;
      target[`__fuzz_key_${protoKeys.length}__`] = { polluted: true, length: 1, 0: 'x' };
      protoKeys.push(mutation.key);
      return root;
    }
    default:
      return root;
  }
}

function applyText(text: string, mutation: Mutation): string {
  if (mutation.op === 'truncate') return text.slice(0, Math.floor(text.length * mutation.fraction));
  if (mutation.op === 'wrap') return `${mutation.prefix}${text}${mutation.suffix}`;
  return text;
}

const ELEMENT_TEXT = />([^<>]*)</g;
const LEAF_ELEMENT = /<([A-Za-z][\w.-]*)(?:\s[^<>]*)?>[^<>]*<\/\1>/g;

/** Applies a plan to an XML body, at the text level. */
export function mutateXml(seed: string, plan: readonly Mutation[]): string {
  let text = seed;
  for (const mutation of plan) {
    switch (mutation.op) {
      case 'drop': {
        const leaves = [...text.matchAll(LEAF_ELEMENT)];
        const leaf = leaves[mutation.at % Math.max(1, leaves.length)];
        if (leaf?.index !== undefined) text = text.slice(0, leaf.index) + text.slice(leaf.index + leaf[0].length);
        break;
      }
      case 'date':
      case 'text':
      case 'huge-string': {
        const texts = [...text.matchAll(ELEMENT_TEXT)].filter((match) => (match[1] ?? '').trim() !== '');
        const found = texts[mutation.at % Math.max(1, texts.length)];
        if (found?.index === undefined) break;
        const current = found[1] ?? '';
        const value =
          mutation.op === 'huge-string'
            ? `${current}${'A'.repeat(mutation.size)}`
            : mutation.op === 'date'
              ? mutation.value
              : mutation.mode === 'replace'
                ? mutation.value
                : mutation.mode === 'append'
                  ? `${current}${mutation.value}`
                  : `${mutation.value}${current}`;
        text = `${text.slice(0, found.index + 1)}${value}${text.slice(found.index + 1 + current.length)}`;
        break;
      }
      case 'huge-array': {
        const leaves = [...text.matchAll(/<(occurrence|significant-events)\b[^>]*>[\s\S]*?<\/\1>/g)];
        const leaf = leaves[mutation.at % Math.max(1, leaves.length)];
        if (leaf?.index === undefined) break;
        const size = Math.min(mutation.size, Math.floor(BODY_BUDGET / 2 / Math.max(1, leaf[0].length)));
        text = text.slice(0, leaf.index) + leaf[0].repeat(Math.max(1, size)) + text.slice(leaf.index + leaf[0].length);
        break;
      }
      case 'nest': {
        const texts = [...text.matchAll(ELEMENT_TEXT)].filter((match) => (match[1] ?? '').trim() !== '');
        const found = texts[mutation.at % Math.max(1, texts.length)];
        if (found?.index === undefined) break;
        const value = `${'<n>'.repeat(mutation.depth)}${found[1] ?? ''}${'</n>'.repeat(mutation.depth)}`;
        text = `${text.slice(0, found.index + 1)}${value}${text.slice(found.index + 1 + (found[1] ?? '').length)}`;
        break;
      }
      case 'truncate':
      case 'wrap':
        text = applyText(text, mutation);
        break;
      default:
        break;
    }
  }
  return text;
}

/** What one normalization of a hostile body gave. */
export type Verdict =
  | { ok: true; outcome: 'results' | 'refused'; ms: number }
  | { ok: false; problem: string; ms: number };

/** Generous bound on one case: a parse that takes longer is reported as a hang. */
export const CASE_TIME_LIMIT_MS = 5_000;

/** Codes a carrier's own error body (401, 429, 5xx) may be raised as by parse: the typed error it stands for. */
export const ERROR_BODY_CODES: ReadonlySet<string> = new Set(['CARRIER_AUTH_FAILED', 'CARRIER_HTTP_ERROR', 'RATE_LIMITED']);

/**
 * The property: normalizing a hostile body gives either results that pass the strict output schema
 * (`TrackingResult.safeParse`) or a typed `CarrierResponseError` (for mutations of the carrier's own error bodies,
 * also the typed error such a body stands for: {@link ERROR_BODY_CODES}), within {@link CASE_TIME_LIMIT_MS}. A
 * `CarrierResponseError` that only wraps a crash of the parser (its issue says `parse failed: TypeError`) counts as a
 * crash, and so does every other error (`AdapterContractError` included: the adapter built an invalid result).
 */
export function judge(adapter: CarrierAdapter, body: unknown, seed: Pick<SeedBody, 'trackingNumbers' | 'errorBody'>): Verdict {
  const started = performance.now();
  let results;
  try {
    results = normalize(adapter, body, { fetchedAt: '2026-01-01T00:00:00.000Z', trackingNumbers: seed.trackingNumbers });
  } catch (error) {
    const ms = performance.now() - started;
    if (ms > CASE_TIME_LIMIT_MS) return { ok: false, problem: `took ${Math.round(ms)} ms`, ms };
    if (seed.errorBody && ParcelineError.isInstance(error) && ERROR_BODY_CODES.has(error.code)) return { ok: true, outcome: 'refused', ms };
    if (!CarrierResponseError.isInstance(error)) {
      const name = ParcelineError.isInstance(error) ? `${error.name} ${error.code}` : error instanceof Error ? error.name : typeof error;
      return { ok: false, problem: `threw ${name}: ${error instanceof Error ? error.message.slice(0, 300) : String(error)}`, ms };
    }
    const crash = error.issues.find((issue) => issue.startsWith('parse failed:'));
    if (crash) return { ok: false, problem: `parser crashed (${crash}): ${String((error.cause as Error | undefined)?.message ?? '').slice(0, 300)}`, ms };
    return { ok: true, outcome: 'refused', ms };
  }
  const ms = performance.now() - started;
  if (ms > CASE_TIME_LIMIT_MS) return { ok: false, problem: `took ${Math.round(ms)} ms`, ms };
  for (const result of results) {
    const checked = TrackingResult.safeParse(result);
    if (!checked.success) return { ok: false, problem: `result fails the strict schema: ${JSON.stringify(checked.error.issues.slice(0, 3))}`, ms };
  }
  return { ok: true, outcome: 'results', ms };
}

/** The arbitrary of one fuzz case for a seed: a plan of 1 to 4 mutations, and whether the JSON goes in as text. */
export function caseArbitrary(seed: SeedBody): fc.Arbitrary<{ plan: Mutation[]; asText: boolean }> {
  return fc.record({
    plan: fc.array(seed.format === 'xml' ? xmlMutation : jsonMutation, { minLength: 1, maxLength: 4 }),
    asText: seed.format === 'xml' ? fc.constant(true) : fc.boolean(),
  });
}

/** The body of a case: the mutated text, or (JSON given as a parsed payload) the value it parses to, or the text when it does not parse. */
export function bodyOf(seed: SeedBody, plan: readonly Mutation[], asText: boolean): unknown {
  if (seed.format === 'xml') return mutateXml(seed.body, plan);
  const text = mutateJson(seed.body, plan);
  if (asText) return text;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}
