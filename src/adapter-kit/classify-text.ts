/**
 * A rule-based classifier for carriers (or legs) that send only free text: it recognises what a tracking
 * sentence says (delivered, out for delivery, customs, duties, exchange offices, returns, failed attempts,
 * handoffs) in Chinese, English, French, German and Spanish, and names the next carrier when the text
 * announces a handoff. Rules are data (`data/text-rules-<language>.ts`), matched as plain phrases in
 * linear time; an unmatched text is `unknown`, never a guess.
 *
 * How rules are written and ordered is in `docs/postal.md`.
 */
import type { SubStatus, TrackingStatus } from '../schema/status.js';
import { UPU_POSTS } from './data/upu-posts.js';
import { CARRIER_NAME_ALIASES, GENERIC_CARRIER_WORDS, HANDOFF_NAME_STOP_WORDS, HANDOFF_NAME_STOP_WORDS_ZH } from './data/text-rules-carriers.js';
import { DE_TEXT_RULES } from './data/text-rules-de.js';
import { EN_TEXT_RULES } from './data/text-rules-en.js';
import { ES_TEXT_RULES } from './data/text-rules-es.js';
import { FR_TEXT_RULES } from './data/text-rules-fr.js';
import { ZH_TEXT_RULES } from './data/text-rules-zh.js';

/** Languages the classifier has rules for (ISO 639-1). */
export type TextLanguage = 'zh' | 'en' | 'fr' | 'de' | 'es';

/** The languages with rules, in the order they are tried when the language is not known. */
export const TEXT_LANGUAGES: readonly TextLanguage[] = Object.freeze(['zh', 'en', 'fr', 'de', 'es']);

/**
 * What a rule recognises, in priority order: when several rules match one text, the one whose intent comes
 * first wins (a completed return beats a return in progress, which beats "delivered"; "customs released"
 * beats "presented to customs"). Within one intent, the rule listed first in the data wins, so the data
 * lists specific phrasings before general ones.
 */
export const TEXT_INTENTS = [
  'returned',
  'returning',
  'delivered_to_carrier',
  'delivered',
  'pickup',
  'attempt',
  'out_for_delivery',
  'duties',
  'customs_held',
  'customs_released',
  'customs_presented',
  'problem',
  'handoff',
  'destination',
  'origin',
  'movement',
  'accepted',
  'info',
] as const;
/** One step of the priority order, see {@link TEXT_INTENTS}. */
export type TextIntent = (typeof TEXT_INTENTS)[number];

/**
 * One classification rule, written as data. Phrases are matched after the same normalization the text goes
 * through (Unicode NFKC, lower case, accents folded, `ß` as `ss`, spaces collapsed), so write them as people
 * do (`Zustellversuch`, `retourné à l'expéditeur`). In every language but Chinese a phrase must stand as
 * whole words; a `*` at either end lifts that (`zustell*` also matches `Zustellung`).
 */
export interface TextRule {
  /** Stable id, `<language>.<name>` (`en.customs-released`). */
  id: string;
  intent: TextIntent;
  status: TrackingStatus;
  subStatus: SubStatus;
  /** The rule fires when the text contains one of these phrases... */
  any: readonly string[];
  /** ...and, when given, also one of these... */
  and?: readonly string[];
  /** ...and none of these: negations, forecasts and other meanings that share the words. */
  unless?: readonly string[];
  /** For handoffs: the next carrier's name follows one of these phrases (`handed over to`). */
  handoffAfter?: readonly string[];
  /** A sentence the rule must classify; the rule's own test. */
  example: string;
}

/** The next carrier a text names. */
export interface HandoffCarrier {
  /** The name as the text writes it (`USPS`, `Canada Post`). */
  name: string;
  /** parceline carrier or post id when the name is a known one (`usps`), otherwise `null`. */
  carrier: string | null;
}

/** What {@link classifyText} found. */
export interface TextClassification {
  /** Our status; `unknown` when no rule matched. */
  status: TrackingStatus;
  subStatus: SubStatus;
  /** False when no rule matched (status and subStatus are then `unknown`). */
  known: boolean;
  /** The language whose rule matched, else the language asked for or detected, else `null`. */
  language: TextLanguage | null;
  /** Id of the rule that matched. */
  rule?: string;
  /** The text, exactly as given. */
  text: string;
  /** The next carrier, when the text announces a handoff and names it. */
  handoffCarrier?: HandoffCarrier;
}

/** Options of {@link classifyText}. */
export interface ClassifyTextOptions {
  /**
   * BCP 47 language of the text (`zh-CN`, `fr`, `de-AT`). Only that language's rules are tried. Absent or
   * unsupported: Chinese when the text holds Han characters (then the others if no Chinese rule matches),
   * else every other language, the best-ranked match winning.
   */
  language?: string | undefined;
}

/** Texts longer than this are classified on their first characters only (tracking texts are short). */
export const MAX_CLASSIFIED_TEXT_LENGTH = 4000;

/** Longest carrier name taken from a handoff sentence. */
const MAX_CARRIER_NAME_LENGTH = 48;

const RULES: Readonly<Record<TextLanguage, readonly TextRule[]>> = {
  zh: ZH_TEXT_RULES,
  en: EN_TEXT_RULES,
  fr: FR_TEXT_RULES,
  de: DE_TEXT_RULES,
  es: ES_TEXT_RULES,
};

/**
 * Every rule of one language, in the order they are tried (by intent, then as listed).
 *
 * @example
 * textRulesOf('fr')[0]?.id; // 'fr.returned-to-sender'
 */
export function textRulesOf(language: TextLanguage): readonly TextRule[] {
  return compiled()[language].map((entry) => entry.rule);
}

/**
 * Classifies one tracking sentence. Pure, linear in the text's length, and never throws: a text no rule
 * recognises gives `unknown` / `unknown` with `known: false` and the text kept.
 *
 * @example
 * classifyText('Held by import Customs');
 * // { status: 'customs_held', subStatus: 'customs_held', known: true, language: 'en', rule: 'en.customs-held', ... }
 * classifyText('【美国】已妥投');
 * // { status: 'delivered', subStatus: 'delivered', known: true, language: 'zh', rule: 'zh.delivered', ... }
 * classifyText('Item handed over to USPS for delivery');
 * // { status: 'in_transit', subStatus: 'handed_over', ..., handoffCarrier: { name: 'USPS', carrier: 'usps' } }
 */
export function classifyText(text: string, options: ClassifyTextOptions = {}): TextClassification {
  const original = typeof text === 'string' ? text : '';
  const sample = original.length > MAX_CLASSIFIED_TEXT_LENGTH ? original.slice(0, MAX_CLASSIFIED_TEXT_LENGTH) : original;
  const normalized = normalizeForMatching(sample);
  const requested = toTextLanguage(options.language);
  const hasHan = requested === undefined && HAN.test(sample);
  const rules = compiled();

  let best: { entry: CompiledRule; language: TextLanguage } | undefined;
  if (requested !== undefined) {
    const entry = firstMatch(rules[requested], normalized);
    if (entry) best = { entry, language: requested };
  } else {
    const order: readonly TextLanguage[] = hasHan ? TEXT_LANGUAGES : rankLatinLanguages(normalized);
    for (const language of order) {
      const entry = firstMatch(rules[language], normalized);
      if (entry && (best === undefined || entry.rank < best.entry.rank)) best = { entry, language };
      // Han text is Chinese: the Latin languages are only a fallback when no Chinese rule matched.
      if (hasHan && language === 'zh' && best !== undefined) break;
    }
  }

  if (best === undefined) {
    return { status: 'unknown', subStatus: 'unknown', known: false, language: requested ?? (hasHan ? 'zh' : null), text: original };
  }
  const { rule } = best.entry;
  const result: TextClassification = {
    status: rule.status,
    subStatus: rule.subStatus,
    known: true,
    language: best.language,
    rule: rule.id,
    text: original,
  };
  if (best.entry.handoffAfter.length > 0) {
    const handoffCarrier = extractHandoffCarrier(sample, best.entry.handoffAfter);
    if (handoffCarrier) result.handoffCarrier = handoffCarrier;
  }
  return result;
}

/**
 * The parceline carrier or post id for a carrier's name as texts write it (`USPS`, `United States Postal
 * Service`, `Royal Mail`, `La Poste`, `中国邮政`), or `null` when the name is not a known one.
 *
 * @example
 * findCarrierIdByName('Canada Post'); // 'canada-post'
 * findCarrierIdByName('Speedy Couriers Ltd'); // null
 */
export function findCarrierIdByName(name: string): string | null {
  return carrierNames().get(nameKey(name)) ?? null;
}

/* ---------- normalization ---------- */

const HAN = /\p{Script=Han}/u;
const WORD_CHARACTER = /[\p{L}\p{N}]/u;
const MARKS = /\p{M}+/gu;
const APOSTROPHES = /[\u2018\u2019\u02BC\u0060\u00B4]/g;
const SPACES = /\s+/g;

/**
 * The form phrases and texts are compared in: NFKC, lower case, accents folded, `ß` as `ss`, typographic
 * apostrophes as `'`, runs of white space as one space, trimmed.
 *
 * @example
 * normalizeForMatching('  Retourné à l’expéditeur '); // "retourne a l'expediteur"
 */
export function normalizeForMatching(text: string): string {
  // Text made only of characters that Unicode normalization, case folding and mark removal leave alone
  // (ASCII, CJK ideographs, common CJK brackets): the same steps without the two normalizations.
  if (isStableForMatching(text)) return text.toLowerCase().replace(APOSTROPHES, "'").replace(SPACES, ' ').trim();
  return text
    .normalize('NFKC')
    .toLowerCase()
    .normalize('NFD')
    .replace(MARKS, '')
    .replace(/ß/g, 'ss')
    .replace(APOSTROPHES, "'")
    .replace(SPACES, ' ')
    .trim();
}

/**
 * Whether every character is ASCII, a CJK unified ideograph (extension A or the main block) or one of the CJK
 * punctuation marks U+3001, U+3002, U+3008-U+3011: characters that NFKC and NFD leave unchanged, that are not
 * marks, that have no case outside ASCII, and that never combine with a neighbour. For such text only the
 * ASCII steps of {@link normalizeForMatching} change anything.
 */
function isStableForMatching(text: string): boolean {
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code < 0x80 || (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf)) continue;
    if (code === 0x3001 || code === 0x3002 || (code >= 0x3008 && code <= 0x3011)) continue;
    return false;
  }
  return true;
}

/** Common short words per language: a cheap hint for which language to prefer when two rules tie. */
const FUNCTION_WORDS: Readonly<Record<Exclude<TextLanguage, 'zh'>, ReadonlySet<string>>> = {
  en: new Set(['the', 'to', 'of', 'and', 'your', 'has', 'been', 'was', 'is', 'at', 'for', 'item', 'by']),
  fr: new Set(['le', 'la', 'les', 'du', 'des', 'au', 'aux', 'votre', 'est', 'a', 'pour', 'colis', 'et', 'en']),
  de: new Set(['der', 'die', 'das', 'dem', 'den', 'und', 'wurde', 'wird', 'ist', 'im', 'zur', 'zum', 'sendung']),
  es: new Set(['el', 'los', 'las', 'su', 'del', 'al', 'envio', 'ha', 'por', 'para', 'y', 'un', 'una']),
};

/** The Latin-script languages, those whose common words the text uses most first (stable otherwise). */
function rankLatinLanguages(normalized: string): readonly TextLanguage[] {
  const scores: Record<string, number> = { en: 0, fr: 0, de: 0, es: 0 };
  for (const token of normalized.split(/[^\p{L}]+/u)) {
    if (token === '' || token.length > 8) continue;
    for (const language of ['en', 'fr', 'de', 'es'] as const) if (FUNCTION_WORDS[language].has(token)) scores[language]! += 1;
  }
  return (['en', 'fr', 'de', 'es'] as const).slice().sort((a, b) => (scores[b] as number) - (scores[a] as number));
}

function toTextLanguage(language: string | undefined): TextLanguage | undefined {
  if (typeof language !== 'string') return undefined;
  const primary = language.trim().toLowerCase().split(/[-_]/)[0];
  return (TEXT_LANGUAGES as readonly string[]).includes(primary ?? '') ? (primary as TextLanguage) : undefined;
}

/* ---------- compiled rules ---------- */

interface CompiledPhrase {
  /** Index of the phrase among its language's phrases (for the marks of {@link firstMatch}). */
  id: number;
  text: string;
  /** Whether the character before the phrase must not be a letter or digit. */
  left: boolean;
  /** Whether the character after the phrase must not be a letter or digit. */
  right: boolean;
}

interface CompiledRule {
  rule: TextRule;
  rank: number;
  any: readonly CompiledPhrase[];
  and: readonly CompiledPhrase[] | null;
  unless: readonly CompiledPhrase[];
  handoffAfter: readonly CompiledPhrase[];
}

let compiledRules: Readonly<Record<TextLanguage, readonly CompiledRule[]>> | undefined;

function compiled(): Readonly<Record<TextLanguage, readonly CompiledRule[]>> {
  compiledRules ??= {
    zh: compileRules('zh', RULES.zh),
    en: compileRules('en', RULES.en),
    fr: compileRules('fr', RULES.fr),
    de: compileRules('de', RULES.de),
    es: compileRules('es', RULES.es),
  };
  return compiledRules;
}

function compileRules(language: TextLanguage, rules: readonly TextRule[]): readonly CompiledRule[] {
  const words = language !== 'zh';
  let nextId = 0;
  const compile = (phrase: string) => compilePhrase(phrase, words, nextId++);
  const list = rules.map((rule, index) => ({
    rule,
    rank: TEXT_INTENTS.indexOf(rule.intent),
    index,
    any: rule.any.map(compile),
    and: rule.and ? rule.and.map(compile) : null,
    unless: (rule.unless ?? []).map(compile),
    handoffAfter: (rule.handoffAfter ?? []).map(compile),
  }));
  list.sort((a, b) => a.rank - b.rank || a.index - b.index);
  const compiledList = Object.freeze(list.map(({ index: _index, ...entry }) => entry));
  indexPhrases(compiledList);
  return compiledList;
}

function compilePhrase(phrase: string, words: boolean, id: number): CompiledPhrase {
  const openLeft = phrase.startsWith('*');
  const openRight = phrase.endsWith('*');
  const text = normalizeForMatching(phrase.slice(openLeft ? 1 : 0, openRight ? -1 : undefined));
  return {
    id,
    text,
    left: words && !openLeft && WORD_CHARACTER.test(text.charAt(0)),
    right: words && !openRight && WORD_CHARACTER.test(text.charAt(text.length - 1)),
  };
}

/**
 * The first rule (in rank order) that matches. The text is read once: every phrase of the language that occurs
 * in it with its word boundaries is marked (one pass over the text, looking only at the phrases that start
 * with the character at hand), then the rules are tried against the marks. Same answer as trying
 * {@link findPhrase} for each phrase of each rule in turn, without scanning the text once per phrase.
 */
function firstMatch(rules: readonly CompiledRule[], text: string): CompiledRule | undefined {
  if (text === '') return undefined;
  const index = phraseIndexes.get(rules);
  if (index === undefined) return undefined;
  const mark = markPhrases(index, text);
  const marks = index.marks;
  for (const entry of rules) {
    if (!anyMarked(entry.any, marks, mark)) continue;
    if (entry.and !== null && !anyMarked(entry.and, marks, mark)) continue;
    if (anyMarked(entry.unless, marks, mark)) continue;
    return entry;
  }
  return undefined;
}

function anyMarked(phrases: readonly CompiledPhrase[], marks: Int32Array, mark: number): boolean {
  for (let index = 0; index < phrases.length; index++) if (marks[(phrases[index] as CompiledPhrase).id] === mark) return true;
  return false;
}

/** Every phrase of one language's rules, by the first UTF-16 unit of its text. */
interface PhraseIndex {
  byFirstUnit: Map<number, CompiledPhrase[]>;
  /** `marks[phrase.id] === mark` when the phrase occurs in the text of the pass that used `mark`. */
  marks: Int32Array;
  lastMark: number;
}

/** One index per compiled rule list (weakly held: the lists live as long as the compiled rules). */
const phraseIndexes = new WeakMap<readonly CompiledRule[], PhraseIndex>();

function indexPhrases(rules: readonly CompiledRule[]): void {
  const byFirstUnit = new Map<number, CompiledPhrase[]>();
  let count = 0;
  for (const entry of rules) {
    for (const phrase of [...entry.any, ...(entry.and ?? []), ...entry.unless]) {
      count = Math.max(count, phrase.id + 1);
      // An empty phrase never matches (findPhrase gives -1 for it): it is never marked.
      if (phrase.text === '') continue;
      const unit = phrase.text.charCodeAt(0);
      const list = byFirstUnit.get(unit);
      if (list === undefined) byFirstUnit.set(unit, [phrase]);
      else if (!list.includes(phrase)) list.push(phrase);
    }
  }
  phraseIndexes.set(rules, { byFirstUnit, marks: new Int32Array(count), lastMark: 0 });
}

/** Marks the phrases that occur in `text` with their word boundaries; gives the mark of this pass. */
function markPhrases(index: PhraseIndex, text: string): number {
  if (index.lastMark >= 0x7fffffff) {
    index.marks.fill(0);
    index.lastMark = 0;
  }
  const mark = ++index.lastMark;
  const { byFirstUnit, marks } = index;
  const length = text.length;
  for (let start = 0; start < length; start++) {
    const candidates = byFirstUnit.get(text.charCodeAt(start));
    if (candidates === undefined) continue;
    for (const phrase of candidates) {
      if (marks[phrase.id] === mark || !text.startsWith(phrase.text, start)) continue;
      const end = start + phrase.text.length;
      const before = start === 0 || !phrase.left || !WORD_CHARACTER.test(text.charAt(start - 1));
      const after = end >= length || !phrase.right || !WORD_CHARACTER.test(text.charAt(end));
      if (before && after) marks[phrase.id] = mark;
    }
  }
  return mark;
}

/**
 * Index of the first occurrence of `phrase` at or after `from` that respects its word boundaries, or -1.
 * Each candidate is found with `indexOf` and the search resumes after it, so the cost stays linear in the
 * text for a given phrase.
 */
function findPhrase(text: string, phrase: CompiledPhrase, from: number): number {
  const needle = phrase.text;
  if (needle === '') return -1;
  let index = text.indexOf(needle, from);
  while (index >= 0) {
    const before = index === 0 || !phrase.left || !WORD_CHARACTER.test(text.charAt(index - 1));
    const end = index + needle.length;
    const after = end >= text.length || !phrase.right || !WORD_CHARACTER.test(text.charAt(end));
    if (before && after) return index;
    index = text.indexOf(needle, index + 1);
  }
  return -1;
}

/* ---------- handoff carrier ---------- */

/**
 * Finds the carrier name after a handoff marker. The text is normalized one character at a time, keeping
 * where each normalized character came from, so the name is cut from the original text with its own case.
 */
function extractHandoffCarrier(text: string, markers: readonly CompiledPhrase[]): HandoffCarrier | undefined {
  const { normalized, origins } = normalizeWithOrigins(text);
  let start = -1;
  for (const marker of markers) {
    const index = findPhrase(normalized, marker, 0);
    if (index >= 0 && (start < 0 || index < start)) start = index + marker.text.length;
  }
  if (start < 0) return undefined;
  while (start < normalized.length && /[\s(\[【「:：-]/.test(normalized.charAt(start))) start++;
  let end = start;
  while (end < normalized.length && end - start < MAX_CARRIER_NAME_LENGTH * 2) {
    const character = normalized.charAt(end);
    if (/[.;,!?)\]】」(（。，；！？]/.test(character)) break;
    if (character === ' ' && startsStopWord(normalized, end + 1)) break;
    if (end > start && HANDOFF_NAME_STOP_WORDS_ZH.some((word) => normalized.startsWith(word, end))) break;
    end++;
  }
  if (end <= start) return undefined;
  const from = origins[start] as number;
  const to = (origins[end - 1] as number) + 1;
  let name = text.slice(from, to).trim();
  if (/^the\s/i.test(name)) name = name.slice(4).trim();
  if (name === '' || name.length > MAX_CARRIER_NAME_LENGTH) return undefined;
  if (GENERIC_CARRIER_WORDS.has(nameKey(name))) return undefined;
  return { name, carrier: findCarrierIdByName(name) };
}

function startsStopWord(text: string, index: number): boolean {
  for (const word of HANDOFF_NAME_STOP_WORDS) {
    if (!text.startsWith(word, index)) continue;
    const end = index + word.length;
    if (end >= text.length || !WORD_CHARACTER.test(text.charAt(end))) return true;
  }
  return false;
}

/** Normalizes like {@link normalizeForMatching}, recording the original index of each output character. */
function normalizeWithOrigins(text: string): { normalized: string; origins: number[] } {
  let normalized = '';
  const origins: number[] = [];
  let previousSpace = true;
  for (let index = 0; index < text.length; ) {
    const codePoint = text.codePointAt(index) as number;
    const character = String.fromCodePoint(codePoint);
    const folded = normalizeForMatchingRaw(character);
    for (const output of folded) {
      const space = output === ' ';
      if (space && previousSpace) continue;
      normalized += output;
      origins.push(index);
      previousSpace = space;
    }
    index += character.length;
  }
  while (normalized.endsWith(' ')) {
    normalized = normalized.slice(0, -1);
    origins.pop();
  }
  return { normalized, origins };
}

/** {@link normalizeForMatching} without trimming, for one character at a time. */
function normalizeForMatchingRaw(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .normalize('NFD')
    .replace(MARKS, '')
    .replace(/ß/g, 'ss')
    .replace(APOSTROPHES, "'")
    .replace(SPACES, ' ');
}

let carrierNameIndex: ReadonlyMap<string, string> | undefined;

function carrierNames(): ReadonlyMap<string, string> {
  if (carrierNameIndex) return carrierNameIndex;
  const index = new Map<string, string>();
  const ambiguous = new Set<string>();
  const add = (name: string, id: string) => {
    const key = nameKey(name);
    if (key === '' || ambiguous.has(key)) return;
    const existing = index.get(key);
    if (existing !== undefined && existing !== id) {
      index.delete(key);
      ambiguous.add(key);
      return;
    }
    index.set(key, id);
  };
  // Designated posts by their common name without the parenthesis ("La Poste (Colissimo for parcels)").
  for (const post of Object.values(UPU_POSTS)) add(post.name.replace(/\s*\(.*\)\s*$/, ''), post.id);
  // Our own aliases win over the posts' names.
  for (const [name, id] of Object.entries(CARRIER_NAME_ALIASES)) {
    const key = nameKey(name);
    ambiguous.delete(key);
    index.set(key, id);
  }
  carrierNameIndex = index;
  return index;
}

/** A carrier name reduced to letters and digits (`U.S. Postal Service` and `us postal service` are one key). */
function nameKey(name: string): string {
  return normalizeForMatching(name).replace(/[^\p{L}\p{N}]+/gu, '');
}
