import { describe, expect, it } from 'vitest';
import { ROYAL_MAIL_CODES, ROYAL_MAIL_CODE_GROUPS, ROYAL_MAIL_NOTIFICATION_PREFIXES, mapRoyalMailCode } from '../../../carriers/royal-mail/royal-mail-status-map.js';
import { SubStatus, TrackingStatus } from '../../../src/index.js';

const allCodes = ROYAL_MAIL_CODE_GROUPS.flatMap(([codes]) => codes.split(' '));

describe('royal-mail status map', () => {
  it('lists the 237 event codes of the reference, each once, plus 8 notification prefixes', () => {
    expect(allCodes).toHaveLength(237);
    expect(new Set(allCodes).size).toBe(237);
    expect(ROYAL_MAIL_CODES).toHaveLength(237);
    expect(ROYAL_MAIL_NOTIFICATION_PREFIXES).toHaveLength(8);
  });

  it('uses five-letter codes and only schema statuses and subStatus ids', () => {
    for (const [codes, status, subStatus] of ROYAL_MAIL_CODE_GROUPS) {
      for (const code of codes.split(' ')) expect(code).toMatch(/^(?:EV[A-Z]{3}|R[A-Z]RXS|ASRXS)$/);
      if (status !== null) expect(TrackingStatus.safeParse(status).success).toBe(true);
      expect(SubStatus.safeParse(subStatus).success).toBe(true);
      if (status === null) expect(subStatus).toBe('generic_update');
    }
  });

  it.each([
    ['EVNMI', 'in_transit', 'misrouted'],
    ['EVKSP', 'delivered', 'signed_for'],
    ['EVKDN', 'delivered', 'delivered_to_neighbor'],
    ['EVKLC', 'available_for_pickup', 'available_for_pickup'],
    ['EVPLC', 'delivered', 'collected_by_recipient'],
    ['EVGPD', 'out_for_delivery', 'out_for_delivery'],
    ['EVKNA', 'delivery_attempted', 'recipient_unavailable'],
    ['EVIMC', 'in_transit', 'arrived_at_facility'],
    ['EVHOE', 'in_transit', 'departed_origin_country'],
    ['EVJOE', 'in_transit', 'arrived_destination_country'],
    ['EVJIC', 'customs_processing', 'customs_processing'],
    ['EVJPA', 'customs_held', 'customs_prohibited'],
    ['EVJIA', 'customs_cleared', 'customs_cleared'],
    ['EVJDP', 'awaiting_payment', 'duties_taxes_due'],
    ['EVNCF', 'awaiting_payment', 'awaiting_payment'],
    ['EVHCR', 'returning_to_sender', 'returning_to_sender'],
    ['EVRTS', 'returned_to_sender', 'returned_to_sender'],
    ['EVAIP', 'info_received', 'info_received'],
    ['RSRXS', null, 'generic_update'],
  ] as const)('maps Royal Mail code %s to %s / %s', (code, status, subStatus) => {
    expect(mapRoyalMailCode(code)).toEqual({ status, subStatus, known: true });
  });

  it('treats notification records as informational, by prefix only', () => {
    expect(mapRoyalMailCode('NDESS')).toEqual({ status: null, subStatus: 'generic_update', known: true });
    expect(mapRoyalMailCode('nrdrs')).toEqual({ status: null, subStatus: 'generic_update', known: true });
    expect(mapRoyalMailCode('NXXSS').known).toBe(false);
    expect(mapRoyalMailCode('NDES').known).toBe(false);
  });

  it('gives unknown for codes it does not list, and for none', () => {
    expect(mapRoyalMailCode('EVQXZ')).toEqual({ status: 'unknown', subStatus: 'unknown', known: false });
    expect(mapRoyalMailCode(undefined).known).toBe(false);
    expect(mapRoyalMailCode(' evksp ').known).toBe(true);
  });
});
