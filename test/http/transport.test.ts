import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { MockAgent } from 'undici';
import { afterEach, describe, expect, it } from 'vitest';
import { CarrierNetworkError, createTracker } from '../../src/index.js';
import { RateLimiter } from '../../src/http/rate-limiter.js';
import { acme, acmeBody } from '../support/acme-carrier.js';

const servers: Server[] = [];

async function serve(handler: Parameters<typeof createServer>[1]): Promise<string> {
  const server = createServer(handler);
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

afterEach(async () => {
  for (const server of servers.splice(0)) {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
});

function tokenOr(body: (url: string) => void | string) {
  return (request: import('node:http').IncomingMessage, response: import('node:http').ServerResponse) => {
    if (request.url?.includes('token')) {
      response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ access_token: 'local-token-1234', expires_in: 3600 }));
      return;
    }
    const answer = body(request.url ?? '');
    if (typeof answer === 'string') response.writeHead(200, { 'content-type': 'application/json' }).end(answer);
  };
}

describe('transport over a real local server', () => {
  it('maps a refused connection to a retryable network error after the configured attempts', async () => {
    const baseUrl = await serve(() => undefined);
    const server = servers.pop() as Server;
    await new Promise((resolve) => server.close(resolve));
    const tracker = createTracker({ carriers: [acme({ clientId: 'id-1234', clientSecret: 'secret-1234', baseUrl })], retry: { retries: 1, minTimeout: 1, maxTimeout: 2 } });
    const error = await tracker.track('AC000000001').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(CarrierNetworkError);
    expect(error).toMatchObject({ isRetryable: true, reason: 'ECONNREFUSED', carrierId: 'acme' });
    await tracker.close();
  });

  it('times out a server that never answers, within the total budget', async () => {
    const baseUrl = await serve(tokenOr(() => undefined));
    const tracker = createTracker({
      carriers: [acme({ clientId: 'id-1234', clientSecret: 'secret-1234', baseUrl })],
      timeouts: { total: 200 },
      retry: { retries: 1, minTimeout: 1, maxTimeout: 2 },
    });
    const started = performance.now();
    const error = await tracker.track('AC000000001').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(CarrierNetworkError);
    expect((error as CarrierNetworkError).reason).toBe('TIMEOUT');
    expect(performance.now() - started).toBeLessThan(5_000);
    await tracker.close();
  });

  it('reports a body cut short as a network error, not a parse crash', async () => {
    const baseUrl = await serve((request, response) => {
      if (request.url?.includes('token')) {
        response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ access_token: 'local-token-1234', expires_in: 3600 }));
        return;
      }
      response.writeHead(200, { 'content-type': 'application/json', 'content-length': '500' });
      response.write('{"items":[{"number":"AC0');
      setTimeout(() => response.socket?.destroy(), 10);
    });
    const tracker = createTracker({ carriers: [acme({ clientId: 'id-1234', clientSecret: 'secret-1234', baseUrl })], retry: { retries: 0 } });
    const error = await tracker.track('AC000000001').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(CarrierNetworkError);
    await tracker.close();
  });

  it('sends every request through an injected dispatcher', async () => {
    const agent = new MockAgent();
    agent.disableNetConnect();
    const pool = agent.get('https://api.acme.test');
    pool.intercept({ path: '/oauth/token', method: 'POST' }).reply(200, { access_token: 'mock-token-1234', expires_in: 3600 });
    pool.intercept({ path: (path) => path.startsWith('/track'), method: 'GET' }).reply(200, acmeBody(['AC000000001']));
    const tracker = createTracker({ carriers: [acme({ clientId: 'id-1234', clientSecret: 'secret-1234' })], dispatcher: agent });
    const result = await tracker.track('AC000000001');
    expect(result.status).toBe('delivered');
    agent.assertNoPendingInterceptors();
    await tracker.close();
    await agent.close();
  });
});

describe('RateLimiter', () => {
  it('starts at most requestsPerSecond requests a second', async () => {
    const limiter = new RateLimiter({ requestsPerSecond: 50, maxConcurrent: 10 });
    const starts: number[] = [];
    await Promise.all(Array.from({ length: 6 }, () => limiter.run(async () => void starts.push(performance.now()))));
    // Six starts at 50 per second span at least five 20 ms slots (timers never fire much early; late is fine).
    expect((starts.at(-1) as number) - (starts[0] as number)).toBeGreaterThanOrEqual(95);
  });

  it('caps the requests in flight', async () => {
    const limiter = new RateLimiter({ maxConcurrent: 2 });
    let running = 0;
    let peak = 0;
    await Promise.all(
      Array.from({ length: 8 }, () =>
        limiter.run(async () => {
          running++;
          peak = Math.max(peak, running);
          await new Promise((resolve) => setTimeout(resolve, 5));
          running--;
        }),
      ),
    );
    expect(peak).toBe(2);
  });
});
