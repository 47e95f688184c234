/**
 * The shape of one carrier's routing table in the sandbox: where its token and tracking endpoints are,
 * how a request proves who it is, how the tracking numbers are read from a request, how the answers for
 * several numbers become one body, and what the carrier's own refusals look like. One file per carrier
 * (`<id>-route.ts`) fills it in; `create-sandbox.ts` holds no carrier knowledge.
 */

/** An answer the sandbox sends. */
export interface SandboxResponse {
  status: number;
  /** Sent as `content-type`. */
  contentType: string;
  body: string;
  /** Extra headers (`retry-after`). Names in lower case. */
  headers?: Record<string, string>;
}

/** A request as the routing table sees it: path without the carrier prefix, headers in lower case. */
export interface RouteRequest {
  method: string;
  /** Path below the carrier's base URL, e.g. `/api/track/v1/details/1Z…`. */
  path: string;
  query: URLSearchParams;
  headers: Record<string, string>;
  body: string;
}

/** What reading a tracking request gives: the numbers, or the carrier's answer to a malformed request. */
export type ReadNumbersResult = { trackingNumbers: string[] } | { refuse: SandboxResponse };

/** OAuth 2.0 client credentials at a token endpoint, as UPS, FedEx and USPS do it. */
export interface OAuthRouteAuth {
  kind: 'oauth2_client_credentials';
  /** Path of the token endpoint below the base URL (always `POST`). */
  tokenPath: string;
  /** Where the client sends its id and secret: an `Authorization: Basic` header, or body fields. */
  clientAuthentication: 'basic' | 'body';
  /** Encoding of the token request body. */
  bodyFormat: 'form' | 'json';
  /** Option names (of the adapter) that hold the client id and the client secret. */
  clientIdOption: string;
  clientSecretOption: string;
  /** The token answer in the carrier's shape. */
  grant(token: { accessToken: string; expiresInSeconds: number; clientId: string; scope: string | undefined; issuedAt: number }): SandboxResponse;
  /** The token endpoint's refusal of wrong client credentials. */
  refuseClient(): SandboxResponse;
  /** The token endpoint's answer to a request that is not a client-credentials grant. */
  refuseGrant(grantType: string | undefined): SandboxResponse;
}

/** Static credentials in request headers (API keys, client id and secret headers). */
export interface HeaderRouteAuth {
  kind: 'headers';
  /** Header name (lower case) to the adapter option whose value it must carry. */
  headers: Record<string, string>;
}

/** HTTP Basic authentication on every request. */
export interface BasicRouteAuth {
  kind: 'basic';
  usernameOption: string;
  passwordOption: string;
}

/**
 * Credentials carried inside the request itself (China Post's signed form body). The route checks them
 * while reading the numbers; `check` returns the refusal, or nothing when they are right.
 */
export interface BodyRouteAuth {
  kind: 'body';
  check(request: RouteRequest, credentials: Readonly<Record<string, string>>): SandboxResponse | undefined;
}

/** How a carrier authenticates. */
export type RouteAuth = OAuthRouteAuth | HeaderRouteAuth | BasicRouteAuth | BodyRouteAuth;

/** One carrier's routing table. */
export interface SandboxRoute {
  /** The carrier id; also the first path segment of its base URL in the sandbox (`{url}/ups`). */
  id: string;
  /** Credentials the sandbox accepts unless the host gives others, keyed by the adapter's option names. */
  defaultCredentials: Readonly<Record<string, string>>;
  auth: RouteAuth;
  tracking: {
    method: 'GET' | 'POST';
    /** Matches the tracking path (below the base URL). */
    path: RegExp;
    /** The most numbers one request may carry; more get `tooManyNumbers`. */
    maxNumbers: number;
    /** Reads the numbers asked for. `credentials` are the ones this carrier accepts (China Post decrypts with them). */
    readNumbers(request: RouteRequest, match: RegExpExecArray, credentials: Readonly<Record<string, string>>): ReadNumbersResult;
  };
  /** Content type of the carrier's bodies when a fixture's meta file names none. */
  contentType: string;
  /** The carrier's answers that do not come from a fixture. */
  answers: {
    /** A tracking request without valid credentials or token. */
    unauthorized(): SandboxResponse;
    /** Over the rate limit. The sandbox adds `retry-after` when the scenario gives one. */
    rateLimited(): SandboxResponse;
    /** The carrier is down. */
    serverError(): SandboxResponse;
    /** The carrier's answer for a number it has no record of (its status and shape, which may be a 200). */
    notFound(trackingNumber: string): SandboxResponse;
    /** More numbers in one request than the carrier takes (batch carriers only). */
    tooManyNumbers?(count: number): SandboxResponse;
  };
  /**
   * The numbers a stored body answers, the main one first (`[]` for error bodies). The sandbox uses the
   * first to answer a fixture for another number, and all of them to serve fixtures under their own numbers.
   */
  bodyNumbers(body: string): string[];
  /**
   * Builds one answer from the answers for each number of a batch request (carriers whose requests carry
   * several numbers). Every part is already a 2xx; the first non-2xx answer of a batch is sent as it is.
   */
  combine?(parts: ReadonlyArray<{ trackingNumber: string; response: SandboxResponse }>): SandboxResponse;
}

/** A JSON answer. */
export function jsonResponse(status: number, value: unknown, contentType = 'application/json'): SandboxResponse {
  return { status, contentType, body: JSON.stringify(value, null, 2) };
}

/** Every match of a pattern's first group in a text, in order, without repeats. */
export function matchAll(text: string, pattern: RegExp): string[] {
  const found: string[] = [];
  for (const match of text.matchAll(pattern)) {
    const value = match[1];
    if (value !== undefined && value !== '' && !found.includes(value)) found.push(value);
  }
  return found;
}

/** Parses JSON, or gives `undefined`. */
export function tryParseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
