import { describe, expect, it } from 'vitest';
import { SubStatus, TrackingStatus, type SubStatus as SubStatusId, type TrackingStatus as Status } from '../../src/schema/status.js';
import {
  UPU_EVENT_LABELS,
  UPU_EVENT_TABLE,
  UPU_TEXT_REFINED_CODES,
  isUpuEventCode,
  mapUpuEvent,
  upuEventLabel,
} from '../../src/adapter-kit/upu-events.js';

/** Every EMSEVT code of upu-events.md §2 with the pair we chose, one line each. */
const EXPECTED: readonly [code: string, status: Status, subStatus: SubStatusId][] = [
  ['EMA', 'in_transit', 'picked_up'],
  ['EMB', 'in_transit', 'arrived_at_facility'],
  ['EXA', 'customs_processing', 'customs_processing'],
  ['EXB', 'customs_held', 'customs_held'],
  ['EXC', 'in_transit', 'processed'],
  ['EXD', 'in_transit', 'held'],
  ['EXX', 'exception', 'cancelled'],
  ['EMC', 'in_transit', 'departed_origin_country'],
  ['EMJ', 'in_transit', 'arrived_at_facility'],
  ['EMK', 'in_transit', 'departed_facility'],
  ['EMD', 'in_transit', 'arrived_destination_country'],
  ['EDA', 'in_transit', 'held'],
  ['EDB', 'customs_processing', 'customs_processing'],
  ['EME', 'customs_held', 'customs_held'],
  ['EDC', 'customs_cleared', 'customs_cleared'],
  ['EMF', 'in_transit', 'departed_facility'],
  ['EDD', 'in_transit', 'arrived_at_facility'],
  ['EDE', 'in_transit', 'departed_facility'],
  ['EMG', 'in_transit', 'received_at_destination_facility'],
  ['EDF', 'in_transit', 'held'],
  ['EDG', 'out_for_delivery', 'out_for_delivery'],
  ['EDH', 'available_for_pickup', 'available_for_pickup'],
  ['EMH', 'delivery_attempted', 'delivery_attempted'],
  ['EMI', 'delivered', 'delivered'],
  ['EDX', 'exception', 'undeliverable'],
];

describe('UPU event table', () => {
  it('covers exactly the 25 EMSEVT codes of the reference list', () => {
    expect(Object.keys(UPU_EVENT_TABLE).sort()).toEqual(EXPECTED.map(([code]) => code).sort());
  });

  it.each(EXPECTED)('maps UPU code %s to %s / %s', (code, status, subStatus) => {
    expect(mapUpuEvent(code)).toEqual({ status, subStatus, known: true });
  });

  it('uses only statuses and subStatus ids of the unified schema', () => {
    for (const [status, subStatus] of Object.values(UPU_EVENT_TABLE)) {
      expect(TrackingStatus.safeParse(status).success).toBe(true);
      expect(SubStatus.safeParse(subStatus).success).toBe(true);
    }
  });

  it('keeps customs_cleared for the import release and never clears on the export side', () => {
    expect(mapUpuEvent('EDC').status).toBe('customs_cleared');
    expect(mapUpuEvent('EXC').status).toBe('in_transit');
    const cleared = Object.entries(UPU_EVENT_TABLE).filter(([, [status]]) => status === 'customs_cleared').map(([code]) => code);
    expect(cleared).toEqual(['EDC']);
  });

  it('never claims that duties are owed from a code alone', () => {
    const statuses: readonly (string | null)[] = Object.values(UPU_EVENT_TABLE).map(([status]) => status);
    expect(statuses).not.toContain('awaiting_payment');
  });

  it('reads codes whatever their case and surrounding spaces', () => {
    expect(mapUpuEvent(' emd ')).toEqual({ status: 'in_transit', subStatus: 'arrived_destination_country', known: true });
    expect(mapUpuEvent('eXa').status).toBe('customs_processing');
  });

  it('answers unknown / unknown for codes outside the lists, without throwing', () => {
    for (const code of ['EMX', 'EZZ', '203', '', 'EM', null, undefined]) {
      expect(mapUpuEvent(code)).toEqual({ status: 'unknown', subStatus: 'unknown', known: false });
    }
  });

  it('tells UPU codes from other carrier codes', () => {
    expect(isUpuEventCode('EXA')).toBe(true);
    expect(isUpuEventCode('edh')).toBe(true);
    expect(isUpuEventCode('EMX')).toBe(false);
    expect(isUpuEventCode('505')).toBe(false);
    expect(isUpuEventCode(undefined)).toBe(false);
  });

  it('has the printed label of every code', () => {
    expect(Object.keys(UPU_EVENT_LABELS).sort()).toEqual(Object.keys(UPU_EVENT_TABLE).sort());
    expect(upuEventLabel('emc')).toBe('Departure from outward office of exchange');
    expect(upuEventLabel('EMH')).toBe('Unsuccessful (physical) delivery');
    expect(upuEventLabel('EMX')).toBeUndefined();
  });

  it('marks the held-at-delivery-office and failed-attempt codes as refined by text', () => {
    expect([...UPU_TEXT_REFINED_CODES].sort()).toEqual(['EDF', 'EMH']);
  });
});
