import { z } from 'zod';
import { createStatusMapper, defineCarrier, readJsonBody, toSecret, unknownCodeWarning, validateRawBody, type ParsedTracking, type TrackingWarning } from '../../src/adapter-kit/index.js';

/**
 * A small carrier used to test the engine and the HTTP layer in isolation from real carriers:
 * OAuth client credentials, batches of three numbers, JSON events with UTC instants.
 */
export const ACME_BASE_URL = 'https://api.acme.test';

const statusMap = createStatusMapper({
  LBL: ['info_received', 'info_received'], // label created
  PU: ['in_transit', 'picked_up'], // picked up
  CUS: ['customs_held', 'customs_inspection'], // customs inspection
  OFD: ['out_for_delivery', 'out_for_delivery'], // out for delivery
  DEL: ['delivered', 'delivered'], // delivered
  PHOTO: [null, 'generic_update'], // delivery photo available
});

const AcmeBody = z.object({
  items: z.array(
    z.object({
      number: z.string(),
      found: z.boolean(),
      events: z.array(z.object({ code: z.string(), at: z.string(), text: z.string() })).default([]),
    }),
  ),
});

export interface AcmeOptions {
  clientId?: string;
  clientSecret?: string;
  baseUrl?: string;
  maxBatch?: number;
}

export const acme = defineCarrier((options: AcmeOptions) => {
  const baseUrl = options.baseUrl ?? ACME_BASE_URL;
  const clientId = toSecret(options.clientId);
  const clientSecret = toSecret(options.clientSecret);
  return {
    id: 'acme',
    displayName: 'Acme Parcel',
    capabilities: { maxTrackingNumbersPerRequest: options.maxBatch ?? 3, languages: ['en'], namesHandoffPartners: false },
    auth:
      clientId && clientSecret
        ? { type: 'oauth2_client_credentials', tokenUrl: `${baseUrl}/oauth/token`, clientId, clientSecret, clientAuthentication: 'basic' }
        : undefined,
    sampleTrackingNumbers: ['AC000000001'],
    matchTrackingNumber: (input) => (/^AC\d{9}$/.test(input) ? { format: 'acme', normalized: input, checkDigit: 'none' } : null),
    async fetchTracking({ trackingNumbers, http }) {
      const response = await http.request({ method: 'GET', url: `${baseUrl}/track`, query: { numbers: trackingNumbers.join(',') }, auth: true });
      return response.body;
    },
    parseTracking(raw, context) {
      const body = validateRawBody(AcmeBody, readJsonBody(raw, { carrierId: 'acme', trackingNumbers: context?.trackingNumbers }), { carrierId: 'acme' });
      return body.items.map((item): ParsedTracking => {
        const warnings: TrackingWarning[] = [];
        const events = item.events.map((event) => {
          const mapped = statusMap.map(event.code);
          if (!mapped.known) warnings.push(unknownCodeWarning('acme', event.code, event.text));
          return {
            status: mapped.status,
            subStatus: mapped.subStatus,
            time: { occurredAt: new Date(event.at).toISOString(), localTime: event.at.replace('Z', '+00:00'), timeZone: 'UTC', timeBasis: 'carrier_offset' as const },
            location: null,
            carrierStatus: { code: event.code, description: event.text, language: 'en' },
          };
        });
        return { trackingNumber: item.number, outcome: item.found ? 'found' : 'not_found', events, warnings };
      });
    },
  };
});

/** A tracking body for the given numbers: each found, delivered, unless listed as missing. */
export function acmeBody(numbers: readonly string[], missing: readonly string[] = []): string {
  return JSON.stringify({
    items: numbers.map((number) => ({
      number,
      found: !missing.includes(number),
      events: missing.includes(number)
        ? []
        : [
            { code: 'PU', at: '2025-03-01T10:00:00Z', text: 'Picked up' },
            { code: 'DEL', at: '2025-03-03T15:30:00Z', text: 'Delivered' },
          ],
    })),
  });
}

/**
 * The numbers an intercepted Acme request asked for. nock 15 hands reply functions the fetch `Request`
 * (not the path its docs describe), so read its URL.
 */
export function requestedNumbers(request: unknown): string[] {
  const url = typeof request === 'string' ? new URL(request, ACME_BASE_URL) : new URL((request as { url: string }).url);
  return (url.searchParams.get('numbers') ?? '').split(',');
}
