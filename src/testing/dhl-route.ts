import { jsonResponse, tryParseJson, type SandboxResponse, type SandboxRoute } from './sandbox-route.js';

/** DHL's RFC 7807 problem detail (reference `carriers/dhl.md` §4). */
function problem(status: number, title: string, detail: string, instance?: string): SandboxResponse {
  return jsonResponse(status, { status, title, detail, ...(instance ? { instance } : {}) }, 'application/problem+json');
}

/**
 * DHL Shipment Tracking – Unified API in the sandbox (docs/carriers/dhl.md):
 * - no token: the `DHL-API-Key` header on every request;
 * - tracking: `GET /track/shipments?trackingNumber=…[&service=…]&language=…`;
 * - an unknown number is a 404 problem whose `instance` repeats the request path and query;
 * - refusals are problem details: 401, 429 "Too Many Requests", 503.
 */
export const DHL_ROUTE: SandboxRoute = {
  id: 'dhl',
  defaultCredentials: { apiKey: 'sandbox-dhl-api-key' },
  auth: { kind: 'headers', headers: { 'dhl-api-key': 'apiKey' } },
  tracking: {
    method: 'GET',
    path: /^\/track\/shipments$/,
    maxNumbers: 1,
    readNumbers: (request) => {
      const trackingNumber = request.query.get('trackingNumber')?.trim();
      if (!trackingNumber) return { refuse: problem(400, 'Bad Request', 'The trackingNumber query parameter is required.') };
      return { trackingNumbers: [trackingNumber] };
    },
  },
  contentType: 'application/json',
  answers: {
    unauthorized: () => problem(401, 'Unauthorized', 'The API key is missing, invalid or not approved for this API.'),
    rateLimited: () => problem(429, 'Too Many Requests', 'Too many requests were sent in the defined time period.'),
    serverError: () => problem(503, 'Service Unavailable', 'The tracking service is temporarily unavailable.'),
    notFound: (trackingNumber) =>
      problem(404, 'No result found', 'No shipment with the given tracking number was found.', `/track/shipments?trackingNumber=${encodeURIComponent(trackingNumber)}`),
  },
  bodyNumbers: (body) => {
    const shipments = (tryParseJson(body) as { shipments?: unknown } | undefined)?.shipments;
    if (!Array.isArray(shipments)) return [];
    return shipments.map((shipment) => (shipment as { id?: unknown }).id).filter((id): id is string => typeof id === 'string' && id !== '');
  },
};
