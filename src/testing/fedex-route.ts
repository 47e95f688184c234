import { randomUUID } from 'node:crypto';
import { jsonResponse, tryParseJson, type SandboxResponse, type SandboxRoute } from './sandbox-route.js';

/** The most numbers one FedEx tracking request may carry. */
const FEDEX_MAX_NUMBERS = 30;

/** FedEx's top-level error body (reference `carriers/fedex.md` §4): a transaction id and `errors[]`. */
function fedexError(status: number, code: string, message: string): SandboxResponse {
  return jsonResponse(status, { transactionId: randomUUID(), errors: [{ code, message }] });
}

/** One number's entry of `output.completeTrackResults`. */
interface CompleteTrackResult {
  trackingNumber?: unknown;
}

function completeTrackResults(body: string): CompleteTrackResult[] | undefined {
  const results = (tryParseJson(body) as { output?: { completeTrackResults?: unknown } } | undefined)?.output?.completeTrackResults;
  return Array.isArray(results) ? (results as CompleteTrackResult[]) : undefined;
}

function notFoundEntry(trackingNumber: string): CompleteTrackResult {
  return {
    trackingNumber,
    trackResults: [
      {
        trackingNumberInfo: { trackingNumber, trackingNumberUniqueId: '', carrierCode: '' },
        error: { code: 'TRACKING.TRACKINGNUMBER.NOTFOUND', message: 'Tracking number cannot be found. Please check the number and try again.' },
      },
    ],
  } as CompleteTrackResult;
}

/**
 * FedEx Track API v1 in the sandbox (docs/carriers/fedex.md):
 * - token: `POST /oauth/token`, form body with `grant_type`, `client_id` and `client_secret`;
 * - tracking: `POST /track/v1/trackingnumbers` with up to 30 numbers in `trackingInfo[].trackingNumberInfo`;
 *   each number is answered from its own scenario and the answers are combined into one
 *   `output.completeTrackResults` array, in the order asked;
 * - an unknown number is an entry with the per-number error `TRACKING.TRACKINGNUMBER.NOTFOUND` inside a 200;
 * - refusals: 401 `NOT.AUTHORIZED.ERROR`, 429, 503 `SERVICE.UNAVAILABLE.ERROR`, 400 for an empty or too long list.
 */
export const FEDEX_ROUTE: SandboxRoute = {
  id: 'fedex',
  defaultCredentials: { clientId: 'sandbox-fedex-api-key', clientSecret: 'sandbox-fedex-secret-key' },
  auth: {
    kind: 'oauth2_client_credentials',
    tokenPath: '/oauth/token',
    clientAuthentication: 'body',
    bodyFormat: 'form',
    clientIdOption: 'clientId',
    clientSecretOption: 'clientSecret',
    grant: ({ accessToken, expiresInSeconds }) => jsonResponse(200, { access_token: accessToken, token_type: 'bearer', expires_in: expiresInSeconds, scope: 'CXS-TP' }),
    refuseClient: () => fedexError(401, 'NOT.AUTHORIZED.ERROR', 'The given client credentials were not valid. Please modify your request and try again.'),
    refuseGrant: () => fedexError(400, 'BAD.REQUEST.ERROR', 'The given grant type is not supported.'),
  },
  tracking: {
    method: 'POST',
    path: /^\/track\/v1\/trackingnumbers$/,
    maxNumbers: FEDEX_MAX_NUMBERS,
    readNumbers: (request) => {
      const value = tryParseJson(request.body) as { trackingInfo?: unknown } | undefined;
      if (value === undefined) return { refuse: fedexError(400, 'BAD.REQUEST.ERROR', 'The given JSON body could not be read.') };
      const infos = Array.isArray(value.trackingInfo) ? value.trackingInfo : [];
      const trackingNumbers = infos
        .map((info) => (info as { trackingNumberInfo?: { trackingNumber?: unknown } }).trackingNumberInfo?.trackingNumber)
        .filter((number): number is string => typeof number === 'string' && number.trim() !== '')
        .map((number) => number.trim());
      if (trackingNumbers.length === 0) return { refuse: fedexError(400, 'TRACKING.TRACKINGNUMBER.EMPTY', 'Please provide tracking number.') };
      return { trackingNumbers };
    },
  },
  contentType: 'application/json',
  answers: {
    unauthorized: () => fedexError(401, 'NOT.AUTHORIZED.ERROR', 'Access token has expired or is not valid. Request a new token and try again.'),
    rateLimited: () => fedexError(429, 'TOO.MANY.REQUESTS.ERROR', 'We have received too many requests in a short duration. Please wait a while to try again.'),
    serverError: () => fedexError(503, 'SERVICE.UNAVAILABLE.ERROR', 'The service is temporarily unavailable. Please try again later.'),
    notFound: (trackingNumber) => jsonResponse(200, { transactionId: randomUUID(), output: { completeTrackResults: [notFoundEntry(trackingNumber)] } }),
    tooManyNumbers: (count) => fedexError(400, 'TRACKING.TRACKINGNUMBERS.LIMITEXCEEDED', `${count} tracking numbers were given; the limit is ${FEDEX_MAX_NUMBERS}.`),
  },
  bodyNumbers: (body) =>
    (completeTrackResults(body) ?? []).map((entry) => entry.trackingNumber).filter((number): number is string => typeof number === 'string' && number !== ''),
  combine: (parts) => {
    if (parts.length === 1) return (parts[0] as { response: SandboxResponse }).response;
    const combined: CompleteTrackResult[] = [];
    for (const { trackingNumber, response } of parts) {
      const entries = completeTrackResults(response.body);
      // A part that is not a track body (a host's raw body) cannot be merged: send it as it is, as an odd answer.
      if (entries === undefined) return response;
      const own = entries.filter((entry) => entry.trackingNumber === trackingNumber);
      combined.push(...(own.length > 0 ? own : [notFoundEntry(trackingNumber)]));
    }
    return jsonResponse(200, { transactionId: randomUUID(), output: { completeTrackResults: combined } });
  },
};
