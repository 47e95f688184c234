import { jsonResponse, matchAll, type SandboxResponse, type SandboxRoute } from './sandbox-route.js';

/** USPS's v3 error message (reference `carriers/usps.md` §4): the HTTP status as a string, a message, detail errors. */
function uspsError(status: number, message: string, errors: Array<Record<string, string>> = []): SandboxResponse {
  return jsonResponse(status, { apiVersion: '/tracking/v3', error: { code: String(status), message, errors } });
}

/**
 * USPS Tracking API v3 in the sandbox (docs/carriers/usps.md):
 * - token: `POST /oauth2/v3/token`, JSON body with `grant_type`, `client_id`, `client_secret` and `scope`;
 *   token endpoint refusals use the OAuth shape (`error`, `error_description`);
 * - tracking: `GET /tracking/v3/tracking/{trackingNumber}?expand=DETAIL` with `Authorization: Bearer`;
 * - an unknown number is a 400 with code `150002`, USPS's "may be incorrect or not yet available";
 * - 401 "client application identifier is invalid", 429 "Exceeded quota limit", 503.
 */
export const USPS_ROUTE: SandboxRoute = {
  id: 'usps',
  defaultCredentials: { clientId: 'sandbox-usps-consumer-key', clientSecret: 'sandbox-usps-consumer-secret' },
  auth: {
    kind: 'oauth2_client_credentials',
    tokenPath: '/oauth2/v3/token',
    clientAuthentication: 'body',
    bodyFormat: 'json',
    clientIdOption: 'clientId',
    clientSecretOption: 'clientSecret',
    grant: ({ accessToken, expiresInSeconds, clientId, scope, issuedAt }) =>
      jsonResponse(200, {
        access_token: accessToken,
        token_type: 'Bearer',
        issued_at: issuedAt,
        expires_in: expiresInSeconds,
        status: 'approved',
        scope: scope ?? 'tracking',
        issuer: 'api.usps.com',
        client_id: clientId,
        application_name: 'parceline sandbox',
        api_products: '[Tracking]',
      }),
    refuseClient: () => jsonResponse(401, { error: 'invalid_client', error_description: 'Client authentication failed.' }),
    refuseGrant: () => jsonResponse(400, { error: 'unsupported_grant_type', error_description: 'Only client_credentials is supported.' }),
  },
  tracking: {
    method: 'GET',
    path: /^\/tracking\/v3\/tracking\/([^/]+)$/,
    maxNumbers: 1,
    readNumbers: (_request, match) => ({ trackingNumbers: [decodeURIComponent(match[1] as string)] }),
  },
  contentType: 'application/json',
  answers: {
    unauthorized: () => uspsError(401, 'The client application identifier is invalid.'),
    rateLimited: () =>
      uspsError(429, 'Exceeded quota limit', [{ status: '429', code: '429', title: 'Too Many Requests', detail: 'The application has exceeded its hourly quota.' }]),
    serverError: () =>
      uspsError(503, 'Service Unavailable', [{ status: '503', code: '503', title: 'Service Unavailable', detail: 'The service is temporarily unavailable.' }]),
    notFound: (trackingNumber) =>
      uspsError(400, `7: The tracking number ${trackingNumber} may be incorrect or the status update is not yet available.`, [
        {
          status: '400',
          code: '150002',
          title: 'Tracking information not available',
          detail: 'The tracking number may be incorrect or the status update is not yet available.',
        },
      ]),
  },
  bodyNumbers: (body) => matchAll(body, /"trackingNumber"\s*:\s*"([^"]+)"/g).slice(0, 1),
};
