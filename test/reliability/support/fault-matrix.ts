import type { RetryOptions } from '../../../src/http/http-options.js';
import type { HttpTimeouts } from '../../../src/http/transport.js';
import { RELIABILITY_CARRIERS, carrierCase, renumberedBody, successBody, type ReliabilityCarrier } from './carrier-cases.js';
import type { Fault, ProxiedRequest } from './fault-proxy.js';

/** Retry settings of every cell unless a row says otherwise: small, so the matrix runs in seconds. */
export const MATRIX_RETRY: Required<RetryOptions> = { retries: 2, minTimeout: 20, maxTimeout: 50, maxRetryTime: 4_000, maxRetryAfter: 5_000 };
/** Timeouts of every cell unless a row says otherwise. */
export const MATRIX_TIMEOUTS: Required<HttpTimeouts> = { connect: 300, headers: 300, body: 300, total: 1_500 };
/** Response size cap of every cell. */
export const MATRIX_MAX_RESPONSE_BYTES = 64 * 1024;
/** Slack over the configured budget for scheduling on a shared 2-core machine. */
export const BUDGET_SLACK_MS = 1_500;

/** How a cell reaches its server. */
export type CellTarget = 'proxy' | 'refused' | 'blackhole';

/** What a user gets from one cell, and what the server saw. */
export interface CellExpectation {
  /** `found` (a result, status delivered) or the error class name. */
  outcome: string;
  /** The error's `code`, or null for a result. */
  code: string | null;
  /** The error's `isRetryable`, or null for a result. */
  isRetryable: boolean | null;
  /** Class-specific fields pinned: `statusCode`, `reason`, `retryAfter`. */
  detail: Record<string, unknown>;
  /** Tracking requests the server received (null when no server can count them: refused, blackhole). */
  tracking: number | null;
  /** Token requests the server received (null when not countable). */
  token: number | null;
  /** Attempts told by the logger's retry lines plus one (the count where no server can see them). */
  attempts: number;
  /** The least time the call must take (waiting out Retry-After), in ms. */
  minElapsedMs: number;
  /**
   * Whether the typed error lists the tracked number in `trackingNumbers` (null for a result). A failed token
   * request is shared by every caller waiting for the token, so its error names no number; trackMany items still do.
   */
  namesNumber: boolean | null;
}

/** Per-cell context a fault can use. */
export interface FaultContext {
  carrier: ReliabilityCarrier;
  /** Secrets the server may echo back (credentials and tokens issued so far). */
  secrets: () => string[];
  /** A number rotating over rows, so each secret gets its turn at the 200-character cut of carrier messages. */
  rotation: number;
}

/** One row of the matrix: a fault, applied to every carrier it concerns, through track and trackMany. */
export interface FaultRow {
  id: string;
  /** The fault in words, as the table in docs/reliability.md shows it. */
  fault: string;
  /** The carriers the row concerns (default all seven), e.g. only those with a token endpoint. */
  only?: (carrier: ReliabilityCarrier) => boolean;
  target: CellTarget;
  retry?: Partial<RetryOptions>;
  timeouts?: Partial<HttpTimeouts>;
  /** The fault for a request seen by the proxy, or undefined to forward it to the sandbox. */
  plan?: (request: ProxiedRequest, context: FaultContext) => Fault | undefined;
  expect: (carrier: ReliabilityCarrier) => CellExpectation;
}

const ATTEMPTS = MATRIX_RETRY.retries + 1;

/**
 * A carrier error body that echoes what the request carried (authorization headers, keys, the form body) and puts
 * one secret across the 200-character cut where error texts are shortened: the most a hostile or careless server
 * can do to make a secret leak through an error message.
 */
export function echoBody(request: ProxiedRequest, context: FaultContext): string {
  const secrets = context.secrets();
  const straddling = secrets[context.rotation % secrets.length] ?? '';
  const pad = '.'.repeat(Math.max(0, 200 - (straddling.length - 4)));
  const carried = ['authorization', 'dhl-api-key', 'x-ibm-client-id', 'x-ibm-client-secret'].map((name) => request.headers[name]).filter(Boolean);
  return JSON.stringify({
    errors: [{ code: `${pad}${straddling}`, message: `request refused: ${carried.join(' ')} ${request.body}` }],
  });
}

const found = (tracking: number, token: number, attempts = tracking, minElapsedMs = 0): CellExpectation => ({
  outcome: 'found',
  code: null,
  isRetryable: null,
  detail: {},
  tracking,
  token,
  attempts,
  minElapsedMs,
  namesNumber: null,
});

const failure = (
  outcome: string,
  code: string,
  isRetryable: boolean,
  detail: Record<string, unknown>,
  tracking: number | null,
  token: number | null,
  attempts: number,
  namesNumber = true,
): CellExpectation => ({
  outcome,
  code,
  isRetryable,
  detail,
  tracking,
  token,
  attempts,
  minElapsedMs: 0,
  namesNumber,
});

const withTokenEndpoint = (carrier: ReliabilityCarrier) => carrier.auth === 'oauth';

/** Token requests a carrier makes for one cold call that gets as far as the tracking request. */
const tokenOf = (carrier: ReliabilityCarrier) => (carrier.auth === 'oauth' ? 1 : 0);

const onTracking = (make: (request: ProxiedRequest, context: FaultContext) => Fault, when: 'once' | 'always' = 'always') =>
  (request: ProxiedRequest, context: FaultContext): Fault | undefined =>
    request.kind === 'tracking' && (when === 'always' || request.index === 0) ? make(request, context) : undefined;

const onToken = (make: (request: ProxiedRequest, context: FaultContext) => Fault) => (request: ProxiedRequest, context: FaultContext): Fault | undefined =>
  request.kind === 'token' ? make(request, context) : undefined;

const statusFault = (status: number, headers: Record<string, string> = {}) => (request: ProxiedRequest, context: FaultContext): Fault => ({
  kind: 'status',
  status,
  headers,
  body: echoBody(request, context),
});

/** An HTTP date about two seconds ahead, on a whole second (HTTP dates have no fractions). */
function retryAfterDate(): string {
  return new Date(Math.ceil(Date.now() / 1000) * 1000 + 2000).toUTCString();
}

const serverError = (status: number): FaultRow => ({
  id: `http-${status}`,
  fault: `HTTP ${status} on every tracking request`,
  target: 'proxy',
  plan: onTracking(statusFault(status)),
  expect: (carrier) => failure('CarrierHttpError', 'CARRIER_HTTP_ERROR', true, { statusCode: status }, ATTEMPTS, tokenOf(carrier), ATTEMPTS),
});

const responseInvalid = (carrier: ReliabilityCarrier): CellExpectation =>
  failure('CarrierResponseError', 'CARRIER_RESPONSE_INVALID', false, {}, 1, tokenOf(carrier), 1);

/** The matrix. Each row runs for every carrier it concerns, through `track` and through `trackMany`. */
export const FAULT_ROWS: readonly FaultRow[] = [
  {
    id: '429-retry-after-seconds',
    fault: '429 with `Retry-After: 1` (seconds), once',
    target: 'proxy',
    plan: onTracking(statusFault(429, { 'retry-after': '1' }), 'once'),
    expect: (carrier) => found(2, tokenOf(carrier), 2, 950),
  },
  {
    id: '429-retry-after-date',
    fault: '429 with `Retry-After` as an HTTP date 1-2 s ahead, once',
    target: 'proxy',
    plan: (request, context) => (request.kind === 'tracking' && request.index === 0 ? statusFault(429, { 'retry-after': retryAfterDate() })(request, context) : undefined),
    expect: (carrier) => found(2, tokenOf(carrier), 2, 900),
  },
  {
    id: '429-retry-after-too-long',
    fault: '429 with `Retry-After: 3600`, longer than `maxRetryAfter`',
    target: 'proxy',
    plan: onTracking(statusFault(429, { 'retry-after': '3600' })),
    expect: (carrier) => failure('RateLimitedError', 'RATE_LIMITED', true, { retryAfter: 3_600_000 }, 1, tokenOf(carrier), 1),
  },
  {
    id: '429-no-retry-after',
    fault: '429 without `Retry-After`, every time',
    target: 'proxy',
    plan: onTracking(statusFault(429)),
    expect: (carrier) => failure('RateLimitedError', 'RATE_LIMITED', true, { retryAfter: undefined }, ATTEMPTS, tokenOf(carrier), ATTEMPTS),
  },
  serverError(500),
  serverError(502),
  serverError(503),
  serverError(504),
  serverError(408),
  {
    id: 'http-503-once',
    fault: 'HTTP 503 once, then the answer',
    target: 'proxy',
    plan: onTracking(statusFault(503), 'once'),
    expect: (carrier) => found(2, tokenOf(carrier)),
  },
  {
    id: 'connection-refused',
    fault: 'connection refused (nothing listens on the port)',
    target: 'refused',
    expect: (carrier) => failure('CarrierNetworkError', 'CARRIER_NETWORK_ERROR', true, { reason: 'ECONNREFUSED' }, null, null, ATTEMPTS, carrier.auth !== 'oauth'),
  },
  {
    id: 'reset-before-headers',
    fault: 'connection reset (RST) before the answer, every time',
    target: 'proxy',
    plan: onTracking(() => ({ kind: 'reset-before-headers' })),
    expect: (carrier) => failure('CarrierNetworkError', 'CARRIER_NETWORK_ERROR', true, {}, ATTEMPTS, tokenOf(carrier), ATTEMPTS),
  },
  {
    id: 'reset-mid-body',
    fault: 'connection reset (RST) in the middle of the body, every time',
    target: 'proxy',
    plan: onTracking((request, context) => ({ kind: 'reset-mid-body', body: renumberedBody(context.carrier), contentType: context.carrier.contentType })),
    expect: (carrier) => failure('CarrierNetworkError', 'CARRIER_NETWORK_ERROR', true, {}, ATTEMPTS, tokenOf(carrier), ATTEMPTS),
  },
  {
    id: 'reset-mid-body-once',
    fault: 'connection reset in the middle of the body once, then the answer',
    target: 'proxy',
    plan: onTracking((request, context) => ({ kind: 'reset-mid-body', body: renumberedBody(context.carrier), contentType: context.carrier.contentType }), 'once'),
    expect: (carrier) => found(2, tokenOf(carrier)),
  },
  {
    id: 'body-cut-short',
    fault: 'body cut short: `content-length` promised, connection closed (FIN) halfway',
    target: 'proxy',
    plan: onTracking((request, context) => ({ kind: 'cut-short', body: renumberedBody(context.carrier), contentType: context.carrier.contentType })),
    expect: (carrier) => failure('CarrierNetworkError', 'CARRIER_NETWORK_ERROR', true, {}, ATTEMPTS, tokenOf(carrier), ATTEMPTS),
  },
  {
    id: 'connect-timeout',
    fault: 'connect timeout (a loopback listener with a full accept queue), `connect: 300`',
    target: 'blackhole',
    retry: { retries: 1 },
    timeouts: { total: 4_000 },
    expect: (carrier) => failure('CarrierNetworkError', 'CARRIER_NETWORK_ERROR', true, { reason: 'UND_ERR_CONNECT_TIMEOUT' }, null, null, 2, carrier.auth !== 'oauth'),
  },
  {
    id: 'headers-timeout',
    fault: 'no response headers (request read, never answered), `headers: 300`',
    target: 'proxy',
    retry: { retries: 1 },
    timeouts: { total: 4_000 },
    plan: onTracking(() => ({ kind: 'no-headers' })),
    expect: (carrier) => failure('CarrierNetworkError', 'CARRIER_NETWORK_ERROR', true, { reason: 'UND_ERR_HEADERS_TIMEOUT' }, 2, tokenOf(carrier), 2),
  },
  {
    id: 'body-stalls',
    fault: 'body stalls halfway with the connection open, `body: 300`',
    target: 'proxy',
    retry: { retries: 1 },
    timeouts: { total: 4_000 },
    plan: onTracking((request, context) => ({ kind: 'stall-body', body: renumberedBody(context.carrier), contentType: context.carrier.contentType })),
    expect: (carrier) => failure('CarrierNetworkError', 'CARRIER_NETWORK_ERROR', true, { reason: 'UND_ERR_BODY_TIMEOUT' }, 2, tokenOf(carrier), 2),
  },
  {
    id: 'body-trickles',
    fault: 'body trickles a byte every 100 ms forever, `total: 1500`',
    target: 'proxy',
    retry: { retries: 1 },
    plan: onTracking(() => ({ kind: 'trickle-body', intervalMs: 100 })),
    expect: (carrier) => failure('CarrierNetworkError', 'CARRIER_NETWORK_ERROR', true, { reason: 'TIMEOUT' }, 2, tokenOf(carrier), 2),
  },
  {
    id: 'html-200',
    fault: '200 with an HTML error page',
    target: 'proxy',
    plan: onTracking(() => ({ kind: 'status', status: 200, contentType: 'text/html', body: '<!DOCTYPE html><html><head><title>Service Unavailable</title></head><body><h1>Maintenance</h1></body></html>' })),
    expect: responseInvalid,
  },
  {
    id: 'empty-200',
    fault: '200 with an empty body',
    target: 'proxy',
    plan: onTracking((request, context) => ({ kind: 'status', status: 200, contentType: context.carrier.contentType, body: '' })),
    expect: responseInvalid,
  },
  {
    id: 'truncated-200',
    fault: '200 with the JSON or XML body truncated (complete HTTP message)',
    target: 'proxy',
    plan: onTracking((request, context) => {
      const body = renumberedBody(context.carrier);
      return { kind: 'status', status: 200, contentType: context.carrier.contentType, body: body.slice(0, Math.floor(body.length * 0.6)) };
    }),
    expect: responseInvalid,
  },
  {
    id: 'wrong-content-type',
    fault: '200 with the right body under the wrong content type (`text/html`)',
    target: 'proxy',
    plan: onTracking((request, context) => ({ kind: 'status', status: 200, contentType: 'text/html; charset=iso-8859-1', body: renumberedBody(context.carrier) })),
    expect: (carrier) => found(1, tokenOf(carrier)),
  },
  {
    id: 'oversized-declared',
    fault: '200 with a 256 KiB body over the 64 KiB cap, `content-length` declared',
    target: 'proxy',
    plan: onTracking((request, context) => ({ kind: 'oversized', bytes: 256 * 1024, declared: true, contentType: context.carrier.contentType })),
    expect: responseInvalid,
  },
  {
    id: 'oversized-chunked',
    fault: '200 with a 256 KiB chunked body over the 64 KiB cap',
    target: 'proxy',
    plan: onTracking((request, context) => ({ kind: 'oversized', bytes: 256 * 1024, declared: false, contentType: context.carrier.contentType })),
    expect: responseInvalid,
  },
  {
    id: 'foreign-body',
    fault: "200 with a valid body of another carrier (UPS gets FedEx's, and so on)",
    target: 'proxy',
    plan: onTracking((request, context) => {
      const other = carrierCase(context.carrier.foreign);
      return { kind: 'status', status: 200, contentType: other.contentType, body: successBody(other) };
    }),
    expect: responseInvalid,
  },
  {
    id: '401-once',
    fault: '401 on the first tracking request, then the answer',
    target: 'proxy',
    plan: onTracking(statusFault(401), 'once'),
    expect: (carrier) =>
      carrier.auth === 'oauth' ? found(2, 2, 1) : failure('CarrierAuthError', 'CARRIER_AUTH_FAILED', false, { statusCode: 401 }, 1, 0, 1),
  },
  {
    id: '401-always',
    fault: '401 on every tracking request',
    target: 'proxy',
    plan: onTracking(statusFault(401)),
    expect: (carrier) =>
      failure('CarrierAuthError', 'CARRIER_AUTH_FAILED', false, { statusCode: 401 }, carrier.auth === 'oauth' ? 2 : 1, carrier.auth === 'oauth' ? 2 : 0, 1),
  },
  {
    id: 'token-down',
    fault: 'token endpoint down: 503 on every token request',
    only: withTokenEndpoint,
    target: 'proxy',
    plan: onToken(statusFault(503)),
    expect: () => failure('CarrierHttpError', 'CARRIER_HTTP_ERROR', true, { statusCode: 503 }, 0, ATTEMPTS, ATTEMPTS, false),
  },
  {
    id: 'token-garbage',
    fault: 'token endpoint answers 200 with an HTML page instead of a token',
    only: withTokenEndpoint,
    target: 'proxy',
    plan: onToken(() => ({ kind: 'status', status: 200, contentType: 'text/html', body: '<html><body>Please log in</body></html>' })),
    expect: () => failure('CarrierAuthError', 'CARRIER_AUTH_FAILED', false, { statusCode: 200 }, 0, 1, 1, false),
  },
  {
    id: 'token-refused',
    fault: 'token endpoint refuses the client credentials (401)',
    only: withTokenEndpoint,
    target: 'proxy',
    plan: onToken(statusFault(401)),
    expect: () => failure('CarrierAuthError', 'CARRIER_AUTH_FAILED', false, { statusCode: 401 }, 0, 1, 1, false),
  },
  {
    id: 'refusal-in-200',
    fault: 'China Post refusal inside a 200 (`retCode` not `00000`) whose `retMsg` echoes the request',
    only: (carrier) => carrier.id === 'china-post',
    target: 'proxy',
    plan: onTracking((request, context) => {
      const secrets = context.secrets();
      const straddling = secrets[context.rotation % secrets.length] ?? '';
      // The form body without its field names, so the message reads as a refusal of the query, not of the credentials.
      const echoed = request.body.replace(/(^|&)[A-Za-z]+=/g, '$1');
      const retMsg = `${'参'.repeat(Math.max(0, 160 - (straddling.length - 4)))}${straddling} ${echoed}`;
      return { kind: 'status', status: 200, body: JSON.stringify({ retCode: 'S00099', retMsg, success: false }) };
    }),
    expect: () => failure('CarrierResponseError', 'CARRIER_RESPONSE_INVALID', false, {}, 1, 0, 1),
  },
];

/** The carriers a row concerns. */
export function carriersOf(row: FaultRow): readonly ReliabilityCarrier[] {
  return row.only ? RELIABILITY_CARRIERS.filter(row.only) : RELIABILITY_CARRIERS;
}

/** The two ways in: `tracker.track` and `tracker.trackMany`. */
export const ENTRY_POINTS = ['track', 'trackMany'] as const;
export type EntryPoint = (typeof ENTRY_POINTS)[number];

/** Every cell: row × carrier × entry point. */
export function matrixCells(): Array<{ row: FaultRow; carrier: ReliabilityCarrier; entry: EntryPoint }> {
  return FAULT_ROWS.flatMap((row) => carriersOf(row).flatMap((carrier) => ENTRY_POINTS.map((entry) => ({ row, carrier, entry }))));
}

/** The retry settings and timeouts a row runs with. */
export function settingsOf(row: FaultRow): { retry: Required<RetryOptions>; timeouts: Required<HttpTimeouts>; budgetMs: number } {
  const retry = { ...MATRIX_RETRY, ...row.retry };
  const timeouts = { ...MATRIX_TIMEOUTS, ...row.timeouts };
  return { retry, timeouts, budgetMs: retry.maxRetryTime + timeouts.total };
}

function describeOutcome(expectation: CellExpectation): string {
  if (expectation.outcome === 'found') return 'the result';
  const detail = Object.entries(expectation.detail)
    .map(([name, value]) => `${name} ${value === undefined ? 'absent' : typeof value === 'string' ? `\`${value}\`` : String(value)}`)
    .join(', ');
  return `\`${expectation.outcome}\` \`${expectation.code}\`${detail ? ` (${detail})` : ''}`;
}

function describeRequests(carrier: ReliabilityCarrier, expectation: CellExpectation): string {
  if (expectation.tracking === null) return `${expectation.attempts} connection attempts`;
  const usual = expectation.token === tokenOf(carrier);
  const wait = expectation.minElapsedMs > 0 ? `; waits ≥ ${expectation.minElapsedMs} ms` : '';
  return `${expectation.tracking} tracking${usual ? ' (+ 1 token request where there is a token endpoint)' : `, ${expectation.token} token`}${wait}`;
}

/**
 * The matrix as the Markdown table of docs/reliability.md: one line per row and group of carriers with the same
 * expectation. The suite compares the document with this, so the table cannot drift from what is tested.
 */
export function renderMatrixTable(): string {
  const lines = [
    '| fault | carriers | what the user gets (track and trackMany alike) | retryable | requests at the server | time budget |',
    '| --- | --- | --- | --- | --- | --- |',
  ];
  for (const row of FAULT_ROWS) {
    const { budgetMs, retry } = settingsOf(row);
    const budget = `≤ ${budgetMs} ms${retry.retries !== MATRIX_RETRY.retries ? ` (retries ${retry.retries})` : ''}`;
    const groups = new Map<string, string[]>();
    for (const carrier of carriersOf(row)) {
      const expectation = row.expect(carrier);
      const retryable = expectation.isRetryable === null ? '-' : expectation.isRetryable ? 'yes' : 'no';
      const cells = `${describeOutcome(expectation)} | ${retryable} | ${describeRequests(carrier, expectation)} | ${budget}`;
      groups.set(cells, [...(groups.get(cells) ?? []), carrier.id]);
    }
    for (const [cells, carriers] of groups) {
      const who = carriers.length === RELIABILITY_CARRIERS.length ? 'all seven' : carriers.join(', ');
      lines.push(`| ${row.fault} | ${who} | ${cells} |`);
    }
  }
  return lines.join('\n');
}
