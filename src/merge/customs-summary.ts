import type { AmountDue } from '../schema/tracking-result.js';
import type { CustomsSummary } from '../schema/shipment.js';
import type { SubStatus, TrackingStatus } from '../schema/status.js';
import { isCustomsHold, movesOnAfterCustoms } from './derive-shipment-status.js';

/** The fields of a shipment event the customs summary reads. */
export interface CustomsEvent {
  status: TrackingStatus;
  subStatus: SubStatus;
  occurredAt: string;
}

/**
 * Summarizes customs from the merged timeline (ascending, shipment-view statuses), walking it once:
 * - `customs_processing` opens an episode (`processing`) unless a hold is in force;
 * - `customs_held` makes it `held`; `awaiting_payment` (duties; a cash-on-delivery amount is not customs, and a
 *   bare payment request counts only after a customs event) makes it `awaiting_payment`; `heldSince` is the
 *   instant the hold began and survives a change from held to awaiting payment;
 * - `customs_cleared` makes it `cleared` at its instant; so does the first event that moves on after customs
 *   (a payment, a later movement) while an episode is open, at that event's instant when no carrier reported the
 *   release, or at the release's instant when duties were asked for after it;
 * - a new `customs_processing` after a release (import after export) opens a new episode.
 * `dutiesOwed` is the amount given (the latest leg's `amountDue`) while the status is `processing`, `held` or
 * `awaiting_payment` and the parcel is not delivered.
 *
 * @example
 * summarizeCustoms([
 *   { status: 'customs_held', subStatus: 'customs_held', occurredAt: '2024-05-06T15:47:00.000Z' },
 *   { status: 'customs_cleared', subStatus: 'customs_cleared', occurredAt: '2024-05-08T18:12:00.000Z' },
 * ], null, false);
 * // { status: 'cleared', heldSince: null, clearedAt: '2024-05-08T18:12:00.000Z', dutiesOwed: null }
 */
export function summarizeCustoms(events: readonly CustomsEvent[], statedAmount: AmountDue | null, delivered: boolean): CustomsSummary {
  let status: CustomsSummary['status'] = 'none';
  let heldSince: string | null = null;
  let clearedAt: string | null = null;
  // A release reported before a payment request (release, then duties owed) stays the release time once paid.
  let releasedAt: string | null = null;
  for (let index = 0; index < events.length; index++) {
    const event = events[index] as CustomsEvent;
    if (event.subStatus === 'generic_update' || event.status === 'unknown') continue;
    const held = status === 'held' || status === 'awaiting_payment';
    if (event.status === 'customs_processing') {
      if (!held) {
        status = 'processing';
        clearedAt = null;
        releasedAt = null;
      }
    } else if (isCustomsHold(event) && (event.status === 'customs_held' || event.subStatus === 'duties_taxes_due' || status !== 'none')) {
      if (!held) heldSince = event.occurredAt;
      status = event.status === 'customs_held' ? 'held' : 'awaiting_payment';
      clearedAt = null;
    } else if (event.status === 'customs_cleared') {
      status = 'cleared';
      clearedAt = event.occurredAt;
      releasedAt = event.occurredAt;
      heldSince = null;
    } else if ((held || status === 'processing') && movesOnAfterCustoms(event)) {
      status = 'cleared';
      clearedAt = releasedAt ?? event.occurredAt;
      heldSince = null;
    }
  }
  const owedStillRelevant = !delivered && (status === 'processing' || status === 'held' || status === 'awaiting_payment');
  return { status, heldSince, clearedAt, dutiesOwed: owedStillRelevant ? statedAmount : null };
}
