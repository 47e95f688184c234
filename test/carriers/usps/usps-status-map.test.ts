import { describe, expect, it } from 'vitest';
import { SubStatus, TrackingStatus } from '../../../src/index.js';
import { mapUspsEvent, type UspsEventFacts } from '../../../carriers/usps/usps-map-event.js';
import {
  USPS_CUSTOMS_TEXT_RULES,
  USPS_DELIVERED_TEXT_RULES,
  USPS_EVENT_CODE_TABLE,
  USPS_EVENT_CODES,
  USPS_INTERNATIONAL_TEXT_RULES,
  USPS_NOT_FOUND_CODES,
  USPS_STATUS_CATEGORIES,
  USPS_STATUS_CATEGORY_TABLE,
} from '../../../carriers/usps/usps-status-map.js';
import { matchUspsTrackingNumber } from '../../../carriers/usps/usps-tracking-number.js';

/** Every eventCode of shared/reference/carriers/usps.md §5.1, in the order of that table. */
const REFERENCE_CODES = [
  'GX', 'MA', '80', '81', '82', '03', 'OA', 'TM', 'PA', 'AD', 'SF', '10', 'A1', 'T1', 'TL', 'EF', '19', '41', '07', 'PC', '06', '08',
  '71', 'OF', 'DX', '01', '17', '43', '14', '16', '02', '52', '53', '54', '55', '56', '30', '51', '04', '05', '15', '11', '44', '09',
  '21', '22', '23', '24', '25', '26', '27', '28', '29', '31', '42', 'NP', 'NT', 'MR', 'H0',
];

const DOMESTIC: UspsEventFacts = { inbound: false, firstScanInDestinationCountry: false, returnLegStarted: false, atOrigin: false };
const INBOUND_AT_ISC: UspsEventFacts = { ...DOMESTIC, inbound: true, firstScanInDestinationCountry: true };

describe('USPS event code table', () => {
  it('holds every code the reference documents, and no other', () => {
    expect([...USPS_EVENT_CODES.codes].sort()).toEqual([...REFERENCE_CODES].sort());
  });

  it('maps every code to a valid status pair, pairing "keep previous" with generic_update', () => {
    for (const [code, [status, subStatus]] of Object.entries(USPS_EVENT_CODE_TABLE)) {
      if (status === null) expect(subStatus, code).toBe('generic_update');
      else expect(TrackingStatus.safeParse(status).success, code).toBe(true);
      expect(SubStatus.safeParse(subStatus).success, code).toBe(true);
      expect(status, code).not.toBe('unknown');
    }
  });

  it.each([
    ['GX', 'info_received', 'info_received'],
    ['03', 'in_transit', 'picked_up'],
    ['OA', 'in_transit', 'received_at_origin_facility'],
    ['A1', 'in_transit', 'arrived_at_facility'],
    ['T1', 'in_transit', 'departed_facility'],
    ['07', 'in_transit', 'received_at_destination_facility'],
    ['71', 'in_transit', 'delivery_rescheduled'],
    ['OF', 'out_for_delivery', 'out_for_delivery'],
    ['01', 'delivered', 'delivered'],
    ['43', 'delivered', 'collected_by_recipient'],
    ['16', 'available_for_pickup', 'available_for_pickup'],
    ['02', 'delivery_attempted', 'notice_left'],
    ['51', 'delivery_attempted', 'business_closed'],
    ['56', 'delivery_attempted', 'recipient_unavailable'],
    ['04', 'exception', 'refused'],
    ['05', 'exception', 'address_issue'],
    ['11', 'exception', 'undeliverable'],
    ['09', 'returning_to_sender', 'returning_to_sender'],
    ['27', 'returning_to_sender', 'returning_to_sender'],
    ['42', 'in_transit', 'handed_over'],
    ['NT', null, 'generic_update'],
  ] as const)('maps USPS code %s to %s / %s', (code, status, subStatus) => {
    expect(USPS_EVENT_CODES.map(code)).toEqual({ status, subStatus, known: true });
  });

  it('matches codes whatever their case and gives unknown/unknown for codes it does not hold', () => {
    expect(USPS_EVENT_CODES.map('gx').known).toBe(true);
    expect(USPS_EVENT_CODES.map('Q7')).toEqual({ status: 'unknown', subStatus: 'unknown', known: false });
  });

  it('lists the thirteen tracking message codes 150001-150013 as "not found" answers', () => {
    expect(Object.keys(USPS_NOT_FOUND_CODES)).toEqual(Array.from({ length: 13 }, (_, index) => String(150001 + index)));
  });

  it('maps every text rule and statusCategory to a valid status pair', () => {
    for (const [pattern, status, subStatus] of [...USPS_CUSTOMS_TEXT_RULES, ...USPS_INTERNATIONAL_TEXT_RULES, ...USPS_DELIVERED_TEXT_RULES]) {
      expect(TrackingStatus.safeParse(status).success, String(pattern)).toBe(true);
      expect(SubStatus.safeParse(subStatus).success, String(pattern)).toBe(true);
    }
    for (const [category, [status, subStatus]] of Object.entries(USPS_STATUS_CATEGORY_TABLE)) {
      expect(TrackingStatus.safeParse(status).success, category).toBe(true);
      expect(SubStatus.safeParse(subStatus).success, category).toBe(true);
    }
    expect(USPS_STATUS_CATEGORIES.map('Moving Through Network')).toEqual({ status: 'in_transit', subStatus: 'in_transit', known: true });
  });
});

describe('mapUspsEvent', () => {
  it.each([
    ['Inbound Into Customs', 'customs_processing', 'customs_processing'],
    ['Customs Clearance', 'customs_processing', 'customs_processing'],
    ['Presented to Customs', 'customs_processing', 'customs_processing'],
    ['Held in Customs', 'customs_held', 'customs_held'],
    ['Customs Duties and Taxes Due', 'awaiting_payment', 'duties_taxes_due'],
    ['Customs Fee Payment Required', 'awaiting_payment', 'awaiting_payment'],
    ['Inbound Out of Customs', 'customs_cleared', 'customs_cleared'],
    ['Released from US Customs', 'customs_cleared', 'customs_cleared'],
    ['Customs Clearance Processing Complete', 'customs_cleared', 'customs_cleared'],
  ] as const)('reads the customs text "%s" as %s / %s, whatever the code', (text, status, subStatus) => {
    expect(mapUspsEvent('Z9', text, INBOUND_AT_ISC)).toEqual({ status, subStatus, basis: 'customs_text', codeKnown: false });
    expect(mapUspsEvent('10', text, DOMESTIC)).toMatchObject({ status, subStatus, codeKnown: true });
  });

  it.each([
    ['Origin Post is Preparing Shipment', 'in_transit', 'picked_up'],
    ['Departed', 'in_transit', 'departed_origin_country'],
    ['Dispatched from USPS International Service Center', 'in_transit', 'departed_origin_country'],
    ['Arrived in the United States', 'in_transit', 'arrived_destination_country'],
    ['Attempted Delivery Abroad', 'delivery_attempted', 'delivery_attempted'],
    ['Processed Through Facility', 'in_transit', 'arrived_at_facility'],
    ['Out for Delivery', 'out_for_delivery', 'out_for_delivery'],
    ['Delivered', 'delivered', 'delivered'],
  ] as const)('reads the international text "%s" of an unknown code as %s / %s', (text, status, subStatus) => {
    expect(mapUspsEvent('Z9', text, DOMESTIC)).toEqual({ status, subStatus, basis: 'text', codeKnown: false });
  });

  it('makes the first in-transit scan in the United States the arrival for inbound items only', () => {
    expect(mapUspsEvent('10', 'Processed Through Facility', INBOUND_AT_ISC).subStatus).toBe('arrived_destination_country');
    expect(mapUspsEvent('10', 'Processed Through Facility', { ...INBOUND_AT_ISC, inbound: false }).subStatus).toBe('processed');
    expect(mapUspsEvent('EF', 'Departed USPS Facility', INBOUND_AT_ISC).subStatus).toBe('departed_facility');
  });

  it('refines code 01 by its text', () => {
    expect(mapUspsEvent('01', 'Delivered, To Original Sender', DOMESTIC)).toMatchObject({ status: 'returned_to_sender', subStatus: 'returned_to_sender' });
    expect(mapUspsEvent('01', 'Delivered, Individual Picked Up at Post Office', DOMESTIC)).toMatchObject({ status: 'delivered', subStatus: 'collected_by_recipient' });
    expect(mapUspsEvent('01', 'Delivered, Left with Neighbor', DOMESTIC)).toMatchObject({ status: 'delivered', subStatus: 'delivered_to_neighbor' });
    expect(mapUspsEvent('01', 'Delivered, In/At Mailbox', DOMESTIC)).toMatchObject({ status: 'delivered', subStatus: 'delivered' });
  });

  it('reads a delivery at the origin ZIP after a return began as returned to the sender', () => {
    const facts = { ...DOMESTIC, returnLegStarted: true, atOrigin: true };
    expect(mapUspsEvent('01', 'Delivered, In/At Mailbox', facts)).toMatchObject({ status: 'returned_to_sender', subStatus: 'returned_to_sender' });
    expect(mapUspsEvent('01', 'Delivered, In/At Mailbox', { ...facts, atOrigin: false })).toMatchObject({ status: 'delivered' });
  });

  it('gives unknown/unknown when neither the code nor the text says anything', () => {
    expect(mapUspsEvent('Q7', 'Item Condition Noted', DOMESTIC)).toEqual({ status: 'unknown', subStatus: 'unknown', basis: 'none', codeKnown: false });
    expect(mapUspsEvent(undefined, '', DOMESTIC)).toEqual({ status: 'unknown', subStatus: 'unknown', basis: 'none', codeKnown: false });
  });

  it('keeps informational code NT as "keep previous"', () => {
    expect(mapUspsEvent('NT', 'Tracking Update', DOMESTIC)).toEqual({ status: null, subStatus: 'generic_update', basis: 'code', codeKnown: true });
  });
});

describe('matchUspsTrackingNumber', () => {
  it.each([
    ['9400 1116 9900 1234 5678 19', 'usps-impb', '9400111699001234567819'],
    ['420432159400111699001234567819', 'usps-impb', '9400111699001234567819'],
    ['lx482063155cn', 'upu-s10', 'LX482063155CN'],
    ['EC307182544US', 'upu-s10', 'EC307182544US'],
  ])('reads %s as %s', (input, format, normalized) => {
    expect(matchUspsTrackingNumber(input)).toEqual({ format, normalized, checkDigit: 'valid' });
  });

  it('reports a wrong IMpb check digit and refuses what is no USPS number', () => {
    expect(matchUspsTrackingNumber('9400111699001234567818')?.checkDigit).toBe('invalid');
    expect(matchUspsTrackingNumber('1Z4V8E210344192703')).toBeNull();
    expect(matchUspsTrackingNumber('NOT-A-NUMBER-@@')).toBeNull();
  });
});
