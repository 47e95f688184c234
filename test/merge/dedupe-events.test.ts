import { describe, expect, it } from 'vitest';
import { DEDUPE_MAX_CANDIDATES, DEDUPE_WINDOW_MS, dedupeEvents, sortLegEvents, toLegEvent, type LegEvent } from '../../src/merge/dedupe-events.js';
import { milestoneOf, placesAgree, toPlaceFacts } from '../../src/merge/milestone.js';
import type { Location } from '../../src/schema/location.js';
import type { SubStatus, TrackingStatus } from '../../src/schema/status.js';
import type { TrackingEvent } from '../../src/schema/tracking-event.js';

const HOUR = 3_600_000;

function legEvent(leg: number, position: number, hours: number, status: TrackingStatus, subStatus: SubStatus, location: Location | null = { countryCode: 'US' }): LegEvent {
  const occurredAt = new Date(Date.UTC(2025, 5, 1) + hours * HOUR).toISOString();
  const event: TrackingEvent = {
    id: `ev_${leg}_${position}`,
    carrier: `carrier-${leg}`,
    trackingNumber: 'N1',
    status,
    subStatus,
    occurredAt,
    localTime: occurredAt.replace('.000Z', '+00:00'),
    timeZone: 'UTC',
    timeBasis: 'carrier_offset',
    location,
    description: subStatus,
    carrierStatus: { code: null, description: subStatus, language: 'en' },
  };
  return toLegEvent(event, leg, position);
}

const ids = (groups: LegEvent[][]) => groups.map((group) => group.map((member) => member.event.id));

describe('dedupeEvents', () => {
  it('groups one report per leg of a milestone inside the window and starts a new group past it', () => {
    const groups = dedupeEvents(
      sortLegEvents([
        legEvent(1, 0, 5.9, 'customs_held', 'customs_held'),
        legEvent(0, 0, 0, 'customs_held', 'customs_held'),
        legEvent(2, 0, 6.1, 'customs_held', 'customs_held'),
      ]),
    );
    expect(ids(groups)).toEqual([['ev_0_0', 'ev_1_0'], ['ev_2_0']]);
    expect(DEDUPE_WINDOW_MS).toBe(6 * HOUR);
  });

  it('joins the nearest open group and never puts two events of one leg together', () => {
    const groups = dedupeEvents(
      sortLegEvents([
        legEvent(0, 0, 0, 'out_for_delivery', 'out_for_delivery'),
        legEvent(0, 1, 3, 'out_for_delivery', 'out_for_delivery'),
        legEvent(1, 0, 4, 'out_for_delivery', 'out_for_delivery'),
      ]),
    );
    expect(ids(groups)).toEqual([['ev_0_0'], ['ev_0_1', 'ev_1_0']]);
  });

  it('looks at a bounded number of open groups, so a crowded window starts a new group instead of scanning', () => {
    const crowd = Array.from({ length: DEDUPE_MAX_CANDIDATES + 1 }, (_, index) => legEvent(index, 0, index * 0.01, 'delivered', 'delivered', { city: `Town ${index}`, countryCode: 'US' }));
    const late = legEvent(DEDUPE_MAX_CANDIDATES + 1, 0, 1, 'delivered', 'delivered', { city: 'Town 0', countryCode: 'US' });
    const groups = dedupeEvents(sortLegEvents([...crowd, late]));
    expect(groups).toHaveLength(DEDUPE_MAX_CANDIDATES + 2);
    const nearby = legEvent(DEDUPE_MAX_CANDIDATES + 1, 0, 1, 'delivered', 'delivered', { city: `Town ${DEDUPE_MAX_CANDIDATES}`, countryCode: 'US' });
    expect(dedupeEvents(sortLegEvents([...crowd, nearby]))).toHaveLength(DEDUPE_MAX_CANDIDATES + 1);
  });

  it('gives the groups in the order of their primary (latest leg) member, not of their first report', () => {
    // Leg 1 reports the customs hold first (0 h); leg 2 tells it again at 5 h. Leg 0's arrival comes in between (2 h),
    // so the hold's first report is before the arrival and its primary report after it.
    const input = [
      legEvent(1, 0, 0, 'customs_held', 'customs_held'),
      legEvent(0, 0, 2, 'in_transit', 'arrived_destination_country'),
      legEvent(2, 0, 5, 'customs_held', 'customs_held'),
    ];
    const groups = dedupeEvents(sortLegEvents(input));
    expect(ids(groups)).toEqual([['ev_0_0'], ['ev_1_0', 'ev_2_0']]);
    expect(groups.map((group) => group.at(-1)?.rank)).toEqual([1, 2]);
  });

  it('puts every input event in exactly one group, members in leg order', () => {
    const input = [legEvent(1, 0, 1, 'delivered', 'delivered'), legEvent(0, 0, 1.5, 'delivered', 'signed_for'), legEvent(0, 1, 2, 'unknown', 'unknown'), legEvent(1, 1, 2, 'unknown', 'unknown')];
    const groups = dedupeEvents(sortLegEvents(input));
    expect(groups.flat().map((member) => member.event.id).sort()).toEqual(input.map((member) => member.event.id).sort());
    expect(groups[0]?.map((member) => member.leg)).toEqual([0, 1]);
  });
});

describe('milestoneOf', () => {
  it('classes customs by status, delivery by status, and leaves vague or informational events alone', () => {
    expect(milestoneOf('customs_held', 'customs_prohibited')).toEqual({ key: 'customs_held', scope: 'country' });
    expect(milestoneOf('delivered', 'delivered_to_neighbor')).toEqual({ key: 'delivered', scope: 'place' });
    expect(milestoneOf('awaiting_payment', 'cod_due')?.key).not.toBe(milestoneOf('awaiting_payment', 'duties_taxes_due')?.key);
    expect(milestoneOf('in_transit', 'departed_origin_facility')).toEqual(milestoneOf('in_transit', 'departed_facility'));
    for (const [status, subStatus] of [
      ['in_transit', 'in_transit'],
      ['info_received', 'info_received'],
      ['delivered', 'generic_update'],
      ['in_transit', 'source_specific'],
      ['unknown', 'unknown'],
    ] as const) {
      expect(milestoneOf(status, subStatus)).toBeNull();
    }
  });
});

describe('placesAgree', () => {
  it('compares countries only for country-wide milestones', () => {
    expect(placesAgree({ city: 'Shenzhen', countryCode: 'CN' }, { countryCode: 'CN' }, 'country')).toBe(true);
    expect(placesAgree({ countryCode: 'CN' }, { countryCode: 'US' }, 'country')).toBe(false);
    expect(placesAgree(null, { countryCode: 'US' }, 'country')).toBe(true);
  });

  it('lets a missing city pass at the delivery end but not two different cities, unless the postal code matches', () => {
    expect(placesAgree({ countryCode: 'US' }, { city: 'HARTFORD', countryCode: 'US' }, 'place')).toBe(true);
    expect(placesAgree({ city: 'Hartford', countryCode: 'US' }, { city: 'New Haven', countryCode: 'US' }, 'place')).toBe(false);
    expect(placesAgree({ city: 'West Hartford', postalCode: '06107', countryCode: 'US' }, { city: 'HARTFORD', postalCode: '06107-1234', countryCode: 'US' }, 'place')).toBe(true);
  });

  it('asks for positive evidence of the same place for hub scans', () => {
    expect(placesAgree({ countryCode: 'US' }, { countryCode: 'US' }, 'same_place')).toBe(false);
    expect(placesAgree({ city: 'Bedford Park', countryCode: 'US' }, { city: 'BEDFORD PARK', countryCode: 'US' }, 'same_place')).toBe(true);
    expect(placesAgree({ facility: 'ISC NEW YORK' }, { facility: 'isc new-york', countryCode: 'US' }, 'same_place')).toBe(true);
  });

  it('reduces places the same way however many distinct names it has seen (the squashed names are remembered, bounded)', () => {
    for (let index = 0; index < 5000; index++) {
      expect(toPlaceFacts({ city: `Town-${index} west`, countryCode: 'US' }).city).toBe(`TOWN${index}WEST`);
    }
    expect(toPlaceFacts({ city: 'Town-7 west', facility: 'ISC NEW YORK' })).toEqual({ country: '', city: 'TOWN7WEST', postalCode: '', facility: 'ISCNEWYORK' });
    expect(toPlaceFacts({ city: 'MEMPHIS', postalCode: '38118' })).toEqual({ country: '', city: 'MEMPHIS', postalCode: '38118', facility: '' });
  });
});
