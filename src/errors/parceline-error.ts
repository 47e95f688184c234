import { inspect } from 'node:util';

const MARKER = Symbol.for('parceline.error');

/** What every parceline error carries besides its message. */
export interface ParcelineErrorOptions {
  /** The carrier the failure belongs to, when there is one. */
  carrierId?: string | undefined;
  /** The tracking numbers the failure affects (empty when none). */
  trackingNumbers?: readonly string[] | undefined;
  /** Whether trying the same call again later may succeed. */
  isRetryable?: boolean | undefined;
  /** The underlying failure, already stripped of secrets by whoever raised this error. */
  cause?: unknown;
}

/**
 * Base of the one error family the SDK throws. Check with `ParcelineError.isInstance(e)` (works across
 * copies of the package) rather than `instanceof`.
 *
 * No message, cause, `toJSON()` or `util.inspect` output of a parceline error contains a credential or
 * token: the HTTP layer redacts them before an error is built, and inspection shows only the fields below.
 *
 * @example
 * try { await tracker.track('1Z...'); } catch (e) {
 *   if (ParcelineError.isInstance(e) && e.isRetryable) scheduleRetry();
 * }
 */
export class ParcelineError extends Error {
  private readonly [MARKER] = true;
  /** Stable SCREAMING_SNAKE code, one per class (see each subclass). */
  readonly code: string;
  readonly carrierId: string | undefined;
  readonly trackingNumbers: readonly string[];
  readonly isRetryable: boolean;

  constructor(code: string, message: string, options: ParcelineErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = new.target.name;
    this.code = code;
    this.carrierId = options.carrierId;
    this.trackingNumbers = Object.freeze([...(options.trackingNumbers ?? [])]);
    this.isRetryable = options.isRetryable ?? false;
  }

  /**
   * True for a parceline error of this class, even one thrown by another copy of the package:
   * `ParcelineError.isInstance(e)` accepts every parceline error, `RateLimitedError.isInstance(e)` only
   * rate-limit errors (and subclasses of it).
   */
  static isInstance<T extends ParcelineError>(this: abstract new (...args: never[]) => T, value: unknown): value is T {
    if (typeof value !== 'object' || value === null || (value as Record<symbol, unknown>)[MARKER] !== true) return false;
    if ((this as unknown) === ParcelineError) return true;
    for (let prototype = Object.getPrototypeOf(value); prototype !== null; prototype = Object.getPrototypeOf(prototype)) {
      if ((prototype.constructor as { name?: string } | undefined)?.name === this.name) return true;
    }
    return false;
  }

  /** A plain, secret-free object for logs. */
  toJSON(): Record<string, unknown> {
    return {
      name: this.name,
      code: this.code,
      message: this.message,
      carrierId: this.carrierId,
      trackingNumbers: this.trackingNumbers,
      isRetryable: this.isRetryable,
      ...this.details(),
      cause: describeCause(this.cause),
    };
  }

  /** Extra fields a subclass shows in `toJSON` and `inspect`. */
  protected details(): Record<string, unknown> {
    return {};
  }

  [inspect.custom](): string {
    return `${this.stack ?? `${this.name}: ${this.message}`}\n${inspect(this.toJSON(), { depth: 4 })}`;
  }
}

function describeCause(cause: unknown): unknown {
  if (cause === undefined) return undefined;
  if (ParcelineError.isInstance(cause)) return cause.toJSON();
  if (cause instanceof Error) {
    const code = (cause as { code?: unknown }).code;
    return { name: cause.name, message: cause.message, ...(typeof code === 'string' ? { code } : {}) };
  }
  return String(cause);
}
