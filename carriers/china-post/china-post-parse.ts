import {
  dedupeWarnings,
  compactNumberField,
  compactNumberFields,
  CarrierResponseError,
  findIssuingPost,
  readJsonBody,
  unknownCodeWarning,
  validateRawBody,
  type BodyContext,
  type Handoff,
  type Location,
  type ParsedEvent,
  type ParsedTracking,
  type ParseTrackingContext,
  type TrackingWarning,
} from '../../src/adapter-kit/index.js';
import {
  ChinaPostJdptPush,
  ChinaPostJdptResponse,
  ChinaPostOpenResponse,
  ChinaPostTraceItem,
  ChinaPostTraceItems,
  ChinaPostTrackBody,
  isPlainChinaPostJdptPush,
  isPlainChinaPostJdptResponse,
  isPlainChinaPostOpenResponse,
  isPlainChinaPostTraceItem,
  isPlainChinaPostTraceItems,
  isPlainChinaPostTrackBody,
} from './china-post-api.js';
import { readChinaPostPlace, resolveChinaPostTime, type ChinaPostPlace } from './china-post-location.js';
import { mapChinaPostEvent } from './china-post-map-event.js';
import { isChinaPostS10 } from './china-post-tracking-number.js';

const CARRIER_ID = 'china-post';
/** China Post's texts are Chinese (reference §6). */
const TEXT_LANGUAGE = 'zh-CN';
/** The open platform's success code. */
const SUCCESS_CODE = '00000';

/**
 * Reads a China Post / EMS trace body into one {@link ParsedTracking} per tracking number. Pure and
 * synchronous: no clock, network or environment. Accepts the body as sent (a string) or already parsed, in
 * any of the shapes in `china-post-api.ts`: the open-platform track answer (apiCode 040001, `retBody` as JSON
 * text), the JDPT query answer, a JDPT push (`{ traces }`), a decrypted 040002 push trace, or a bare list of
 * trace items.
 *
 * - every trace item gives exactly one event (`mapChinaPostEvent`: code first, then text), timed by
 *   `resolveChinaPostTime` and placed by `readChinaPostPlace`; an unknown `opCode` adds
 *   `UNKNOWN_CARRIER_CODE`;
 * - a `delivered` event after a return signal is the return reaching the sender (`returned_to_sender`);
 * - an S10 `…CN` item that reaches a destination post gets a handoff to that country's post, same number;
 * - a successful answer without items is `outcome: 'not_found'` for the numbers asked for;
 * - a refusal (`retCode` other than `00000`, `responseState` false) or a body of another shape raises a
 *   `CarrierResponseError`.
 *
 * @example
 * const [parsed] = parseChinaPostTracking(body, { trackingNumbers: ['LZ506837246CN'] });
 * parsed.outcome; // 'found'
 */
export function parseChinaPostTracking(raw: unknown, context: ParseTrackingContext = {}): ParsedTracking[] {
  const bodyContext: BodyContext = { carrierId: CARRIER_ID, trackingNumbers: context.trackingNumbers };
  const items = readTraceItems(readJsonBody(raw, bodyContext), bodyContext);
  const asked = compactNumberFields(context.trackingNumbers);

  const groups = new Map<string, { item: ChinaPostTraceItem; index: number }[]>();
  items.forEach((item, index) => {
    const number = compactNumberField(item.waybillNo) ?? compactNumberField(item.traceNo) ?? (asked.length === 1 ? asked[0] : undefined);
    if (number === undefined) {
      throw new CarrierResponseError(`${CARRIER_ID} sent a trace item without a tracking number`, {
        carrierId: CARRIER_ID,
        trackingNumbers: context.trackingNumbers,
        issues: [`responseItems.${index}.waybillNo: missing; pass trackingNumbers`],
      });
    }
    const group = groups.get(number) ?? [];
    group.push({ item, index });
    groups.set(number, group);
  });

  const results = [...groups].map(([trackingNumber, entries]) => parseNumber(trackingNumber, entries, context));
  for (const number of asked) {
    if (!groups.has(number)) results.push({ trackingNumber: number, outcome: 'not_found', events: [] });
  }
  if (results.length > 0) return results;
  throw new CarrierResponseError(`${CARRIER_ID} answered without events and without a tracking number to attach the answer to`, {
    carrierId: CARRIER_ID,
    issues: ['the body lists no trace item; pass trackingNumbers'],
  });
}

/** Finds the trace items in any of the accepted shapes. */
function readTraceItems(value: unknown, context: BodyContext): ChinaPostTraceItem[] {
  if (Array.isArray(value)) return validateRawBody(ChinaPostTraceItems, value, context, isPlainChinaPostTraceItems);
  if (typeof value !== 'object' || value === null) throw shapeError(context, '(root): not an object or a list');
  const record = value as Record<string, unknown>;
  if ('retCode' in record || 'retBody' in record) return readOpenResponse(validateRawBody(ChinaPostOpenResponse, value, context, isPlainChinaPostOpenResponse), context);
  if ('responseState' in record || 'responseItems' in record) return readJdptResponse(value, context);
  if ('traces' in record) return validateRawBody(ChinaPostJdptPush, value, context, isPlainChinaPostJdptPush).traces;
  if ('logitcsInterface' in record) {
    throw shapeError(context, 'logitcsInterface: an encrypted push; decrypt it with the sign key and pass the trace it holds');
  }
  if ('opTime' in record || 'opCode' in record) return [validateRawBody(ChinaPostTraceItem, value, context, isPlainChinaPostTraceItem)];
  throw shapeError(context, '(root): expected retCode/retBody (open platform), responseItems (JDPT) or traces (push)');
}

/** The open platform's envelope: `retCode` `00000`, then `retBody` (JSON text, an object or a list). */
function readOpenResponse(envelope: ChinaPostOpenResponse, context: BodyContext): ChinaPostTraceItem[] {
  const code = envelope.retCode?.trim();
  if (code !== undefined && code !== SUCCESS_CODE) {
    throw new CarrierResponseError(`${CARRIER_ID} refused the request (retCode ${code}); the body is not a tracking answer`, {
      carrierId: CARRIER_ID,
      trackingNumbers: context.trackingNumbers,
      issues: [`retCode: ${code}`, ...(envelope.retMsg ? [`retMsg: ${envelope.retMsg.slice(0, 120)}`] : [])],
    });
  }
  return readItemList(envelope.retBody, 'retBody', context);
}

function readJdptResponse(value: unknown, context: BodyContext): ChinaPostTraceItem[] {
  const body = validateRawBody(ChinaPostJdptResponse, value, context, isPlainChinaPostJdptResponse);
  if (body.responseState === false || body.responseState === 'false') {
    throw new CarrierResponseError(`${CARRIER_ID} refused the trace query (responseState false)`, {
      carrierId: CARRIER_ID,
      trackingNumbers: context.trackingNumbers,
      issues: [`errorDesc: ${(body.errorDesc ?? '').slice(0, 120)}`],
    });
  }
  return readItemList(body.responseItems, 'responseItems', context);
}

/** A list of items that may arrive as JSON text, as `{ responseItems }`, as a list, or be empty. */
function readItemList(value: unknown, path: string, context: BodyContext): ChinaPostTraceItem[] {
  if (value === undefined || value === null || (typeof value === 'string' && value.trim() === '')) return [];
  const parsed = typeof value === 'string' ? readJsonBody(value, context) : value;
  if (Array.isArray(parsed)) return validateRawBody(ChinaPostTraceItems, parsed, context, isPlainChinaPostTraceItems);
  if (typeof parsed === 'object' && parsed !== null && 'responseItems' in parsed) {
    return validateRawBody(ChinaPostTrackBody, parsed, context, isPlainChinaPostTrackBody).responseItems ?? [];
  }
  if (typeof parsed === 'object' && parsed !== null && Object.keys(parsed).length === 0) return [];
  throw shapeError(context, `${path}: expected responseItems or a list of trace items`);
}

function parseNumber(trackingNumber: string, entries: readonly { item: ChinaPostTraceItem; index: number }[], context: ParseTrackingContext): ParsedTracking {
  const warnings: TrackingWarning[] = [];
  const events: ParsedEvent[] = [];
  const places: ChinaPostPlace[] = [];
  for (const { item, index } of entries) {
    const { event, place, eventWarnings } = parseItem(item, index, trackingNumber, context);
    events.push(event);
    places.push(place);
    warnings.push(...eventWarnings);
  }

  // Decisions that depend on what came before: in time order, stable for equal instants.
  const order = events.map((event, index) => ({ index, at: Date.parse(event.time.occurredAt) })).sort((a, b) => a.at - b.at || a.index - b.index);
  let returning = false;
  let firstAbroad: number | undefined;
  for (const { index } of order) {
    const event = events[index] as ParsedEvent;
    // A return reuses the same codes in the other direction (upu-events.md note C): once a return has
    // started, a delivery is the return reaching the sender (fixture track-returned-to-sender.json).
    if (returning && event.status === 'delivered') {
      event.status = 'returned_to_sender';
      event.subStatus = 'returned_to_sender';
    }
    if (event.status === 'returning_to_sender') returning = true;
    if (firstAbroad === undefined && places[index]?.scope === 'abroad') firstAbroad = index;
  }

  const handoffs: Handoff[] = [];
  const destinationCountry = firstAbroad === undefined ? undefined : places[firstAbroad]?.location?.countryCode;
  if (firstAbroad !== undefined && destinationCountry !== undefined && isChinaPostS10(trackingNumber)) {
    // The destination post continues with the same S10 number (fixture track-cross-border-us.json).
    const post = findIssuingPost(destinationCountry);
    const event = events[firstAbroad] as ParsedEvent;
    if (post !== null && event.handoff === undefined) {
      event.handoff = { carrier: post.id, carrierName: post.name.replace(/\s*\(.*\)\s*$/, ''), trackingNumber };
    }
  }
  for (const { index } of order) {
    const handoff = events[index]?.handoff;
    if (handoff && !handoffs.some((known) => known.carrier === handoff.carrier && known.carrierName === handoff.carrierName && known.trackingNumber === handoff.trackingNumber)) {
      handoffs.push(handoff);
    }
  }

  const firstDomestic = order.find(({ index }) => places[index]?.scope === 'domestic');
  const origin = firstDomestic === undefined ? null : withoutFacility(places[firstDomestic.index]?.location ?? null);
  const productName = entries.map(({ item }) => item.productName?.trim()).find((name) => Boolean(name));
  return {
    trackingNumber,
    outcome: 'found',
    events,
    origin,
    destination: destinationCountry === undefined ? null : { countryCode: destinationCountry },
    service: productName ? { name: productName } : null,
    handoffs,
    warnings: dedupeWarnings(warnings),
  };
}

function parseItem(
  item: ChinaPostTraceItem,
  index: number,
  trackingNumber: string,
  context: ParseTrackingContext,
): { event: ParsedEvent; place: ChinaPostPlace; eventWarnings: TrackingWarning[] } {
  const code = item.opCode?.trim() || null;
  const description = item.opDesc?.trim() || item.opName?.trim() || '';
  if (code === null && description === '') {
    throw new CarrierResponseError(`${CARRIER_ID} sent a trace item with neither a code nor a text`, {
      carrierId: CARRIER_ID,
      trackingNumbers: context.trackingNumbers ?? [trackingNumber],
      issues: [`responseItems.${index}: no opCode, opName or opDesc`],
    });
  }
  const opTime = item.opTime?.trim();
  const place = readChinaPostPlace(item);
  const resolved = opTime ? resolveChinaPostTime(opTime, place) : null;
  if (resolved === null) {
    throw new CarrierResponseError(`${CARRIER_ID} sent a trace item without a readable time`, {
      carrierId: CARRIER_ID,
      trackingNumbers: context.trackingNumbers ?? [trackingNumber],
      issues: [`responseItems.${index}.opTime: ${opTime ? 'not a real yyyy-MM-dd HH:mm:ss time' : 'missing'}`],
    });
  }
  const mapping = mapChinaPostEvent(item);
  const eventWarnings: TrackingWarning[] = resolved.warning ? [resolved.warning] : [];
  if (!mapping.codeKnown) eventWarnings.push(unknownCodeWarning(CARRIER_ID, code ?? '(none)', description));
  const event: ParsedEvent = {
    status: mapping.status,
    subStatus: mapping.subStatus,
    time: resolved.time,
    location: place.location,
    carrierStatus: { code, description, language: TEXT_LANGUAGE },
  };
  if (mapping.handoffCarrier) {
    event.handoff = { carrier: mapping.handoffCarrier.carrier, carrierName: mapping.handoffCarrier.name, trackingNumber: null };
  }
  return { event, place, eventWarnings };
}

function withoutFacility(location: Location | null): Location | null {
  if (!location) return null;
  const { facility: _facility, ...rest } = location;
  return Object.keys(rest).length > 0 ? rest : null;
}

function shapeError(context: BodyContext, issue: string): CarrierResponseError {
  return new CarrierResponseError(`${CARRIER_ID} sent a body that does not fit its documented shape`, {
    carrierId: CARRIER_ID,
    trackingNumbers: context.trackingNumbers,
    issues: [issue],
  });
}


