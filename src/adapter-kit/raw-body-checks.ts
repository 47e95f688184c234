/**
 * Building blocks of the fast raw-body checks (`isPlain…` in each `carriers/<id>/<id>-api.ts`, see
 * {@link RawBodyCheck}): each answers `true` only for a value the matching zod construct accepts and gives back
 * unchanged. Arrays are read with an index loop, as zod reads them (holes included).
 *
 * @example
 * const isPlainEvent = (value: unknown) => isRecord(value) && isPlainText(value.code) && isFlag(value.final);
 * isOptionalList(body.events, isPlainEvent);
 */
import type { RawBodyCheck } from './validate-raw-body.js';

/** A plain object (not `null`, not an array). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `z.string().nullish()` given back unchanged: a string, `null` or `undefined`. */
export function isPlainText(value: unknown): boolean {
  return value === undefined || value === null || typeof value === 'string';
}

/** `z.union([z.boolean(), z.string()]).nullish()`: a boolean, a string, `null` or `undefined`. */
export function isFlag(value: unknown): boolean {
  return value === undefined || value === null || typeof value === 'boolean' || typeof value === 'string';
}

/** `z.array(...)`: an array whose every item passes `check`. */
export function isList(value: unknown, check: RawBodyCheck): boolean {
  if (!Array.isArray(value)) return false;
  for (let index = 0; index < value.length; index++) if (!check(value[index])) return false;
  return true;
}

/** `z.array(...).nullish()`. */
export function isOptionalList(value: unknown, check: RawBodyCheck): boolean {
  return value === undefined || value === null || isList(value, check);
}

/** `.nullish()` around an object whose fields `check` reads. */
export function isOptionalObject(value: unknown, check: (record: Record<string, unknown>) => boolean): boolean {
  return value === undefined || value === null || (isRecord(value) && check(value));
}
