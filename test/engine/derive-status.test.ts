import { describe, expect, it } from 'vitest';
import { deriveStatus } from '../../src/engine/derive-status.js';
import type { SubStatus, TrackingStatus } from '../../src/schema/status.js';

const at = (minute: number) => `2025-01-01T00:${String(minute).padStart(2, '0')}:00.000Z`;
const event = (status: TrackingStatus, subStatus: SubStatus, minute: number) => ({ status, subStatus, occurredAt: at(minute) });

describe('deriveStatus', () => {
  it('is pending with no events', () => {
    expect(deriveStatus([])).toMatchObject({ status: 'pending', subStatus: 'pending', decisiveIndex: -1 });
  });

  it('takes the latest known event', () => {
    expect(deriveStatus([event('in_transit', 'picked_up', 1), event('customs_held', 'customs_inspection', 2)])).toMatchObject({
      status: 'customs_held',
      subStatus: 'customs_inspection',
      decisiveIndex: 1,
    });
  });

  it('does not let an unknown event overwrite a known status', () => {
    expect(deriveStatus([event('out_for_delivery', 'out_for_delivery', 1), event('unknown', 'unknown', 2)]).status).toBe('out_for_delivery');
  });

  it('is unknown when every event is unknown', () => {
    expect(deriveStatus([event('unknown', 'unknown', 1)]).status).toBe('unknown');
  });

  it('keeps a terminal status against later non-terminal events', () => {
    const derived = deriveStatus([event('delivered', 'delivered', 1), event('in_transit', 'arrived_at_facility', 2)]);
    expect(derived).toMatchObject({ status: 'delivered', decisiveIndex: 0 });
  });

  it('lets a return start after delivery, and a later terminal replace a terminal', () => {
    expect(deriveStatus([event('delivered', 'delivered', 1), event('returning_to_sender', 'returning_to_sender', 2)]).status).toBe('returning_to_sender');
    expect(deriveStatus([event('delivered', 'delivered', 1), event('returned_to_sender', 'returned_to_sender', 2)]).status).toBe('returned_to_sender');
  });

  it('skips informational events', () => {
    const derived = deriveStatus([event('customs_cleared', 'customs_cleared', 1), event('customs_cleared', 'generic_update', 2)], new Set([1]));
    expect(derived).toMatchObject({ status: 'customs_cleared', subStatus: 'customs_cleared', decisiveIndex: 0 });
  });
});
