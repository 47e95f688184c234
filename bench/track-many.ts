/**
 * `trackMany` over HTTP against the local sandbox, and its memory on a long stream.
 *
 * - Throughput: 10 000 UPS numbers at concurrency 16, parceline (`createTracker` + `trackMany`, every answer
 *   normalized into a checked result) against a bare undici loop that makes the same requests (same token
 *   request, same paths, query and headers) to the same server with 16 workers and reads each body with
 *   `JSON.parse`. Runs alternate, after a warm-up of each; the overhead is the median of the pairs' time ratios.
 * - Memory: 10 000 and 100 000 numbers streamed from a generator through `trackMany` (and through the bare loop,
 *   as the runtime's baseline); the heap is sampled every 256 results (peak growth over the heap after a full
 *   collection before the run) and after a full collection at ten checkpoints (retained growth). What a number
 *   leaves behind is the retained growth between the two sizes per extra number; peak growth is shown beside the
 *   bare loop's, since the collector lets the heap grow further before a full collection on a longer run.
 *
 * The sandbox (`bench/sandbox-server.ts`) runs in its own process, so serving does not share the measured thread.
 * Run alone: `npx tsx bench/track-many.ts` (`--short` for a smoke run).
 */
import { fork, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { Agent, request } from 'undici';
import { ups } from '../carriers/ups/index.js';
import { createTracker } from '../src/index.js';
import { collectGarbage } from '../test/reliability/support/measure-heap.js';
import { median } from './measure.js';
import { DELAYED_NUMBERS_START, upsBenchNumber, upsBenchNumbers } from './ups-numbers.js';

/** The body every number answers: a cross-border parcel with customs events (15 events, 12.6 KB). */
const FIXTURE = 'track-international-customs';

/** The goals of issue 10 for this benchmark. */
export const TRACK_MANY_GOALS = { overhead: 1.15, retainedBytesPerNumber: 100 } as const;

/** The delay of the second comparison: a carrier API that answers in 50 ms (real ones take 100 to 800 ms). */
const CARRIER_LATENCY_MS = 50;

/** One alternating pair of the throughput comparison. */
export interface TrackManyPair {
  parcelineMs: number;
  bareMs: number;
}

/** One streamed run of the memory comparison. */
export interface TrackManyHeapRow {
  subject: 'parceline' | 'bare undici';
  numbers: number;
  durationMs: number;
  /** Highest heap used while streaming, minus the heap used after a full collection just before the run. */
  peakGrowthMiB: number;
  /** Highest heap used after a full collection at the ten checkpoints, minus the same baseline. */
  retainedGrowthMiB: number;
}

/** One throughput comparison: alternating pairs of runs over the same numbers. */
export interface TrackManyComparison {
  /** Delay before the sandbox answers each request, in milliseconds (0: as fast as the loopback allows). */
  latencyMs: number;
  numbers: number;
  pairs: TrackManyPair[];
  parcelinePerSecond: number;
  barePerSecond: number;
  /** Median over the pairs of parceline's time divided by the bare loop's. */
  overhead: number;
}

/** What the trackMany benchmark measured. */
export interface TrackManyReport {
  fixture: string;
  concurrency: number;
  /** The goal's comparison: no added latency, so both sides are bound by CPU (theirs and the sandbox's). */
  loopback: TrackManyComparison;
  /** The same with {@link CARRIER_LATENCY_MS} of carrier latency, as over a network. */
  withLatency: TrackManyComparison;
  /** Streams of both sizes, parceline's and the bare loop's (the runtime's own peak growth, for comparison). */
  heap: TrackManyHeapRow[];
  /** parceline's peak growth of the longer stream divided by the shorter's. */
  peakGrowthRatio: number;
  /** The same for the bare loop: what the garbage collector's pacing alone does over a longer run. */
  barePeakGrowthRatio: number;
  /**
   * parceline's retained growth of the longer stream minus the shorter's, per extra number, in bytes: what each
   * number streamed leaves behind. A result is about 20 KB; a leak of anything per number shows here.
   */
  retainedBytesPerNumber: number;
}

interface SandboxProcess {
  child: ChildProcess;
  baseUrl: string;
  credentials: { clientId: string; clientSecret: string };
}

async function startSandbox(count: number, delayed: { count: number; delayMs: number }): Promise<SandboxProcess> {
  const child = fork(fileURLToPath(new URL('./sandbox-server.ts', import.meta.url)), [], { execArgv: process.execArgv, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const ready = new Promise<{ baseUrl: string; credentials: SandboxProcess['credentials'] }>((resolve, reject) => {
    child.once('message', (message) => resolve(message as { baseUrl: string; credentials: SandboxProcess['credentials'] }));
    child.once('exit', (code) => reject(new Error(`bench sandbox exited with ${code}`)));
  });
  child.send({ count, fixture: FIXTURE, delayed });
  const { baseUrl, credentials } = await ready;
  return { child, baseUrl, credentials };
}

/** parceline: a tracker with UPS at the given concurrency, every number through `trackMany`. */
async function runParceline(sandbox: SandboxProcess, start: number, count: number, concurrency: number, onItem?: (index: number) => void): Promise<number> {
  const tracker = createTracker({ carriers: [ups({ ...sandbox.credentials, baseUrl: sandbox.baseUrl })], carrierLimits: { ups: { maxConcurrent: concurrency } } });
  const started = performance.now();
  let index = 0;
  for await (const item of tracker.trackMany(upsBenchNumbers(count, start))) {
    if (!item.ok) throw new Error(`trackMany failed for ${item.trackingNumber}: ${item.error.code} ${item.error.message}`);
    if (item.result.outcome !== 'found' || item.result.events.length === 0) throw new Error(`no events for ${item.trackingNumber}`);
    onItem?.(index++);
  }
  const elapsed = performance.now() - started;
  await tracker.close();
  return elapsed;
}

/** The bare loop: the same requests with undici alone, `concurrency` workers, each body read with JSON.parse. */
async function runBare(sandbox: SandboxProcess, start: number, count: number, concurrency: number, onItem?: (index: number) => void): Promise<number> {
  const agent = new Agent({ keepAliveTimeout: 10_000, connections: 64 });
  const started = performance.now();
  const basic = Buffer.from(`${sandbox.credentials.clientId}:${sandbox.credentials.clientSecret}`).toString('base64');
  const tokenResponse = await request(`${sandbox.baseUrl}/security/v1/oauth/token`, {
    method: 'POST',
    dispatcher: agent,
    headers: { authorization: `Basic ${basic}`, 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
    body: 'grant_type=client_credentials',
  });
  const token = ((await tokenResponse.body.json()) as { access_token: string }).access_token;
  let next = start;
  let done = 0;
  const worker = async () => {
    while (next < start + count) {
      const number = upsBenchNumber(next++);
      const response = await request(`${sandbox.baseUrl}/api/track/v1/details/${number}?locale=en_US&returnSignature=false&returnMilestones=false&returnPOD=false`, {
        dispatcher: agent,
        headers: { authorization: `Bearer ${token}`, accept: 'application/json', transId: randomUUID(), transactionSrc: 'parceline' },
      });
      const text = await response.body.text();
      if (response.statusCode !== 200) throw new Error(`bare loop got ${response.statusCode} for ${number}`);
      const body = JSON.parse(text) as { trackResponse?: { shipment?: unknown[] } };
      if (!body.trackResponse?.shipment?.length) throw new Error(`bare loop got no shipment for ${number}`);
      onItem?.(done++);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  const elapsed = performance.now() - started;
  await agent.close();
  return elapsed;
}

async function streamHeap(sandbox: SandboxProcess, subject: TrackManyHeapRow['subject'], count: number, concurrency: number): Promise<TrackManyHeapRow> {
  collectGarbage();
  const baseline = process.memoryUsage().heapUsed;
  let peak = baseline;
  let retained = baseline;
  const checkpoint = Math.max(1, Math.floor(count / 10));
  const run = subject === 'parceline' ? runParceline : runBare;
  const durationMs = await run(sandbox, 0, count, concurrency, (index) => {
    if ((index & 255) === 0) peak = Math.max(peak, process.memoryUsage().heapUsed);
    if ((index + 1) % checkpoint === 0) {
      collectGarbage();
      retained = Math.max(retained, process.memoryUsage().heapUsed);
    }
  });
  const mib = (bytes: number) => bytes / 1024 / 1024;
  return { subject, numbers: count, durationMs, peakGrowthMiB: mib(peak - baseline), retainedGrowthMiB: mib(retained - baseline) };
}

/** Alternating pairs of runs (bare first, then parceline first, ...) over the same numbers. */
async function compare(sandbox: SandboxProcess, start: number, numbers: number, concurrency: number, pairCount: number, latencyMs: number): Promise<TrackManyComparison> {
  const pairs: TrackManyPair[] = [];
  for (let pair = 0; pair < pairCount; pair++) {
    if (pair % 2 === 0) {
      const bareMs = await runBare(sandbox, start, numbers, concurrency);
      pairs.push({ bareMs, parcelineMs: await runParceline(sandbox, start, numbers, concurrency) });
    } else {
      const parcelineMs = await runParceline(sandbox, start, numbers, concurrency);
      pairs.push({ parcelineMs, bareMs: await runBare(sandbox, start, numbers, concurrency) });
    }
  }
  return {
    latencyMs,
    numbers,
    pairs,
    parcelinePerSecond: numbers / (median(pairs.map((pair) => pair.parcelineMs)) / 1000),
    barePerSecond: numbers / (median(pairs.map((pair) => pair.bareMs)) / 1000),
    overhead: median(pairs.map((pair) => pair.parcelineMs / pair.bareMs)),
  };
}

/**
 * Runs the comparisons; `short` is the smoke mode (1 000 numbers and 1 pair; 160 numbers with latency; 1 000 and
 * 5 000 streamed).
 */
export async function benchTrackMany(options: { short?: boolean } = {}): Promise<TrackManyReport> {
  const concurrency = 16;
  const numbers = options.short ? 1_000 : 10_000;
  const delayedNumbers = options.short ? 160 : 2_000;
  const pairCount = options.short ? 1 : 5;
  const streams = options.short ? [1_000, 5_000] : [10_000, 100_000];
  const sandbox = await startSandbox(Math.max(numbers, ...streams), { count: delayedNumbers, delayMs: CARRIER_LATENCY_MS });
  try {
    await runBare(sandbox, 0, Math.min(numbers, 2_000), concurrency);
    await runParceline(sandbox, 0, Math.min(numbers, 2_000), concurrency);
    const loopback = await compare(sandbox, 0, numbers, concurrency, pairCount, 0);
    const withLatency = await compare(sandbox, DELAYED_NUMBERS_START, delayedNumbers, concurrency, options.short ? 1 : 3, CARRIER_LATENCY_MS);
    const heap: TrackManyHeapRow[] = [];
    for (const count of streams) {
      heap.push(await streamHeap(sandbox, 'parceline', count, concurrency));
      heap.push(await streamHeap(sandbox, 'bare undici', count, concurrency));
    }
    const [short, bareShort, long, bareLong] = heap as [TrackManyHeapRow, TrackManyHeapRow, TrackManyHeapRow, TrackManyHeapRow];
    return {
      fixture: FIXTURE,
      concurrency,
      loopback,
      withLatency,
      heap,
      peakGrowthRatio: long.peakGrowthMiB / short.peakGrowthMiB,
      barePeakGrowthRatio: bareLong.peakGrowthMiB / bareShort.peakGrowthMiB,
      retainedBytesPerNumber: Math.max(0, ((long.retainedGrowthMiB - short.retainedGrowthMiB) * 1024 * 1024) / (long.numbers - short.numbers)),
    };
  } finally {
    sandbox.child.disconnect();
  }
}

/** Prints the throughput pairs, the overhead against its goal, and the memory rows. */
export function printTrackMany(report: TrackManyReport): void {
  for (const comparison of [report.loopback, report.withLatency]) {
    const setting = comparison.latencyMs === 0 ? 'no added latency: the goal' : `${comparison.latencyMs} ms carrier latency`;
    console.log(
      `\ntrackMany (${comparison.numbers} UPS numbers, ${report.fixture}, concurrency ${report.concurrency}, ${setting}; sandbox in its own process; ratio = parceline / bare undici loop, median of alternating pairs)`,
    );
    console.log(['pair', 'parceline', 'bare undici', 'ratio'].join('\t'));
    comparison.pairs.forEach((pair, index) => console.log([index + 1, `${pair.parcelineMs.toFixed(0)} ms`, `${pair.bareMs.toFixed(0)} ms`, `${(pair.parcelineMs / pair.bareMs).toFixed(3)}x`].join('\t')));
    console.log(
      `throughput: parceline ${comparison.parcelinePerSecond.toFixed(0)}/s, bare undici ${comparison.barePerSecond.toFixed(0)}/s; overhead ${comparison.overhead.toFixed(3)}x${comparison.latencyMs === 0 ? ` (goal: at most ${TRACK_MANY_GOALS.overhead}x)` : ''}`,
    );
  }
  console.log('\ntrackMany streamed (heap growth over the heap after a full collection before the run)');
  console.log(['subject', 'numbers', 'duration', 'peak growth', 'retained growth'].join('\t'));
  for (const row of report.heap) console.log([row.subject, row.numbers, `${(row.durationMs / 1000).toFixed(1)} s`, `${row.peakGrowthMiB.toFixed(1)} MiB`, `${row.retainedGrowthMiB.toFixed(1)} MiB`].join('\t'));
  console.log(
    `${report.heap.at(-1)?.numbers} vs ${report.heap[0]?.numbers} numbers: retained ${report.retainedBytesPerNumber.toFixed(1)} bytes per extra number (goal: flat, under ${TRACK_MANY_GOALS.retainedBytesPerNumber}); ` +
      `peak growth ${report.peakGrowthRatio.toFixed(2)}x (the bare loop's: ${report.barePeakGrowthRatio.toFixed(2)}x, the collector's pacing)`,
  );
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  printTrackMany(await benchTrackMany({ short: process.argv.includes('--short') }));
}
