import { describe, expect, it } from 'vitest';
import { ConfigurationError } from '../../src/errors/configuration-error.js';
import { createTranslator } from '../../src/i18n/create-i18n.js';
import { mergeLegs } from '../../src/merge/merge-legs.js';
import type { Location } from '../../src/schema/location.js';
import { Shipment } from '../../src/schema/shipment.js';
import type { SubStatus, TrackingStatus } from '../../src/schema/status.js';
import type { Handoff, TrackingEvent } from '../../src/schema/tracking-event.js';
import type { TrackingResult } from '../../src/schema/tracking-result.js';

/** One event of a hand-built result: hour offset from 2025-03-01T00:00Z, status pair, place, handoff. */
interface Step {
  hour: number;
  status: TrackingStatus;
  subStatus: SubStatus;
  location?: Location | null;
  handoff?: Handoff;
  code?: string;
}

const BASE = Date.parse('2025-03-01T00:00:00.000Z');
const instant = (hour: number) => new Date(BASE + hour * 3_600_000).toISOString();

function result(carrier: string, trackingNumber: string, steps: readonly Step[], extra: Partial<TrackingResult> = {}): TrackingResult {
  const events: TrackingEvent[] = [...steps]
    .sort((a, b) => a.hour - b.hour)
    .map((step, index) => ({
      id: `ev_${carrier}_${trackingNumber}_${index}`,
      carrier,
      trackingNumber,
      status: step.status,
      subStatus: step.subStatus,
      occurredAt: instant(step.hour),
      localTime: instant(step.hour).replace('.000Z', '+00:00'),
      timeZone: 'UTC',
      timeBasis: 'carrier_offset',
      location: step.location === undefined ? { countryCode: 'US' } : step.location,
      description: step.subStatus,
      carrierStatus: { code: step.code ?? `${carrier.toUpperCase()}-${index}`, description: `${carrier} says ${step.subStatus}`, language: 'en' },
      ...(step.handoff ? { handoff: step.handoff } : {}),
    }));
  const last = events.at(-1);
  return {
    carrier,
    trackingNumber,
    outcome: events.length > 0 ? 'found' : 'not_found',
    status: last?.status ?? 'pending',
    subStatus: last?.subStatus ?? 'pending',
    statusDescription: last?.status ?? 'pending',
    events,
    estimatedDelivery: null,
    deliveredAt: last?.status === 'delivered' ? last.occurredAt : null,
    signedBy: null,
    origin: null,
    destination: null,
    service: null,
    amountDue: null,
    handoffs: [],
    warnings: [],
    fetchedAt: '2025-03-10T00:00:00.000Z',
    locale: 'en',
    ...extra,
  };
}

const toUsps: Handoff = { carrier: 'usps', trackingNumber: null };

function merge(results: readonly TrackingResult[]): Shipment {
  const shipment = mergeLegs(results, { reference: 'order-7' });
  const checked = Shipment.safeParse(shipment);
  if (!checked.success) throw new Error(JSON.stringify(checked.error.issues.slice(0, 3)));
  return shipment;
}

describe('mergeLegs: legs', () => {
  it('orders legs by the handoff an event announces, even when the later leg relays earlier events', () => {
    const origin = result('china-post', 'LZ1', [
      { hour: 5, status: 'in_transit', subStatus: 'picked_up', location: { countryCode: 'CN' } },
      { hour: 40, status: 'in_transit', subStatus: 'arrived_destination_country', handoff: toUsps },
    ]);
    const lastMile = result('usps', 'LZ1', [
      { hour: 1, status: 'in_transit', subStatus: 'picked_up', location: { countryCode: 'CN' } },
      { hour: 60, status: 'delivered', subStatus: 'delivered' },
    ]);
    const shipment = merge([lastMile, origin]);
    expect(shipment.legs.map((leg) => [leg.carrier, leg.role])).toEqual([
      ['china-post', 'origin'],
      ['usps', 'last_mile'],
    ]);
    expect(shipment.legs[0]).toMatchObject({ handoffAt: instant(40), handoffBasis: 'handoff_event', eventCount: 2 });
    expect(shipment.legs[1]).toMatchObject({ handoffAt: null, handoffBasis: null });
  });

  it('orders legs without announcements by their first event, gives the middle leg the line_haul role and keeps legs that have no events last', () => {
    const a = result('ups', '1ZA', [{ hour: 1, status: 'in_transit', subStatus: 'picked_up' }]);
    const b = result('fedex', 'F1', [{ hour: 10, status: 'in_transit', subStatus: 'arrived_at_facility', location: { city: 'Memphis', countryCode: 'US' } }]);
    const c = result('usps', '9400', []);
    const shipment = merge([c, b, a]);
    expect(shipment.legs.map((leg) => `${leg.role}:${leg.carrier}`)).toEqual(['origin:ups', 'line_haul:fedex', 'last_mile:usps']);
    expect(shipment.legs[0]?.handoffBasis).toBe('next_leg_first_event');
    expect(shipment.legs[0]?.handoffAt).toBe(instant(10));
    expect(shipment.warnings).toEqual([expect.objectContaining({ code: 'LEG_NOT_FOUND', rawCode: '9400' })]);
  });

  it('gives a single leg the last_mile role and leaves its delivery alone', () => {
    const shipment = merge([result('usps', '9400', [{ hour: 3, status: 'delivered', subStatus: 'signed_for' }])]);
    expect(shipment.legs.map((leg) => leg.role)).toEqual(['last_mile']);
    expect(shipment).toMatchObject({ status: 'delivered', subStatus: 'signed_for', deliveredAt: instant(3) });
  });

  it('treats the same leg given twice, or a stale and a fresh copy, as one leg with the union of its events', () => {
    const fresh = result('usps', '9400 1', [
      { hour: 1, status: 'in_transit', subStatus: 'picked_up' },
      { hour: 9, status: 'out_for_delivery', subStatus: 'out_for_delivery', location: { city: 'ERIE', countryCode: 'US' } },
    ]);
    const stale = { ...result('usps', '94001', []), fetchedAt: '2025-03-09T00:00:00.000Z' };
    const first = fresh.events[0] as TrackingEvent;
    const onlyInStale: TrackingEvent = { ...first, id: 'ev_dropped_later', occurredAt: instant(4), localTime: '2025-03-01T04:00:00+00:00', subStatus: 'arrived_at_facility' };
    stale.events = [first, onlyInStale];
    const shipment = merge([stale, fresh, fresh]);
    expect(shipment.legs).toHaveLength(1);
    expect(shipment.legs[0]).toMatchObject({ trackingNumber: '9400 1', fetchedAt: '2025-03-10T00:00:00.000Z', eventCount: 3 });
    expect(shipment.events.map((event) => event.id)).toEqual([fresh.events[0]?.id, 'ev_dropped_later', fresh.events[1]?.id]);
  });

  it('warns about a partner a leg names that is not a leg of the shipment', () => {
    const shipment = merge([
      result('royal-mail', 'RR1GB', [{ hour: 2, status: 'in_transit', subStatus: 'departed_origin_country', handoff: { carrier: 'la-poste', carrierName: 'La Poste', trackingNumber: null } }]),
    ]);
    expect(shipment.warnings).toEqual([{ code: 'HANDOFF_NOT_TRACKED', message: 'royal-mail names la-poste for RR1GB, which is not a leg of this shipment', rawCode: 'RR1GB' }]);
  });

  it('refuses an empty reference with a ConfigurationError', () => {
    expect(() => mergeLegs([], { reference: '' })).toThrow(ConfigurationError);
  });

  it('is pending with no results at all', () => {
    const shipment = merge([]);
    expect(shipment).toMatchObject({ status: 'pending', subStatus: 'pending', statusEventId: null, legs: [], events: [], deliveredAt: null });
    expect(shipment.customs).toEqual({ status: 'none', heldSince: null, clearedAt: null, dutiesOwed: null });
  });
});

describe('mergeLegs: de-duplication', () => {
  const origin = (steps: Step[]) => result('china-post', 'LZ1', [{ hour: 0, status: 'in_transit', subStatus: 'picked_up', location: { countryCode: 'CN' } }, ...steps]);
  const lastMile = (steps: Step[]) => result('usps', 'LZ1', steps);

  it('collapses the same milestone told by both carriers into one event that keeps both carriers words', () => {
    const shipment = merge([
      origin([{ hour: 30, status: 'in_transit', subStatus: 'arrived_destination_country', location: { countryCode: 'US' }, code: '459', handoff: toUsps }]),
      lastMile([{ hour: 32, status: 'in_transit', subStatus: 'arrived_destination_country', location: { city: 'NEW YORK', countryCode: 'US' }, code: '10' }]),
    ]);
    expect(shipment.events).toHaveLength(2);
    const arrival = shipment.events[1];
    expect(arrival).toMatchObject({ carrier: 'usps', leg: 1, occurredAt: instant(32), handoff: toUsps });
    expect(arrival?.reportedBy.map((report) => [report.carrier, report.leg, report.carrierStatus.code, report.occurredAt])).toEqual([
      ['china-post', 0, '459', instant(30)],
      ['usps', 1, '10', instant(32)],
    ]);
  });

  it('keeps both reports when they are further apart than the 6 hour window', () => {
    const shipment = merge([
      origin([{ hour: 30, status: 'customs_held', subStatus: 'customs_held' }]),
      lastMile([{ hour: 36.5, status: 'customs_held', subStatus: 'customs_inspection' }]),
    ]);
    expect(shipment.events.filter((event) => event.status === 'customs_held')).toHaveLength(2);
  });

  it('merges customs events of one status whatever their subStatus, inside the window', () => {
    const shipment = merge([
      origin([{ hour: 30, status: 'customs_held', subStatus: 'customs_held' }]),
      lastMile([{ hour: 35, status: 'customs_held', subStatus: 'customs_inspection' }]),
    ]);
    const held = shipment.events.filter((event) => event.status === 'customs_held');
    expect(held).toHaveLength(1);
    expect(held[0]?.subStatus).toBe('customs_inspection');
  });

  it('keeps both reports when their countries differ', () => {
    const shipment = merge([
      origin([{ hour: 30, status: 'customs_processing', subStatus: 'customs_processing', location: { countryCode: 'CN' } }]),
      lastMile([{ hour: 31, status: 'customs_processing', subStatus: 'customs_processing', location: { countryCode: 'US' } }]),
    ]);
    expect(shipment.events).toHaveLength(3);
  });

  it('keeps both deliveries when the cities differ', () => {
    const shipment = merge([
      origin([{ hour: 30, status: 'delivered', subStatus: 'delivered', location: { city: 'Seattle', countryCode: 'US' } }]),
      lastMile([{ hour: 31, status: 'delivered', subStatus: 'delivered', location: { city: 'Tacoma', countryCode: 'US' } }]),
    ]);
    expect(shipment.events).toHaveLength(3);
  });

  it('merges hub scans only with positive evidence of the same place', () => {
    const noCity = merge([
      origin([{ hour: 30, status: 'in_transit', subStatus: 'arrived_at_facility', location: { countryCode: 'US' } }]),
      lastMile([{ hour: 30.5, status: 'in_transit', subStatus: 'arrived_at_facility', location: { city: 'CHICAGO', countryCode: 'US' } }]),
    ]);
    expect(noCity.events).toHaveLength(3);
    const sameCity = merge([
      origin([{ hour: 30, status: 'in_transit', subStatus: 'arrived_at_facility', location: { city: 'Chicago', countryCode: 'US' } }]),
      lastMile([{ hour: 30.5, status: 'in_transit', subStatus: 'departed_facility', location: { city: 'CHICAGO', countryCode: 'US' } }, { hour: 30.5, status: 'in_transit', subStatus: 'arrived_at_facility', location: { city: 'CHICAGO', countryCode: 'US' } }]),
    ]);
    expect(sameCity.events).toHaveLength(3);
    expect(sameCity.events.find((event) => event.subStatus === 'arrived_at_facility')?.reportedBy).toHaveLength(2);
  });

  it('merges a bare in_transit with a scan of the same status at the same instant and place, and never otherwise', () => {
    const relayed = merge([
      origin([{ hour: 30, status: 'in_transit', subStatus: 'in_transit', location: { city: 'ERIE', countryCode: 'US' } }]),
      lastMile([{ hour: 30, status: 'in_transit', subStatus: 'arrived_at_facility', location: { city: 'Erie', countryCode: 'US' } }]),
    ]);
    expect(relayed.events).toHaveLength(2);
    expect(relayed.events[1]).toMatchObject({ subStatus: 'arrived_at_facility', leg: 1 });
    const minuteApart = merge([
      origin([{ hour: 30, status: 'in_transit', subStatus: 'in_transit', location: { city: 'ERIE', countryCode: 'US' } }]),
      lastMile([{ hour: 30 + 1 / 60, status: 'in_transit', subStatus: 'arrived_at_facility', location: { city: 'Erie', countryCode: 'US' } }]),
    ]);
    expect(minuteApart.events).toHaveLength(3);
  });

  it('never merges a handoff announcement, informational or unknown events, nor two events of one leg', () => {
    const shipment = merge([
      origin([
        { hour: 30, status: 'in_transit', subStatus: 'handed_over', handoff: toUsps, location: { city: 'ERIE', countryCode: 'US' } },
        { hour: 31, status: 'in_transit', subStatus: 'generic_update' },
        { hour: 32, status: 'unknown', subStatus: 'unknown' },
        { hour: 33, status: 'out_for_delivery', subStatus: 'out_for_delivery' },
        { hour: 34, status: 'out_for_delivery', subStatus: 'out_for_delivery' },
      ]),
      lastMile([
        { hour: 30, status: 'in_transit', subStatus: 'received_at_destination_facility', location: { city: 'ERIE', countryCode: 'US' } },
        { hour: 31, status: 'in_transit', subStatus: 'generic_update' },
        { hour: 32, status: 'unknown', subStatus: 'unknown' },
      ]),
    ]);
    expect(shipment.events.map((event) => event.reportedBy.length)).toEqual([1, 1, 1, 1, 1, 1, 1, 1, 1]);
  });
});

describe('mergeLegs: status rules', () => {
  it('turns an earlier leg delivered into a handover and keeps the carrier pair in reportedBy', () => {
    const shipment = merge([
      result('royal-mail', 'RR1GB', [
        { hour: 1, status: 'in_transit', subStatus: 'picked_up', location: { countryCode: 'GB' } },
        { hour: 20, status: 'delivered', subStatus: 'delivered', location: { countryCode: 'GB' } },
      ]),
      result('canada-post', 'RR1GB', [{ hour: 30, status: 'in_transit', subStatus: 'arrived_destination_country', location: { countryCode: 'CA' } }]),
    ]);
    const handover = shipment.events[1];
    expect(handover).toMatchObject({ status: 'in_transit', subStatus: 'handed_over', description: 'Handed to partner carrier', reinterpretedFrom: { status: 'delivered', subStatus: 'delivered', reason: 'delivered_to_partner' } });
    expect(handover?.reportedBy[0]).toMatchObject({ status: 'delivered', subStatus: 'delivered' });
    expect(shipment).toMatchObject({ status: 'in_transit', subStatus: 'arrived_destination_country', deliveredAt: null });
    expect(shipment.legs[0]).toMatchObject({ status: 'delivered', handoffAt: instant(20), handoffBasis: 'delivered_event' });
  });

  it('reads an earlier leg informational update after its delivery as in transit too', () => {
    const shipment = merge([
      result('royal-mail', 'RR1GB', [
        { hour: 20, status: 'delivered', subStatus: 'delivered', location: { countryCode: 'GB' } },
        { hour: 21, status: 'delivered', subStatus: 'generic_update', location: { countryCode: 'GB' } },
      ]),
      result('canada-post', 'RR1GB', []),
    ]);
    expect(shipment.events.map((event) => [event.status, event.subStatus, event.reinterpretedFrom?.subStatus])).toEqual([
      ['in_transit', 'handed_over', 'delivered'],
      ['in_transit', 'generic_update', 'generic_update'],
    ]);
  });

  it('takes deliveredAt from the delivering leg result when its carrier gives one', () => {
    const shipment = merge([result('usps', '9400', [{ hour: 3, status: 'delivered', subStatus: 'delivered' }], { deliveredAt: '2025-03-01T02:58:00.000Z' })]);
    expect(shipment.deliveredAt).toBe('2025-03-01T02:58:00.000Z');
  });

  it('treats an earlier leg delivered as a handover even while the next leg has no events yet', () => {
    const shipment = merge([
      result('royal-mail', 'RR1GB', [{ hour: 20, status: 'delivered', subStatus: 'delivered', location: { countryCode: 'GB' } }]),
      result('canada-post', 'RR1GB', []),
    ]);
    expect(shipment).toMatchObject({ status: 'in_transit', subStatus: 'handed_over' });
  });

  it('lets a later leg outrank an earlier leg at the same instant', () => {
    const shipment = merge([
      result('dhl', 'GM1', [
        { hour: 1, status: 'in_transit', subStatus: 'picked_up' },
        { hour: 9, status: 'exception', subStatus: 'delayed', handoff: toUsps, location: { city: 'Denver', countryCode: 'US' } },
      ]),
      result('usps', 'GM1', [{ hour: 9, status: 'in_transit', subStatus: 'departed_facility', location: { city: 'Denver', countryCode: 'US' } }]),
    ]);
    expect(shipment.events.map((event) => event.carrier)).toEqual(['dhl', 'dhl', 'usps']);
    expect(shipment).toMatchObject({ status: 'in_transit', subStatus: 'departed_facility', statusEventId: shipment.events[2]?.id });
  });

  it('does not let older events that arrive late undo a delivery', () => {
    const shipment = merge([
      result('china-post', 'LZ1', [
        { hour: 1, status: 'in_transit', subStatus: 'picked_up', location: { countryCode: 'CN' }, handoff: toUsps },
        { hour: 50, status: 'out_for_delivery', subStatus: 'out_for_delivery', location: { city: 'Hartford', countryCode: 'US' } },
      ]),
      result('usps', 'LZ1', [{ hour: 40, status: 'delivered', subStatus: 'delivered', location: { city: 'Hartford', countryCode: 'US' } }]),
    ]);
    expect(shipment).toMatchObject({ status: 'delivered', deliveredAt: instant(40) });
  });

  it('keeps a customs hold against relayed customs processing and pre-customs milestones, and ends it with a movement', () => {
    const held = merge([
      result('china-post', 'LZ1', [
        { hour: 1, status: 'in_transit', subStatus: 'picked_up', location: { countryCode: 'CN' }, handoff: toUsps },
        { hour: 60, status: 'customs_processing', subStatus: 'customs_processing' },
        { hour: 61, status: 'in_transit', subStatus: 'arrived_destination_country' },
      ]),
      result('usps', 'LZ1', [{ hour: 40, status: 'customs_held', subStatus: 'customs_held', location: { city: 'NEW YORK', countryCode: 'US' } }]),
    ]);
    expect(held).toMatchObject({ status: 'customs_held', subStatus: 'customs_held' });
    expect(held.customs).toEqual({ status: 'held', heldSince: instant(40), clearedAt: null, dutiesOwed: null });

    const moved = merge([
      result('china-post', 'LZ1', [{ hour: 1, status: 'in_transit', subStatus: 'picked_up', location: { countryCode: 'CN' }, handoff: toUsps }]),
      result('usps', 'LZ1', [
        { hour: 40, status: 'customs_held', subStatus: 'customs_held', location: { city: 'NEW YORK', countryCode: 'US' } },
        { hour: 70, status: 'in_transit', subStatus: 'departed_facility', location: { city: 'JERSEY CITY', countryCode: 'US' } },
      ]),
    ]);
    expect(moved).toMatchObject({ status: 'in_transit', subStatus: 'departed_facility' });
    expect(moved.customs).toEqual({ status: 'cleared', heldSince: null, clearedAt: instant(70), dutiesOwed: null });
  });

  it('gives the duties a carrier states while payment is awaited, and drops them once the parcel moves on', () => {
    const owed = { amount: '24.10', currency: 'USD' };
    const steps: Step[] = [
      { hour: 40, status: 'customs_processing', subStatus: 'customs_processing' },
      { hour: 41, status: 'awaiting_payment', subStatus: 'duties_taxes_due' },
    ];
    const waiting = merge([result('usps', 'LZ1', steps, { amountDue: owed })]);
    expect(waiting.customs).toEqual({ status: 'awaiting_payment', heldSince: instant(41), clearedAt: null, dutiesOwed: owed });
    const paid = merge([result('usps', 'LZ1', [...steps, { hour: 45, status: 'in_transit', subStatus: 'problem_resolved' }], { amountDue: owed })]);
    expect(paid.status).toBe('in_transit');
    expect(paid.customs).toEqual({ status: 'cleared', heldSince: null, clearedAt: instant(45), dutiesOwed: null });
  });

  it('does not let the next carrier pre-advice move the shipment back to info_received', () => {
    const shipment = merge([
      result('ups', '8034', [
        { hour: 1, status: 'info_received', subStatus: 'info_received' },
        { hour: 5, status: 'in_transit', subStatus: 'picked_up', handoff: toUsps },
      ]),
      result('usps', '8034', [{ hour: 9, status: 'info_received', subStatus: 'info_received' }]),
    ]);
    expect(shipment).toMatchObject({ status: 'in_transit', subStatus: 'picked_up' });
  });

  it('takes the estimate of the latest leg that gives one, and the destination of the latest leg that knows it', () => {
    const window = { from: '2025-03-04', to: '2025-03-05', precision: 'date' as const };
    const shipment = merge([
      result('china-post', 'LZ1', [{ hour: 1, status: 'in_transit', subStatus: 'picked_up', handoff: toUsps }], { estimatedDelivery: window, origin: { countryCode: 'CN' }, destination: { countryCode: 'US' } }),
      result('usps', 'LZ1', [{ hour: 30, status: 'in_transit', subStatus: 'arrived_destination_country' }], { destination: { city: 'HARTFORD', countryCode: 'US' } }),
    ]);
    expect(shipment).toMatchObject({ estimatedDelivery: window, origin: { countryCode: 'CN' }, destination: { city: 'HARTFORD', countryCode: 'US' } });
  });

  it('labels every event and the status in the requested locale', () => {
    const shipment = mergeLegs([result('usps', '9400', [{ hour: 3, status: 'delivered', subStatus: 'delivered' }])], { reference: 'order-7', locale: 'zh-CN' });
    const translator = createTranslator();
    expect(shipment.locale).toBe('zh-CN');
    expect(shipment.statusDescription).toBe(translator.t('zh-CN', 'status.delivered'));
    expect(shipment.statusDescription).not.toBe(translator.t('en', 'status.delivered'));
    expect(shipment.events[0]?.description).toBe(translator.t('zh-CN', 'subStatus.delivered'));
  });
});

describe('Shipment schema', () => {
  it('is strict: an unknown field fails validation', () => {
    const shipment = merge([result('usps', '9400', [{ hour: 3, status: 'delivered', subStatus: 'delivered' }])]);
    expect(Shipment.safeParse({ ...shipment, extra: 1 }).success).toBe(false);
    expect(Shipment.safeParse({ ...shipment, events: [{ ...shipment.events[0], reportedBy: [] }] }).success).toBe(false);
  });
});
