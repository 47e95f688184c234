import { jsonResponse, matchAll, type SandboxResponse, type SandboxRoute } from './sandbox-route.js';

/** UPS's error wrapper, used by every non-2xx answer (reference `carriers/ups.md` §4). */
function upsError(status: number, code: string, message: string): SandboxResponse {
  return jsonResponse(status, { response: { errors: [{ code, message }] } });
}

/**
 * UPS Track API v1 in the sandbox (docs/carriers/ups.md):
 * - token: `POST /security/v1/oauth/token`, client id and secret as HTTP Basic, form body
 *   `grant_type=client_credentials`; the answer carries `expires_in` and `issued_at` as strings, as UPS sends them;
 * - tracking: `GET /api/track/v1/details/{inquiryNumber}` with `Authorization: Bearer`;
 * - an unknown number is a 200 with the `TW0001` warning and no package, as UPS answers in practice;
 * - refusals use `{ response: { errors: [{ code, message }] } }`: 401 `250002`, 429 `10429`, 503.
 */
export const UPS_ROUTE: SandboxRoute = {
  id: 'ups',
  defaultCredentials: { clientId: 'sandbox-ups-client-id', clientSecret: 'sandbox-ups-client-secret' },
  auth: {
    kind: 'oauth2_client_credentials',
    tokenPath: '/security/v1/oauth/token',
    clientAuthentication: 'basic',
    bodyFormat: 'form',
    clientIdOption: 'clientId',
    clientSecretOption: 'clientSecret',
    grant: ({ accessToken, expiresInSeconds, clientId, issuedAt }) =>
      jsonResponse(200, {
        token_type: 'Bearer',
        issued_at: String(issuedAt),
        client_id: clientId,
        access_token: accessToken,
        scope: '',
        expires_in: String(expiresInSeconds),
        refresh_count: '0',
        status: 'approved',
      }),
    refuseClient: () => upsError(401, '250002', 'Invalid Authentication Information.'),
    refuseGrant: () => upsError(400, '10400', 'Invalid or missing grant_type.'),
  },
  tracking: {
    method: 'GET',
    path: /^\/api\/track\/v1\/details\/([^/]+)$/,
    maxNumbers: 1,
    readNumbers: (_request, match) => ({ trackingNumbers: [decodeURIComponent(match[1] as string)] }),
  },
  contentType: 'application/json',
  answers: {
    unauthorized: () => upsError(401, '250002', 'Invalid Authentication Information.'),
    rateLimited: () => upsError(429, '10429', 'Too Many Requests'),
    serverError: () => upsError(503, '503', 'Service Unavailable'),
    notFound: (trackingNumber) =>
      jsonResponse(200, { trackResponse: { shipment: [{ inquiryNumber: trackingNumber, warnings: [{ code: 'TW0001', message: 'Tracking Information Not Found' }] }] } }),
  },
  bodyNumbers: (body) => matchAll(body, /"inquiryNumber"\s*:\s*"([^"]+)"/g),
};
