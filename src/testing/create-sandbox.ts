import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ConfigurationError } from '../errors/configuration-error.js';
import { FixtureLibrary, type SandboxFixtures } from './fixture-library.js';
import { SANDBOX_CARRIER_IDS, SANDBOX_ROUTES } from './routes.js';
import { ScenarioBook, checkScenario, renderStep, type SandboxScenario } from './sandbox-scenario.js';
import type { OAuthRouteAuth, RouteRequest, SandboxResponse, SandboxRoute } from './sandbox-route.js';

/** Per-carrier settings of a sandbox. */
export interface SandboxCarrierOptions {
  /** What each tracking number answers, by number (spaces and case do not matter). */
  scenarios?: Readonly<Record<string, SandboxScenario>>;
  /**
   * Credentials the sandbox accepts for this carrier, by the adapter's option names (`{ clientId, clientSecret }`
   * for UPS). Default: fixed sandbox values, see {@link Sandbox.credentials}.
   */
  credentials?: Readonly<Record<string, string>>;
  /** Lifetime of issued OAuth tokens in seconds (default: what the carrier issues, e.g. 14 399 for UPS). */
  tokenLifetimeSeconds?: number;
}

/** Options of {@link createSandbox}. */
export interface SandboxOptions {
  /** Settings by carrier id (`ups`, `fedex`, `usps`, `dhl`, `canada-post`, `china-post`, `royal-mail`). */
  carriers?: Readonly<Record<string, SandboxCarrierOptions>>;
  /**
   * A fixtures directory laid out as the repository's `fixtures/` (`<dir>/<carrier>/<name>.json` plus
   * `<name>.meta.json` with `httpStatus` and `contentType`). The published package ships no fixtures: without
   * this or `fixtures`, scenarios can use bodies and answers only.
   */
  fixturesDir?: string | URL;
  /** Fixtures given in code, by carrier id then name; they win over files of the same name. */
  fixtures?: SandboxFixtures;
  /**
   * Also answer every number a track fixture with a 2xx status is about with that fixture (the first by name
   * wins; explicit scenarios win over these). Default false.
   */
  scenariosFromFixtures?: boolean;
  /** Port on 127.0.0.1 (default 0: an ephemeral port). */
  port?: number;
  /** Clock in epoch milliseconds, for token expiry (default `Date.now`). */
  now?: () => number;
}

/** One request the sandbox received, for assertions. Credentials in it are the sandbox's own. */
export interface SandboxRequest {
  /** The carrier whose base URL was called, or `undefined` for a path outside every carrier. */
  carrier: string | undefined;
  kind: 'token' | 'tracking' | 'unmatched';
  method: string;
  /** Path below the carrier's base URL (`/api/track/v1/details/1Z…`). */
  path: string;
  query: Record<string, string>;
  /** Header names in lower case. */
  headers: Record<string, string>;
  body: string;
  /** Numbers read from a tracking request (empty for other requests and unreadable ones). */
  trackingNumbers: string[];
  /** The status answered, or `null` while the answer is still held (a step with `delayMs`). */
  status: number | null;
  /** ISO 8601 instant of arrival. */
  receivedAt: string;
}

/** A running sandbox. */
export interface Sandbox {
  /** Root URL of the server, `http://127.0.0.1:<port>`. */
  readonly url: string;
  /** Ids of the carriers the sandbox speaks. */
  readonly carriers: readonly string[];
  /** The base URL to give a carrier's adapter (`baseUrl` option): `{url}/{carrierId}`. */
  baseUrl(carrierId: string): string;
  /** The credentials the sandbox accepts for a carrier, by the adapter's option names. Not secret. */
  credentials(carrierId: string): Record<string, string>;
  /** `credentials(carrierId)` plus `baseUrl`: everything the carrier's factory needs, e.g. `ups(sandbox.adapterOptions('ups'))`. */
  adapterOptions(carrierId: string): Record<string, string>;
  /** Sets (or replaces) what a number answers; a sequence starts again from its first step. */
  scenario(carrierId: string, trackingNumber: string, scenario: SandboxScenario): void;
  /** Every request received so far, oldest first (a live, read-only view). */
  readonly requests: readonly SandboxRequest[];
  /** Forgets the recorded requests. */
  clearRequests(): void;
  /** Invalidates issued OAuth tokens (of one carrier, or all), as an expiry would: the next call gets a 401. */
  revokeTokens(carrierId?: string): void;
  /** Stops the server: open connections are closed, held answers are dropped. Safe to call twice. */
  close(): Promise<void>;
  /** Same as `close()`, for `await using sandbox = await createSandbox(...)`. */
  [Symbol.asyncDispose](): Promise<void>;
}

const MAX_REQUEST_BYTES = 1024 * 1024;

/**
 * Starts a local carrier sandbox: a real HTTP server on 127.0.0.1 that speaks each carrier's API as the carrier
 * does (OAuth token endpoints, tracking endpoints, FedEx batches of up to 30 numbers, the carrier's own error
 * bodies, 429 with `Retry-After`), answering each number from its scenario: a recorded fixture, a body, one of
 * the carrier's answers, or a sequence of them that evolves between calls. Numbers without a scenario get the
 * carrier's "not found". Point adapters at it with `baseUrl(id)` and `credentials(id)`; wrong credentials get the
 * carrier's 401. Nothing leaves 127.0.0.1.
 *
 * @example
 * import { createTracker } from 'parceline';
 * import { ups } from 'parceline/carriers/ups';
 * import { createSandbox } from 'parceline/testing';
 *
 * const sandbox = await createSandbox({
 *   fixturesDir: 'fixtures',
 *   carriers: {
 *     ups: {
 *       scenarios: {
 *         '1Z7A61W26662818409': 'track-international-customs',
 *         '1Z4V8E210344192703': { sequence: ['track-out-for-delivery', 'track-domestic-delivered'] },
 *         '1Z95R3190388176202': { answer: 'rate_limited', retryAfterSeconds: 1 },
 *       },
 *     },
 *   },
 * });
 * const tracker = createTracker({ carriers: [ups(sandbox.adapterOptions('ups'))] });
 * const result = await tracker.track('1Z7A61W26662818409');
 * sandbox.requests.filter((request) => request.kind === 'token').length; // 1
 * await tracker.close();
 * await sandbox.close();
 */
export async function createSandbox(options: SandboxOptions = {}): Promise<Sandbox> {
  const now = options.now ?? Date.now;
  const fixtures = new FixtureLibrary(options.fixturesDir, options.fixtures);
  const book = new ScenarioBook();
  const credentialsById = new Map<string, Readonly<Record<string, string>>>();
  const tokens = new Map<string, { carrierId: string; expiresAt: number }>();
  const requests: SandboxRequest[] = [];
  const held = new Set<{ timer: NodeJS.Timeout; release: () => void }>();
  let closing: Promise<void> | undefined;

  for (const carrierId of Object.keys(options.carriers ?? {})) routeOf(carrierId);
  for (const route of SANDBOX_ROUTES.values()) {
    const given = options.carriers?.[route.id]?.credentials;
    const credentials = { ...route.defaultCredentials, ...given };
    for (const name of Object.keys(route.defaultCredentials)) {
      if (!credentials[name]) throw new ConfigurationError(`sandbox credentials for ${route.id} need ${name}`, { carrierId: route.id });
    }
    credentialsById.set(route.id, Object.freeze(credentials));
    if (options.scenariosFromFixtures) {
      for (const name of fixtures.names(route.id)) {
        const fixture = fixtures.get(route.id, name);
        if (!fixture || (fixture.status ?? 200) >= 300 || (fixture.operation ?? 'track') !== 'track') continue;
        for (const number of route.bodyNumbers(fixture.body)) {
          if (!book.has(route.id, number)) book.set(route.id, number, { fixture: name, renumber: false });
        }
      }
    }
    for (const [number, scenario] of Object.entries(options.carriers?.[route.id]?.scenarios ?? {})) {
      checkScenario(route.id, number, scenario, fixtures);
      book.set(route.id, number, scenario);
    }
  }

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      if (response.headersSent || response.destroyed) return;
      send(response, { status: 500, contentType: 'application/json', body: JSON.stringify({ error: `sandbox failure: ${error instanceof Error ? error.message : String(error)}` }) });
    });
  });
  server.keepAliveTimeout = 5_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  async function handle(incoming: IncomingMessage, response: ServerResponse): Promise<void> {
    const body = await readBody(incoming);
    const parsed = new URL(incoming.url ?? '/', 'http://sandbox.invalid');
    const [, carrierSegment = '', ...rest] = parsed.pathname.split('/');
    const route = SANDBOX_ROUTES.get(carrierSegment);
    const headers: Record<string, string> = {};
    for (const [name, value] of Object.entries(incoming.headers)) if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(', ') : value;
    const routeRequest: RouteRequest = { method: incoming.method ?? 'GET', path: route ? `/${rest.join('/')}` : parsed.pathname, query: parsed.searchParams, headers, body: body ?? '' };
    const record: SandboxRequest = {
      carrier: route?.id,
      kind: 'unmatched',
      method: routeRequest.method,
      path: routeRequest.path,
      query: Object.fromEntries(parsed.searchParams),
      headers,
      body: body ?? '',
      trackingNumbers: [],
      status: null,
      receivedAt: new Date(now()).toISOString(),
    };
    requests.push(record);
    const answer = (sandboxResponse: SandboxResponse, delayMs = 0) => respond(response, record, sandboxResponse, delayMs);

    if (body === undefined) return answer(plainError(413, `request body over ${MAX_REQUEST_BYTES} bytes`));
    if (!route) return answer(plainError(404, `no carrier at ${parsed.pathname}; carriers are ${SANDBOX_CARRIER_IDS.map((id) => `/${id}`).join(', ')}`));
    const credentials = credentialsById.get(route.id) as Readonly<Record<string, string>>;

    if (route.auth.kind === 'oauth2_client_credentials' && routeRequest.path === route.auth.tokenPath) {
      record.kind = 'token';
      if (routeRequest.method !== 'POST') return answer(plainError(405, `${route.id} token endpoint takes POST`));
      return answer(grantToken(route, route.auth, routeRequest, credentials));
    }

    const match = route.tracking.path.exec(routeRequest.path);
    if (!match) return answer(plainError(404, `${route.id} has no endpoint ${routeRequest.path}`));
    record.kind = 'tracking';
    if (routeRequest.method !== route.tracking.method) return answer(plainError(405, `${route.id} ${routeRequest.path} takes ${route.tracking.method}`));
    const refusal = authorize(route, routeRequest, credentials);
    if (refusal) return answer(refusal);
    const read = route.tracking.readNumbers(routeRequest, match, credentials);
    if ('refuse' in read) return answer(read.refuse);
    record.trackingNumbers = read.trackingNumbers;
    if (read.trackingNumbers.length > route.tracking.maxNumbers) {
      return answer(route.answers.tooManyNumbers?.(read.trackingNumbers.length) ?? plainError(400, `${route.id} takes ${route.tracking.maxNumbers} number(s) per request`));
    }
    const parts = read.trackingNumbers.map((trackingNumber) => {
      const step = book.next(route.id, trackingNumber) ?? { answer: 'not_found' as const };
      return { trackingNumber, ...renderStep(step, route, fixtures, trackingNumber) };
    });
    const delayMs = Math.max(0, ...parts.map((part) => part.delayMs));
    const failed = parts.find((part) => part.response.status < 200 || part.response.status >= 300);
    if (failed || !route.combine) return answer((failed ?? (parts[0] as { response: SandboxResponse })).response, delayMs);
    return answer(route.combine(parts), delayMs);
  }

  function grantToken(route: SandboxRoute, auth: OAuthRouteAuth, request: RouteRequest, credentials: Readonly<Record<string, string>>): SandboxResponse {
    const params = readParams(request);
    if (params.grant_type !== 'client_credentials') return auth.refuseGrant(params.grant_type);
    let clientId: string | undefined;
    let clientSecret: string | undefined;
    if (auth.clientAuthentication === 'basic') [clientId, clientSecret] = readBasic(request.headers.authorization);
    else [clientId, clientSecret] = [params.client_id, params.client_secret];
    if (clientId !== credentials[auth.clientIdOption] || clientSecret !== credentials[auth.clientSecretOption]) return auth.refuseClient();
    const expiresInSeconds = options.carriers?.[route.id]?.tokenLifetimeSeconds ?? DEFAULT_TOKEN_LIFETIMES[route.id] ?? 3600;
    const accessToken = `sandbox-${route.id}-token-${randomBytes(12).toString('hex')}`;
    const issuedAt = now();
    tokens.set(accessToken, { carrierId: route.id, expiresAt: issuedAt + expiresInSeconds * 1000 });
    return auth.grant({ accessToken, expiresInSeconds, clientId: clientId as string, scope: params.scope, issuedAt });
  }

  function authorize(route: SandboxRoute, request: RouteRequest, credentials: Readonly<Record<string, string>>): SandboxResponse | undefined {
    const auth = route.auth;
    switch (auth.kind) {
      case 'oauth2_client_credentials': {
        const token = /^Bearer\s+(.+)$/i.exec(request.headers.authorization ?? '')?.[1]?.trim();
        const issued = token === undefined ? undefined : tokens.get(token);
        return issued && issued.carrierId === route.id && issued.expiresAt > now() ? undefined : route.answers.unauthorized();
      }
      case 'headers':
        return Object.entries(auth.headers).every(([header, option]) => request.headers[header] === credentials[option]) ? undefined : route.answers.unauthorized();
      case 'basic': {
        const [username, password] = readBasic(request.headers.authorization);
        return username === credentials[auth.usernameOption] && password === credentials[auth.passwordOption] ? undefined : route.answers.unauthorized();
      }
      case 'body':
        return auth.check(request, credentials);
    }
  }

  async function respond(response: ServerResponse, record: SandboxRequest, answer: SandboxResponse, delayMs: number): Promise<void> {
    if (delayMs > 0) {
      await new Promise<void>((resolve) => {
        const entry = { timer: setTimeout(() => release(), delayMs), release: () => release() };
        function release() {
          clearTimeout(entry.timer);
          held.delete(entry);
          resolve();
        }
        held.add(entry);
      });
    }
    if (closing || response.destroyed) return;
    record.status = answer.status;
    send(response, answer);
  }

  function routeOf(carrierId: string): SandboxRoute {
    const route = SANDBOX_ROUTES.get(carrierId);
    if (!route) throw new ConfigurationError(`the sandbox does not speak ${carrierId}; it speaks ${SANDBOX_CARRIER_IDS.join(', ')}`, { carrierId });
    return route;
  }

  const sandbox: Sandbox = {
    url,
    carriers: SANDBOX_CARRIER_IDS,
    baseUrl: (carrierId) => `${url}/${routeOf(carrierId).id}`,
    credentials: (carrierId) => ({ ...(credentialsById.get(routeOf(carrierId).id) as Readonly<Record<string, string>>) }),
    adapterOptions: (carrierId) => ({ ...sandbox.credentials(carrierId), baseUrl: sandbox.baseUrl(carrierId) }),
    scenario(carrierId, trackingNumber, scenario) {
      const route = routeOf(carrierId);
      checkScenario(route.id, trackingNumber, scenario, fixtures);
      book.set(route.id, trackingNumber, scenario);
    },
    requests,
    clearRequests: () => void requests.splice(0, requests.length),
    revokeTokens(carrierId) {
      for (const [token, issued] of tokens) if (carrierId === undefined || issued.carrierId === carrierId) tokens.delete(token);
    },
    close() {
      closing ??= new Promise<void>((resolve) => {
        for (const entry of [...held]) entry.release();
        server.close(() => resolve());
        server.closeAllConnections();
      });
      return closing;
    },
    [Symbol.asyncDispose]: () => sandbox.close(),
  };
  return sandbox;
}

/** What each carrier's token endpoint says about lifetime (UPS about 4 h, FedEx 1 h, USPS 8 h). */
const DEFAULT_TOKEN_LIFETIMES: Readonly<Record<string, number>> = { ups: 14_399, fedex: 3_599, usps: 28_799 };

function readBody(request: IncomingMessage): Promise<string | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_REQUEST_BYTES) tooLarge = true;
      else chunks.push(chunk);
    });
    request.on('end', () => resolve(tooLarge ? undefined : Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

function readParams(request: RouteRequest): Record<string, string | undefined> {
  if ((request.headers['content-type'] ?? '').includes('json')) {
    try {
      const value = JSON.parse(request.body) as unknown;
      if (typeof value !== 'object' || value === null) return {};
      return Object.fromEntries(Object.entries(value).map(([name, field]) => [name, typeof field === 'string' ? field : undefined]));
    } catch {
      return {};
    }
  }
  return Object.fromEntries(new URLSearchParams(request.body));
}

function readBasic(header: string | undefined): [string | undefined, string | undefined] {
  const encoded = /^Basic\s+(.+)$/i.exec(header ?? '')?.[1];
  if (encoded === undefined) return [undefined, undefined];
  const decoded = Buffer.from(encoded.trim(), 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  return colon < 0 ? [decoded, undefined] : [decoded.slice(0, colon), decoded.slice(colon + 1)];
}

function plainError(status: number, message: string): SandboxResponse {
  return { status, contentType: 'application/json', body: JSON.stringify({ error: `sandbox: ${message}` }) };
}

function send(response: ServerResponse, answer: SandboxResponse): void {
  const body = Buffer.from(answer.body, 'utf8');
  response.writeHead(answer.status, { ...answer.headers, 'content-type': answer.contentType, 'content-length': String(body.length) });
  response.end(body);
}

