import { describe, expect, it } from 'vitest';
import { summarizeCustoms } from '../../src/merge/customs-summary.js';
import type { SubStatus, TrackingStatus } from '../../src/schema/status.js';

const at = (day: number) => `2025-04-${String(day).padStart(2, '0')}T12:00:00.000Z`;
const event = (day: number, status: TrackingStatus, subStatus: SubStatus = status as SubStatus) => ({ status, subStatus, occurredAt: at(day) });
const owed = { amount: '31.75', currency: 'CAD' };

describe('summarizeCustoms', () => {
  it('is none without customs events, even when an amount is stated (it may be cash on delivery)', () => {
    expect(summarizeCustoms([event(1, 'in_transit', 'picked_up'), event(2, 'awaiting_payment', 'cod_due')], owed, false)).toEqual({ status: 'none', heldSince: null, clearedAt: null, dutiesOwed: null });
  });

  it('follows processing, a hold, a payment request and the release, keeping the start of the hold', () => {
    const events = [event(1, 'customs_processing'), event(2, 'customs_held', 'customs_information_required'), event(3, 'awaiting_payment', 'duties_taxes_due')];
    expect(summarizeCustoms(events, owed, false)).toEqual({ status: 'awaiting_payment', heldSince: at(2), clearedAt: null, dutiesOwed: owed });
    expect(summarizeCustoms([...events, event(5, 'customs_cleared')], owed, false)).toEqual({ status: 'cleared', heldSince: null, clearedAt: at(5), dutiesOwed: null });
  });

  it('keeps the release instant when duties are asked for after the release and then paid', () => {
    const events = [event(1, 'customs_processing'), event(2, 'customs_cleared'), event(3, 'awaiting_payment', 'duties_taxes_due'), event(4, 'in_transit', 'problem_resolved')];
    expect(summarizeCustoms(events.slice(0, 3), null, false)).toEqual({ status: 'awaiting_payment', heldSince: at(3), clearedAt: null, dutiesOwed: null });
    expect(summarizeCustoms(events, null, false)).toEqual({ status: 'cleared', heldSince: null, clearedAt: at(2), dutiesOwed: null });
  });

  it('infers the release from the first movement after customs when no carrier reports it', () => {
    const events = [event(1, 'customs_held'), event(2, 'customs_processing'), event(3, 'in_transit', 'arrived_destination_country'), event(4, 'out_for_delivery')];
    expect(summarizeCustoms(events, null, false)).toEqual({ status: 'cleared', heldSince: null, clearedAt: at(4), dutiesOwed: null });
  });

  it('opens a new episode for import customs after export clearance', () => {
    const events = [event(1, 'customs_processing'), event(2, 'in_transit', 'departed_facility'), event(5, 'customs_processing')];
    expect(summarizeCustoms(events, null, false)).toEqual({ status: 'processing', heldSince: null, clearedAt: null, dutiesOwed: null });
  });

  it('counts a bare payment request as customs only after a customs event, and drops the amount once delivered', () => {
    expect(summarizeCustoms([event(1, 'awaiting_payment', 'awaiting_payment')], owed, false).status).toBe('none');
    expect(summarizeCustoms([event(1, 'customs_processing'), event(2, 'awaiting_payment', 'awaiting_payment')], owed, false).status).toBe('awaiting_payment');
    expect(summarizeCustoms([event(1, 'customs_held')], owed, true).dutiesOwed).toBeNull();
  });
});
