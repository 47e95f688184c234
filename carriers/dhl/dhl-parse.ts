import {
  dedupeWarnings,
  compactNumberField,
  compactNumberFields,
  CarrierResponseError,
  carrierWarning,
  readJsonBody,
  unknownCodeWarning,
  validateRawBody,
  type BodyContext,
  type Location,
  type ParsedEvent,
  type ParsedTracking,
  type ParseTrackingContext,
  type TrackingStatus,
  type TrackingWarning,
} from '../../src/adapter-kit/index.js';
import {
  DhlProblemBody,
  DhlTrackResponseBody,
  isPlainDhlProblemBody,
  isPlainDhlTrackResponseBody,
  type DhlEvent,
  type DhlShipment,
} from './dhl-api.js';
import { dhlPartnerHandoffs } from './dhl-handoff.js';
import { toDhlLocation } from './dhl-location.js';
import { mapDhlEvent, type DhlEventMapping } from './dhl-map-event.js';
import { dhlEstimatedDelivery, dhlLocationZone, resolveDhlTime, type DhlZone } from './dhl-time.js';

const CARRIER_ID = 'dhl';

/** Statuses that count as customs events for the Express "Shipment is on hold" rule. */
const CUSTOMS_STATUSES: ReadonlySet<TrackingStatus> = new Set(['customs_processing', 'customs_held', 'customs_cleared', 'awaiting_payment']);

/**
 * Reads a DHL Shipment Tracking – Unified body (the string as sent, or already parsed) into one
 * {@link ParsedTracking} per shipment. Pure and synchronous: no clock, network or environment.
 *
 * - every event gives exactly one parsed event (oldest first; DHL lists newest first), classified by
 *   `mapDhlEvent` (division text rules over the coarse `statusCode`), timed by `resolveDhlTime` (an offset
 *   when DHL sends one, else the zone of the event's place, then of a neighbouring event, then of the
 *   shipment's addresses, each non-local guess marked `assumed_zone` with a warning);
 * - a shipment without `events` but with a dated `status` gives that status as its one event;
 * - a 404 problem body (`application/problem+json`) gives `outcome: 'not_found'` for the number asked for,
 *   or the number named in the problem's `instance`; other problem bodies are not tracking answers and raise
 *   a `CarrierResponseError`, as does any body of another shape;
 * - when one number was asked for and DHL answered with another shipment id (another division's id for the
 *   same parcel), the first shipment keeps the number asked for and carries a `CARRIER_NUMBER_ALIAS` warning.
 *
 * @example
 * const [parsed] = parseDhlTracking(body, { trackingNumbers: ['00340434182736450917'] });
 * parsed.outcome; // 'found'
 */
export function parseDhlTracking(raw: unknown, context: ParseTrackingContext = {}): ParsedTracking[] {
  const bodyContext: BodyContext = { carrierId: CARRIER_ID, trackingNumbers: context.trackingNumbers };
  const value = readJsonBody(raw, bodyContext);
  if (isProblemBody(value)) return parseProblem(validateRawBody(DhlProblemBody, value, bodyContext, isPlainDhlProblemBody), context);
  const body = validateRawBody(DhlTrackResponseBody, value, bodyContext, isPlainDhlTrackResponseBody);
  if (body.shipments.length === 0) return notFound(compactNumberFields(context.trackingNumbers), [], 'the body lists no shipment', context);

  const asked = compactNumberFields(context.trackingNumbers);
  const single = asked.length === 1 ? asked[0] : undefined;
  const answeredAsked = single !== undefined && body.shipments.some((shipment) => compactNumberField(shipment.id) === single);
  return body.shipments.map((shipment, index) => {
    const id = compactNumberField(shipment.id);
    const warnings: TrackingWarning[] = [];
    let trackingNumber = id;
    if (single !== undefined && !answeredAsked && index === 0) {
      trackingNumber = single;
      if (id !== undefined) {
        warnings.push({
          code: 'CARRIER_NUMBER_ALIAS',
          message: `dhl answered ${single} with shipment ${id}${shipment.service ? ` (service ${shipment.service})` : ''}; the result keeps the number asked for`,
        });
      }
    }
    if (trackingNumber === undefined) {
      throw new CarrierResponseError(`${CARRIER_ID} sent a shipment without an id`, {
        carrierId: CARRIER_ID,
        trackingNumbers: context.trackingNumbers,
        issues: [`shipments.${index}.id: missing`],
      });
    }
    return parseShipment(shipment, { trackingNumber, warnings, path: `shipments.${index}` });
  });
}

function isProblemBody(value: unknown): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value) || 'shipments' in value) return false;
  return 'status' in value || 'title' in value || 'detail' in value;
}

/** A problem body: 404 is "no shipment for this number" (an outcome); anything else is not a tracking answer. */
function parseProblem(problem: DhlProblemBody, context: ParseTrackingContext): ParsedTracking[] {
  const status = Number.parseInt(problem.status?.trim() ?? '', 10);
  const title = problem.title?.trim();
  if (status !== 404) {
    throw new CarrierResponseError(`${CARRIER_ID} sent an error body (status ${Number.isNaN(status) ? 'missing' : status}), not a tracking answer`, {
      carrierId: CARRIER_ID,
      trackingNumbers: context.trackingNumbers,
      issues: [`status: ${problem.status ?? 'missing'}${title ? ` ${title.slice(0, 120)}` : ''}`],
    });
  }
  const said = problem.detail?.trim() || title;
  const warnings = said ? [carrierWarning('404', said.slice(0, 200))] : [];
  const asked = compactNumberFields(context.trackingNumbers);
  const numbers = asked.length > 0 ? asked : numberFromInstance(problem.instance);
  return notFound(numbers, warnings, 'the problem body names no tracking number in its instance', context);
}

/** The `trackingNumber` query parameter of the problem's `instance` (`/track/shipments?trackingNumber=...`). */
function numberFromInstance(instance: string | null | undefined): string[] {
  const query = instance?.split('?')[1];
  if (!query) return [];
  const number = compactNumberField(new URLSearchParams(query).get('trackingNumber'));
  return number === undefined ? [] : [number];
}

function notFound(numbers: readonly string[], warnings: TrackingWarning[], reason: string, context: ParseTrackingContext): ParsedTracking[] {
  if (numbers.length === 0) {
    throw new CarrierResponseError(`${CARRIER_ID} answered without a tracking number to attach the answer to`, {
      carrierId: CARRIER_ID,
      trackingNumbers: context.trackingNumbers,
      issues: [`${reason}; pass trackingNumbers`],
    });
  }
  return numbers.map((trackingNumber) => ({ trackingNumber, outcome: 'not_found', events: [], warnings: [...warnings] }));
}

interface ShipmentContext {
  trackingNumber: string;
  warnings: TrackingWarning[];
  path: string;
}

/** One raw event on its way to a parsed event. */
interface EventDraft {
  raw: DhlEvent;
  /** Where the event is in the body, below the shipment (`events.3`, `status`), for error messages. */
  at: string | number;
  location: Location | null;
  zone: DhlZone | undefined;
  statusCode: string | undefined;
  text: string;
  mapping: DhlEventMapping;
}

function parseShipment(shipment: DhlShipment, context: ShipmentContext): ParsedTracking {
  const { trackingNumber } = context;
  const warnings: TrackingWarning[] = [...context.warnings];
  const service = shipment.service?.trim() || undefined;
  const origin = toDhlLocation(shipment.origin?.address);
  const destination = toDhlLocation(shipment.destination?.address);
  const originZone = dhlLocationZone(origin);
  const destinationZone = dhlLocationZone(destination);

  const drafts = chronologicalEvents(shipment).map(({ raw, at }, index, all): EventDraft => {
    const location = toDhlLocation(raw.location?.address);
    const statusCode = raw.statusCode?.trim() || borrowedStatusCode(raw, index === all.length - 1 ? shipment : undefined);
    const texts = [raw.description, raw.status, raw.remark];
    return {
      raw,
      at,
      location,
      zone: dhlLocationZone(location),
      statusCode,
      text: firstText(texts),
      mapping: mapDhlEvent({ statusCode, texts, service }),
    };
  });

  refineInContext(drafts, shipment, origin, destination);
  const shipmentLanguage = commonLanguage(drafts);
  const domesticZone = domesticZoneOf(origin, destination);

  const events: ParsedEvent[] = drafts.map((draft, index) => {
    const resolved = resolveDhlTime(draft.raw.timestamp, zoneFor(drafts, index, domesticZone, destinationZone, originZone));
    if (!resolved) {
      throw new CarrierResponseError(`${CARRIER_ID} sent an event whose timestamp is not a real date and time`, {
        carrierId: CARRIER_ID,
        trackingNumbers: [trackingNumber],
        issues: [`${context.path}.${typeof draft.at === 'number' ? `events.${draft.at}` : draft.at}.timestamp: not an ISO 8601 date-time`],
      });
    }
    warnings.push(...resolved.warnings);
    const { mapping } = draft;
    if (!mapping.statusCodeKnown || mapping.basis === 'none') {
      warnings.push(unknownCodeWarning(CARRIER_ID, draft.statusCode ?? '(no statusCode)', draft.text));
    }
    return {
      status: mapping.status,
      subStatus: mapping.status === null ? 'generic_update' : mapping.subStatus,
      time: resolved.time,
      location: draft.location,
      carrierStatus: { code: draft.statusCode ?? null, description: draft.text, language: shipmentLanguage ?? mapping.language },
    };
  });

  const handoffs = dhlPartnerHandoffs(shipment);
  const firstHandoff = handoffs[0];
  const handedOver = events.find((event) => event.subStatus === 'handed_over');
  if (handedOver && firstHandoff) handedOver.handoff = firstHandoff;

  return {
    trackingNumber,
    outcome: 'found',
    events,
    estimatedDelivery: dhlEstimatedDelivery(
      {
        estimatedTimeOfDelivery: shipment.estimatedTimeOfDelivery,
        estimatedFrom: shipment.estimatedDeliveryTimeFrame?.estimatedFrom,
        estimatedThrough: shipment.estimatedDeliveryTimeFrame?.estimatedThrough,
      },
      destinationZone,
    ),
    signedBy: signedBy(shipment),
    origin,
    destination,
    service: serviceOf(shipment, service),
    handoffs,
    warnings: dedupeWarnings(warnings),
  };
}

/**
 * The shipment's events oldest first (DHL lists them newest first, so same-instant events keep their order).
 * A shipment without events but with a dated `status` yields that status as its only event.
 */
function chronologicalEvents(shipment: DhlShipment): { raw: DhlEvent; at: string | number }[] {
  const events = shipment.events ?? [];
  if (events.length > 0) {
    const oldestFirst: { raw: DhlEvent; at: number }[] = new Array(events.length);
    for (let index = 0; index < events.length; index++) oldestFirst[events.length - 1 - index] = { raw: events[index] as DhlEvent, at: index };
    return oldestFirst;
  }
  const status = shipment.status;
  const timestamp = status?.timestamp?.trim();
  if (!status || !timestamp) return [];
  return [{ raw: { ...status, timestamp }, at: 'status' }];
}

/** The first of an event's texts that is not blank, trimmed (`''` when all are). */
function firstText(texts: readonly (string | null | undefined)[]): string {
  for (const text of texts) {
    const trimmed = text?.trim();
    if (trimmed) return trimmed;
  }
  return '';
}

/**
 * Express events carry no `statusCode`; the shipment's `status` (same shape) does. When the newest event is
 * that status (same timestamp and text), its code is the carrier's own code for the event.
 */
function borrowedStatusCode(event: DhlEvent, shipment: DhlShipment | undefined): string | undefined {
  const status = shipment?.status;
  const code = status?.statusCode?.trim();
  if (!status || !code) return undefined;
  const sameTime = status.timestamp?.trim() === event.timestamp.trim();
  const sameText = (status.description?.trim() ?? status.status?.trim()) === (event.description?.trim() ?? event.status?.trim());
  return sameTime && sameText ? code : undefined;
}

/**
 * Rules that need the neighbouring events or the shipment (reference §5.1, §5.2):
 * - Express "Shipment is on hold" next to a customs event is a customs hold;
 * - a departure in the origin country followed by a scan in another country left the origin country;
 * - `returnFlag: true` turns a delivery into the return reaching the sender.
 */
function refineInContext(drafts: EventDraft[], shipment: DhlShipment, origin: Location | null, destination: Location | null): void {
  const before = drafts.map((draft) => draft.mapping.status);
  drafts.forEach((draft, index) => {
    if (!draft.mapping.customsWhenNeighbour) return;
    const neighbours = [before[index - 1], before[index + 1]];
    if (neighbours.some((status) => status !== undefined && status !== null && CUSTOMS_STATUSES.has(status))) {
      draft.mapping = { ...draft.mapping, status: 'customs_held', subStatus: 'customs_held' };
    }
  });

  const originCountry = origin?.countryCode;
  if (originCountry && destination?.countryCode && destination.countryCode !== originCountry) {
    drafts.forEach((draft, index) => {
      if (draft.mapping.subStatus !== 'departed_facility' || draft.location?.countryCode !== originCountry) return;
      const nextCountry = drafts.slice(index + 1).find((later) => later.location?.countryCode)?.location?.countryCode;
      if (nextCountry && nextCountry !== originCountry) draft.mapping = { ...draft.mapping, subStatus: 'departed_origin_country' };
    });
  }

  if (isTrue(shipment.returnFlag)) {
    for (const draft of drafts) {
      if (draft.mapping.status === 'delivered') draft.mapping = { ...draft.mapping, status: 'returned_to_sender', subStatus: 'returned_to_sender' };
    }
  }
}

/** A division answers in one language: when every matched rule agrees, that is the language of all its texts. */
function commonLanguage(drafts: readonly EventDraft[]): string | null {
  const languages = new Set(drafts.map((draft) => draft.mapping.language).filter((language) => language !== null));
  return languages.size === 1 ? ([...languages][0] as string) : null;
}

/** Both ends in one country with one zone: every scan happened in that zone (Parcel Germany events often name no place). */
function domesticZoneOf(origin: Location | null, destination: Location | null): DhlZone | undefined {
  const country = origin?.countryCode;
  if (!country || destination?.countryCode !== country) return undefined;
  const zone = dhlLocationZone({ countryCode: country });
  return zone?.basis === 'location_zone' ? zone : undefined;
}

/**
 * The zone for an event's wall time: its own place; else the zone of a domestic shipment's country; else the
 * nearest earlier, then later, event with a zone; else the destination's, then the origin's. Anything but
 * the event's own place (or the domestic country) is an assumption and says why.
 */
function zoneFor(
  drafts: readonly EventDraft[],
  index: number,
  domesticZone: DhlZone | undefined,
  destinationZone: DhlZone | undefined,
  originZone: DhlZone | undefined,
): DhlZone | undefined {
  const own = drafts[index]?.zone;
  if (own) return own;
  if (domesticZone && !drafts[index]?.location?.countryCode) return domesticZone;
  for (const [step, label] of [
    [-1, 'previous'],
    [1, 'next'],
  ] as const) {
    for (let other = index + step; other >= 0 && other < drafts.length; other += step) {
      const zone = drafts[other]?.zone;
      if (zone) return assumed(zone, `the event names no place that fixes a zone; used the ${label} event's zone`);
    }
  }
  if (destinationZone) return assumed(destinationZone, "the event names no place that fixes a zone; used the destination's zone");
  if (originZone) return assumed(originZone, "the event names no place that fixes a zone; used the origin's zone");
  return undefined;
}

function assumed(zone: DhlZone, reason: string): DhlZone {
  return { timeZone: zone.timeZone, basis: 'assumed_zone', reason };
}

/** The signer, unless DHL says no signature is available (then `signed.name` is a placeholder such as "Delivered"). */
function signedBy(shipment: DhlShipment): string | null {
  const details = shipment.details;
  if (!details?.proofOfDelivery?.signed || isFalse(details.proofOfDeliverySignedAvailable)) return null;
  const signed = details.proofOfDelivery.signed;
  const name =
    signed.name?.trim() ||
    [signed.givenName?.trim(), signed.familyName?.trim()].filter(Boolean).join(' ') ||
    signed.organizationName?.trim() ||
    '';
  if (name === '' || name.toLowerCase() === 'delivered') return null;
  return name;
}

function serviceOf(shipment: DhlShipment, service: string | undefined): ParsedTracking['service'] {
  const name = shipment.details?.product?.productName?.trim();
  if (!service && !name) return null;
  return { ...(service ? { code: service } : {}), ...(name ? { name } : {}) };
}

function isTrue(value: boolean | string | null | undefined): boolean {
  return value === true || (typeof value === 'string' && value.trim().toLowerCase() === 'true');
}

function isFalse(value: boolean | string | null | undefined): boolean {
  return value === false || (typeof value === 'string' && value.trim().toLowerCase() === 'false');
}

