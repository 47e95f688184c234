/**
 * Replaces every occurrence of the given secrets (and their Basic-auth, URL-encoded and form-encoded forms) in a text
 * with `[redacted]`. The HTTP layer runs every message it builds through this before an error leaves it.
 */
export function redactSecrets(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const secret of secrets) {
    if (secret.length < 4) continue;
    // Form bodies (URLSearchParams) encode `!'()~` and spaces unlike encodeURIComponent: redact that form too.
    for (const form of new Set([secret, encodeURIComponent(secret), new URLSearchParams({ s: secret }).toString().slice(2)])) {
      out = out.split(form).join('[redacted]');
    }
  }
  return out.replace(/\b(Bearer|Basic)\s+[A-Za-z0-9._~+/=-]+/g, '$1 [redacted]');
}
