import { AbortedError } from '../errors/aborted-error.js';
import { ConfigurationError } from '../errors/configuration-error.js';
import { ParcelineError } from '../errors/parceline-error.js';
import { legKeyOf } from '../merge/leg-identity.js';
import { mergeLegs } from '../merge/merge-legs.js';
import type { Shipment } from '../schema/shipment.js';
import type { Handoff } from '../schema/tracking-event.js';
import type { TrackingResult } from '../schema/tracking-result.js';

/** How many handoffs away from the given legs `followHandoffs` goes by default. */
export const DEFAULT_MAX_HANDOFF_DEPTH = 3;

/** One leg the host knows: a number, and its carrier when known (detected from the number otherwise). */
export interface ShipmentLegRequest {
  trackingNumber: string;
  carrier?: string;
}

/** Input of `tracker.trackShipment`. */
export interface TrackShipmentRequest {
  /** The host's reference for the journey (an order id). */
  reference: string;
  /** The legs to track. */
  legs: readonly ShipmentLegRequest[];
  /**
   * Also track the partners the legs announce (`result.handoffs`, `event.handoff`; a `null` number means the same
   * number continues with the partner), and theirs, up to `maxDepth` handoffs away (default
   * {@link DEFAULT_MAX_HANDOFF_DEPTH}). A leg is tracked once however often it is announced. Default `false`.
   */
  followHandoffs?: boolean | { maxDepth: number };
  /** Locale of labels. */
  locale?: string;
  signal?: AbortSignal;
}

/** Why a leg was not tracked. */
export type SkippedLegReason =
  /** The carrier is not one of the tracker's carriers. */
  | 'carrier_not_configured'
  /** A handoff names no parceline carrier id (only a name, or nothing). */
  | 'carrier_unknown'
  /** Tracking it failed; `error` says why. */
  | 'failed'
  /** It is further than `maxDepth` handoffs from the given legs. */
  | 'depth_limit';

/** A leg that was asked for or announced, and not tracked: reported, never thrown. */
export interface SkippedLeg {
  carrier: string | null;
  /** The partner's name as the announcing carrier wrote it, when it gave one. */
  carrierName?: string;
  trackingNumber: string;
  reason: SkippedLegReason;
  /** The leg whose handoff announced it; absent for legs of the request. */
  announcedBy?: { carrier: string; trackingNumber: string };
  /** The failure, for `failed`. */
  error?: ParcelineError;
}

/** What `tracker.trackShipment` gives: the merged shipment, the results it was merged from, and the legs left out. */
export interface ShipmentTracking {
  shipment: Shipment;
  results: TrackingResult[];
  skipped: SkippedLeg[];
}

/** What {@link trackShipment} needs from a tracker. */
export interface TrackShipmentDeps {
  /** The tracker's `track`. */
  track(trackingNumber: string, options: { carrier?: string; locale?: string; signal?: AbortSignal }): Promise<TrackingResult>;
  /** Ids of the tracker's carriers. */
  carriers: readonly string[];
}

interface PendingLeg {
  carrier: string | undefined;
  trackingNumber: string;
  depth: number;
  announcedBy?: { carrier: string; trackingNumber: string };
}

/**
 * Tracks the legs of one journey and merges them with `mergeLegs`. Legs of one depth are tracked concurrently; with
 * `followHandoffs`, the partners each new result announces are tracked next, breadth first, each leg (carrier and
 * compact number) once, so cycles end. A leg whose carrier is not configured, whose partner has no carrier id, that
 * is too far, or whose tracking fails is reported in `skipped` (a request leg also as a `LEG_SKIPPED` warning on the
 * shipment); only an abort throws ({@link AbortedError}). The tracker exposes this as `tracker.trackShipment`.
 *
 * @example
 * const { shipment, skipped } = await tracker.trackShipment({
 *   reference: 'order-1042',
 *   legs: [{ carrier: 'china-post', trackingNumber: 'LZ506837246CN' }],
 *   followHandoffs: true,
 * });
 * console.log(shipment.status, shipment.legs.map((leg) => leg.carrier), skipped.map((leg) => leg.reason));
 */
export async function trackShipment(deps: TrackShipmentDeps, request: TrackShipmentRequest): Promise<ShipmentTracking> {
  if (typeof request.reference !== 'string' || request.reference.length === 0) {
    throw new ConfigurationError('trackShipment needs a non-empty reference (the host order id, for example)');
  }
  const { signal, locale } = request;
  const configured = new Set(deps.carriers);
  const maxDepth = request.followHandoffs === true ? DEFAULT_MAX_HANDOFF_DEPTH : request.followHandoffs ? Math.max(0, request.followHandoffs.maxDepth) : 0;
  const seen = new Set<string>();
  const skippedKeys = new Set<string>();
  const results: TrackingResult[] = [];
  const skipped: SkippedLeg[] = [];
  const skip = (leg: SkippedLeg) => {
    const key = `${leg.reason}|${leg.carrier ?? leg.carrierName ?? ''}|${leg.trackingNumber}`;
    if (skippedKeys.has(key)) return;
    skippedKeys.add(key);
    skipped.push(leg);
  };

  let frontier: PendingLeg[] = [];
  for (const leg of request.legs) {
    if (leg.carrier !== undefined) {
      const key = legKeyOf(leg.carrier, leg.trackingNumber);
      if (seen.has(key)) continue;
      seen.add(key);
    }
    frontier.push({ carrier: leg.carrier, trackingNumber: leg.trackingNumber, depth: 0 });
  }

  while (frontier.length > 0) {
    throwIfAborted(signal);
    const level = frontier;
    frontier = [];
    const settled = await Promise.all(level.map((leg) => trackOne(deps, leg, configured, locale, signal)));
    for (let index = 0; index < level.length; index++) {
      const leg = level[index] as PendingLeg;
      const outcome = settled[index] as Awaited<ReturnType<typeof trackOne>>;
      if ('skipped' in outcome) {
        skip(outcome.skipped);
        continue;
      }
      const result = outcome.result;
      const key = legKeyOf(result.carrier, result.trackingNumber);
      if (leg.carrier === undefined && seen.has(key)) continue;
      seen.add(key);
      results.push(result);
      if (maxDepth === 0) continue;
      for (const handoff of announcedHandoffs(result)) {
        const announcedBy = { carrier: result.carrier, trackingNumber: result.trackingNumber };
        const trackingNumber = handoff.trackingNumber ?? result.trackingNumber;
        if (handoff.carrier === null) {
          skip({ carrier: null, ...(handoff.carrierName ? { carrierName: handoff.carrierName } : {}), trackingNumber, reason: 'carrier_unknown', announcedBy });
          continue;
        }
        const partnerKey = legKeyOf(handoff.carrier, trackingNumber);
        if (seen.has(partnerKey)) continue;
        const partner: SkippedLeg = { carrier: handoff.carrier, ...(handoff.carrierName ? { carrierName: handoff.carrierName } : {}), trackingNumber, reason: 'depth_limit', announcedBy };
        if (!configured.has(handoff.carrier)) {
          skip({ ...partner, reason: 'carrier_not_configured' });
          continue;
        }
        if (leg.depth + 1 > maxDepth) {
          skip(partner);
          continue;
        }
        seen.add(partnerKey);
        frontier.push({ carrier: handoff.carrier, trackingNumber, depth: leg.depth + 1, announcedBy });
      }
    }
  }
  throwIfAborted(signal);

  const shipment = mergeLegs(results, { reference: request.reference, ...(locale !== undefined ? { locale } : {}) });
  for (const leg of skipped) {
    if (leg.announcedBy !== undefined) continue;
    shipment.warnings.push({
      code: 'LEG_SKIPPED',
      message: `${leg.carrier ?? 'a carrier'} ${leg.trackingNumber} was not tracked: ${leg.reason}${leg.error ? ` (${leg.error.code})` : ''}`,
      rawCode: leg.trackingNumber,
    });
  }
  return { shipment, results, skipped };
}

async function trackOne(
  deps: TrackShipmentDeps,
  leg: PendingLeg,
  configured: ReadonlySet<string>,
  locale: string | undefined,
  signal: AbortSignal | undefined,
): Promise<{ result: TrackingResult } | { skipped: SkippedLeg }> {
  const base = { carrier: leg.carrier ?? null, trackingNumber: leg.trackingNumber, ...(leg.announcedBy ? { announcedBy: leg.announcedBy } : {}) };
  if (leg.carrier !== undefined && !configured.has(leg.carrier)) return { skipped: { ...base, reason: 'carrier_not_configured' } };
  try {
    const result = await deps.track(leg.trackingNumber, { ...(leg.carrier !== undefined ? { carrier: leg.carrier } : {}), ...(locale !== undefined ? { locale } : {}), ...(signal ? { signal } : {}) });
    return { result };
  } catch (error) {
    if (signal?.aborted || isAbort(error)) throw toAbortedError(error, leg);
    if (!ParcelineError.isInstance(error)) throw error;
    return { skipped: { ...base, carrier: leg.carrier ?? error.carrierId ?? null, reason: 'failed', error } };
  }
}

/** The partners a result names, in its order: result-level first, then those on events, each once. */
function announcedHandoffs(result: TrackingResult): Handoff[] {
  const out: Handoff[] = [];
  const keys = new Set<string>();
  for (const handoff of [...result.handoffs, ...result.events.flatMap((event) => (event.handoff ? [event.handoff] : []))]) {
    const key = `${handoff.carrier ?? ''}|${handoff.carrierName ?? ''}|${handoff.trackingNumber ?? ''}`;
    if (keys.has(key)) continue;
    keys.add(key);
    out.push(handoff);
  }
  return out;
}

function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new AbortedError('shipment tracking aborted');
}

function isAbort(error: unknown): boolean {
  return ParcelineError.isInstance(error) && error.code === 'ABORTED';
}

function toAbortedError(error: unknown, leg: PendingLeg): ParcelineError {
  if (ParcelineError.isInstance(error) && error.code === 'ABORTED') return error;
  return new AbortedError('shipment tracking aborted', { carrierId: leg.carrier, trackingNumbers: [leg.trackingNumber] });
}
