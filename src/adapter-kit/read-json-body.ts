import { CarrierResponseError } from '../errors/carrier-response-error.js';

/** Who a body belongs to, for the error it may raise. */
export interface BodyContext {
  carrierId: string;
  trackingNumbers?: readonly string[] | undefined;
}

/**
 * Accepts a JSON body as the carrier sent it (a string or bytes) or already parsed (a webhook payload)
 * and returns the parsed value. A body that is not JSON raises a {@link CarrierResponseError} naming the
 * carrier and numbers, with a short summary (never the body).
 *
 * @example
 * const value = readJsonBody(raw, { carrierId: 'ups' });
 */
export function readJsonBody(raw: unknown, context: BodyContext): unknown {
  if (raw instanceof Uint8Array) raw = new TextDecoder().decode(raw);
  if (typeof raw !== 'string') {
    if (raw === null || raw === undefined) throw invalid(context, ['body: empty']);
    return raw;
  }
  const text = raw.trim();
  if (text === '') throw invalid(context, ['body: empty']);
  if (text[0] !== '{' && text[0] !== '[') throw invalid(context, [`body: not JSON (starts with ${JSON.stringify(text.slice(0, 12))})`]);
  try {
    return JSON.parse(text);
  } catch (error) {
    throw invalid(context, [`body: not valid JSON (${(error as Error).message.slice(0, 80)})`]);
  }
}

function invalid(context: BodyContext, issues: string[]): CarrierResponseError {
  return new CarrierResponseError(`${context.carrierId} sent a body that is not JSON`, {
    carrierId: context.carrierId,
    trackingNumbers: context.trackingNumbers,
    issues,
  });
}
