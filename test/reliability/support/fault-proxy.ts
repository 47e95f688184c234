import { Agent, createServer, request as httpRequest, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

/**
 * What the proxy does with one request instead of forwarding it to the sandbox. Every fault happens on a real
 * socket on 127.0.0.1: nothing below the socket is mocked.
 */
export type Fault =
  /** Answers at once with this status, headers and body. */
  | { kind: 'status'; status: number; headers?: Record<string, string>; body?: string; contentType?: string }
  /** Accepts the request, then resets the connection (TCP RST) before any byte of the answer. */
  | { kind: 'reset-before-headers' }
  /** Sends the headers and part of the body, then resets the connection. */
  | { kind: 'reset-mid-body'; body: string; contentType: string }
  /** Declares a content length, sends part of the body and closes the connection cleanly (FIN). */
  | { kind: 'cut-short'; body: string; contentType: string }
  /** Reads the request and never answers. */
  | { kind: 'no-headers' }
  /** Sends the headers and part of the body, then goes silent with the connection open. */
  | { kind: 'stall-body'; body: string; contentType: string }
  /** Sends the headers, then one byte every `intervalMs`, never finishing (each gap below the body timeout). */
  | { kind: 'trickle-body'; intervalMs: number }
  /** Answers 200 with a body of `bytes` bytes, declared (`content-length`) or chunked. */
  | { kind: 'oversized'; bytes: number; declared: boolean; contentType: string };

/** A request as the proxy saw it. */
export interface ProxiedRequest {
  /** First path segment: the carrier id of the sandbox base URL. */
  carrier: string;
  kind: 'token' | 'tracking';
  /** 0-based index of this request among the same carrier's requests of the same kind. */
  index: number;
  method: string;
  path: string;
  headers: Record<string, string>;
  body: string;
}

/** Decides the fault for a request; `undefined` forwards it to the sandbox. */
export type FaultPlan = (request: ProxiedRequest) => Fault | undefined;

/** A running fault proxy. */
export interface FaultProxy {
  /** `http://127.0.0.1:<port>`; a carrier's base URL is `{url}/{carrierId}`, as with the sandbox. */
  readonly url: string;
  baseUrl(carrierId: string): string;
  /** Requests received, by `carrier:kind`. */
  count(carrierId: string, kind: 'token' | 'tracking'): number;
  /** Total requests received. */
  readonly total: number;
  /** Every access token the sandbox issued through this proxy. */
  readonly tokens: readonly string[];
  /** Replaces the plan. */
  setPlan(plan: FaultPlan): void;
  close(): Promise<void>;
}

/**
 * Starts a plain node:http server in front of a sandbox: each request is either forwarded to the sandbox (which
 * speaks the carrier's API, issues and checks tokens) or answered with a {@link Fault}. Counts requests per carrier
 * and kind, and remembers the tokens the sandbox issued so suites can hunt for them.
 */
export async function startFaultProxy(upstream: string, plan: FaultPlan = () => undefined): Promise<FaultProxy> {
  const counts = new Map<string, number>();
  const tokens: string[] = [];
  const sockets = new Set<Socket>();
  const timers = new Set<NodeJS.Timeout>();
  const agent = new Agent({ keepAlive: true, maxSockets: 64 });
  let current = plan;
  let total = 0;

  const server = createServer((incoming, response) => {
    const chunks: Buffer[] = [];
    incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
    incoming.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      const path = incoming.url ?? '/';
      const carrier = path.split('/')[1] ?? '';
      const kind: 'token' | 'tracking' = incoming.method === 'POST' && /\/token$/.test(path.split('?')[0] ?? '') ? 'token' : 'tracking';
      const key = `${carrier}:${kind}`;
      const index = counts.get(key) ?? 0;
      counts.set(key, index + 1);
      total++;
      const headers: Record<string, string> = {};
      for (const [name, value] of Object.entries(incoming.headers)) if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(', ') : value;
      const fault = current({ carrier, kind, index, method: incoming.method ?? 'GET', path, headers, body });
      if (fault) applyFault(fault, incoming, response);
      else forward(incoming, response, body, kind);
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  server.keepAliveTimeout = 5_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  function later(ms: number, action: () => void): void {
    const timer = setTimeout(() => {
      timers.delete(timer);
      action();
    }, ms);
    timers.add(timer);
  }

  function forward(incoming: IncomingMessage, response: ServerResponse, body: string, kind: 'token' | 'tracking'): void {
    const { host: _host, connection: _connection, ...headers } = incoming.headers;
    const outgoing = httpRequest(`${upstream}${incoming.url ?? '/'}`, { method: incoming.method, headers, agent }, (answer) => {
      const parts: Buffer[] = [];
      answer.on('data', (chunk: Buffer) => parts.push(chunk));
      answer.on('end', () => {
        const text = Buffer.concat(parts);
        if (kind === 'token' && answer.statusCode === 200) {
          try {
            const token = (JSON.parse(text.toString('utf8')) as { access_token?: unknown }).access_token;
            if (typeof token === 'string') tokens.push(token);
          } catch {
            // not a token body: nothing to remember
          }
        }
        if (response.destroyed) return;
        const { connection: _c, 'transfer-encoding': _t, 'keep-alive': _k, ...answerHeaders } = answer.headers;
        response.writeHead(answer.statusCode ?? 502, { ...answerHeaders, 'content-length': String(text.length) });
        response.end(text);
      });
    });
    outgoing.on('error', () => {
      if (!response.headersSent && !response.destroyed) response.writeHead(502, { 'content-type': 'text/plain' }).end('proxy: upstream failed');
    });
    outgoing.end(body);
  }

  function applyFault(fault: Fault, incoming: IncomingMessage, response: ServerResponse): void {
    const socket = incoming.socket;
    switch (fault.kind) {
      case 'status': {
        const body = Buffer.from(fault.body ?? '', 'utf8');
        response.writeHead(fault.status, { 'content-type': fault.contentType ?? 'application/json', ...fault.headers, 'content-length': String(body.length) });
        response.end(body);
        return;
      }
      case 'reset-before-headers':
        socket.resetAndDestroy();
        return;
      case 'reset-mid-body': {
        const body = Buffer.from(fault.body, 'utf8');
        response.writeHead(200, { 'content-type': fault.contentType, 'content-length': String(body.length) });
        response.write(body.subarray(0, Math.floor(body.length / 2)));
        later(20, () => socket.resetAndDestroy());
        return;
      }
      case 'cut-short': {
        const body = Buffer.from(fault.body, 'utf8');
        response.writeHead(200, { 'content-type': fault.contentType, 'content-length': String(body.length) });
        response.write(body.subarray(0, Math.floor(body.length / 2)));
        later(20, () => socket.end());
        return;
      }
      case 'no-headers':
        return;
      case 'stall-body': {
        const body = Buffer.from(fault.body, 'utf8');
        response.writeHead(200, { 'content-type': fault.contentType, 'content-length': String(body.length) });
        response.write(body.subarray(0, Math.floor(body.length / 2)));
        return;
      }
      case 'trickle-body': {
        response.writeHead(200, { 'content-type': 'application/json' });
        response.write('{');
        const drip = () => {
          if (response.destroyed || socket.destroyed) return;
          response.write(' ');
          later(fault.intervalMs, drip);
        };
        later(fault.intervalMs, drip);
        return;
      }
      case 'oversized': {
        const chunk = Buffer.alloc(16 * 1024, 0x20);
        response.writeHead(200, { 'content-type': fault.contentType, ...(fault.declared ? { 'content-length': String(fault.bytes) } : {}) });
        let sent = 0;
        const pump = () => {
          while (sent < fault.bytes && !response.destroyed) {
            const size = Math.min(chunk.length, fault.bytes - sent);
            sent += size;
            if (!response.write(chunk.subarray(0, size))) return void response.once('drain', pump);
          }
          if (!response.destroyed) response.end();
        };
        pump();
        return;
      }
    }
  }

  return {
    url,
    baseUrl: (carrierId) => `${url}/${carrierId}`,
    count: (carrierId, kind) => counts.get(`${carrierId}:${kind}`) ?? 0,
    get total() {
      return total;
    },
    tokens,
    setPlan(plan) {
      current = plan;
    },
    async close() {
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
      for (const socket of sockets) socket.destroy();
      server.closeAllConnections();
      agent.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
