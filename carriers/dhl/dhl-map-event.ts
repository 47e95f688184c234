import type { SubStatus, TrackingStatus } from '../../src/adapter-kit/index.js';
import { DHL_STATUS_CODES, dhlRuleTablesFor, type DhlRuleTable, type DhlTextLanguage, type DhlTextRuleRow } from './dhl-status-map.js';

/** Longest part of a text the rules look at; DHL's texts are a sentence or two. */
const MAX_MATCHED_LENGTH = 600;

/** `statusCode` values that a movement word ("arrived", "processed") must not overrule. */
const FIRM_STATUS_CODES: ReadonlySet<string> = new Set(['failure', 'delivered', 'pre-transit']);

/** What {@link mapDhlEvent} reads from one raw event. */
export interface DhlEventSignals {
  /** `statusCode` as sent (`transit`, ...), absent on Express events. */
  statusCode?: string | null | undefined;
  /** The texts in the order they are consulted: `description`, then `status`, then `remark` (reference §5.2). */
  texts: readonly (string | null | undefined)[];
  /** The shipment's `service` (`express`, `parcel-de`, `ecommerce`, ...): picks the division's rules. */
  service?: string | null | undefined;
}

/** What {@link mapDhlEvent} answers. */
export interface DhlEventMapping {
  /** `null` is never answered today; kept for the contract's "keep previous" events. */
  status: TrackingStatus | null;
  subStatus: SubStatus;
  /** What decided: a text rule, the `statusCode` alone, or nothing (`unknown`). */
  basis: 'text' | 'status_code' | 'none';
  /** False when DHL sent a `statusCode` outside its documented enum (the caller adds a warning). */
  statusCodeKnown: boolean;
  /** The language of the rule that matched (`null` when no rule matched). */
  language: DhlTextLanguage | null;
  /** The matched rule asks for the Express hold check against neighbouring customs events. */
  customsWhenNeighbour: boolean;
  /** Which rule matched, for tests and debugging (`express#10`). */
  rule?: string | undefined;
}

interface CompiledPhrase {
  text: string;
  anchored: boolean;
}

interface CompiledRule {
  any: readonly CompiledPhrase[];
  and: readonly CompiledPhrase[] | undefined;
  none: readonly CompiledPhrase[];
  row: DhlTextRuleRow;
  id: string;
}

interface CompiledTable {
  table: DhlRuleTable;
  rules: readonly CompiledRule[];
}

const compiledTables = new Map<DhlRuleTable, CompiledTable>();

/**
 * Folds a text for matching: compatibility forms, accents and case removed, runs of white space collapsed,
 * cut to {@link MAX_MATCHED_LENGTH} characters. Linear in the length of the text.
 *
 * @example
 * foldDhlText('Die  Sendung wurde ZURÜCKGESTELLT.'); // 'die sendung wurde zuruckgestellt.'
 */
export function foldDhlText(text: string): string {
  const head = text.slice(0, MAX_MATCHED_LENGTH * 2);
  const form = asciiForm(head);
  // ASCII text: NFKD changes nothing and there is no mark to remove, so only case and spaces are folded.
  if (form === PLAIN_ASCII) return head.toLowerCase().slice(0, MAX_MATCHED_LENGTH);
  if (form === SPACED_ASCII) return head.toLowerCase().replace(/\s+/g, ' ').trim().slice(0, MAX_MATCHED_LENGTH);
  return head
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, MAX_MATCHED_LENGTH);
}

/** ASCII whose only white space is single spaces between other characters: case is all there is to fold. */
const PLAIN_ASCII = 0;
/** ASCII with other white space (tabs, line breaks, runs, at either end). */
const SPACED_ASCII = 1;
const NOT_ASCII = 2;

function asciiForm(text: string): typeof PLAIN_ASCII | typeof SPACED_ASCII | typeof NOT_ASCII {
  let form: typeof PLAIN_ASCII | typeof SPACED_ASCII = PLAIN_ASCII;
  let previousSpace = true;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code > 0x7f) return NOT_ASCII;
    if (code === 0x20) {
      if (previousSpace) form = SPACED_ASCII;
      previousSpace = true;
    } else {
      // Tab, line feed, vertical tab, form feed, carriage return: the ASCII white space besides the space.
      if (code >= 0x09 && code <= 0x0d) form = SPACED_ASCII;
      previousSpace = false;
    }
  }
  return previousSpace ? SPACED_ASCII : form;
}

/**
 * Classifies one DHL event (reference/carriers/dhl.md §5):
 * 1. the texts are tried in order (`description`, `status`, `remark`); for each, the division's rules, then the
 *    English fallback, then the German one; the first rule that matches decides. Movement rules (`weak`) are
 *    skipped when the `statusCode` is `failure`, `delivered` or `pre-transit`;
 * 2. no rule matched: the `statusCode`'s default (`transit` → `in_transit`, `failure` → `exception`, ...);
 * 3. no usable `statusCode` either: `unknown` / `unknown`.
 * A `statusCode` outside the documented enum still lets the text decide, but is reported as unknown.
 *
 * @example
 * mapDhlEvent({ statusCode: 'transit', texts: ['Die Sendung wurde in das Zustellfahrzeug geladen.'], service: 'parcel-de' });
 * // { status: 'out_for_delivery', subStatus: 'out_for_delivery', basis: 'text', language: 'de', ... }
 */
export function mapDhlEvent(signals: DhlEventSignals): DhlEventMapping {
  const code = signals.statusCode?.trim().toLowerCase() || undefined;
  const coded = code === undefined ? undefined : DHL_STATUS_CODES.map(code);
  const statusCodeKnown = code === undefined || coded?.known === true;
  const firmCode = code !== undefined && coded?.known === true && FIRM_STATUS_CODES.has(code);
  const tables = dhlRuleTablesFor(signals.service);

  for (const text of signals.texts) {
    if (typeof text !== 'string') continue;
    const folded = foldDhlText(text);
    if (folded === '') continue;
    for (const table of tables) {
      const { rules } = compile(table);
      for (const rule of rules) {
        if (rule.row[3]?.weak && firmCode) continue;
        if (!matches(folded, rule)) continue;
        const [, status, subStatus, options] = rule.row;
        return {
          status,
          subStatus,
          basis: 'text',
          statusCodeKnown,
          language: table.language,
          customsWhenNeighbour: options?.customsWhenNeighbour === true,
          rule: rule.id,
        };
      }
    }
  }
  if (coded?.known) {
    return { status: coded.status, subStatus: coded.subStatus, basis: 'status_code', statusCodeKnown, language: null, customsWhenNeighbour: false };
  }
  return { status: 'unknown', subStatus: 'unknown', basis: 'none', statusCodeKnown, language: null, customsWhenNeighbour: false };
}

function matches(folded: string, rule: CompiledRule): boolean {
  if (!holdsAny(folded, rule.any)) return false;
  if (rule.and && !holdsAny(folded, rule.and)) return false;
  return !holdsAny(folded, rule.none);
}

function holdsAny(folded: string, phrases: readonly CompiledPhrase[]): boolean {
  for (let index = 0; index < phrases.length; index++) {
    const phrase = phrases[index] as CompiledPhrase;
    if (phrase.anchored ? folded.startsWith(phrase.text) : folded.includes(phrase.text)) return true;
  }
  return false;
}

function compile(table: DhlRuleTable): CompiledTable {
  const cached = compiledTables.get(table);
  if (cached) return cached;
  const rules = table.rows.map((row, index): CompiledRule => {
    const [phrases, , , options] = row;
    return {
      any: phrases.map(compilePhrase),
      and: options?.and?.map(compilePhrase),
      none: (options?.none ?? []).map(compilePhrase),
      row,
      id: `${table.name}#${index}`,
    };
  });
  const compiled = { table, rules };
  compiledTables.set(table, compiled);
  return compiled;
}

function compilePhrase(phrase: string): CompiledPhrase {
  const anchored = phrase.startsWith('^');
  // Folding trims, so keep a phrase's meaningful trailing space ("wird ", "not ") by folding the words only.
  const body = anchored ? phrase.slice(1) : phrase;
  const trailingSpace = body.endsWith(' ') ? ' ' : '';
  return { text: `${foldDhlText(body)}${trailingSpace}`, anchored };
}
