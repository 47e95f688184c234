import { USPS_NOT_FOUND_CODES } from './usps-status-map.js';

/** What an error body says, read without trusting its shape. */
export interface UspsErrorSummary {
  /** The first subordinate code (`150002`), else the top-level code (the HTTP status as a string). */
  code?: string | undefined;
  /** The first text (`error.message`, else a title or detail). */
  message?: string | undefined;
  /** Every text of the body, in order: `error.message`, then each entry's title and detail. */
  texts: string[];
  /** The body says "no tracking for this number (yet)": an outcome, not an error. */
  notFound: boolean;
}

/** Texts that mean "no tracking yet" without a documented code (v3r2 404s, legacy `7:` / `12:` prefixes). */
const NOT_FOUND_TEXT = /not (?:yet )?available|could not locate|may be incorrect|no record/i;

/**
 * Reads USPS's error body (`{ apiVersion, error: { code, message, errors: [{ code, title, detail }] } }`,
 * reference/carriers/usps.md §4) from a parsed value; `undefined` when the value is not that shape. "Not found"
 * is a documented `1500xx` code, a 404, or a 400 whose text says the status is not available. Values are cut
 * to 200 characters.
 *
 * @example
 * readUspsError({ error: { code: '400', errors: [{ code: '150002' }] } });
 * // { code: '150002', message: undefined, texts: [], notFound: true }
 */
export function readUspsError(value: unknown): UspsErrorSummary | undefined {
  const error = typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as { error?: unknown }).error : undefined;
  if (typeof error !== 'object' || error === null) return undefined;
  const record = error as { code?: unknown; message?: unknown; errors?: unknown };
  const items = Array.isArray(record.errors) ? record.errors.filter((item): item is Record<string, unknown> => typeof item === 'object' && item !== null) : [];
  const codes = items.map((item) => text(item.code)).filter((code): code is string => code !== undefined);
  const texts = [text(record.message), ...items.flatMap((item) => [text(item.title), text(item.detail)])].filter((entry): entry is string => entry !== undefined);
  const statusCode = text(record.code);
  const documented = codes.find((code) => USPS_NOT_FOUND_CODES[code] !== undefined);
  const notFound = documented !== undefined || statusCode === '404' || (statusCode === '400' && texts.some((entry) => NOT_FOUND_TEXT.test(entry)));
  return { code: documented ?? codes[0] ?? statusCode, message: texts[0], texts, notFound };
}

function text(value: unknown): string | undefined {
  if (typeof value !== 'string' && typeof value !== 'number') return undefined;
  const trimmed = String(value).trim();
  return trimmed ? trimmed.slice(0, 200) : undefined;
}
