/**
 * A small internal HTTP service a platform team would wrap around parceline (node:http, no framework):
 *
 * - `GET /shipments/:reference?leg=china-post:LZ506837246CN&leg=usps:LZ506837246CN[&locale=zh-CN]`: tracks the
 *   legs, follows the handoffs their answers name, and answers the merged shipment, the carriers' results and the
 *   legs left out. Without `leg`, the reference is taken as a tracking number and its carrier is detected.
 * - `GET /healthz`: 200 `{ "status": "ok" }`, 503 while shutting down.
 * - Graceful shutdown: `close()` (SIGTERM or SIGINT when run directly) stops accepting connections, lets
 *   in-flight requests finish (aborting them after `shutdownTimeoutMs`), then closes the tracker.
 *
 * Run it against the real carriers with credentials in `PARCELINE_<CARRIER>_<OPTION>` variables (docs/cli.md),
 * or against a sandbox by setting each carrier's `..._BASE_URL` and credentials to the sandbox's:
 *
 *   PORT=8080 PARCELINE_USPS_CLIENT_ID=... PARCELINE_USPS_CLIENT_SECRET=... npx tsx examples/internal-service.ts
 *   curl 'http://127.0.0.1:8080/shipments/order-1042?leg=china-post:LZ506837246CN'
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { pathToFileURL } from 'node:url';
import { ParcelineError, createTracker, type RateLimitedError, type Tracker } from '../src/index.js';
import type { ShipmentLegRequest, SkippedLeg } from '../src/index.js';
import { canadaPost } from '../carriers/canada-post/index.js';
import { chinaPost } from '../carriers/china-post/index.js';
import { dhl } from '../carriers/dhl/index.js';
import { fedex } from '../carriers/fedex/index.js';
import { royalMail } from '../carriers/royal-mail/index.js';
import { ups } from '../carriers/ups/index.js';
import { usps } from '../carriers/usps/index.js';

/** Options of {@link startService}. */
export interface ServiceOptions {
  /** The tracker the service uses; `close()` closes it. */
  tracker: Tracker;
  /** Port on `host` (default 0: an ephemeral port). */
  port?: number;
  /** Default `127.0.0.1`. */
  host?: string;
  /** How long `close()` waits for in-flight requests before aborting them, in ms (default 10 000). */
  shutdownTimeoutMs?: number;
}

/** A running service. */
export interface RunningService {
  /** `http://host:port`. */
  url: string;
  port: number;
  /** Requests being answered right now. */
  readonly inFlight: number;
  /** Graceful shutdown; resolves when every connection is closed and the tracker too. Safe to call twice. */
  close(): Promise<void>;
}

/**
 * Starts the shipment service on `host:port`.
 *
 * @example
 * const service = await startService({ tracker, port: 8080 });
 * process.once('SIGTERM', () => void service.close());
 */
export async function startService(options: ServiceOptions): Promise<RunningService> {
  const { tracker } = options;
  const shutdownTimeoutMs = options.shutdownTimeoutMs ?? 10_000;
  const controllers = new Set<AbortController>();
  let inFlight = 0;
  let draining = false;
  let closing: Promise<void> | undefined;

  const server = createServer((request, response) => {
    inFlight++;
    const controller = new AbortController();
    controllers.add(controller);
    // The client went away before its answer: stop tracking for it.
    response.once('close', () => {
      if (!response.writableFinished) controller.abort();
      controllers.delete(controller);
      inFlight--;
    });
    route(request, response, controller.signal).catch((error: unknown) => {
      if (!response.headersSent) send(response, 500, { error: { code: 'INTERNAL', message: error instanceof Error ? error.message : String(error) } });
    });
  });

  async function route(request: IncomingMessage, response: ServerResponse, signal: AbortSignal): Promise<void> {
    const url = new URL(request.url ?? '/', 'http://service.invalid');
    if (request.method !== 'GET') return send(response, 405, { error: { code: 'METHOD_NOT_ALLOWED', message: 'only GET' } }, { allow: 'GET' });
    if (url.pathname === '/healthz') return send(response, draining ? 503 : 200, { status: draining ? 'shutting_down' : 'ok' });
    const match = /^\/shipments\/([^/]+)$/.exec(url.pathname);
    if (!match) return send(response, 404, { error: { code: 'NOT_FOUND', message: `no route ${url.pathname}` } });
    const reference = decodeURIComponent(match[1] as string);
    const legs = readLegs(reference, url.searchParams.getAll('leg'));
    if ('error' in legs) return send(response, 400, { error: { code: 'BAD_LEG', message: legs.error } });
    const locale = url.searchParams.get('locale') ?? undefined;

    let tracked;
    try {
      tracked = await tracker.trackShipment({ reference, legs: legs.legs, followHandoffs: true, ...(locale ? { locale } : {}), signal });
    } catch (error) {
      if (!ParcelineError.isInstance(error)) throw error;
      return send(response, error.code === 'ABORTED' ? 503 : 400, { error: describeError(error) });
    }
    const { shipment, results, skipped } = tracked;
    const body = { reference, shipment, results, skipped: skipped.map(describeSkipped) };
    if (results.length === 0) {
      const { status, headers } = failureStatus(skipped);
      return send(response, status, body, headers);
    }
    return send(response, results.every((result) => result.outcome === 'not_found') ? 404 : 200, body);
  }

  function send(response: ServerResponse, status: number, value: unknown, headers: Record<string, string> = {}): void {
    const body = JSON.stringify(value);
    response.writeHead(status, {
      ...headers,
      'content-type': 'application/json; charset=utf-8',
      'content-length': String(Buffer.byteLength(body)),
      // While draining, end keep-alive connections after their answer so `server.close()` can finish.
      ...(draining ? { connection: 'close' } : {}),
    });
    response.end(body);
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;

  return {
    url: `http://${host}:${address.port}`,
    port: address.port,
    get inFlight() {
      return inFlight;
    },
    close() {
      closing ??= (async () => {
        draining = true;
        const closed = new Promise<void>((resolve) => server.close(() => resolve()));
        server.closeIdleConnections();
        const deadline = setTimeout(() => {
          for (const controller of controllers) controller.abort();
          server.closeAllConnections();
        }, shutdownTimeoutMs);
        try {
          await closed;
        } finally {
          clearTimeout(deadline);
          await tracker.close();
        }
      })();
      return closing;
    },
  };
}

/** `leg=carrier:number` parameters, or the reference as a number whose carrier is detected. */
function readLegs(reference: string, params: string[]): { legs: ShipmentLegRequest[] } | { error: string } {
  if (params.length === 0) return { legs: [{ trackingNumber: reference }] };
  const legs: ShipmentLegRequest[] = [];
  for (const param of params) {
    const colon = param.indexOf(':');
    const carrier = param.slice(0, colon).trim();
    const trackingNumber = param.slice(colon + 1).trim();
    if (colon <= 0 || trackingNumber === '') return { error: `leg=${param} is not <carrier>:<tracking number>` };
    legs.push({ carrier, trackingNumber });
  }
  return { legs };
}

function describeError(error: ParcelineError): Record<string, unknown> {
  return { code: error.code, message: error.message, carrier: error.carrierId ?? null, isRetryable: error.isRetryable };
}

function describeSkipped(leg: SkippedLeg): Record<string, unknown> {
  return {
    carrier: leg.carrier,
    trackingNumber: leg.trackingNumber,
    reason: leg.reason,
    ...(leg.announcedBy ? { announcedBy: leg.announcedBy } : {}),
    ...(leg.error ? { error: describeError(leg.error) } : {}),
  };
}

/**
 * The status when no leg could be tracked, from the first leg left out: the caller's mistake (an unknown carrier,
 * not a tracking number) is 400, a carrier's rate limit 429 with its `Retry-After`, any other carrier failure 502.
 */
function failureStatus(skipped: readonly SkippedLeg[]): { status: number; headers: Record<string, string> } {
  const first = skipped[0];
  const error = first?.error;
  if (!first || first.reason !== 'failed' || !error) return { status: 400, headers: {} };
  if (error.code === 'INVALID_TRACKING_NUMBER' || error.code === 'CONFIGURATION_ERROR') return { status: 400, headers: {} };
  if (error.code === 'RATE_LIMITED') {
    const retryAfter = (error as RateLimitedError).retryAfter;
    return { status: 429, headers: retryAfter !== undefined ? { 'retry-after': String(Math.ceil(retryAfter / 1000)) } : {} };
  }
  return { status: 502, headers: {} };
}

/** The carriers, configured from `PARCELINE_<CARRIER>_<OPTION>` variables; a carrier without them can still detect. */
function trackerFromEnvironment(env: NodeJS.ProcessEnv): Tracker {
  const read = (name: string) => env[name]?.trim() || undefined;
  return createTracker({
    carriers: [
      ups({ clientId: read('PARCELINE_UPS_CLIENT_ID'), clientSecret: read('PARCELINE_UPS_CLIENT_SECRET'), baseUrl: read('PARCELINE_UPS_BASE_URL') }),
      fedex({ clientId: read('PARCELINE_FEDEX_CLIENT_ID'), clientSecret: read('PARCELINE_FEDEX_CLIENT_SECRET'), baseUrl: read('PARCELINE_FEDEX_BASE_URL') }),
      usps({ clientId: read('PARCELINE_USPS_CLIENT_ID'), clientSecret: read('PARCELINE_USPS_CLIENT_SECRET'), baseUrl: read('PARCELINE_USPS_BASE_URL') }),
      dhl({ apiKey: read('PARCELINE_DHL_API_KEY'), baseUrl: read('PARCELINE_DHL_BASE_URL') }),
      canadaPost({ username: read('PARCELINE_CANADA_POST_USERNAME'), password: read('PARCELINE_CANADA_POST_PASSWORD'), baseUrl: read('PARCELINE_CANADA_POST_BASE_URL') }),
      chinaPost({
        senderNo: read('PARCELINE_CHINA_POST_SENDER_NO'),
        authorization: read('PARCELINE_CHINA_POST_AUTHORIZATION'),
        signKey: read('PARCELINE_CHINA_POST_SIGN_KEY'),
        baseUrl: read('PARCELINE_CHINA_POST_BASE_URL'),
      }),
      royalMail({ clientId: read('PARCELINE_ROYAL_MAIL_CLIENT_ID'), clientSecret: read('PARCELINE_ROYAL_MAIL_CLIENT_SECRET'), baseUrl: read('PARCELINE_ROYAL_MAIL_BASE_URL') }),
    ],
  });
}

async function main(): Promise<void> {
  const service = await startService({ tracker: trackerFromEnvironment(process.env), port: Number(process.env.PORT ?? 8080), host: process.env.HOST ?? '127.0.0.1' });
  console.log(`parceline shipment service listening on ${service.url}`);
  const stop = (signal: string) => {
    console.log(`${signal}: finishing ${service.inFlight} request(s), then stopping`);
    service.close().then(
      () => console.log('stopped'),
      (error: unknown) => {
        console.error(error);
        process.exitCode = 1;
      },
    );
  };
  process.once('SIGTERM', () => stop('SIGTERM'));
  process.once('SIGINT', () => stop('SIGINT'));
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
