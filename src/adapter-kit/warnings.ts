import type { TrackingWarning } from '../schema/tracking-result.js';

/**
 * The warning an adapter adds when it meets a code its status table does not know. The event itself
 * still appears, as `unknown`, with the raw code and text kept.
 *
 * @example
 * warnings.push(unknownCodeWarning('ups', 'I:ZZ', 'Mystery scan'));
 */
export function unknownCodeWarning(carrierId: string, code: string, text: string): TrackingWarning {
  return {
    code: 'UNKNOWN_CARRIER_CODE',
    message: `${carrierId} code ${code} is not in parceline's table${text ? ` (carrier text: ${text.slice(0, 120)})` : ''}`,
    rawCode: code,
  };
}

/** The warning an adapter adds when a wall time was resolved with an assumed zone. */
export function assumedZoneWarning(timeZone: string, reason: string): TrackingWarning {
  return { code: 'ASSUMED_TIME_ZONE', message: `time resolved in ${timeZone}, assumed: ${reason}` };
}

/** A warning the carrier itself sent alongside data. */
export function carrierWarning(code: string | undefined, message: string): TrackingWarning {
  return { code: 'CARRIER_WARNING', message, ...(code ? { rawCode: code } : {}) };
}

/**
 * The warnings with repeats removed (same code, raw code and message), first occurrence kept, order kept:
 * adapters collect warnings per event, and many events can raise the same one.
 *
 * @example
 * dedupeWarnings([assumedZoneWarning('UTC', 'no place'), assumedZoneWarning('UTC', 'no place')]).length; // 1
 */
export function dedupeWarnings(warnings: readonly TrackingWarning[]): TrackingWarning[] {
  const seen = new Set<string>();
  return warnings.filter((warning) => {
    const key = `${warning.code}\u001f${warning.rawCode ?? ''}\u001f${warning.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
