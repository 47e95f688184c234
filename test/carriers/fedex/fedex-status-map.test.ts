import { describe, expect, it } from 'vitest';
import { SubStatus, TrackingStatus } from '../../../src/index.js';
import { classifyCustomsText, mapFedexEvent } from '../../../carriers/fedex/fedex-map-event.js';
import {
  FEDEX_DELAY_TYPE_TABLE,
  FEDEX_DERIVED_STATUS_TABLE,
  FEDEX_EVENT_TYPES,
  FEDEX_EVENT_TYPE_TABLE,
  FEDEX_EXCEPTION_CODE_TABLE,
} from '../../../carriers/fedex/fedex-status-map.js';

/** Movement and regulatory columns of FedEx's "Tracking Status Codes" table (reference §5.1, marked V). */
const VENDOR_EVENT_TYPES = [
  'AA', 'AC', 'AD', 'AF', 'AO', 'AP', 'AR', 'AX', 'CA', 'CH', 'DD', 'DE', 'DL', 'DP', 'DR', 'DS', 'DY', 'EA', 'ED', 'EO', 'EP',
  'FD', 'HL', 'HP', 'IT', 'IX', 'LO', 'OC', 'OD', 'OF', 'Ow', 'OX', 'PD', 'PF', 'PL', 'PM', 'PU', 'PX', 'RR', 'RM', 'RC', 'RS',
  'RP', 'LP', 'RG', 'RD', 'SE', 'SF', 'SP', 'TR', 'CC', 'CD', 'CP',
];
/** Codes only in the webhook event table of the API reference guide, or seen in real answers (reference §5.1, W / O). */
const OTHER_EVENT_TYPES = ['MD', 'DO', 'IP', 'AE', 'US', 'HA', 'RA', 'PR', 'AS', 'RT', 'LC', 'IN'];
/** Exception codes the reference lists (§5.3). */
const REFERENCE_EXCEPTION_CODES = ['03', '007', '08', '083', '84', '099', '15', 'A3', 'A25', 'A47', 'A52', '07', '17', 'A12', 'A13'];

function entries(table: Readonly<Record<string, readonly [string | null, string]>>) {
  return Object.entries(table);
}

describe('FedEx status tables', () => {
  it('cover every event type of the vendor list and of the reference', () => {
    for (const code of [...VENDOR_EVENT_TYPES, ...OTHER_EVENT_TYPES]) expect(FEDEX_EVENT_TYPES.has(code), code).toBe(true);
  });

  it('cover every exception code and derived code the reference lists', () => {
    for (const code of REFERENCE_EXCEPTION_CODES) expect(Object.keys(FEDEX_EXCEPTION_CODE_TABLE), code).toContain(code);
    expect(Object.keys(FEDEX_DERIVED_STATUS_TABLE).sort()).toEqual(['DE', 'DL', 'DY', 'IN', 'IT', 'PU', 'RL']);
    expect(Object.keys(FEDEX_DELAY_TYPE_TABLE).sort()).toEqual(['CLEARANCE', 'GENERAL', 'LOCAL', 'OPERATIONAL', 'WEATHER']);
  });

  it('hold only valid statuses and subStatus ids, with keep-previous rows always generic_update', () => {
    const tables = [FEDEX_EVENT_TYPE_TABLE, FEDEX_DERIVED_STATUS_TABLE, FEDEX_EXCEPTION_CODE_TABLE, FEDEX_DELAY_TYPE_TABLE];
    for (const table of tables) {
      for (const [code, [status, subStatus]] of entries(table)) {
        expect(SubStatus.safeParse(subStatus).success, code).toBe(true);
        if (status === null) expect(subStatus, code).toBe('generic_update');
        else expect(TrackingStatus.safeParse(status).success, code).toBe(true);
      }
    }
  });

  it('maps the main scans as the reference proposes', () => {
    const expected: Record<string, [string | null, string]> = {
      OC: ['info_received', 'info_received'],
      PU: ['in_transit', 'picked_up'],
      AR: ['in_transit', 'arrived_at_facility'],
      DP: ['in_transit', 'departed_facility'],
      OD: ['out_for_delivery', 'out_for_delivery'],
      DL: ['delivered', 'delivered'],
      DE: ['exception', 'delivery_exception'],
      HP: ['available_for_pickup', 'at_carrier_facility'],
      RS: ['returning_to_sender', 'returning_to_sender'],
      CA: ['exception', 'cancelled'],
      CP: ['customs_processing', 'customs_processing'],
      CD: ['customs_held', 'customs_delayed'],
      CC: ['customs_cleared', 'customs_cleared'],
      AX: ['in_transit', 'handed_over'],
      AO: [null, 'generic_update'],
    };
    for (const [code, [status, subStatus]] of Object.entries(expected)) {
      expect(mapFedexEvent({ eventType: code }), code).toEqual({ status, subStatus, basis: 'event_type', codeKnown: true });
    }
  });
});

describe('mapFedexEvent', () => {
  it('reads event types in any case (FedEx writes on-the-way as Ow)', () => {
    expect(mapFedexEvent({ eventType: 'Ow' })).toMatchObject({ status: 'in_transit', subStatus: 'in_transit', codeKnown: true });
  });

  it('lets a known exception code decide exception and drop-off scans', () => {
    expect(mapFedexEvent({ eventType: 'DE', exceptionCode: '08' })).toEqual({ status: 'delivery_attempted', subStatus: 'recipient_unavailable', basis: 'exception_code', codeKnown: true });
    expect(mapFedexEvent({ eventType: 'DE', exceptionCode: '083' })).toMatchObject({ status: 'delivery_attempted', subStatus: 'location_inaccessible' });
    expect(mapFedexEvent({ eventType: 'DE', exceptionCode: 'A47' })).toMatchObject({ status: 'in_transit', subStatus: 'forwarded' });
    expect(mapFedexEvent({ eventType: 'SE', exceptionCode: '099' })).toMatchObject({ status: 'exception', subStatus: 'undeliverable' });
    expect(mapFedexEvent({ eventType: 'AF', exceptionCode: 'A3' })).toMatchObject({ status: 'in_transit', subStatus: 'picked_up' });
  });

  it('keeps the event type answer when the exception code is unknown or the scan is not an exception scan', () => {
    expect(mapFedexEvent({ eventType: 'DE', exceptionCode: 'Z91' })).toEqual({ status: 'exception', subStatus: 'delivery_exception', basis: 'event_type', codeKnown: true });
    expect(mapFedexEvent({ eventType: 'DL', exceptionCode: '08' })).toMatchObject({ status: 'delivered', subStatus: 'delivered' });
    expect(mapFedexEvent({ eventType: 'OD', exceptionCode: '03' })).toMatchObject({ status: 'out_for_delivery' });
  });

  it('makes delays finer with delayDetail.type, and turns a clearance delay into a customs hold', () => {
    expect(mapFedexEvent({ eventType: 'DY', delayType: 'WEATHER' })).toMatchObject({ status: 'exception', subStatus: 'delayed_weather' });
    expect(mapFedexEvent({ eventType: 'DY', exceptionCode: 'A52', delayType: 'OPERATIONAL' })).toMatchObject({ status: 'exception', subStatus: 'delayed_processing' });
    expect(mapFedexEvent({ eventType: 'DD', delayType: 'GENERAL' })).toMatchObject({ status: 'exception', subStatus: 'delayed' });
    expect(mapFedexEvent({ eventType: 'DY', delayType: 'CLEARANCE' })).toMatchObject({ status: 'customs_held', subStatus: 'customs_delayed' });
    expect(mapFedexEvent({ eventType: 'PD', delayType: 'WEATHER' })).toMatchObject({ status: 'exception', subStatus: 'delayed_weather' });
  });

  it('reads clearance delays by their text: duties owed, documents, inspection, seized goods', () => {
    const clearance = (text: string) => mapFedexEvent({ eventType: 'CD', texts: ['Clearance delay', text] });
    expect(clearance('Import duties and taxes are due')).toMatchObject({ status: 'awaiting_payment', subStatus: 'duties_taxes_due' });
    expect(clearance('Commercial invoice required')).toMatchObject({ status: 'customs_held', subStatus: 'customs_information_required' });
    expect(clearance('Selected for inspection')).toMatchObject({ status: 'customs_held', subStatus: 'customs_inspection' });
    expect(clearance('Goods seized by customs')).toMatchObject({ status: 'customs_held', subStatus: 'customs_prohibited' });
    expect(clearance('Duties and taxes paid')).toMatchObject({ status: 'customs_held', subStatus: 'customs_delayed' });
    expect(clearance('')).toMatchObject({ status: 'customs_held', subStatus: 'customs_delayed' });
  });

  it('moves an exception scan that speaks of customs into customs, and leaves others alone', () => {
    expect(mapFedexEvent({ eventType: 'SE', texts: ['Shipment exception', 'Held at customs'] })).toMatchObject({ status: 'customs_held', subStatus: 'customs_delayed' });
    expect(mapFedexEvent({ eventType: 'DE', texts: ['Delivery exception', 'Import duties owed by recipient'] })).toMatchObject({ status: 'awaiting_payment', subStatus: 'duties_taxes_due' });
    expect(mapFedexEvent({ eventType: 'DE', texts: ['Delivery exception', 'Package damaged'] })).toMatchObject({ status: 'exception', subStatus: 'delivery_exception' });
    expect(mapFedexEvent({ eventType: 'PU', texts: ['Picked up', 'Customs broker pickup'] })).toMatchObject({ status: 'in_transit', subStatus: 'picked_up' });
  });

  it('falls back to the derived code for an unknown event type, and warns either way', () => {
    expect(mapFedexEvent({ eventType: 'QQ', derivedStatusCode: 'DL' })).toEqual({ status: 'delivered', subStatus: 'delivered', basis: 'derived_status', codeKnown: false });
    expect(mapFedexEvent({ eventType: 'QQ' })).toEqual({ status: 'unknown', subStatus: 'unknown', basis: 'none', codeKnown: false });
    expect(mapFedexEvent({ derivedStatusCode: 'IT' })).toEqual({ status: 'in_transit', subStatus: 'in_transit', basis: 'derived_status', codeKnown: true });
    expect(mapFedexEvent({ derivedStatusCode: 'ZZ' })).toMatchObject({ status: 'unknown', codeKnown: false });
    expect(mapFedexEvent({})).toMatchObject({ status: 'unknown', codeKnown: false });
  });

  it('lets a known exception code classify a scan whose event type is unknown', () => {
    expect(mapFedexEvent({ eventType: 'QQ', exceptionCode: '08' })).toEqual({ status: 'delivery_attempted', subStatus: 'recipient_unavailable', basis: 'exception_code', codeKnown: false });
  });
});

describe('classifyCustomsText', () => {
  it('says nothing about texts without a customs signal', () => {
    expect(classifyCustomsText('Clearance delay - Import')).toBeUndefined();
    expect(classifyCustomsText('Customer not available')).toBeUndefined();
  });
});
