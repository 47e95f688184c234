import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ParcelineError, createTracker, type TrackingResult } from '../../../src/index.js';
import type { Sandbox } from '../../../src/testing/index.js';
import type { Blackhole } from './blackhole.js';
import { RELIABILITY_CARRIERS, sampleNumber, type ReliabilityCarrier } from './carrier-cases.js';
import { MATRIX_MAX_RESPONSE_BYTES, settingsOf, type CellExpectation, type EntryPoint, type FaultRow } from './fault-matrix.js';
import { startFaultProxy } from './fault-proxy.js';
import { basicForms, findLeaks, secretForms, visibleTexts } from './secrets.js';

/** What one cell observed. `leaks` and `elapsedMs` are checked apart from the expectation. */
export interface CellObservation extends CellExpectation {
  elapsedMs: number;
  /** Secret forms found in the error, the result or the logger's lines. */
  leaks: string[];
  /** Items yielded (trackMany) or 1 (track). */
  items: number;
}

/** A port on 127.0.0.1 where nothing listens: a server was started there and closed. */
export async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Sandbox settings for the matrix: the distinctive credentials, and each carrier's sample number answering its fixture. */
export function matrixSandboxCarriers(): Record<string, { credentials: Record<string, string>; scenarios: Record<string, string> }> {
  return Object.fromEntries(
    RELIABILITY_CARRIERS.map((carrier) => [carrier.id, { credentials: carrier.credentials, scenarios: { [sampleNumber(carrier)]: carrier.fixture } }]),
  );
}

/**
 * Runs one cell: a cold tracker for one carrier, pointed at a fresh fault proxy in front of the sandbox (or at a
 * refused port, or at the blackhole), tracking the carrier's sample number through `track` or `trackMany`.
 */
export async function runCell(
  row: FaultRow,
  carrier: ReliabilityCarrier,
  entry: EntryPoint,
  context: { sandbox: Sandbox; blackhole: () => Promise<Blackhole>; rotation: number },
): Promise<CellObservation> {
  const { retry, timeouts } = settingsOf(row);
  const number = sampleNumber(carrier);
  const proxy = row.target === 'proxy' ? await startFaultProxy(context.sandbox.url) : undefined;
  const secrets = () => [...Object.values(carrier.credentials), ...(proxy?.tokens ?? [])];
  proxy?.setPlan((request) => row.plan?.(request, { carrier, secrets, rotation: context.rotation }));
  let baseUrl: string;
  if (proxy) baseUrl = proxy.baseUrl(carrier.id);
  else if (row.target === 'refused') baseUrl = `http://127.0.0.1:${await closedPort()}/${carrier.id}`;
  else baseUrl = `http://127.0.0.1:${(await context.blackhole()).port}/${carrier.id}`;

  const logLines: string[] = [];
  const log = (message: string, fields?: Record<string, unknown>) => void logLines.push(`${message} ${JSON.stringify(fields ?? {})}`);
  const tracker = createTracker({
    carriers: [carrier.factory({ ...carrier.credentials, baseUrl } as never)],
    retry,
    timeouts,
    maxResponseBytes: MATRIX_MAX_RESPONSE_BYTES,
    logger: { debug: log, warn: log },
    carrierLimits: { [carrier.id]: { requestsPerSecond: Number.POSITIVE_INFINITY, maxConcurrent: 8 } },
  });

  let result: TrackingResult | undefined;
  let error: unknown;
  let items = 1;
  const started = performance.now();
  try {
    if (entry === 'track') {
      result = await tracker.track(number, { carrier: carrier.id });
    } else {
      const yielded = [];
      for await (const item of tracker.trackMany([{ trackingNumber: number, carrier: carrier.id }])) yielded.push(item);
      items = yielded.length;
      const [item] = yielded;
      if (item?.ok) result = item.result;
      else error = item?.error;
      if (item && item.trackingNumber !== number) error = new Error(`trackMany yielded ${item.trackingNumber} for ${number}`);
    }
  } catch (caught) {
    error = caught;
  }
  const elapsedMs = performance.now() - started;
  await tracker.close();
  await proxy?.close();

  const forms = secretForms(secrets()).concat(basicForms());
  const leaks = findLeaks([...(error === undefined ? [] : visibleTexts(error)), JSON.stringify(result ?? null), ...logLines], forms);
  const retryLines = logLines.filter((line) => / attempt \d+ failed; retrying/.test(line)).length;
  const typed = ParcelineError.isInstance(error) ? error : undefined;
  const detail: Record<string, unknown> = {};
  const expected = row.expect(carrier);
  for (const name of Object.keys(expected.detail)) detail[name] = typed ? (typed as unknown as Record<string, unknown>)[name] : undefined;
  return {
    outcome: result ? (result.outcome === 'found' && result.status === 'delivered' && result.trackingNumber === number ? 'found' : `result:${result.outcome}:${result.status}`) : typed ? typed.name : `untyped:${String(error)}`,
    code: typed ? typed.code : null,
    isRetryable: typed ? typed.isRetryable : null,
    detail,
    tracking: proxy ? proxy.count(carrier.id, 'tracking') : null,
    token: proxy ? proxy.count(carrier.id, 'token') : null,
    attempts: retryLines + 1,
    minElapsedMs: expected.minElapsedMs,
    elapsedMs,
    leaks,
    items,
    namesNumber: typed ? typed.trackingNumbers.includes(number) : null,
  };
}
