import { describe, expect, it } from 'vitest';
import { SubStatus, TrackingStatus } from '../../../src/adapter-kit/index.js';
import { CHINA_POST_OP_CODES, CHINA_POST_TEXT_DECIDED_CODES, CHINA_POST_TEXT_REFINED_CODES, chinaPostStatusMapper } from '../../../carriers/china-post/china-post-status-map.js';
import { mapChinaPostEvent } from '../../../carriers/china-post/china-post-map-event.js';

/** Every opCode of reference carriers/china-post.md §3, one line each. */
const EXPECTED: readonly [code: string, status: string | null, subStatus: string][] = [
  ['203', 'in_transit', 'picked_up'],
  ['303', 'in_transit', 'processed'],
  ['305', 'in_transit', 'departed_facility'],
  ['345', 'in_transit', 'picked_up'],
  ['954', 'in_transit', 'arrived_at_facility'],
  ['989', 'in_transit', 'departed_facility'],
  ['423', 'in_transit', 'processed'],
  ['404', 'in_transit', 'in_transit'],
  ['500', 'in_transit', 'in_transit'],
  ['457', 'in_transit', 'departed_origin_country'],
  ['505', 'in_transit', 'arrived_at_facility'],
  ['459', 'in_transit', 'arrived_destination_country'],
  ['460', 'in_transit', 'in_transit'],
  ['461', 'in_transit', 'received_at_destination_facility'],
  ['462', 'out_for_delivery', 'out_for_delivery'],
  ['463', 'delivered', 'delivered'],
  ['489', 'in_transit', 'departed_facility'],
  ['542', 'delivery_attempted', 'delivery_attempted'],
  ['702', 'out_for_delivery', 'out_for_delivery'],
  ['703', 'delivered', 'delivered'],
  ['704', 'delivered', 'delivered'],
  ['705', 'delivery_attempted', 'delivery_attempted'],
  ['708', 'returning_to_sender', 'returning_to_sender'],
  ['711', 'returned_to_sender', 'returned_to_sender'],
  ['713', 'in_transit', 'in_transit'],
  ['747', 'delivered', 'delivered'],
  ['748', 'delivered', 'delivered'],
  ['911', 'in_transit', 'departed_facility'],
  ['912', 'in_transit', 'arrived_at_facility'],
  ['999', null, 'generic_update'],
];

describe('China Post opCode table', () => {
  it('lists exactly the codes of the reference', () => {
    expect(Object.keys(CHINA_POST_OP_CODES).sort()).toEqual(EXPECTED.map(([code]) => code).sort());
  });

  it.each(EXPECTED)('maps China Post code %s to %s / %s', (code, status, subStatus) => {
    expect(chinaPostStatusMapper.map(code)).toEqual({ status, subStatus, known: true });
  });

  it('uses only schema values and pairs null with generic_update', () => {
    for (const [status, subStatus] of Object.values(CHINA_POST_OP_CODES)) {
      if (status === null) expect(subStatus).toBe('generic_update');
      else expect(TrackingStatus.safeParse(status).success).toBe(true);
      expect(SubStatus.safeParse(subStatus).success).toBe(true);
    }
  });

  it('only refines or decides by text codes of its own table', () => {
    for (const code of [...CHINA_POST_TEXT_REFINED_CODES, ...CHINA_POST_TEXT_DECIDED_CODES]) expect(chinaPostStatusMapper.has(code)).toBe(true);
  });
});

describe('mapping one trace item', () => {
  it.each([
    ['EXA', 'customs_processing', 'customs_processing'],
    ['EXB', 'customs_held', 'customs_held'],
    ['EXC', 'in_transit', 'processed'],
    ['EDC', 'customs_cleared', 'customs_cleared'],
    ['emd', 'in_transit', 'arrived_destination_country'],
  ])('maps the UPU code %s sent as opCode through the kit to %s / %s', (opCode, status, subStatus) => {
    expect(mapChinaPostEvent({ opCode, opName: '', opDesc: '' })).toMatchObject({ status, subStatus, codeKnown: true, basis: 'code' });
  });

  it('refines the reason of a failed attempt from the text', () => {
    expect(mapChinaPostEvent({ opCode: '705', opName: '投递结果反馈-未妥投', opDesc: '收件人拒收' })).toMatchObject({ status: 'delivery_attempted', subStatus: 'refused_at_delivery', basis: 'code_and_text' });
    expect(mapChinaPostEvent({ opCode: '705', opName: '投递结果反馈-未妥投', opDesc: '因收件人名址有误/不详且电话无法接通，将再次联系' })).toMatchObject({ subStatus: 'invalid_address' });
    expect(mapChinaPostEvent({ opCode: '542', opName: '已试投/投递失败', opDesc: '【法国】投递失败，收件人不在' })).toMatchObject({ subStatus: 'recipient_unavailable' });
  });

  it('refines who signed on a delivery and where a flight landed', () => {
    expect(mapChinaPostEvent({ opCode: '704', opName: '投递结果反馈-妥投', opDesc: '已签收,本人签收' })).toMatchObject({ status: 'delivered', subStatus: 'signed_for' });
    expect(mapChinaPostEvent({ opCode: '505', opName: '飞机到达进港', opDesc: '飞机进港，飞机进港（到达目的地）' })).toMatchObject({ subStatus: 'arrived_destination_country' });
    expect(mapChinaPostEvent({ opCode: '505', opName: '飞机到达进港', opDesc: '飞机进港，飞机进港（到达中转地）' })).toMatchObject({ subStatus: 'arrived_at_facility' });
  });

  it('keeps the code’s answer when the text says something of another status', () => {
    expect(mapChinaPostEvent({ opCode: '704', opName: '', opDesc: '快件正在派送中' })).toMatchObject({ status: 'delivered', subStatus: 'delivered', basis: 'code' });
  });

  it('lets the text decide the UPU held-at-delivery-office code', () => {
    expect(mapChinaPostEvent({ opCode: 'EDF', opName: '', opDesc: '【法国】待取件，请收件人到邮局领取' })).toMatchObject({ status: 'available_for_pickup', basis: 'code_and_text' });
    expect(mapChinaPostEvent({ opCode: 'EDF', opName: '', opDesc: '' })).toMatchObject({ status: 'in_transit', subStatus: 'held', basis: 'code' });
  });

  it('takes the generic 999 entirely from its text, or keeps the status in force', () => {
    expect(mapChinaPostEvent({ opCode: '999', opName: '邮件状态变更', opDesc: '【美国】发送到境外海关部门' })).toMatchObject({ status: 'customs_processing', basis: 'text', codeKnown: true });
    expect(mapChinaPostEvent({ opCode: '999', opName: '邮件处理', opDesc: '' })).toMatchObject({ status: null, subStatus: 'generic_update', basis: 'code' });
  });

  it('answers unknown / unknown for an unknown code with unknown text, and classifies a missing code by its text', () => {
    expect(mapChinaPostEvent({ opCode: '866', opName: '国际邮件信息核对', opDesc: '邮件信息核对完成' })).toEqual({ status: 'unknown', subStatus: 'unknown', codeKnown: false, basis: 'none' });
    expect(mapChinaPostEvent({ opDesc: '【美国】已妥投' })).toMatchObject({ status: 'delivered', codeKnown: false, basis: 'text' });
  });
});
