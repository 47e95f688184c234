/**
 * Lenient raw schemas of the China Post / EMS trace bodies: only the fields the parser reads, all
 * optional, numbers accepted where strings are documented. Private to the adapter.
 *
 * Shapes (reference `carriers/china-post.md` §2): the open-platform track query answer (apiCode 040001)
 * `{ serialNo, retCode, retMsg, retBody, retDate, success }` whose `retBody` is JSON text (or already an
 * object, or an array) holding `responseItems`; the JDPT trace query answer `{ responseState, errorDesc,
 * responseItems }`; a JDPT push `msgBody` `{ traces: [...] }`; and one decrypted 040002 push trace. All carry
 * the same trace item.
 */
import { z } from 'zod';
import { isFlag, isRecord } from '../../src/adapter-kit/index.js';

/** A scalar China Post may send as a string or a number; kept as a string. */
const Scalar = z
  .union([z.string(), z.number()])
  .nullish()
  .transform((value) => (value === null || value === undefined ? undefined : String(value)));

/** One trace item (an event). */
export const ChinaPostTraceItem = z.object({
  traceNo: Scalar,
  waybillNo: Scalar,
  opTime: Scalar,
  opCode: Scalar,
  opName: Scalar,
  opDesc: Scalar,
  opOrgCode: Scalar,
  opOrgName: Scalar,
  opOrgProvName: Scalar,
  opOrgCity: Scalar,
  productName: Scalar,
});
/** One trace item as read. */
export type ChinaPostTraceItem = z.infer<typeof ChinaPostTraceItem>;

/** A list of trace items. */
export const ChinaPostTraceItems = z.array(ChinaPostTraceItem);

/** The open platform's answer envelope (any apiCode). `retBody` is read in a second step. */
export const ChinaPostOpenResponse = z.object({
  serialNo: Scalar,
  retCode: Scalar,
  retMsg: Scalar,
  retBody: z.unknown().optional(),
  retDate: Scalar,
  success: z.union([z.boolean(), z.string()]).nullish(),
});
/** The open platform's answer envelope as read. */
export type ChinaPostOpenResponse = z.infer<typeof ChinaPostOpenResponse>;

/** The track query's business body, once `retBody` is parsed. */
export const ChinaPostTrackBody = z.object({
  responseItems: z.array(ChinaPostTraceItem).nullish(),
});

/** The JDPT trace query answer (`responseItems` may itself be JSON text). */
export const ChinaPostJdptResponse = z.object({
  responseState: z.union([z.boolean(), z.string()]).nullish(),
  errorDesc: Scalar,
  responseItems: z.unknown().optional(),
});

/** A JDPT push `msgBody`. */
export const ChinaPostJdptPush = z.object({
  traces: z.array(ChinaPostTraceItem),
});

/*
 * Fast shape checks: each accepts only bodies the schema above accepts *and* that the schema would give back
 * unchanged in every field it declares: a string or an absent value where `Scalar` is (the schema turns a
 * number into a string and `null` into `undefined`; such bodies go through the schema). `validateRawBody`
 * runs the schema whenever a check fails, so conversions and errors are the schema's.
 * test/adapter-kit/raw-body-guards.test.ts holds each check to its schema.
 */

/** `Scalar` given back unchanged: a string or `undefined`. */
function isPlainScalar(value: unknown): boolean {
  return value === undefined || typeof value === 'string';
}

/** Whether {@link ChinaPostTraceItem} would accept a value and give it back unchanged in every field it declares. */
export function isPlainChinaPostTraceItem(value: unknown): boolean {
  return (
    isRecord(value) &&
    isPlainScalar(value.traceNo) &&
    isPlainScalar(value.waybillNo) &&
    isPlainScalar(value.opTime) &&
    isPlainScalar(value.opCode) &&
    isPlainScalar(value.opName) &&
    isPlainScalar(value.opDesc) &&
    isPlainScalar(value.opOrgCode) &&
    isPlainScalar(value.opOrgName) &&
    isPlainScalar(value.opOrgProvName) &&
    isPlainScalar(value.opOrgCity) &&
    isPlainScalar(value.productName)
  );
}

/** Every item is a plain trace item (an index loop, as zod reads arrays, holes included). */
function isPlainItemList(value: unknown): boolean {
  if (!Array.isArray(value)) return false;
  for (let index = 0; index < value.length; index++) if (!isPlainChinaPostTraceItem(value[index])) return false;
  return true;
}

/** Whether {@link ChinaPostTraceItems} would accept a value and give it back unchanged in every field it declares. */
export function isPlainChinaPostTraceItems(value: unknown): boolean {
  return isPlainItemList(value);
}

/** Whether {@link ChinaPostOpenResponse} would accept a value and give it back unchanged in every field it declares. */
export function isPlainChinaPostOpenResponse(value: unknown): boolean {
  return (
    isRecord(value) &&
    isPlainScalar(value.serialNo) &&
    isPlainScalar(value.retCode) &&
    isPlainScalar(value.retMsg) &&
    isPlainScalar(value.retDate) &&
    isFlag(value.success)
  );
}

/** Whether {@link ChinaPostTrackBody} would accept a value and give it back unchanged in every field it declares. */
export function isPlainChinaPostTrackBody(value: unknown): boolean {
  if (!isRecord(value)) return false;
  const items = value.responseItems;
  return items === undefined || items === null || isPlainItemList(items);
}

/** Whether {@link ChinaPostJdptResponse} would accept a value and give it back unchanged in every field it declares. */
export function isPlainChinaPostJdptResponse(value: unknown): boolean {
  return isRecord(value) && isFlag(value.responseState) && isPlainScalar(value.errorDesc);
}

/** Whether {@link ChinaPostJdptPush} would accept a value and give it back unchanged in every field it declares. */
export function isPlainChinaPostJdptPush(value: unknown): boolean {
  return isRecord(value) && isPlainItemList(value.traces);
}
