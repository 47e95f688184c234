/**
 * China Post / EMS `opCode` table: every code the reference lists, mapped to parceline's status and
 * subStatus. One line per code; the trailing comment is the code's `opName` / typical `opDesc` and its
 * meaning in our words. UPU EMSEVT codes that China Post sends as `opCode` (`EXA`, `EXB`, `EXC`, ...) are
 * not repeated here: they go through the adapter kit's `mapUpuEvent`.
 *
 * Source: parceline's reference notes on China Post (`carriers/china-post.md` §3, "opCode table (observed
 * codes)"): China Post publishes no official table; the codes were observed in one captured open-platform
 * response (August 2025) and in merchants' client code. Codes marked "(unverified)" have no observed wording
 * and a meaning guessed by one client; they are kept so that the raw code is recognised, not invented.
 *
 * A `null` status means "keep the status in force" (paired with `generic_update`): code `999` is a generic
 * "mail processing / state change" whose meaning is only in its text (see `china-post-map-event.ts`).
 */
import { createStatusMapper, type StatusTableEntry } from '../../src/adapter-kit/index.js';

/** China Post's own operation codes. */
export const CHINA_POST_OP_CODES = {
  '203': ['in_transit', 'picked_up'], // 收寄计费信息 / 中国邮政 已收取邮件: accepted and charged at the posting office
  '303': ['in_transit', 'processed'], // 揽投配发 / 邮件已在【…揽投部】完成分拣，准备发出: sorted at the collection station, ready to leave
  '305': ['in_transit', 'departed_facility'], // 揽投发运/封车 / 邮件离开【…】，正在发往【…】: left the collection station (vehicle sealed)
  '345': ['in_transit', 'picked_up'], // 揽收扫描配发: pickup scan dispatched (seen on the consumer website only)
  '954': ['in_transit', 'arrived_at_facility'], // 邮件到达处理中心 / 邮件到达【…】: arrived at a processing centre or an international exchange office
  '989': ['in_transit', 'departed_facility'], // 离开处理中心 / 邮件离开【…】，正在发往下一站: left a processing centre (leaving an exchange office is not yet leaving China)
  '423': ['in_transit', 'processed'], // 出口邮件直封封发 / 【…国际互换局】已出口直封: closed into a direct export dispatch at the exchange office
  '404': ['in_transit', 'in_transit'], // 交航扫描 / 已交承运商运输: handed to the airline (line-haul) at the international exchange station
  '500': ['in_transit', 'in_transit'], // 航空公司接收: the airline accepted the dispatch
  '457': ['in_transit', 'departed_origin_country'], // 航空公司启运: the flight left (first international flight: left China)
  '505': ['in_transit', 'arrived_at_facility'], // 飞机到达进港 / 飞机进港（到达中转地 or 到达目的地）: flight landed at a transit point or at destination (the text says which)
  '459': ['in_transit', 'arrived_destination_country'], // 到达寄达地处理中心: arrived at the destination country's processing centre (the destination post has it)
  '460': ['in_transit', 'in_transit'], // (wording not observed) destination inbound processing (unverified)
  '461': ['in_transit', 'received_at_destination_facility'], // 已到达【国】投递局: arrived at the destination delivery office
  '462': ['out_for_delivery', 'out_for_delivery'], // 【国】安排投递: out for delivery in the destination country
  '463': ['delivered', 'delivered'], // 【国】已妥投: delivered in the destination country
  '489': ['in_transit', 'departed_facility'], // 离开境外经转局: left a foreign transit office of exchange
  '542': ['delivery_attempted', 'delivery_attempted'], // 已试投/投递失败: delivery attempted and failed (the reason is in the text)
  '702': ['out_for_delivery', 'out_for_delivery'], // 投递邮件接收-下段 / 快件正在派送中: handed to the courier for delivery
  '703': ['delivered', 'delivered'], // (wording not observed) a delivered variant (unverified)
  '704': ['delivered', 'delivered'], // 投递结果反馈-妥投 / 已签收,本人签收 · 已代签收: delivered (who signed is in the text)
  '705': ['delivery_attempted', 'delivery_attempted'], // 投递结果反馈-未妥投: not delivered; the reason is in the text
  '708': ['returning_to_sender', 'returning_to_sender'], // (wording not observed) a return event (unverified)
  '711': ['returned_to_sender', 'returned_to_sender'], // 已退回: return completed (opName unverified)
  '713': ['in_transit', 'in_transit'], // (wording not observed) in transit (unverified)
  '747': ['delivered', 'delivered'], // (wording not observed) signed for by a unit (unverified)
  '748': ['delivered', 'delivered'], // (wording not observed) signed for by the addressee (unverified)
  '911': ['in_transit', 'departed_facility'], // 邮件已乘机由【…】飞往【…】: domestic flight departed
  '912': ['in_transit', 'arrived_at_facility'], // 邮件到达【…】，准备发往【…】: domestic flight landed
  '999': [null, 'generic_update'], // 邮件处理 / 邮件状态变更: generic code; the meaning is in opDesc
} as const satisfies Readonly<Record<string, StatusTableEntry>>;

/** Looks up a China Post `opCode` (exact, trimmed by the caller). */
export const chinaPostStatusMapper = createStatusMapper(CHINA_POST_OP_CODES);

/**
 * Codes whose subStatus the event text may refine while the code's status stands: which attempt reason,
 * who signed, whether a flight landed at a transit point or at destination, whether a processing centre
 * is an exchange office.
 */
export const CHINA_POST_TEXT_REFINED_CODES: ReadonlySet<string> = new Set(['505', '542', '704', '705', '954', '989']);

/** Codes whose meaning is entirely in the text (the text classifier decides status and subStatus). */
export const CHINA_POST_TEXT_DECIDED_CODES: ReadonlySet<string> = new Set(['999']);

/** Codes that only the destination post produces (China Post relays them): the item is abroad. */
export const CHINA_POST_DESTINATION_CODES: ReadonlySet<string> = new Set(['459', '460', '461', '462', '463']);
