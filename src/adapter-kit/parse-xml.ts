import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { CarrierResponseError } from '../errors/carrier-response-error.js';
import type { BodyContext } from './read-json-body.js';

/** One parsed XML value: an element's text, an element with children, or the repeats of an element. */
export type XmlNode = string | XmlElement | XmlNode[];

/**
 * An element with children (or attributes), keyed by local name (namespace prefixes removed). Text next to
 * child elements is under `#text`; attributes, when kept, under `@name`.
 */
export interface XmlElement {
  [name: string]: XmlNode;
}

/** What {@link parseXml} needs besides the body. */
export interface ParseXmlOptions extends BodyContext {
  /**
   * Elements that are always arrays, even when they occur once or not at all inside their parent: paths of
   * local names from the root, joined with dots (`tracking-detail.significant-events.occurrence`).
   */
  arrayPaths?: readonly string[] | undefined;
  /** Keep attributes as `@name` keys (default `false`: attributes are dropped). */
  attributes?: boolean | undefined;
}

/** The five entities XML predefines; no other named entity is ever expanded. */
const BUILT_IN_ENTITIES: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
const REFERENCE_PATTERN = /&([^;&\s]{0,32});?/g;
const TEXT_KEY = '#text';
const CDATA_KEY = '#cdata';
/** Anything that declares a document type or entities: refused before parsing (no DTD, no external entity). */
const DECLARATION_PATTERN = /<!\s*(?:DOCTYPE|ENTITY|ELEMENT|ATTLIST|NOTATION)/i;
const MAX_DEPTH = 100;

/**
 * Parses a carrier's XML body safely and predictably, for every XML carrier:
 *
 * - no document type: a body with `<!DOCTYPE` (or any entity, element or attribute declaration) is refused,
 *   so internal entities (billion laughs), external entities (`SYSTEM "file:///..."`) and DTD fetches never
 *   happen;
 * - only the five predefined entities (`&lt;` `&gt;` `&amp;` `&quot;` `&apos;`) and numeric character
 *   references (`&#233;`, `&#xE9;`) are decoded, in one pass (so `&amp;lt;` stays `&lt;`); any other
 *   reference is an error;
 * - every value stays a string, as sent (no number parsing: `0174` stays `0174`); values are trimmed; an
 *   empty element is `''`; CDATA is kept raw;
 * - namespace prefixes are removed, so elements are found by local name whatever namespace the carrier used;
 * - elements listed in `arrayPaths` are always arrays (empty when absent from a present parent);
 * - exactly one root element.
 *
 * The result has one key, the root element's local name. A body that is not well-formed XML, or breaks a
 * rule above, raises a {@link CarrierResponseError} naming the carrier and numbers, with a short summary
 * (never the body).
 *
 * @example
 * const document = parseXml(body, { carrierId: 'canada-post', arrayPaths: ['tracking-detail.significant-events.occurrence'] });
 * const detail = document['tracking-detail']; // { pin: '1371134583769923', 'significant-events': { occurrence: [...] } }
 */
export function parseXml(raw: unknown, options: ParseXmlOptions): XmlElement {
  const text = readText(raw, options);
  if (DECLARATION_PATTERN.test(text)) throw invalid(options, ['body: declares a document type or entities (DOCTYPE is not accepted)']);
  const validation = XMLValidator.validate(text);
  if (validation !== true) {
    const { line, msg } = validation.err;
    throw invalid(options, [`body: line ${line}: ${msg.slice(0, 120)}`]);
  }
  const arrayPaths = new Set(options.arrayPaths ?? []);
  const parser = new XMLParser({
    removeNSPrefix: true,
    ignoreAttributes: options.attributes !== true,
    attributeNamePrefix: '@',
    parseTagValue: false,
    parseAttributeValue: false,
    processEntities: false,
    htmlEntities: false,
    ignoreDeclaration: true,
    ignorePiTags: true,
    trimValues: true,
    textNodeName: TEXT_KEY,
    cdataPropName: CDATA_KEY,
    commentPropName: false,
    maxNestedTags: MAX_DEPTH,
    // Arrays are forced while copying (see finish), where each element's path is known anyway.
    jPath: false,
  });
  let parsed: unknown;
  try {
    parsed = parser.parse(text);
  } catch (error) {
    // Some parser messages quote the body around the fault ("Context: ..."): keep only the reason.
    const reason = String((error as Error).message).split(/Context:/)[0]?.trim() ?? '';
    throw invalid(options, [`body: ${reason.slice(0, 120) || 'refused by the XML parser'}`]);
  }
  const issues: string[] = [];
  const document = finish(parsed, '', arrayPaths, issues);
  if (issues.length > 0) throw invalid(options, issues);
  if (typeof document !== 'object' || Array.isArray(document)) throw invalid(options, ['body: no root element']);
  const roots = Object.keys(document);
  if (roots.length !== 1) throw invalid(options, [`body: ${roots.length === 0 ? 'no root element' : 'more than one root element'}`]);
  const root = roots[0] as string;
  const rootValue = document[root];
  if (Array.isArray(rootValue)) throw invalid(options, ['body: more than one root element']);
  addMissingArrays(document, arrayPaths);
  return document;
}

/**
 * Decodes the five predefined entities and numeric character references of one text, in one pass. Gives
 * `null` when the text holds any other reference, a bare `&`, or a reference to a character XML forbids.
 *
 * @example
 * decodeXmlText('Livr&#233; &amp; sign&eacute;'); // null (&eacute; is an HTML entity, not an XML one)
 * decodeXmlText('Livr&#233; &amp;lt;'); // 'Livré &lt;'
 */
export function decodeXmlText(text: string): string | null {
  if (!text.includes('&')) return text;
  let failed = false;
  const decoded = text.replace(REFERENCE_PATTERN, (whole, name: string) => {
    if (!whole.endsWith(';')) {
      failed = true;
      return whole;
    }
    const builtIn = BUILT_IN_ENTITIES[name];
    if (builtIn !== undefined) return builtIn;
    const numeric = /^#(?:x([0-9a-fA-F]{1,6})|(\d{1,7}))$/.exec(name);
    const codePoint = numeric ? Number.parseInt(numeric[1] ?? (numeric[2] as string), numeric[1] ? 16 : 10) : Number.NaN;
    if (!isAllowedCharacter(codePoint)) {
      failed = true;
      return whole;
    }
    return String.fromCodePoint(codePoint);
  });
  return failed ? null : decoded;
}

/** XML 1.0 `Char`: tab, newline, carriage return, and the ranges without surrogates and U+FFFE/U+FFFF. */
function isAllowedCharacter(codePoint: number): boolean {
  if (!Number.isInteger(codePoint)) return false;
  return (
    codePoint === 0x9 ||
    codePoint === 0xa ||
    codePoint === 0xd ||
    (codePoint >= 0x20 && codePoint <= 0xd7ff) ||
    (codePoint >= 0xe000 && codePoint <= 0xfffd) ||
    (codePoint >= 0x10000 && codePoint <= 0x10ffff)
  );
}

function readText(raw: unknown, options: ParseXmlOptions): string {
  let value = raw;
  if (value instanceof Uint8Array) value = new TextDecoder().decode(value);
  if (typeof value !== 'string') {
    throw invalid(options, [`body: expected XML text, got ${value === null ? 'null' : typeof value}`]);
  }
  const text = value.replace(/^\uFEFF/, '').trim();
  if (text === '') throw invalid(options, ['body: empty']);
  if (text[0] !== '<') throw invalid(options, [`body: not XML (starts with ${JSON.stringify(text.slice(0, 12))})`]);
  return text;
}

/** Decodes every text, joins CDATA into its element's text, and copies into fresh plain objects. */
function finish(value: unknown, path: string, arrayPaths: ReadonlySet<string>, issues: string[]): XmlNode {
  if (typeof value === 'string') return decodeOrReport(value, path, issues);
  if (Array.isArray(value)) return value.map((item) => finish(item, path, arrayPaths, issues));
  if (typeof value !== 'object' || value === null) return value === undefined || value === null ? '' : String(value);
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record);
  if (keys.length > 0 && keys.every((key) => key === TEXT_KEY || key === CDATA_KEY)) {
    const text = record[TEXT_KEY] === undefined ? '' : joinText(record[TEXT_KEY], path, issues, true);
    const cdata = record[CDATA_KEY] === undefined ? '' : joinText(record[CDATA_KEY], path, issues, false);
    return `${text}${cdata}`;
  }
  const out: XmlElement = {};
  for (const key of keys) {
    const child = record[key];
    // fast-xml-parser already refuses these names; never let one reach an object's prototype slot.
    if (key === '__proto__') continue;
    if (key === CDATA_KEY) {
      out[TEXT_KEY] = `${typeof out[TEXT_KEY] === 'string' ? out[TEXT_KEY] : ''}${joinText(child, path, issues, false)}`;
      continue;
    }
    const childPath = key === TEXT_KEY || key.startsWith('@') ? path : path === '' ? key : `${path}.${key}`;
    const copied = finish(child, childPath, arrayPaths, issues);
    out[key] = arrayPaths.has(childPath) && !key.startsWith('@') && !Array.isArray(copied) ? [copied] : copied;
  }
  return out;
}

function joinText(value: unknown, path: string, issues: string[], decode: boolean): string {
  const parts = Array.isArray(value) ? value : [value];
  return parts.map((part) => (decode ? decodeOrReport(String(part ?? ''), path, issues) : String(part ?? ''))).join('');
}

function decodeOrReport(text: string, path: string, issues: string[]): string {
  const decoded = decodeXmlText(text);
  if (decoded !== null) return decoded;
  if (issues.length < 10) issues.push(`${path || '(root)'}: a reference other than the five XML entities or a character reference`);
  return text;
}

/** An element listed in `arrayPaths` whose parent is present but which occurs zero times becomes `[]`. */
function addMissingArrays(document: XmlElement, arrayPaths: ReadonlySet<string>): void {
  for (const path of arrayPaths) {
    const names = path.split('.');
    const last = names.pop() as string;
    for (const parent of elementsAt(document, names)) {
      if (parent[last] === undefined) parent[last] = [];
    }
  }
}

/** Every element reached by following `names` from the document (through arrays). */
function elementsAt(node: XmlNode, names: readonly string[]): XmlElement[] {
  if (Array.isArray(node)) return node.flatMap((item) => elementsAt(item, names));
  if (typeof node === 'string') {
    // An empty element (`<significant-events/>`) parsed as '' stands for an element without children.
    return [];
  }
  if (names.length === 0) return [node];
  const [first, ...rest] = names as [string, ...string[]];
  const child = node[first];
  if (child === undefined) return [];
  if (child === '' && rest.length === 0) {
    const replacement: XmlElement = {};
    node[first] = replacement;
    return [replacement];
  }
  return elementsAt(child, rest);
}

function invalid(context: BodyContext, issues: string[]): CarrierResponseError {
  return new CarrierResponseError(`${context.carrierId} sent a body that is not well-formed XML`, {
    carrierId: context.carrierId,
    trackingNumbers: context.trackingNumbers,
    issues,
  });
}
