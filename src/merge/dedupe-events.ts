import type { TrackingEvent } from '../schema/tracking-event.js';
import { milestoneOf, placeFactsAgree, toPlaceFacts, type Milestone, type PlaceFacts } from './milestone.js';

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
  /** The key under which the event may merge as the same scan relayed (its status), or `null` when it may not. */
  relayKey: string | null;
  /** The event's place reduced for comparison, or `null` for an event that is never compared (no class, no relay key). */
  place: PlaceFacts | null;
  /** Index in the sorted input, set by {@link dedupeEvents} as it reads the event (-1 before). */
  rank: number;
}

/**
 * Prepares one event for the merge, reading everything the merge compares from the event once: on a long
 * timeline the events are no longer in the processor's cache when the de-duplication reaches them.
 *
 * @example
 * toLegEvent(event, 0, 3).milestone; // { key: 'delivered', scope: 'place' } for a delivery scan
 */
export function toLegEvent(event: TrackingEvent, leg: number, position: number): LegEvent {
  const milestone = milestoneOf(event.status, event.subStatus);
  const relayKey = relayKeyOf(event);
  return {
    event,
    leg,
    position,
    at: Date.parse(event.occurredAt),
    milestone,
    relayKey,
    place: milestone !== null || relayKey !== null ? toPlaceFacts(event.location) : null,
    rank: -1,
  };
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
 * in leg order; every input event is in exactly one group. The groups come in the canonical order of their primary
 * member (the last, the latest leg's report), the order of the merged timeline. Two ways to join a group, tried in this order:
 *
 * 1. Same milestone: the event and the group have the same milestone class ({@link milestoneOf}); the event is at
 *    most `windowMs` after the group's first member; its place agrees with every member under the class's scope.
 *    The nearest open group of the class wins (newest first, at most {@link DEDUPE_MAX_CANDIDATES} looked at).
 * 2. Same scan relayed: a member has the same status at the same instant (to the millisecond) and the places agree
 *    under the `same_place` scope. Events without a class (a bare `in_transit`) merge only this way; handoff
 *    announcements (`handed_over`, or an event `handoff`), informational and `unknown` events never do.
 *
 * A group never holds two events of one leg. Anything else starts a group of its own: when unsure, keep both.
 * One pass over the sorted input with a sliding window per class, then the groups placed by their primary's
 * position in the input: O(n) after the sort.
 *
 * @example
 * const groups = dedupeEvents(sortLegEvents(legEvents));
 * groups.filter((group) => group.length > 1).length; // moments told by two carriers
 */
export function dedupeEvents(sorted: readonly LegEvent[], windowMs: number = DEDUPE_WINDOW_MS): LegEvent[][] {
  const groups: LegEvent[][] = [];
  const open = new Map<string, { groups: LegEvent[][]; head: number }>();
  // The groups formed at the current instant, by relay key: a short list reset (not reallocated) when the instant
  // changes. Indexed loops throughout: this runs once per merge, often before the optimizer has seen it, and
  // for...of would then allocate an iterator result per step.
  let instant = Number.NaN;
  const atInstant: { key: string; groups: LegEvent[][] }[] = [];
  let atInstantCount = 0;
  for (let position = 0; position < sorted.length; position++) {
    const item = sorted[position] as LegEvent;
    item.rank = position;
    if (item.at !== instant) {
      instant = item.at;
      atInstantCount = 0;
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
    const relayKey = item.relayKey;
    let relayed: { key: string; groups: LegEvent[][] } | undefined;
    if (relayKey !== null) {
      for (let index = 0; index < atInstantCount; index++) {
        if ((atInstant[index] as { key: string }).key === relayKey) {
          relayed = atInstant[index];
          break;
        }
      }
    }
    if (!joined && relayed !== undefined) {
      const candidates = relayed.groups;
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
      if (relayed === undefined) {
        // Reuse the slot (and its list) left by an earlier instant, when there is one.
        relayed = atInstant[atInstantCount];
        if (relayed === undefined) {
          relayed = { key: relayKey, groups: [] };
          atInstant.push(relayed);
        } else {
          relayed.key = relayKey;
          relayed.groups.length = 0;
        }
        atInstantCount++;
      }
      if (relayed.groups[relayed.groups.length - 1] !== joined) relayed.groups.push(joined);
    }
  }
  // Members in leg order (an insertion sort: a group holds at most one event per leg), then each group placed at its
  // primary's position in the input, which orders the groups without comparing them.
  const byPrimary: (LegEvent[] | undefined)[] = new Array(sorted.length);
  for (let index = 0; index < groups.length; index++) {
    const group = groups[index] as LegEvent[];
    for (let from = 1; from < group.length; from++) {
      const member = group[from] as LegEvent;
      let to = from;
      while (to > 0 && (group[to - 1] as LegEvent).leg > member.leg) {
        group[to] = group[to - 1] as LegEvent;
        to--;
      }
      group[to] = member;
    }
    byPrimary[(group[group.length - 1] as LegEvent).rank] = group;
  }
  const ordered: LegEvent[][] = [];
  for (let index = 0; index < byPrimary.length; index++) {
    const group = byPrimary[index];
    if (group !== undefined) ordered.push(group);
  }
  return ordered;
}

/** The key under which an event may merge as the same scan relayed (its status), or `null` when it may not. */
function relayKeyOf(event: TrackingEvent): string | null {
  if (event.status === 'unknown' || event.subStatus === 'generic_update' || event.subStatus === 'handed_over' || event.handoff !== undefined) return null;
  return event.status;
}

function accepts(group: readonly LegEvent[], item: LegEvent, scope: Milestone['scope']): boolean {
  for (let index = 0; index < group.length; index++) if ((group[index] as LegEvent).leg === item.leg) return false;
  const place = item.place as PlaceFacts;
  for (let index = 0; index < group.length; index++) if (!placeFactsAgree((group[index] as LegEvent).place as PlaceFacts, place, scope)) return false;
  return true;
}
