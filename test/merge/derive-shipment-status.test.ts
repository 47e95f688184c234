import { describe, expect, it } from 'vitest';
import { deriveShipmentStatus, isCustomsHold, movesOnAfterCustoms } from '../../src/merge/derive-shipment-status.js';
import type { SubStatus, TrackingStatus } from '../../src/schema/status.js';

const event = (status: TrackingStatus, subStatus: SubStatus = status as SubStatus) => ({ status, subStatus });

describe('deriveShipmentStatus', () => {
  it('is pending with no events and unknown when every event is unknown', () => {
    expect(deriveShipmentStatus([])).toEqual({ status: 'pending', subStatus: 'pending', decisiveIndex: -1 });
    expect(deriveShipmentStatus([event('unknown')])).toEqual({ status: 'unknown', subStatus: 'unknown', decisiveIndex: -1 });
  });

  it('takes the latest event, skipping unknown and informational ones', () => {
    expect(deriveShipmentStatus([event('in_transit', 'picked_up'), event('out_for_delivery'), event('unknown'), event('out_for_delivery', 'generic_update')])).toEqual({
      status: 'out_for_delivery',
      subStatus: 'out_for_delivery',
      decisiveIndex: 1,
    });
  });

  it('keeps a terminal status against later movement, and lets a return or another terminal status replace it', () => {
    expect(deriveShipmentStatus([event('delivered'), event('in_transit', 'arrived_at_facility')]).decisiveIndex).toBe(0);
    expect(deriveShipmentStatus([event('delivered'), event('returning_to_sender')]).status).toBe('returning_to_sender');
    expect(deriveShipmentStatus([event('delivered'), event('returned_to_sender')]).status).toBe('returned_to_sender');
  });

  it('keeps a customs hold until a release, a payment or a later movement', () => {
    const held = [event('customs_held', 'customs_inspection')];
    for (const notARelease of [event('customs_processing'), event('in_transit', 'arrived_destination_country'), event('in_transit', 'processed'), event('info_received')]) {
      expect(deriveShipmentStatus([...held, notARelease])).toEqual({ status: 'customs_held', subStatus: 'customs_inspection', decisiveIndex: 0 });
    }
    expect(deriveShipmentStatus([...held, event('customs_cleared')]).status).toBe('customs_cleared');
    expect(deriveShipmentStatus([...held, event('awaiting_payment', 'duties_taxes_due'), event('in_transit', 'problem_resolved')]).subStatus).toBe('problem_resolved');
    expect(deriveShipmentStatus([...held, event('in_transit', 'departed_facility')]).subStatus).toBe('departed_facility');
    expect(deriveShipmentStatus([...held, event('exception', 'disposed')]).subStatus).toBe('disposed');
  });

  it('lets another hold or a payment request replace a hold', () => {
    expect(deriveShipmentStatus([event('customs_held'), event('awaiting_payment', 'duties_taxes_due')])).toMatchObject({ status: 'awaiting_payment', decisiveIndex: 1 });
  });

  it('does not treat a cash-on-delivery amount as a customs hold', () => {
    expect(isCustomsHold(event('awaiting_payment', 'cod_due'))).toBe(false);
    expect(deriveShipmentStatus([event('awaiting_payment', 'cod_due'), event('in_transit', 'processed')]).status).toBe('in_transit');
  });

  it('never lets a label or pre-advice move the shipment back', () => {
    expect(deriveShipmentStatus([event('in_transit', 'picked_up'), event('info_received')]).status).toBe('in_transit');
    expect(deriveShipmentStatus([event('info_received'), event('info_received')]).decisiveIndex).toBe(1);
  });
});

describe('movesOnAfterCustoms', () => {
  it('counts releases and movements, not pre-customs milestones or customs processing', () => {
    expect(movesOnAfterCustoms(event('customs_cleared'))).toBe(true);
    expect(movesOnAfterCustoms(event('in_transit', 'in_transit'))).toBe(true);
    expect(movesOnAfterCustoms(event('delivered'))).toBe(true);
    expect(movesOnAfterCustoms(event('in_transit', 'departed_origin_country'))).toBe(false);
    expect(movesOnAfterCustoms(event('customs_processing'))).toBe(false);
    expect(movesOnAfterCustoms(event('delivered', 'generic_update'))).toBe(false);
  });
});
