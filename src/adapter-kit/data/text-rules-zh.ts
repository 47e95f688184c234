/**
 * Chinese tracking phrases (China Post / EMS texts, their relays by Cainiao, kuaidi100 and 17TRACK) →
 * parceline status, one rule per line (see `TextRule` in `classify-text.ts`). Chinese has no word
 * boundaries: phrases match anywhere. Full-width punctuation is matched in its NFKC form (`（` as `(`).
 *
 * Source: parceline's reference notes on China Post (`carriers/china-post.md` §3 `opName` / `opDesc`
 * texts and §4: acceptance, domestic movement, exchange office and export customs, handover to the airline,
 * destination country, delivery inside China, returns and exceptions) and `text-classification.md` §6.
 * Wordings the reference marks unverified are still listed when they are the plain words for the meaning
 * (收件人不在, 投递并签收, 退回妥投, 离开中国); the duty wordings (缴纳关税, 支付税费) are general
 * vocabulary and fire only on explicit words.
 */
import type { TextRule } from '../classify-text.js';

/** Chinese rules, in priority order within each intent. */
export const ZH_TEXT_RULES: readonly TextRule[] = [
  { id: 'zh.returned-to-sender', intent: 'returned', status: 'returned_to_sender', subStatus: 'returned_to_sender', any: ['已退回', '退回妥投', '退件妥投', '退回签收', '已退还寄件人'], unless: ['未退回', '将退回', '即将退回', '逾期', '否则'], example: '已退回' },
  { id: 'zh.returning-to-sender', intent: 'returning', status: 'returning_to_sender', subStatus: 'returning_to_sender', any: ['退回中', '待退回', '正在退回', '退回寄件人', '退回原寄', '办理退回', '退件', '退回'], unless: ['未退回', '逾期', '否则', '如未'], example: '退回中' },
  { id: 'zh.delivered-self-signed', intent: 'delivered', status: 'delivered', subStatus: 'signed_for', any: ['本人签收', '本人已签收'], unless: ['未签收', '拒'], example: '已签收,本人签收' },
  { id: 'zh.delivered-proxy-signed', intent: 'delivered', status: 'delivered', subStatus: 'delivered', any: ['代签收', '已代收', '代签'], unless: ['未签收', '拒'], example: '您的快件已代签收【家门口】' },
  { id: 'zh.delivered', intent: 'delivered', status: 'delivered', subStatus: 'delivered', any: ['已妥投', '妥投', '已签收', '签收', '已妥收', '投递并签收'], unless: ['未妥投', '未签收', '投递失败', '拒收', '拒签', '待签收', '等待签收', '将妥投', '预计'], example: '【美国】已妥投' },
  { id: 'zh.available-for-pickup', intent: 'pickup', status: 'available_for_pickup', subStatus: 'available_for_pickup', any: ['待取件', '等待客户网点取件', '已放入快递柜', '已放入驿站', '快递柜', '驿站', '凭取件码', '到邮局领取', '待领取', '等待领取', '请及时领取'], unless: ['已取件', '已领取', '已取出'], example: '【法国】待取件，请收件人到邮局领取' },
  { id: 'zh.attempt-refused', intent: 'attempt', status: 'delivery_attempted', subStatus: 'refused_at_delivery', any: ['拒收', '拒签', '拒绝签收'], and: ['未妥投', '投递失败', '试投'], example: '投递结果反馈-未妥投 收件人拒收' },
  { id: 'zh.attempt-address', intent: 'attempt', status: 'delivery_attempted', subStatus: 'invalid_address', any: ['名址有误', '地址有误', '名址不详', '地址不详', '地址错误', '地址不正确', '查无此人'], example: '因收件人名址有误/不详且电话无法接通，将再次联系' },
  { id: 'zh.attempt-absent', intent: 'attempt', status: 'delivery_attempted', subStatus: 'recipient_unavailable', any: ['收件人不在', '无人签收', '无人接收', '家中无人', '联系不上收件人', '电话无法接通', '电话无人接听'], example: '【法国】投递失败，收件人不在' },
  { id: 'zh.attempt', intent: 'attempt', status: 'delivery_attempted', subStatus: 'delivery_attempted', any: ['未妥投', '投递失败', '已试投', '试投', '投递未成功', '派送失败'], example: '已试投/投递失败' },
  { id: 'zh.out-for-delivery', intent: 'out_for_delivery', status: 'out_for_delivery', subStatus: 'out_for_delivery', any: ['安排投递', '正在投递', '准备投递', '派送中', '正在派送', '正在派件', '派件中', '投递邮件接收-下段'], example: '快件正在派送中，请耐心等待' },
  { id: 'zh.duties-due', intent: 'duties', status: 'awaiting_payment', subStatus: 'duties_taxes_due', any: ['缴纳关税', '支付关税', '缴付关税', '缴税', '补缴税款', '应缴税款', '支付税费', '缴纳税费', '税费待缴', '关税待缴', '待缴税'], unless: ['已缴', '已支付', '已付'], example: '【美国】待缴纳关税，请收件人支付税费' },
  { id: 'zh.customs-information-required', intent: 'customs_held', status: 'customs_held', subStatus: 'customs_information_required', any: ['等待清关资料', '补充清关资料', '提供清关资料', '清关资料'], example: '等待清关资料' },
  { id: 'zh.customs-inspection', intent: 'customs_held', status: 'customs_held', subStatus: 'customs_inspection', any: ['留存待验', '海关查验', '开箱查验', '海关抽检'], example: '进口海关/留存待验' },
  { id: 'zh.customs-held', intent: 'customs_held', status: 'customs_held', subStatus: 'customs_held', any: ['海关扣留', '海关扣押', '被海关扣', '海关暂扣', '海关留存', '海关滞留', '扣关'], example: '【美国】海关扣留' },
  { id: 'zh.export-customs-released', intent: 'customs_released', status: 'in_transit', subStatus: 'processed', any: ['出口海关/放行', '出口海关放行', '出口清关完成', '出口验放'], example: '出口海关/放行' },
  { id: 'zh.customs-released', intent: 'customs_released', status: 'customs_cleared', subStatus: 'customs_cleared', any: ['进口海关/放行', '海关放行', '已完成寄达地清关', '清关完成', '完成清关', '已清关', '清关放行', '放行'], example: '已完成寄达地清关' },
  { id: 'zh.export-customs-presented', intent: 'customs_presented', status: 'customs_processing', subStatus: 'customs_processing', any: ['送交出口海关', '出口海关'], example: '送交出口海关' },
  { id: 'zh.customs-presented', intent: 'customs_presented', status: 'customs_processing', subStatus: 'customs_processing', any: ['发送到境外海关部门', '送交进口海关', '送交海关', '进口海关', '清关中', '正在清关', '等待清关', '海关处理中', '海关'], example: '【美国】发送到境外海关部门' },
  { id: 'zh.refused', intent: 'problem', status: 'exception', subStatus: 'refused', any: ['拒收', '拒签', '拒绝签收'], example: '收件人拒收' },
  { id: 'zh.lost', intent: 'problem', status: 'exception', subStatus: 'lost', any: ['丢失', '遗失'], example: '邮件丢失' },
  { id: 'zh.damaged', intent: 'problem', status: 'exception', subStatus: 'damaged', any: ['破损', '损坏'], example: '邮件破损' },
  { id: 'zh.delayed', intent: 'problem', status: 'exception', subStatus: 'delayed', any: ['运输延误', '延误'], example: '运输延误' },
  { id: 'zh.exception', intent: 'problem', status: 'exception', subStatus: 'exception', any: ['邮件异常', '派件异常', '快件异常', '包裹异常'], example: '派件异常' },
  { id: 'zh.handed-to-airline', intent: 'handoff', status: 'in_transit', subStatus: 'in_transit', any: ['已交承运商运输', '已交航空公司运输', '交航扫描', '航空公司接收', '已交航'], example: '已交承运商运输' },
  { id: 'zh.handed-over', intent: 'handoff', status: 'in_transit', subStatus: 'handed_over', any: ['交给下一承运商', '转交其他承运商', '转交下一承运商', '转交给', '交由', '转投'], handoffAfter: ['转交给', '交由'], example: '邮件已转交给顺丰速运继续派送' },
  { id: 'zh.arrived-delivery-office', intent: 'destination', status: 'in_transit', subStatus: 'received_at_destination_facility', any: ['投递局'], and: ['到达'], example: '已到达【美国】投递局' },
  { id: 'zh.left-foreign-transit', intent: 'destination', status: 'in_transit', subStatus: 'departed_facility', any: ['离开境外经转局'], example: '离开境外经转局' },
  { id: 'zh.arrived-from-china', intent: 'destination', status: 'in_transit', subStatus: 'arrived_destination_country', any: ['来自中国'], and: ['到达'], example: '到达处理中心,来自中国 上海' },
  { id: 'zh.arrived-destination-country', intent: 'destination', status: 'in_transit', subStatus: 'arrived_destination_country', any: ['已到达寄达地', '到达寄达地', '到达寄达国', '到达目的地', '到达境外目的地', '到达目的国'], example: '飞机进港（到达目的地）' },
  { id: 'zh.departed-origin-country', intent: 'origin', status: 'in_transit', subStatus: 'departed_origin_country', any: ['航空公司启运', '航空起飞', '已离开中国', '离开中国', '已出境'], example: '航空公司启运' },
  { id: 'zh.transit-arrival', intent: 'origin', status: 'in_transit', subStatus: 'arrived_at_facility', any: ['到达中转地', '到达境外经转局'], example: '飞机进港，飞机进港（到达中转地）' },
  { id: 'zh.dispatch-closed', intent: 'origin', status: 'in_transit', subStatus: 'processed', any: ['已出口直封', '出口邮件直封封发', '出口直封', '已出口开拆', '已进口互封', '已封发'], example: '【上海市国际互换局】已出口直封' },
  { id: 'zh.exchange-office-departure', intent: 'origin', status: 'in_transit', subStatus: 'departed_facility', any: ['互换局', '交换站'], and: ['离开'], example: '邮件离开【上海市国际互换局】，正在发往下一站' },
  { id: 'zh.exchange-office-arrival', intent: 'origin', status: 'in_transit', subStatus: 'arrived_at_facility', any: ['互换局', '交换站'], and: ['到达'], example: '邮件到达【上海市国际互换局】' },
  { id: 'zh.sorted', intent: 'movement', status: 'in_transit', subStatus: 'processed', any: ['完成分拣', '分拣完成', '准备发出'], example: '邮件已在【上海市浦东新区康桥揽投部】完成分拣，准备发出' },
  { id: 'zh.domestic-flight', intent: 'movement', status: 'in_transit', subStatus: 'departed_facility', any: ['已乘机'], example: '邮件已乘机由【北京】飞往【乌鲁木齐】' },
  { id: 'zh.departed', intent: 'movement', status: 'in_transit', subStatus: 'departed_facility', any: ['离开', '发往', '已发出'], example: '邮件离开【上海王港邮件处理中心】，正在发往下一站' },
  { id: 'zh.arrived', intent: 'movement', status: 'in_transit', subStatus: 'arrived_at_facility', any: ['到达', '进港'], example: '邮件到达【上海王港邮件处理中心】' },
  { id: 'zh.in-transit', intent: 'movement', status: 'in_transit', subStatus: 'in_transit', any: ['运输中', '运送中', '在途', '转运中'], example: '运送中' },
  { id: 'zh.accepted', intent: 'accepted', status: 'in_transit', subStatus: 'picked_up', any: ['已收取邮件', '已收取快件', '已收取', '已收寄', '收寄', '已揽收', '已揽件', '揽收', '已收件'], unless: ['未揽收', '待揽收', '等待揽收', '预约揽收'], example: '中国邮政 已收取邮件' },
  { id: 'zh.info-received', intent: 'info', status: 'info_received', subStatus: 'info_received', any: ['收到电子信息', '电子信息已收到', '已收到电子信息', '待揽收', '等待揽收', '已下单'], example: '电子信息已收到' },
];
