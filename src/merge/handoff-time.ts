import type { HandoffBasis } from '../schema/shipment.js';
import type { TrackingEvent } from '../schema/tracking-event.js';
import { handoffNamesLeg } from './leg-identity.js';

/** A leg as the handoff rule reads it. */
export interface HandoffLeg {
  carrier: string;
  trackingNumber: string;
  /** Ascending by instant. */
  events: readonly TrackingEvent[];
}

/**
 * When a leg passed the parcel to the next leg, first rule that finds an event wins:
 * 1. the leg's first event whose `handoff` names the next leg (`handoff_event`);
 * 2. the leg's first `handed_over` event (`handoff_event`);
 * 3. the leg's first `delivered` event: delivered to the partner (`delivered_event`);
 * 4. the next leg's first event that is more than a label or a pre-advice (`next_leg_first_event`, approximate).
 * `null` when none applies.
 *
 * @example
 * findHandoffTime(dhlLeg, uspsLeg); // { at: '2025-07-17T14:41:02.000Z', basis: 'handoff_event' }
 */
export function findHandoffTime(leg: HandoffLeg, next: HandoffLeg): { at: string; basis: HandoffBasis } | null {
  const announced = leg.events.find((event) => event.handoff !== undefined && handoffNamesLeg(event.handoff, leg, next));
  if (announced) return { at: announced.occurredAt, basis: 'handoff_event' };
  const handedOver = leg.events.find((event) => event.subStatus === 'handed_over');
  if (handedOver) return { at: handedOver.occurredAt, basis: 'handoff_event' };
  const delivered = leg.events.find((event) => event.status === 'delivered' && event.subStatus !== 'generic_update');
  if (delivered) return { at: delivered.occurredAt, basis: 'delivered_event' };
  const first = next.events.find((event) => event.status !== 'info_received' && event.status !== 'pending' && event.status !== 'unknown');
  if (first) return { at: first.occurredAt, basis: 'next_leg_first_event' };
  return null;
}
