import type { SubStatus, TrackingStatus } from '../../src/adapter-kit/index.js';
// Not exported from the kit's index yet (the lead adds them); then these imports move to index.js.
import { classifyText, type HandoffCarrier } from '../../src/adapter-kit/index.js';
import { isUpuEventCode, mapUpuEvent, UPU_TEXT_REFINED_CODES, type UpuEventCode } from '../../src/adapter-kit/index.js';
import {
  CHINA_POST_TEXT_DECIDED_CODES,
  CHINA_POST_TEXT_REFINED_CODES,
  chinaPostStatusMapper,
} from './china-post-status-map.js';

/** What one trace item's code and words say. */
export interface ChinaPostEventMapping {
  status: TrackingStatus | null;
  subStatus: SubStatus;
  /** False when the `opCode` is in neither China Post's table nor the UPU lists (or is missing). */
  codeKnown: boolean;
  /** What decided: the code, the code refined by the text, the text alone, or nothing (`unknown`). */
  basis: 'code' | 'code_and_text' | 'text' | 'none';
  /** The next carrier the text names, when it announces a handoff. */
  handoffCarrier?: HandoffCarrier | undefined;
}

/**
 * Maps one trace item, the code first and the text second (reference `carriers/china-post.md` §3):
 * 1. a UPU EMSEVT `opCode` (`EXA`, `EDC`...) goes through the kit's `mapUpuEvent`; a China Post code through
 *    the table in `china-post-status-map.ts`;
 * 2. for codes whose reason is in the words (failed attempt `705`, delivery `704`, flight landing `505`, the
 *    UPU `EDF` / `EMH`...), a text classification with the same status refines the subStatus;
 * 3. the generic `999`, and any code the tables do not know, take status and subStatus from the text
 *    classifier (`opDesc`, then `opName`); a generic `999` whose text says nothing known keeps the status in
 *    force (`null` / `generic_update`), an unknown code with unknown text is `unknown` / `unknown`.
 *
 * @example
 * mapChinaPostEvent({ opCode: '705', opName: '投递结果反馈-未妥投', opDesc: '收件人拒收' });
 * // { status: 'delivery_attempted', subStatus: 'refused_at_delivery', codeKnown: true, basis: 'code_and_text' }
 */
export function mapChinaPostEvent(fields: { opCode?: string | undefined; opName?: string | undefined; opDesc?: string | undefined }): ChinaPostEventMapping {
  const code = fields.opCode?.trim() ?? '';
  const words = [fields.opDesc, fields.opName].map((part) => part?.trim()).filter((part): part is string => Boolean(part)).join(' ');
  const upu = isUpuEventCode(code);
  const coded = upu ? mapUpuEvent(code) : chinaPostStatusMapper.map(code === '' ? null : code);
  const decidedByText = !coded.known || CHINA_POST_TEXT_DECIDED_CODES.has(code);
  const refinedByText = upu ? UPU_TEXT_REFINED_CODES.has(code.toUpperCase() as UpuEventCode) : CHINA_POST_TEXT_REFINED_CODES.has(code);

  if (decidedByText || refinedByText) {
    const classified = words === '' ? undefined : classifyText(words);
    const handoffCarrier = classified?.handoffCarrier;
    if (classified?.known) {
      if (decidedByText) {
        return { status: classified.status, subStatus: classified.subStatus, codeKnown: coded.known, basis: 'text', handoffCarrier };
      }
      // The UPU "held at the delivery office" may turn out to be waiting for collection or for payment.
      const anyStatus = upu && code.toUpperCase() === 'EDF' && ['available_for_pickup', 'awaiting_payment', 'in_transit'].includes(classified.status);
      if (anyStatus || classified.status === coded.status) {
        return { status: classified.status, subStatus: classified.subStatus, codeKnown: true, basis: 'code_and_text', handoffCarrier };
      }
    }
  }
  if (coded.known) return { status: coded.status, subStatus: coded.subStatus, codeKnown: true, basis: 'code' };
  return { status: 'unknown', subStatus: 'unknown', codeKnown: false, basis: 'none' };
}
