import { readFileSync } from 'node:fs';
import nock from 'nock';
import { describe, expect, it } from 'vitest';
import { chinaPost } from '../../carriers/china-post/index.js';
import { dhl } from '../../carriers/dhl/index.js';
import { usps } from '../../carriers/usps/index.js';
import type { CarrierAdapter } from '../../src/carrier/carrier-spec.js';
import { createTracker } from '../../src/engine/create-tracker.js';
import { normalize } from '../../src/engine/normalize.js';
import { DEFAULT_MAX_HANDOFF_DEPTH, trackShipment, type TrackShipmentDeps } from '../../src/engine/track-shipment.js';
import { AbortedError } from '../../src/errors/aborted-error.js';
import { CarrierHttpError } from '../../src/errors/carrier-http-error.js';
import { ConfigurationError } from '../../src/errors/configuration-error.js';
import { mergeLegs } from '../../src/merge/merge-legs.js';
import { Shipment } from '../../src/schema/shipment.js';
import type { Handoff } from '../../src/schema/tracking-event.js';
import type { TrackingResult } from '../../src/schema/tracking-result.js';
import { ACME_BASE_URL, acme, acmeBody, requestedNumbers } from '../support/acme-carrier.js';

const journeys = new URL('../../fixtures/journeys/', import.meta.url).pathname;
const load = (adapter: CarrierAdapter, file: string) => normalize(adapter, readFileSync(`${journeys}${file}`, 'utf8'), { fetchedAt: '2025-12-01T00:00:00.000Z' })[0] as TrackingResult;

/** A tracker stand-in that answers from fixed results and records each call. */
function fakeTracker(results: readonly TrackingResult[], options: { carriers?: readonly string[]; failures?: Record<string, Error> } = {}) {
  const calls: Array<{ trackingNumber: string; carrier: string | undefined }> = [];
  const deps: TrackShipmentDeps = {
    carriers: options.carriers ?? [...new Set(results.map((result) => result.carrier))],
    async track(trackingNumber, trackOptions) {
      calls.push({ trackingNumber, carrier: trackOptions.carrier });
      trackOptions.signal?.throwIfAborted();
      const failure = options.failures?.[`${trackOptions.carrier}|${trackingNumber}`];
      if (failure) throw failure;
      const found = results.find((result) => result.trackingNumber === trackingNumber.replace(/\s/g, '') && (trackOptions.carrier === undefined || result.carrier === trackOptions.carrier));
      if (!found) throw new ConfigurationError(`no result for ${trackingNumber}`);
      return found;
    },
  };
  return { deps, calls };
}

/** A one-event result that announces the given handoffs. */
function hop(carrier: string, trackingNumber: string, hour: number, handoff?: Handoff): TrackingResult {
  const occurredAt = new Date(Date.UTC(2025, 0, 1, hour)).toISOString();
  return {
    carrier,
    trackingNumber,
    outcome: 'found',
    status: 'in_transit',
    subStatus: 'picked_up',
    statusDescription: 'In transit',
    events: [
      {
        id: `ev_${carrier}_${hour}`,
        carrier,
        trackingNumber,
        status: 'in_transit',
        subStatus: handoff ? 'handed_over' : 'picked_up',
        occurredAt,
        localTime: occurredAt.replace('.000Z', '+00:00'),
        timeZone: 'UTC',
        timeBasis: 'carrier_offset',
        location: null,
        description: 'x',
        carrierStatus: { code: 'X', description: 'x', language: 'en' },
        ...(handoff ? { handoff } : {}),
      },
    ],
    estimatedDelivery: null,
    deliveredAt: null,
    signedBy: null,
    origin: null,
    destination: null,
    service: null,
    amountDue: null,
    handoffs: handoff ? [handoff] : [],
    warnings: [],
    fetchedAt: '2025-01-02T00:00:00.000Z',
    locale: 'en',
  };
}

describe('trackShipment', () => {
  const dhlLeg = load(dhl(), 'dhl-ecommerce-usps/dhl-leg.json');
  const uspsLeg = load(usps(), 'dhl-ecommerce-usps/usps-leg.json');

  it('tracks the given legs and merges them as mergeLegs does', async () => {
    const { deps, calls } = fakeTracker([dhlLeg, uspsLeg]);
    const tracked = await trackShipment(deps, {
      reference: 'order-55',
      legs: [
        { carrier: 'dhl', trackingNumber: 'GM605338217400591846' },
        { carrier: 'usps', trackingNumber: '9400111899223918462038' },
      ],
    });
    expect(calls).toHaveLength(2);
    expect(tracked.skipped).toEqual([]);
    expect(tracked.shipment).toEqual(mergeLegs([dhlLeg, uspsLeg], { reference: 'order-55' }));
    expect(Shipment.safeParse(tracked.shipment).success).toBe(true);
  });

  it('follows the partner number a leg announces and tracks each leg once', async () => {
    const { deps, calls } = fakeTracker([dhlLeg, uspsLeg]);
    const tracked = await trackShipment(deps, { reference: 'order-55', legs: [{ carrier: 'dhl', trackingNumber: 'GM605338217400591846' }], followHandoffs: true });
    expect(calls).toEqual([
      { trackingNumber: 'GM605338217400591846', carrier: 'dhl' },
      { trackingNumber: '9400111899223918462038', carrier: 'usps' },
    ]);
    expect(tracked.shipment.legs.map((leg) => `${leg.role}:${leg.carrier}`)).toEqual(['origin:dhl', 'last_mile:usps']);
    expect(tracked.shipment.status).toBe('delivered');
    expect(tracked.results.map((result) => result.carrier)).toEqual(['dhl', 'usps']);
  });

  it('follows a same-number continuation in both directions without looping', async () => {
    const chinaLeg = load(chinaPost(), 'china-post-usps/china-post-leg.json');
    const inbound = load(usps(), 'china-post-usps/usps-leg.json');
    const fromOrigin = fakeTracker([chinaLeg, inbound]);
    const forward = await trackShipment(fromOrigin.deps, { reference: 'order-9', legs: [{ carrier: 'china-post', trackingNumber: 'LZ719462057CN' }], followHandoffs: true });
    expect(fromOrigin.calls.map((call) => call.carrier)).toEqual(['china-post', 'usps']);
    expect(forward.shipment.status).toBe('delivered');

    const fromDestination = fakeTracker([chinaLeg, inbound]);
    const backward = await trackShipment(fromDestination.deps, { reference: 'order-9', legs: [{ carrier: 'usps', trackingNumber: 'LZ719462057CN' }], followHandoffs: true });
    expect(fromDestination.calls.map((call) => call.carrier)).toEqual(['usps', 'china-post']);
    expect(backward.shipment).toEqual(forward.shipment);
  });

  it('does not follow handoffs unless asked', async () => {
    const { deps, calls } = fakeTracker([dhlLeg, uspsLeg]);
    const tracked = await trackShipment(deps, { reference: 'order-55', legs: [{ carrier: 'dhl', trackingNumber: 'GM605338217400591846' }] });
    expect(calls).toHaveLength(1);
    expect(tracked.shipment.warnings.map((warning) => warning.code)).toEqual(['HANDOFF_NOT_TRACKED']);
  });

  it('reports legs whose carrier is not configured instead of throwing', async () => {
    const { deps, calls } = fakeTracker([dhlLeg, uspsLeg], { carriers: ['dhl'] });
    const tracked = await trackShipment(deps, {
      reference: 'order-55',
      legs: [
        { carrier: 'dhl', trackingNumber: 'GM605338217400591846' },
        { carrier: 'fedex', trackingNumber: '61299048273160582710' },
      ],
      followHandoffs: true,
    });
    expect(calls).toEqual([{ trackingNumber: 'GM605338217400591846', carrier: 'dhl' }]);
    expect(tracked.skipped).toEqual([
      { carrier: 'usps', trackingNumber: '9400111899223918462038', reason: 'carrier_not_configured', announcedBy: { carrier: 'dhl', trackingNumber: 'GM605338217400591846' } },
      { carrier: 'fedex', trackingNumber: '61299048273160582710', reason: 'carrier_not_configured' },
    ]);
    expect(tracked.shipment.legs.map((leg) => leg.carrier)).toEqual(['dhl']);
    expect(tracked.shipment.warnings.map((warning) => warning.code).sort()).toEqual(['HANDOFF_NOT_TRACKED', 'LEG_SKIPPED']);
  });

  it('reports a partner without a carrier id and stops at the depth limit', async () => {
    const chain = [
      hop('ups', '1ZA', 1, { carrier: 'fedex', trackingNumber: 'F1' }),
      hop('fedex', 'F1', 2, { carrier: 'usps', trackingNumber: 'U1' }),
      hop('usps', 'U1', 3, { carrier: null, carrierName: 'Local courier', trackingNumber: 'LC9' }),
    ];
    const shallow = fakeTracker(chain);
    const one = await trackShipment(shallow.deps, { reference: 'order-3', legs: [{ carrier: 'ups', trackingNumber: '1ZA' }], followHandoffs: { maxDepth: 1 } });
    expect(one.shipment.legs.map((leg) => leg.carrier)).toEqual(['ups', 'fedex']);
    expect(one.skipped).toEqual([{ carrier: 'usps', trackingNumber: 'U1', reason: 'depth_limit', announcedBy: { carrier: 'fedex', trackingNumber: 'F1' } }]);

    const deep = fakeTracker(chain);
    const all = await trackShipment(deep.deps, { reference: 'order-3', legs: [{ carrier: 'ups', trackingNumber: '1ZA' }], followHandoffs: true });
    expect(DEFAULT_MAX_HANDOFF_DEPTH).toBeGreaterThanOrEqual(2);
    expect(all.shipment.legs.map((leg) => `${leg.role}:${leg.carrier}`)).toEqual(['origin:ups', 'line_haul:fedex', 'last_mile:usps']);
    expect(all.skipped).toEqual([{ carrier: null, carrierName: 'Local courier', trackingNumber: 'LC9', reason: 'carrier_unknown', announcedBy: { carrier: 'usps', trackingNumber: 'U1' } }]);
  });

  it('reports a leg whose tracking fails with its error and merges the others', async () => {
    const failure = new CarrierHttpError('usps answered 503', { carrierId: 'usps', statusCode: 503, isRetryable: true });
    const { deps } = fakeTracker([dhlLeg, uspsLeg], { failures: { 'usps|9400111899223918462038': failure } });
    const tracked = await trackShipment(deps, { reference: 'order-55', legs: [{ carrier: 'dhl', trackingNumber: 'GM605338217400591846' }], followHandoffs: true });
    expect(tracked.skipped).toHaveLength(1);
    expect(tracked.skipped[0]).toMatchObject({ carrier: 'usps', reason: 'failed', error: failure });
    expect(tracked.shipment.legs).toHaveLength(1);
    expect(tracked.shipment.legs[0]?.role).toBe('last_mile');
  });

  it('tracks a leg given twice once', async () => {
    const { deps, calls } = fakeTracker([dhlLeg]);
    await trackShipment(deps, {
      reference: 'order-55',
      legs: [
        { carrier: 'dhl', trackingNumber: 'GM605338217400591846' },
        { carrier: 'dhl', trackingNumber: 'gm 6053 3821 7400 591846' },
      ],
    });
    expect(calls).toHaveLength(1);
  });

  it('throws an AbortedError when the caller aborts, and a ConfigurationError without a reference', async () => {
    const { deps } = fakeTracker([dhlLeg]);
    const controller = new AbortController();
    controller.abort();
    const error = await trackShipment(deps, { reference: 'order-55', legs: [{ carrier: 'dhl', trackingNumber: 'GM605338217400591846' }], signal: controller.signal }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(AbortedError);
    await expect(trackShipment(deps, { reference: '', legs: [] })).rejects.toBeInstanceOf(ConfigurationError);
  });
});

describe('trackShipment with a real tracker', () => {
  it('uses the tracker track for configured carriers and reports the others', async () => {
    nock.disableNetConnect();
    nock(ACME_BASE_URL).post('/oauth/token').reply(200, { access_token: 'token-abcdef', expires_in: 3600 });
    nock(ACME_BASE_URL)
      .get('/track')
      .query(true)
      .reply(200, (uri: unknown) => acmeBody(requestedNumbers(uri)));
    const tracker = createTracker({ carriers: [acme({ clientId: 'id-1234', clientSecret: 'secret-1234' })], retry: { retries: 0 } });
    try {
      const tracked = await trackShipment(
        { track: tracker.track, carriers: tracker.carriers.map((adapter) => adapter.id) },
        { reference: 'order-77', legs: [{ trackingNumber: 'ac-000-000-001' }, { carrier: 'ups', trackingNumber: '1Z4W7E210355182041' }] },
      );
      expect(tracked.shipment.legs.map((leg) => `${leg.carrier}:${leg.trackingNumber}`)).toEqual(['acme:AC000000001']);
      expect(tracked.shipment).toMatchObject({ status: 'delivered', deliveredAt: '2025-03-03T15:30:00.000Z' });
      expect(tracked.skipped).toEqual([{ carrier: 'ups', trackingNumber: '1Z4W7E210355182041', reason: 'carrier_not_configured' }]);
      expect(tracked.shipment.warnings).toEqual([expect.objectContaining({ code: 'LEG_SKIPPED', rawCode: '1Z4W7E210355182041' })]);
    } finally {
      await tracker.close();
      nock.cleanAll();
      nock.enableNetConnect();
    }
  });
});
