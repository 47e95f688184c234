import type { z } from 'zod';
import { CarrierResponseError } from '../errors/carrier-response-error.js';
import type { BodyContext } from './read-json-body.js';

/**
 * Checks a parsed body against the carrier's lenient raw schema. On a mismatch it raises a
 * {@link CarrierResponseError} whose `issues` name the paths that did not fit (at most ten), never values.
 *
 * @example
 * const body = validateRawBody(UpsTrackResponse, readJsonBody(raw, context), context);
 */
export function validateRawBody<Schema extends z.ZodType>(schema: Schema, value: unknown, context: BodyContext): z.infer<Schema> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issues = parsed.error.issues.slice(0, 10).map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`);
  throw new CarrierResponseError(`${context.carrierId} sent a body that does not fit its documented shape`, {
    carrierId: context.carrierId,
    trackingNumbers: context.trackingNumbers,
    issues,
  });
}
