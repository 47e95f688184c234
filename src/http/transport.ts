import { Agent, errors as undiciErrors, request, type Dispatcher } from 'undici';

/** Timeouts of one HTTP exchange, in milliseconds. */
export interface HttpTimeouts {
  /** Establishing the connection (default 10 000). */
  connect?: number;
  /** From sending the request to the response headers (default 15 000). */
  headers?: number;
  /** Between two chunks of the body (default 15 000). */
  body?: number;
  /** Whole exchange, headers and body (default 30 000). */
  total?: number;
}

/** A raw exchange as the transport sends it. */
export interface TransportRequest {
  method: 'GET' | 'POST';
  url: string;
  headers: Record<string, string>;
  body?: string | undefined;
  signal?: AbortSignal | undefined;
}

/** A raw answer. */
export interface TransportResponse {
  statusCode: number;
  headers: Record<string, string>;
  body: string;
}

/** Why an exchange failed below HTTP: the reason code travels into `CarrierNetworkError.reason`. */
export class TransportFailure extends Error {
  constructor(
    readonly reason: string,
    message: string,
    readonly kind: 'network' | 'timeout' | 'too_large' | 'aborted',
  ) {
    super(message);
  }
}

const DEFAULT_TIMEOUTS: Required<HttpTimeouts> = { connect: 10_000, headers: 15_000, body: 15_000, total: 30_000 };

/**
 * The keep-alive agent parceline uses when the host passes no dispatcher. Its own instance: the host's
 * global dispatcher is never touched.
 */
export function createDefaultDispatcher(timeouts: HttpTimeouts = {}): Dispatcher {
  return new Agent({
    connect: { timeout: timeouts.connect ?? DEFAULT_TIMEOUTS.connect },
    keepAliveTimeout: 10_000,
    connections: 64,
  });
}

/**
 * Sends one request over the given dispatcher with undici's request API and reads the body up to
 * `maxResponseBytes`. Never follows redirects. Fails with {@link TransportFailure}.
 */
export async function sendRequest(
  dispatcher: Dispatcher,
  exchange: TransportRequest,
  options: { timeouts?: HttpTimeouts | undefined; maxResponseBytes: number },
): Promise<TransportResponse> {
  const timeouts = options.timeouts ? { ...DEFAULT_TIMEOUTS, ...options.timeouts } : DEFAULT_TIMEOUTS;
  // One controller per exchange, released when the exchange ends: the total timeout is a timer cleared at the end
  // (AbortSignal.timeout would keep a timer for the full 30 s after every request), and the caller's signal is
  // followed with a listener removed at the end (AbortSignal.any leaves a composite signal behind on the caller's
  // long-lived one for every request).
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(new DOMException('the exchange took longer than its total timeout', 'TimeoutError')), timeouts.total);
  timer.unref();
  const callerSignal = exchange.signal;
  const followCaller = () => controller.abort(callerSignal?.reason);
  if (callerSignal) {
    if (callerSignal.aborted) followCaller();
    else callerSignal.addEventListener('abort', followCaller, { once: true });
  }
  try {
    return await exchangeOnce(dispatcher, exchange, controller.signal, timeouts, options.maxResponseBytes);
  } finally {
    clearTimeout(timer);
    callerSignal?.removeEventListener('abort', followCaller);
  }
}

/** One exchange under `signal`, which the total timeout and the caller's signal both abort. */
async function exchangeOnce(
  dispatcher: Dispatcher,
  exchange: TransportRequest,
  signal: AbortSignal,
  timeouts: Required<HttpTimeouts>,
  maxResponseBytes: number,
): Promise<TransportResponse> {
  let response: Dispatcher.ResponseData;
  try {
    response = await request(exchange.url, {
      method: exchange.method,
      headers: exchange.headers,
      body: exchange.body,
      dispatcher,
      signal,
      headersTimeout: timeouts.headers,
      bodyTimeout: timeouts.body,
    });
  } catch (error) {
    throw toTransportFailure(error, exchange.signal, signal);
  }
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(response.headers)) {
    if (value !== undefined) headers[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
  }
  const declared = Number(headers['content-length']);
  if (Number.isFinite(declared) && declared > maxResponseBytes) {
    response.body.destroy();
    throw new TransportFailure('RESPONSE_TOO_LARGE', `response body of ${declared} bytes is over the ${maxResponseBytes}-byte cap`, 'too_large');
  }
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of response.body as AsyncIterable<Buffer>) {
      size += chunk.length;
      if (size > maxResponseBytes) {
        response.body.destroy();
        throw new TransportFailure('RESPONSE_TOO_LARGE', `response body is over the ${maxResponseBytes}-byte cap`, 'too_large');
      }
      chunks.push(chunk);
    }
  } catch (error) {
    if (error instanceof TransportFailure) throw error;
    throw toTransportFailure(error, exchange.signal, signal);
  }
  return { statusCode: response.statusCode, headers, body: Buffer.concat(chunks, size).toString('utf8') };
}

/** `signal` is the exchange's: aborted and not by the caller means the total timeout fired. */
function toTransportFailure(error: unknown, callerSignal: AbortSignal | undefined, signal: AbortSignal): TransportFailure {
  if (callerSignal?.aborted) return new TransportFailure('ABORTED', 'the request was aborted by the caller', 'aborted');
  if (signal.aborted) return new TransportFailure('TIMEOUT', 'the exchange took longer than its total timeout', 'timeout');
  if (error instanceof undiciErrors.HeadersTimeoutError) return new TransportFailure(error.code, 'no response headers in time', 'timeout');
  if (error instanceof undiciErrors.BodyTimeoutError) return new TransportFailure(error.code, 'the response body stalled', 'timeout');
  if (error instanceof undiciErrors.ConnectTimeoutError) return new TransportFailure(error.code, 'connecting took too long', 'timeout');
  const code = typeof (error as { code?: unknown })?.code === 'string' ? (error as { code: string }).code : 'NETWORK_ERROR';
  const message = error instanceof Error ? error.message : String(error);
  return new TransportFailure(code, message.slice(0, 200), 'network');
}
