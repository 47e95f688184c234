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
