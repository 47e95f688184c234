import { inspect } from 'node:util';

const REDACTED = '[redacted]';

/**
 * A credential (client secret, API key, password, token). It prints, serializes and inspects as
 * `[redacted]`; only the HTTP layer calls `reveal()` when it writes a request.
 *
 * @example
 * const key = new Secret(process.env.DHL_API_KEY!);
 * String(key); // '[redacted]'
 */
export class Secret {
  readonly #value: string;

  constructor(value: string) {
    this.#value = value;
  }

  /** The credential itself. Only for writing a request; never log it. */
  reveal(): string {
    return this.#value;
  }

  toString(): string {
    return REDACTED;
  }

  toJSON(): string {
    return REDACTED;
  }

  [inspect.custom](): string {
    return REDACTED;
  }
}

/** Wraps a credential in a {@link Secret}, or keeps `undefined` / an existing Secret as it is. */
export function toSecret(value: string | Secret | undefined): Secret | undefined {
  if (value === undefined || value === '') return undefined;
  return value instanceof Secret ? value : new Secret(value);
}
