import type { SubStatus, TrackingStatus } from '../schema/status.js';

/**
 * One line of a carrier's status table: our status (or `null` for "keeps the status in force") and
 * subStatus. Write the carrier's meaning as a trailing comment on each line.
 */
export type StatusTableEntry = readonly [status: TrackingStatus | null, subStatus: SubStatus];

/** What a status mapper answers for one carrier code. */
export interface MappedStatus {
  status: TrackingStatus | null;
  subStatus: SubStatus;
  /** False when the code is not in the table (the answer is then `unknown` / `unknown`). */
  known: boolean;
}

/** A lookup from a carrier's code to our status pair. */
export interface StatusMapper {
  map(code: string | null | undefined): MappedStatus;
  has(code: string): boolean;
  /** The table's codes, for docs and tests. */
  readonly codes: readonly string[];
}

const UNKNOWN: MappedStatus = Object.freeze({ status: 'unknown', subStatus: 'unknown', known: false });

/**
 * Builds a lookup from a data table of carrier codes. Codes are matched exactly unless
 * `caseInsensitive` is set. An unknown code gives `unknown` / `unknown` with `known: false`, so the
 * adapter can keep the raw code and add a warning; it never throws.
 *
 * @example
 * const mapper = createStatusMapper({
 *   DL: ['delivered', 'delivered'], // delivered
 *   OF: ['out_for_delivery', 'out_for_delivery'], // out for delivery
 * });
 * mapper.map('DL'); // { status: 'delivered', subStatus: 'delivered', known: true }
 */
export function createStatusMapper(
  table: Readonly<Record<string, StatusTableEntry>>,
  options: { caseInsensitive?: boolean } = {},
): StatusMapper {
  const normalize = options.caseInsensitive ? (code: string) => code.toUpperCase() : (code: string) => code;
  const lookup = new Map<string, MappedStatus>();
  for (const [code, [status, subStatus]] of Object.entries(table)) {
    lookup.set(normalize(code), Object.freeze({ status, subStatus, known: true }));
  }
  return {
    map(code) {
      if (code === null || code === undefined) return UNKNOWN;
      return lookup.get(normalize(code)) ?? UNKNOWN;
    },
    has(code) {
      return lookup.has(normalize(code));
    },
    codes: Object.freeze(Object.keys(table)),
  };
}
