/** The code and message a carrier put in an error body, when it used one of the common shapes. */
export interface CarrierErrorSummary {
  code?: string;
  message?: string;
}

/**
 * Reads the carrier's own error code and message from an error body without trusting its shape:
 * UPS `response.errors[]`, FedEx `errors[]`, DHL problem+json (`title`, `detail`), `error` objects,
 * and XML `<code>` / `<description>` (Canada Post). Values are cut to 200 characters.
 */
export function summarizeErrorBody(body: string): CarrierErrorSummary {
  const text = body.trim();
  if (text.startsWith('{')) {
    try {
      return fromJson(JSON.parse(text));
    } catch {
      return {};
    }
  }
  if (text.startsWith('<')) {
    const code = /<code>([^<]{1,100})<\/code>/.exec(text)?.[1];
    const message = /<description>([^<]{1,400})<\/description>/.exec(text)?.[1];
    return clean({ code, message });
  }
  return {};
}

function fromJson(value: unknown): CarrierErrorSummary {
  if (typeof value !== 'object' || value === null) return {};
  const record = value as Record<string, unknown>;
  const nested = record.response as Record<string, unknown> | undefined;
  const list = (Array.isArray(nested?.errors) ? nested.errors : Array.isArray(record.errors) ? record.errors : undefined) as unknown[] | undefined;
  const first = list?.[0];
  if (typeof first === 'object' && first !== null) {
    const error = first as Record<string, unknown>;
    return clean({ code: scalar(error.code), message: scalar(error.message) });
  }
  if (typeof record.error === 'object' && record.error !== null) {
    const error = record.error as Record<string, unknown>;
    return clean({ code: scalar(error.code), message: scalar(error.message) });
  }
  return clean({
    code: scalar(record.code) ?? scalar(record.status) ?? scalar(record.error),
    message: scalar(record.detail) ?? scalar(record.title) ?? scalar(record.message) ?? scalar(record.error_description),
  });
}

function scalar(value: unknown): string | undefined {
  return typeof value === 'string' || typeof value === 'number' ? String(value) : undefined;
}

function clean(summary: { code?: string | undefined; message?: string | undefined }): CarrierErrorSummary {
  const out: CarrierErrorSummary = {};
  if (summary.code) out.code = summary.code.slice(0, 200);
  if (summary.message) out.message = summary.message.slice(0, 200);
  return out;
}
