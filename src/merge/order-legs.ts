import type { ShipmentLegRole } from '../schema/shipment.js';
import type { TrackingEvent } from '../schema/tracking-event.js';
import type { CombinedLeg } from './combine-leg-results.js';
import { handoffNamesLeg } from './leg-identity.js';

/** A leg in journey order, with its role. */
export interface OrderedLeg extends CombinedLeg {
  index: number;
  role: ShipmentLegRole;
}

/**
 * Puts legs in journey order, origin first:
 * 1. an event of leg A that announces a handoff naming leg B (same carrier; the partner's number, or A's own
 *    number when the handoff gives none) puts A before B; announcements that would close a cycle are ignored;
 * 2. otherwise legs with events come before legs without, then the earlier first event, then the earlier last
 *    event, then carrier id and number.
 * Roles: the first leg is `origin`, the last `last_mile`, any leg between `line_haul`; a single leg is `last_mile`.
 *
 * @example
 * orderLegs(combineLegResults([uspsResult, chinaPostResult])).map((leg) => leg.role); // ['origin', 'last_mile']
 */
export function orderLegs(legs: readonly CombinedLeg[]): OrderedLeg[] {
  const count = legs.length;
  const successors: Set<number>[] = legs.map(() => new Set<number>());
  for (let from = 0; from < count; from++) {
    const leg = legs[from] as CombinedLeg;
    // Indexed: this runs once per merge over every event, often before it is optimized (for...of would allocate).
    for (let position = 0; position < leg.events.length; position++) {
      const event = leg.events[position] as TrackingEvent;
      if (!event.handoff) continue;
      for (let to = 0; to < count; to++) {
        if (to === from || successors[from]?.has(to)) continue;
        const target = legs[to] as CombinedLeg;
        if (!handoffNamesLeg(event.handoff, leg.result, target.result)) continue;
        if (reaches(successors, to, from)) continue;
        successors[from]?.add(to);
      }
    }
  }

  const indegree = legs.map(() => 0);
  for (const next of successors) for (const to of next) indegree[to] = (indegree[to] ?? 0) + 1;
  const sortKeys = legs.map(sortKeyOf);
  const placed: number[] = [];
  const done = new Set<number>();
  while (placed.length < count) {
    let best = -1;
    for (let candidate = 0; candidate < count; candidate++) {
      if (done.has(candidate) || (indegree[candidate] ?? 0) > 0) continue;
      if (best < 0 || compareKeys(sortKeys[candidate] as SortKey, sortKeys[best] as SortKey) < 0) best = candidate;
    }
    done.add(best);
    placed.push(best);
    for (const to of successors[best] ?? []) indegree[to] = (indegree[to] ?? 0) - 1;
  }

  return placed.map((position, index) => ({
    ...(legs[position] as CombinedLeg),
    index,
    role: count === 1 || index === count - 1 ? 'last_mile' : index === 0 ? 'origin' : 'line_haul',
  }));
}

type SortKey = readonly [hasEvents: number, first: number, last: number, key: string];

function sortKeyOf(leg: CombinedLeg): SortKey {
  const first = leg.events[0];
  const last = leg.events.at(-1);
  if (!first || !last) return [1, 0, 0, leg.key];
  return [0, Date.parse(first.occurredAt), Date.parse(last.occurredAt), leg.key];
}

function compareKeys(a: SortKey, b: SortKey): number {
  return a[0] - b[0] || a[1] - b[1] || a[2] - b[2] || (a[3] < b[3] ? -1 : a[3] > b[3] ? 1 : 0);
}

/** Whether `target` can be reached from `start` along the edges kept so far. */
function reaches(successors: readonly Set<number>[], start: number, target: number): boolean {
  const stack = [start];
  const seen = new Set<number>();
  while (stack.length > 0) {
    const node = stack.pop() as number;
    if (node === target) return true;
    if (seen.has(node)) continue;
    seen.add(node);
    for (const next of successors[node] ?? []) stack.push(next);
  }
  return false;
}
