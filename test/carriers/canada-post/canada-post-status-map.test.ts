import { describe, expect, it } from 'vitest';
import {
  CANADA_POST_CODE_GROUPS,
  CANADA_POST_STATUS_MAP,
  CANADA_POST_TEXT_RULES,
  normalizeCanadaPostCode,
} from '../../../carriers/canada-post/canada-post-status-map.js';
import { SubStatus, TrackingStatus } from '../../../src/index.js';

const allCodes = CANADA_POST_CODE_GROUPS.flatMap(([codes]) => codes.split(' '));

describe('canada-post status map', () => {
  it('lists the 246 event identifiers of the reference, each once', () => {
    expect(allCodes).toHaveLength(246);
    expect(new Set(allCodes.map(normalizeCanadaPostCode)).size).toBe(246);
    expect(CANADA_POST_STATUS_MAP.codes).toHaveLength(246);
  });

  it('writes every code as Canada Post pads it and uses only schema statuses and subStatus ids', () => {
    for (const [codes, status, subStatus] of CANADA_POST_CODE_GROUPS) {
      for (const code of codes.split(' ')) expect(code).toMatch(/^\d{4}$/);
      if (status !== null) expect(TrackingStatus.safeParse(status).success).toBe(true);
      expect(SubStatus.safeParse(subStatus).success).toBe(true);
      if (status === null) expect(subStatus).toBe('generic_update');
    }
  });

  it.each([
    ['0174', 'out_for_delivery', 'out_for_delivery'],
    ['1496', 'delivered', 'delivered'],
    ['1406', 'delivered', 'collected_by_recipient'],
    ['1435', 'delivery_attempted', 'notice_left'],
    ['1701', 'available_for_pickup', 'available_for_pickup'],
    ['0800', 'customs_processing', 'customs_processing'],
    ['0810', 'customs_held', 'customs_held'],
    ['0117', 'customs_held', 'customs_information_required'],
    ['0900', 'customs_cleared', 'customs_cleared'],
    ['0125', 'awaiting_payment', 'duties_taxes_due'],
    ['1210', 'in_transit', 'problem_resolved'],
    ['1100', 'returning_to_sender', 'returning_to_sender'],
    ['8901', 'in_transit', 'departed_origin_country'],
    ['3000', 'info_received', 'info_received'],
    ['0020', null, 'generic_update'],
    ['0150', 'exception', 'disposed'],
  ] as const)('maps Canada Post code %s to %s / %s', (code, status, subStatus) => {
    expect(CANADA_POST_STATUS_MAP.map(normalizeCanadaPostCode(code))).toEqual({ status, subStatus, known: true });
  });

  it('compares codes without their zero padding', () => {
    expect(normalizeCanadaPostCode('0020')).toBe('20');
    expect(normalizeCanadaPostCode('20')).toBe('20');
    expect(normalizeCanadaPostCode(' 0174 ')).toBe('174');
    expect(normalizeCanadaPostCode('0000')).toBe('0');
    expect(normalizeCanadaPostCode('e002')).toBe('E002');
  });

  it('gives unknown for a code it does not list', () => {
    expect(CANADA_POST_STATUS_MAP.map('9412')).toEqual({ status: 'unknown', subStatus: 'unknown', known: false });
  });

  it('only refines codes of the table with its text rules', () => {
    for (const rule of CANADA_POST_TEXT_RULES) {
      for (const code of rule.codes) expect(CANADA_POST_STATUS_MAP.has(normalizeCanadaPostCode(code)), code).toBe(true);
      expect(TrackingStatus.safeParse(rule.status).success).toBe(true);
      expect(SubStatus.safeParse(rule.subStatus).success).toBe(true);
    }
  });
});
