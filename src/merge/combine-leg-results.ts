import type { TrackingEvent } from '../schema/tracking-event.js';
import type { TrackingResult } from '../schema/tracking-result.js';
import { legKeyOf } from './leg-identity.js';

/** One leg's events and result after several results for the same carrier and number were combined. */
export interface CombinedLeg {
  /** `carrier|COMPACTNUMBER`. */
  key: string;
  /** The freshest result for the leg: its status, estimate, warnings and fetch time describe the leg. */
  result: TrackingResult;
  /** The union of the events of every result for the leg (by event id), ascending by instant. */
  events: readonly TrackingEvent[];
}

/**
 * Groups results by leg (carrier and compact number) and combines each group into one leg, so that giving the
 * same leg twice, or a fresh and a stale copy of it, changes nothing. The freshest copy (latest `fetchedAt`, then
 * more events, then a fixed order of the content) describes the leg; events of other copies that the freshest one
 * no longer lists are kept, by id. The answer does not depend on the order of `results`. Legs come out sorted by key.
 *
 * @example
 * combineLegResults([uspsResult, uspsResult]).length; // 1
 */
export function combineLegResults(results: readonly TrackingResult[]): CombinedLeg[] {
  const groups = new Map<string, TrackingResult[]>();
  for (const result of results) {
    const key = legKeyOf(result.carrier, result.trackingNumber);
    const group = groups.get(key);
    if (group) group.push(result);
    else groups.set(key, [result]);
  }
  const legs: CombinedLeg[] = [];
  for (const [key, group] of groups) {
    if (group.length === 1) {
      const only = group[0] as TrackingResult;
      legs.push({ key, result: only, events: only.events });
      continue;
    }
    const ranked = rankCopies(group);
    const freshest = ranked[0] as TrackingResult;
    legs.push({ key, result: freshest, events: unionEvents(freshest, ranked.slice(1)) });
  }
  legs.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return legs;
}

/** Freshest first; ties broken by the number of events, then by the serialized content (a total order). */
function rankCopies(group: readonly TrackingResult[]): TrackingResult[] {
  const keyed = group.map((result) => ({ result, fetched: Date.parse(result.fetchedAt), content: JSON.stringify(result) }));
  keyed.sort(
    (a, b) =>
      b.fetched - a.fetched ||
      b.result.events.length - a.result.events.length ||
      (a.content < b.content ? -1 : a.content > b.content ? 1 : 0),
  );
  return keyed.map((entry) => entry.result);
}

function unionEvents(freshest: TrackingResult, others: readonly TrackingResult[]): TrackingEvent[] {
  const ids = new Set(freshest.events.map((event) => event.id));
  const extra: TrackingEvent[] = [];
  for (const other of others) {
    for (const event of other.events) {
      if (ids.has(event.id)) continue;
      ids.add(event.id);
      extra.push(event);
    }
  }
  if (extra.length === 0) return freshest.events;
  extra.sort((a, b) => Date.parse(a.occurredAt) - Date.parse(b.occurredAt) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const all = [...freshest.events, ...extra].map((event, index) => ({ event, index, at: Date.parse(event.occurredAt) }));
  all.sort((a, b) => a.at - b.at || a.index - b.index);
  return all.map((entry) => entry.event);
}
