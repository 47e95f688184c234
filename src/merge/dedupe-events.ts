import type { TrackingEvent } from '../schema/tracking-event.js';
import { placeFactsAgree, toPlaceFacts, type Milestone, type PlaceFacts } from './milestone.js';

/** How far apart (ms) two reports of one milestone may be: 6 hours. */
export const DEDUPE_WINDOW_MS = 6 * 60 * 60 * 1000;

/**
 * How many open groups of the same milestone class an event is compared with, newest first. Bounds the work per
 * event (the merge stays O(n log n) however dense the timeline); when more groups are open, the event starts its own
 * (when unsure, keep both).
 */
export const DEDUPE_MAX_CANDIDATES = 16;

/** One event of one leg, prepared for the merge. */
export interface LegEvent {
  event: TrackingEvent;
  /** Index of the leg in journey order. */
  leg: number;
  /** Position of the event in its leg's ascending list. */
  position: number;
  /** `occurredAt` in epoch milliseconds. */
  at: number;
  milestone: Milestone | null;
  /** The event's place reduced for comparison; filled the first time the event is compared. */
  place?: PlaceFacts;
}

/**
 * Orders leg events canonically: by instant, then by leg (a later leg after an earlier one at the same instant),
 * then by position in the leg. Sorts in place and returns the array.
 */
export function sortLegEvents(events: LegEvent[]): LegEvent[] {
  return events.sort(compareLegEvents);
}

/** The canonical order of {@link sortLegEvents}. */
export function compareLegEvents(a: LegEvent, b: LegEvent): number {
  return a.at - b.at || a.leg - b.leg || a.position - b.position;
}

/**
 * Groups reports of the same moment told by different legs. Input: every leg event in the canonical order
 * ({@link sortLegEvents}). Output: groups, each with one to (number of legs) members, at most one per leg, members
 * in leg order; every input event is in exactly one group. Two ways to join a group, tried in this order:
 *
 * 1. Same milestone: the event and the group have the same milestone class ({@link milestoneOf}); the event is at
 *    most `windowMs` after the group's first member; its place agrees with every member under the class's scope.
 *    The nearest open group of the class wins (newest first, at most {@link DEDUPE_MAX_CANDIDATES} looked at).
 * 2. Same scan relayed: a member has the same status at the same instant (to the millisecond) and the places agree
 *    under the `same_place` scope. Events without a class (a bare `in_transit`) merge only this way; handoff
 *    announcements (`handed_over`, or an event `handoff`), informational and `unknown` events never do.
 *
 * A group never holds two events of one leg. Anything else starts a group of its own: when unsure, keep both.
 * One pass over the sorted input with a sliding window per class: O(n) after the sort.
 *
 * @example
 * const groups = dedupeEvents(sortLegEvents(legEvents));
 * groups.filter((group) => group.length > 1).length; // moments told by two carriers
 */
export function dedupeEvents(sorted: readonly LegEvent[], windowMs: number = DEDUPE_WINDOW_MS): LegEvent[][] {
  const groups: LegEvent[][] = [];
  const open = new Map<string, { groups: LegEvent[][]; head: number }>();
  let instant = Number.NaN;
  const atInstant = new Map<string, LegEvent[][]>();
  for (const item of sorted) {
    if (item.at !== instant) {
      instant = item.at;
      if (atInstant.size > 0) atInstant.clear();
    }
    const milestone = item.milestone;
    let window: { groups: LegEvent[][]; head: number } | undefined;
    let joined: LegEvent[] | undefined;
    if (milestone !== null) {
      window = open.get(milestone.key);
      if (!window) {
        window = { groups: [], head: 0 };
        open.set(milestone.key, window);
      }
      while (window.head < window.groups.length && item.at - ((window.groups[window.head] as LegEvent[])[0] as LegEvent).at > windowMs) window.head++;
      if (window.head > 1024 && window.head * 2 > window.groups.length) {
        window.groups = window.groups.slice(window.head);
        window.head = 0;
      }
      const oldest = Math.max(window.head, window.groups.length - DEDUPE_MAX_CANDIDATES);
      for (let index = window.groups.length - 1; index >= oldest; index--) {
        const group = window.groups[index] as LegEvent[];
        if (accepts(group, item, milestone.scope)) {
          joined = group;
          break;
        }
      }
    }
    const relayKey = relayKeyOf(item);
    if (!joined && relayKey !== null) {
      const candidates = atInstant.get(relayKey) ?? [];
      for (let index = candidates.length - 1; index >= Math.max(0, candidates.length - DEDUPE_MAX_CANDIDATES); index--) {
        const group = candidates[index] as LegEvent[];
        if (accepts(group, item, 'same_place')) {
          joined = group;
          break;
        }
      }
    }
    if (!joined) {
      joined = [item];
      groups.push(joined);
      window?.groups.push(joined);
    } else {
      joined.push(item);
    }
    if (relayKey !== null) {
      const list = atInstant.get(relayKey);
      if (!list) atInstant.set(relayKey, [joined]);
      else if (list.at(-1) !== joined) list.push(joined);
    }
  }
  for (const group of groups) if (group.length > 1) group.sort((a, b) => a.leg - b.leg);
  return groups;
}

/** The key under which an event may merge as the same scan relayed (its status), or `null` when it may not. */
function relayKeyOf(item: LegEvent): string | null {
  const event = item.event;
  if (event.status === 'unknown' || event.subStatus === 'generic_update' || event.subStatus === 'handed_over' || event.handoff !== undefined) return null;
  return event.status;
}

function accepts(group: readonly LegEvent[], item: LegEvent, scope: Milestone['scope']): boolean {
  for (const member of group) if (member.leg === item.leg) return false;
  const place = placeOf(item);
  for (const member of group) if (!placeFactsAgree(placeOf(member), place, scope)) return false;
  return true;
}

function placeOf(item: LegEvent): PlaceFacts {
  return (item.place ??= toPlaceFacts(item.event.location));
}
