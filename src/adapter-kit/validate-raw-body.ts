import type { z } from 'zod';
import { CarrierResponseError } from '../errors/carrier-response-error.js';
import type { BodyContext } from './read-json-body.js';

/**
 * A fast, hand-written shape check that answers `true` only for values the raw schema accepts **and** would
 * give back unchanged in every field it declares (so the parser may read the value itself instead of zod's
 * copy). It may answer `false` for values the schema accepts (a number where a text is expected, which the
 * schema converts): those simply go through the schema. A check that answers `true` for a value the schema
 * refuses or changes is a bug; test each one against its schema on fixtures and mutated fixtures.
 */
export type RawBodyCheck = (value: unknown) => boolean;

/**
 * Checks a parsed body against the carrier's lenient raw schema. On a mismatch it raises a
 * {@link CarrierResponseError} whose `issues` name the paths that did not fit (at most ten), never values.
 *
 * With `fastCheck` (see {@link RawBodyCheck}), a body that passes it is returned as it is and zod is not run:
 * the common case costs a walk over the fields the schema declares instead of a full parse and copy. Bodies
 * that fail the fast check go through the schema as before, so conversions and errors are unchanged. The
 * parser must then treat the returned value as read-only and read only the fields the schema declares.
 *
 * @example
 * const body = validateRawBody(UpsTrackResponseBody, readJsonBody(raw, context), context);
 * const fast = validateRawBody(UpsTrackResponseBody, value, context, isPlainUpsTrackResponseBody);
 */
export function validateRawBody<Schema extends z.ZodType>(schema: Schema, value: unknown, context: BodyContext, fastCheck?: RawBodyCheck): z.infer<Schema> {
  if (fastCheck !== undefined && fastCheck(value)) return value as z.infer<Schema>;
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issues = parsed.error.issues.slice(0, 10).map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`);
  throw new CarrierResponseError(`${context.carrierId} sent a body that does not fit its documented shape`, {
    carrierId: context.carrierId,
    trackingNumbers: context.trackingNumbers,
    issues,
  });
}
