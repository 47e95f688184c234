import type { SubStatus, TrackingStatus } from '../../src/adapter-kit/index.js';
import {
  UPS_ACTIVITY_TYPES,
  UPS_CODE_TABLES,
  UPS_EMPTY_ROLL_UPS,
  UPS_GENERIC_ROLL_UPS,
  UPS_LOOKUP_ORDER,
  UPS_ROLL_UPS,
  type UpsCodeTableName,
} from './ups-status-map.js';

/** The three codes of one UPS activity (`activity[].status`). */
export interface UpsActivityCodes {
  /** Activity type (`D`, `I`, `M`, `MV`, `X`, `U`, ...). */
  type?: string | null | undefined;
  /** Short activity or exception code (`AR`, `1C`). */
  code?: string | null | undefined;
  /** Three-digit roll-up (`005`), read as an integer. */
  statusCode?: string | null | undefined;
}

/** What {@link mapUpsActivity} answers. */
export interface UpsActivityMapping {
  /** `null`: informational, keeps the status in force (always with `generic_update`). */
  status: TrackingStatus | null;
  subStatus: SubStatus;
  /** What decided the answer: the code's row (with the roll-up), the roll-up alone, the activity type alone, or nothing. */
  basis: 'code' | 'roll_up' | 'activity_type' | 'none';
  /** The code list the code was found in. */
  table?: UpsCodeTableName | undefined;
  /** False when UPS sent a code that none of the lists for its type holds (the caller adds a warning). */
  codeKnown: boolean;
}

/** subStatus ids that say nothing the roll-up cannot say better (reference §5 step 3). */
const GENERIC_SUB_STATUSES: ReadonlySet<SubStatus> = new Set<SubStatus>(['in_transit', 'exception', 'generic_update']);

/**
 * Maps one UPS activity to our status and subStatus, following reference/carriers/ups.md §5 "How to map
 * an activity":
 * 1. the roll-up `statusCode` (integer) is looked up; "no information" roll-ups count as missing;
 * 2. the code is looked up in the lists of its type only (the same code means different things in different
 *    lists: `XD` is a drop-off scan for `I` but an import scan for `X`); a three-digit code is a freight
 *    activity; Mail Innovations numbers read the Mail Innovations list first;
 * 3. status: the roll-up's, unless it is generic ("exception", "delay", "held") or missing, then the code's;
 *    subStatus: the code's, unless it is generic, then the roll-up's;
 * 4. code unknown: the roll-up alone; then the activity type alone; then `unknown` / `unknown`.
 * A `null` status is always paired with `generic_update`.
 *
 * @example
 * mapUpsActivity({ type: 'X', code: '1C', statusCode: '029' });
 * // { status: 'awaiting_payment', subStatus: 'duties_taxes_due', basis: 'code', table: 'exceptions', codeKnown: true }
 */
export function mapUpsActivity(codes: UpsActivityCodes, options: { mailInnovations?: boolean } = {}): UpsActivityMapping {
  const type = cleanCode(codes.type);
  const code = cleanCode(codes.code);
  const rollUpKey = readRollUp(codes.statusCode);
  const rollUp = rollUpKey !== undefined && !UPS_EMPTY_ROLL_UPS.has(rollUpKey) ? UPS_ROLL_UPS.map(rollUpKey) : undefined;
  const usableRollUp = rollUp?.known ? rollUp : undefined;

  const row = code === undefined ? undefined : lookUpCode(type, code, options.mailInnovations === true);
  if (row) {
    const status =
      usableRollUp && rollUpKey !== undefined && !UPS_GENERIC_ROLL_UPS.has(rollUpKey) ? usableRollUp.status : row.status;
    const subStatus = GENERIC_SUB_STATUSES.has(row.subStatus) && usableRollUp ? usableRollUp.subStatus : row.subStatus;
    return finish(status, subStatus, 'code', row.table, true);
  }
  const codeKnown = code === undefined;
  if (usableRollUp) return finish(usableRollUp.status, usableRollUp.subStatus, 'roll_up', undefined, codeKnown);
  const byType = type === undefined ? undefined : UPS_ACTIVITY_TYPES.map(type);
  if (byType?.known && byType.status !== 'unknown') return finish(byType.status, byType.subStatus, 'activity_type', undefined, codeKnown);
  return { status: 'unknown', subStatus: 'unknown', basis: 'none', codeKnown };
}

/** The lists a code is looked up in, in order, for an activity type. */
export function listUpsLookupOrder(type: string | undefined, code: string, mailInnovations: boolean): UpsCodeTableName[] {
  const order: UpsCodeTableName[] = [];
  if (mailInnovations) order.push('mailInnovations');
  if (/^\d{3}$/.test(code)) order.push('freightActivity');
  for (const table of (type === undefined ? undefined : UPS_LOOKUP_ORDER[type]) ?? []) {
    if (!order.includes(table)) order.push(table);
  }
  return order;
}

function lookUpCode(
  type: string | undefined,
  code: string,
  mailInnovations: boolean,
): { status: TrackingStatus | null; subStatus: SubStatus; table: UpsCodeTableName } | undefined {
  for (const table of listUpsLookupOrder(type, code, mailInnovations)) {
    const mapped = UPS_CODE_TABLES[table].map(code);
    if (mapped.known) return { status: mapped.status, subStatus: mapped.subStatus, table };
  }
  return undefined;
}

function finish(
  status: TrackingStatus | null,
  subStatus: SubStatus,
  basis: UpsActivityMapping['basis'],
  table: UpsCodeTableName | undefined,
  codeKnown: boolean,
): UpsActivityMapping {
  const mapping: UpsActivityMapping = { status, subStatus: status === null ? 'generic_update' : subStatus, basis, codeKnown };
  if (table !== undefined) mapping.table = table;
  return mapping;
}

function cleanCode(value: string | null | undefined): string | undefined {
  const text = value?.trim().toUpperCase();
  return text ? text : undefined;
}

function readRollUp(value: string | null | undefined): string | undefined {
  const text = value?.trim();
  return text && /^\d{1,3}$/.test(text) ? String(Number.parseInt(text, 10)) : undefined;
}
