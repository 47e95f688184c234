import type { SubStatus, TrackingStatus } from '../schema/status.js';
import { isTerminalStatus } from '../schema/status.js';

/** The fields of an event that status derivation reads. */
export interface StatusBearingEvent {
  status: TrackingStatus;
  subStatus: SubStatus;
  occurredAt: string;
}

/** The derived current state of a result, and which event set it. */
export interface DerivedStatus {
  status: TrackingStatus;
  subStatus: SubStatus;
  /** Index (in the ascending list) of the event that set the status, or -1 when none did. */
  decisiveIndex: number;
}

/**
 * Derives the current status of one carrier's result from its events, ascending by instant. The rules
 * (documented in docs/schema.md):
 * 1. an event whose status is `unknown` never replaces a known status;
 * 2. informational events (`generic_update` that kept the status in force) do not change it;
 * 3. once a terminal status (delivered, returned_to_sender, expired) is reached, a later event replaces it
 *    only with another terminal status or with `returning_to_sender`; older events that arrive late sort
 *    earlier and so cannot undo it;
 * 4. no events: `pending` / `pending`.
 */
export function deriveStatus(events: readonly StatusBearingEvent[], informational: ReadonlySet<number> = new Set()): DerivedStatus {
  let current: DerivedStatus = { status: 'pending', subStatus: 'pending', decisiveIndex: -1 };
  let sawUnknown = false;
  for (let index = 0; index < events.length; index++) {
    const event = events[index] as StatusBearingEvent;
    if (informational.has(index)) continue;
    if (event.status === 'unknown') {
      sawUnknown = true;
      continue;
    }
    if (current.decisiveIndex >= 0 && isTerminalStatus(current.status)) {
      if (!isTerminalStatus(event.status) && event.status !== 'returning_to_sender') continue;
    }
    current = { status: event.status, subStatus: event.subStatus, decisiveIndex: index };
  }
  if (current.decisiveIndex < 0 && sawUnknown) return { status: 'unknown', subStatus: 'unknown', decisiveIndex: -1 };
  return current;
}
