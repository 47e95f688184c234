import { matchAll, type SandboxResponse, type SandboxRoute } from './sandbox-route.js';

const TRACK_MEDIA_TYPE = 'application/vnd.cpc.track-v2+xml';

/** Canada Post's `messages` error body (reference `carriers/canada-post.md` §4). */
function messages(status: number, code: string, description: string): SandboxResponse {
  return {
    status,
    contentType: TRACK_MEDIA_TYPE,
    body: [
      '<?xml version="1.0" encoding="UTF-8"?>',
      '<messages xmlns="http://www.canadapost.ca/ws/messages">',
      `  <message><code>${code}</code><description>${description}</description></message>`,
      '</messages>',
    ].join('\n'),
  };
}

/**
 * Canada Post Tracking REST v2 in the sandbox (docs/carriers/canada-post.md):
 * - no token: HTTP Basic with the API key's two halves on every request;
 * - tracking: `GET /vis/track/pin/{pin}/detail` or `/vis/track/dnc/{dnc}/detail`, `Accept` must be the v2 media
 *   type (406 otherwise, as Canada Post refuses `application/json`);
 * - an unknown number is a 404 `messages` body with code `004`; 401 `E002`; 429 and 503 "Rejected by SLM Monitor".
 */
export const CANADA_POST_ROUTE: SandboxRoute = {
  id: 'canada-post',
  defaultCredentials: { username: 'sandbox-cpc-user', password: 'sandbox-cpc-password' },
  auth: { kind: 'basic', usernameOption: 'username', passwordOption: 'password' },
  tracking: {
    method: 'GET',
    path: /^\/vis\/track\/(?:pin|dnc)\/([^/]+)\/detail$/,
    maxNumbers: 1,
    readNumbers: (request, match) => {
      if (!(request.headers.accept ?? '').includes(TRACK_MEDIA_TYPE)) return { refuse: messages(406, '9999', 'Unsupported media type in the Accept header') };
      return { trackingNumbers: [decodeURIComponent(match[1] as string)] };
    },
  },
  contentType: TRACK_MEDIA_TYPE,
  answers: {
    unauthorized: () => messages(401, 'E002', 'AAA Authentication Failure'),
    rateLimited: () => messages(429, 'Server', 'Rejected by SLM Monitor'),
    serverError: () => messages(503, 'Server', 'Rejected by SLM Monitor'),
    notFound: () => messages(404, '004', 'No Pin History'),
  },
  bodyNumbers: (body) => matchAll(body, /<pin>\s*([^<\s]+)\s*<\/pin>/g),
};
