import { inspect } from 'node:util';
import { RELIABILITY_CARRIERS } from './carrier-cases.js';

/**
 * Every form in which a secret could show up in a text: as is, URL-encoded, form-encoded, and, for long values,
 * its first and last 16 characters (what is left of a secret cut in the middle by a length limit).
 */
export function secretForms(values: readonly string[]): string[] {
  const forms = new Set<string>();
  for (const value of values) {
    if (value.length < 8) continue;
    forms.add(value);
    forms.add(encodeURIComponent(value));
    forms.add(new URLSearchParams({ v: value }).toString().slice(2));
    if (value.length > 20) {
      forms.add(value.slice(0, 16));
      forms.add(value.slice(-16));
    }
  }
  return [...forms];
}

/** The Basic-auth header values the carriers' credentials make (UPS token requests, Canada Post calls). */
export function basicForms(): string[] {
  return RELIABILITY_CARRIERS.flatMap((carrier) => {
    const [first, second] = Object.values(carrier.credentials);
    return first && second ? [Buffer.from(`${first}:${second}`).toString('base64')] : [];
  });
}

/**
 * What a user can see of an error: message, stack, every cause down the chain (message, stack, string form),
 * `toJSON()` through JSON.stringify, util.inspect with and without the custom inspector.
 */
export function visibleTexts(error: unknown): string[] {
  const texts: string[] = [];
  const seen = new Set<unknown>();
  for (let current: unknown = error; current !== undefined && current !== null && !seen.has(current); current = (current as { cause?: unknown }).cause) {
    seen.add(current);
    if (current instanceof Error) texts.push(current.message, String(current.stack));
    texts.push(String(current));
  }
  texts.push(JSON.stringify(error) ?? '');
  texts.push(inspect(error, { depth: 10 }));
  texts.push(inspect(error, { depth: 10, customInspect: false, showHidden: true }));
  return texts;
}

/** The secret forms found in any of the texts (empty when none leaks). */
export function findLeaks(texts: readonly string[], forms: readonly string[]): string[] {
  const joined = texts.join('\n');
  return forms.filter((form) => joined.includes(form));
}
