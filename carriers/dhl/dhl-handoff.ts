import { matchTrackingNumberFormats, readTrackingNumber, type Handoff } from '../../src/adapter-kit/index.js';
import type { DhlShipment } from './dhl-api.js';
import { DHL_DESTINATION_PROVIDERS } from './dhl-status-map.js';

/**
 * USPS number formats (adapter-kit format ids) that identify a USPS partner number when the check digit passes.
 * Only the IMpb: its structure (application identifier, service type, mailer id) makes a chance match unlikely,
 * whereas one random 20-digit number in ten passes the `usps-20` check.
 */
const USPS_FORMATS = ['usps-impb'] as const;

/** Reference types that hold the last-mile partner's number (reference §6). */
const PARTNER_REFERENCE_TYPES: ReadonlySet<string> = new Set(['local-tracking-number']);

/** `@scope` values whose numbers must never be shown. */
const SECRET_SCOPES: ReadonlySet<string> = new Set(['secret', 'sensitive']);

/**
 * The partner carriers and numbers a DHL shipment names (reference/carriers/dhl.md §6):
 * - each `details.references[]` entry of type `local-tracking-number` (not marked secret or sensitive): the
 *   partner is USPS when the number is a USPS number with a valid check digit, the issuing post of an S10
 *   number with a valid check digit, else the post named by `details.provider.destinationProvider`;
 * - a `destinationProvider` naming a post or courier without a number: that partner, `trackingNumber: null`
 *   (the same number continues); DHL's own divisions are not partners;
 * - a shipment id that is itself a USPS number (DHL eCommerce US `420` + ZIP + IMpb): USPS with the bare IMpb
 *   code, which USPS tracks.
 *
 * @example
 * dhlPartnerHandoffs({ id: 'GM295117140000372816', details: { references: [{ type: 'local-tracking-number', number: '9400111899223857104624' }] } });
 * // [{ carrier: 'usps', trackingNumber: '9400111899223857104624' }]
 */
export function dhlPartnerHandoffs(shipment: DhlShipment): Handoff[] {
  const providerName = shipment.details?.provider?.destinationProvider?.trim().toLowerCase() || undefined;
  const providerKnown = providerName !== undefined && Object.hasOwn(DHL_DESTINATION_PROVIDERS, providerName);
  const providerCarrier = providerKnown ? (DHL_DESTINATION_PROVIDERS[providerName as string] ?? null) : null;
  const handoffs: Handoff[] = [];
  const add = (handoff: Handoff) => {
    if (!handoffs.some((known) => known.carrier === handoff.carrier && known.trackingNumber === handoff.trackingNumber)) handoffs.push(handoff);
  };

  for (const reference of shipment.details?.references ?? []) {
    const type = reference.type?.trim().toLowerCase();
    const scope = reference['@scope']?.trim().toLowerCase();
    const number = reference.number?.trim();
    if (!type || !PARTNER_REFERENCE_TYPES.has(type) || !number || (scope && SECRET_SCOPES.has(scope))) continue;
    const identified = identifyPartnerNumber(number);
    if (identified) {
      add({ ...identified, ...(providerKnown && identified.carrier === providerCarrier ? { carrierName: providerName } : {}) });
    } else {
      add({ carrier: providerCarrier, ...(providerKnown ? { carrierName: providerName } : {}), trackingNumber: number });
    }
  }

  if (providerKnown && handoffs.length === 0) add({ carrier: providerCarrier, carrierName: providerName, trackingNumber: null });

  const id = shipment.id?.trim();
  if (id) {
    const usps = matchTrackingNumberFormats(id, USPS_FORMATS);
    if (usps?.checkDigit === 'valid' && !handoffs.some((handoff) => handoff.carrier === 'usps')) add({ carrier: 'usps', trackingNumber: usps.normalized });
  }
  return handoffs;
}

/** The carrier of a partner number when its format proves it (a valid check digit), with the number as that carrier wants it. */
function identifyPartnerNumber(number: string): { carrier: string; trackingNumber: string } | undefined {
  const usps = matchTrackingNumberFormats(number, USPS_FORMATS);
  if (usps?.checkDigit === 'valid') return { carrier: 'usps', trackingNumber: usps.normalized };
  const s10 = matchTrackingNumberFormats(number, ['upu-s10']);
  if (s10?.checkDigit === 'valid') {
    const post = readTrackingNumber(s10.normalized).find((reading) => reading.format === 'upu-s10');
    if (post) return { carrier: post.carrier, trackingNumber: s10.normalized };
  }
  return undefined;
}
