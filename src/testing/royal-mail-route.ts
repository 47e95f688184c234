import { jsonResponse, matchAll, type SandboxResponse, type SandboxRoute } from './sandbox-route.js';

/** Royal Mail's gateway errors (401, 429) have no `errors` array (reference `carriers/royal-mail.md` §4). */
function gatewayError(status: number, message: string, moreInformation: string): SandboxResponse {
  return jsonResponse(status, { httpCode: String(status), httpMessage: message, moreInformation });
}

function apiError(status: number, message: string, errorCode: string, errorDescription: string, moreInformation?: string): SandboxResponse {
  return jsonResponse(status, {
    httpCode: String(status),
    httpMessage: message,
    ...(moreInformation ? { moreInformation } : {}),
    errors: [{ errorCode, errorDescription }],
  });
}

/**
 * Royal Mail Tracking API v2 in the sandbox (docs/carriers/royal-mail.md):
 * - no token: `X-IBM-Client-Id` and `X-IBM-Client-Secret` headers; `X-Accept-RMG-Terms: yes` is required
 *   (400 `E0004` without it);
 * - tracking: `GET /mailpieces/v2/{mailPieceId}/events`;
 * - an unknown number is a 404 with `E1142`; 401 "Invalid client id or secret"; 429; 500 `E0009`.
 */
export const ROYAL_MAIL_ROUTE: SandboxRoute = {
  id: 'royal-mail',
  defaultCredentials: { clientId: 'sandbox-royal-mail-client-id', clientSecret: 'sandbox-royal-mail-client-secret' },
  auth: { kind: 'headers', headers: { 'x-ibm-client-id': 'clientId', 'x-ibm-client-secret': 'clientSecret' } },
  tracking: {
    method: 'GET',
    path: /^\/mailpieces\/v2\/([^/]+)\/events$/,
    maxNumbers: 1,
    readNumbers: (request, match) => {
      if (request.headers['x-accept-rmg-terms']?.toLowerCase() !== 'yes') {
        return { refuse: apiError(400, 'Bad Request', 'E0004', 'X-Accept-RMG-Terms header is missing or invalid') };
      }
      return { trackingNumbers: [decodeURIComponent(match[1] as string)] };
    },
  },
  contentType: 'application/json',
  answers: {
    unauthorized: () => gatewayError(401, 'Unauthorized', 'Invalid client id or secret'),
    rateLimited: () => gatewayError(429, 'Too Many Requests', 'The rate limit has been exceeded for the plan or operation being used'),
    serverError: () => apiError(500, 'Internal Server Error', 'E0009', 'Internal server error'),
    notFound: (trackingNumber) => apiError(404, 'Not Found', 'E1142', `Barcode reference ${trackingNumber} isn't recognised`, 'Barcode not recognised'),
  },
  bodyNumbers: (body) => matchAll(body, /"mailPieceId"\s*:\s*"([^"]+)"/g),
};
