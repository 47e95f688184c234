import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { isFlag, isList, isOptionalList, isOptionalObject, isPlainText, isRecord } from '../../src/adapter-kit/raw-body-checks.js';

const samples: unknown[] = [undefined, null, '', 'text', 0, 1.5, true, false, [], ['a'], [1], {}, { a: 'x' }, [undefined], new Array(2)];

/** True when zod accepts the value and gives it back unchanged. */
function keeps(schema: z.ZodType, value: unknown): boolean {
  const parsed = schema.safeParse(value);
  return parsed.success && Object.is(parsed.data, value);
}

describe('raw-body check building blocks', () => {
  it('accept exactly what their zod construct accepts unchanged, on scalars, lists and objects', () => {
    for (const value of samples) {
      expect(isPlainText(value), String(value)).toBe(keeps(z.string().nullish(), value));
      expect(isFlag(value), String(value)).toBe(keeps(z.union([z.boolean(), z.string()]).nullish(), value));
      expect(isRecord(value), String(value)).toBe(typeof value === 'object' && value !== null && !Array.isArray(value));
    }
  });

  it('read every index of a list, holes included, and let null and undefined through only when optional', () => {
    expect(isList(['a', 'b'], isPlainText)).toBe(true);
    expect(isList(['a', 1], isPlainText)).toBe(false);
    expect(isList(new Array(2), (item) => typeof item === 'string')).toBe(false);
    expect(isList(null, isPlainText)).toBe(false);
    expect(isOptionalList(null, isPlainText)).toBe(true);
    expect(isOptionalList(undefined, isPlainText)).toBe(true);
    expect(isOptionalList({ 0: 'a' }, isPlainText)).toBe(false);
    expect(isOptionalObject(null, () => false)).toBe(true);
    expect(isOptionalObject({ code: 'x' }, (record) => isPlainText(record.code))).toBe(true);
    expect(isOptionalObject({ code: 1 }, (record) => isPlainText(record.code))).toBe(false);
    expect(isOptionalObject(['x'], () => true)).toBe(false);
  });
});
