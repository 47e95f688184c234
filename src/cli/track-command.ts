import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { detectCarrier } from '../detection/detect-carrier.js';
import { createTracker, type TrackManyInput, type TrackManyItem } from '../engine/create-tracker.js';
import { ParcelineError } from '../errors/parceline-error.js';
import type { RateLimitOptions } from '../http/rate-limiter.js';
import { createSandbox, type Sandbox, type SandboxCarrierOptions } from '../testing/create-sandbox.js';
import { formatTimeline } from '../timeline/format-timeline.js';
import type { CliArguments } from './cli-arguments.js';
import { UsageError } from './cli-arguments.js';
import { configureCarriers, type CliCarrier, type ConfiguredCarrier } from './cli-carrier.js';
import { readAll, type CliIo } from './cli-io.js';
import { EXIT_CODES, type ExitCode } from './exit-codes.js';

/** A failure of the run as a whole, before any number was tracked (exit code 3). */
export class ConfigurationProblem extends Error {}

/**
 * `parceline track <number...>`: tracks every number (batched per carrier, carriers concurrently), then prints
 * each result in input order: a timeline, or with `--json` a JSON array of unified results. Failures go to
 * stderr; with more than one number a progress line per finished number goes to stderr too.
 */
export async function runTrack(args: CliArguments, carriers: readonly CliCarrier[], io: CliIo): Promise<ExitCode> {
  const numbers = await readNumbers(args.positionals, io);
  if (numbers.length === 0) throw new UsageError('track needs at least one tracking number (or - to read them from stdin)');

  let sandbox: Sandbox | undefined;
  if (args.sandbox) sandbox = await startSandbox(args, io);
  try {
    let configured: ConfiguredCarrier[];
    try {
      configured = configureCarriers(carriers, io.env, sandbox ? (id) => (sandbox.carriers.includes(id) ? sandbox.adapterOptions(id) : undefined) : undefined);
    } catch (error) {
      if (ParcelineError.isInstance(error)) throw new ConfigurationProblem(error.message);
      throw error;
    }
    const byId = new Map(configured.map((carrier) => [carrier.adapter.id, carrier]));
    if (args.carrier !== undefined && !byId.has(args.carrier)) {
      throw new UsageError(`unknown carrier ${args.carrier}; carriers are ${[...byId.keys()].sort().join(', ')}`);
    }
    const unlimited: RateLimitOptions = { requestsPerSecond: Number.POSITIVE_INFINITY, maxConcurrent: 8 };
    const tracker = createTracker({
      carriers: configured.map((carrier) => carrier.adapter),
      ...(args.locale ? { locale: args.locale } : {}),
      // The sandbox is local: the carriers' published pacing (DHL 1 a second, Canada Post 20 a minute) does not apply.
      ...(sandbox ? { carrierLimits: Object.fromEntries(configured.map((carrier) => [carrier.adapter.id, unlimited])) } : {}),
    });

    const order = new InputOrder(numbers);
    const inputs = numbers.map((number) => withCarrier(number, args.carrier, configured));
    const items: Array<{ index: number; item: TrackManyItem }> = [];
    try {
      for await (const item of tracker.trackMany(inputs, { ...(args.locale ? { locale: args.locale } : {}), ...(io.signal ? { signal: io.signal } : {}) })) {
        items.push({ index: order.place(item.trackingNumber), item });
        if (numbers.length > 1 && !args.quiet) io.stderr.write(`${progressLine(items.length, numbers.length, item)}\n`);
      }
    } finally {
      await tracker.close();
    }
    if (io.signal?.aborted) return EXIT_CODES.interrupted;

    items.sort((left, right) => left.index - right.index);
    const results = items.flatMap(({ item }) => (item.ok ? [item.result] : []));
    if (args.json) io.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
    else {
      const text = results.map((result) => formatTimeline(result, { ...(args.locale ? { locale: args.locale } : {}), carrierName: byId.get(result.carrier)?.adapter.displayName ?? result.carrier }));
      if (text.length > 0) io.stdout.write(`${text.join('\n\n')}\n`);
    }
    for (const { item } of items) {
      if (item.ok) continue;
      io.stderr.write(`parceline: ${item.trackingNumber}${item.carrier ? ` (${item.carrier})` : ''}: ${item.error.code}: ${item.error.message}\n`);
      const carrier = item.carrier ? byId.get(item.carrier) : undefined;
      if (item.error.code === 'CONFIGURATION_ERROR' && carrier && !carrier.hasCredentials) {
        io.stderr.write(`  set ${carrier.credentialVariables.join(' and ')}, or try it with --sandbox\n`);
      }
    }
    if (items.some(({ item }) => !item.ok)) return EXIT_CODES.failed;
    if (results.some((result) => result.outcome === 'not_found')) return EXIT_CODES.notFound;
    return EXIT_CODES.ok;
  } finally {
    await sandbox?.close();
  }
}

/**
 * The number with the carrier to ask: the one given with `--carrier`; else, when the number fits several carriers,
 * the best detected one that has credentials (a China Post S10 number is tracked by USPS too: with only USPS
 * credentials, USPS is asked). Without such a carrier, the tracker detects it as usual.
 */
function withCarrier(number: string, carrier: string | undefined, configured: readonly ConfiguredCarrier[]): TrackManyInput {
  if (carrier !== undefined) return { trackingNumber: number, carrier };
  const ready = configured.filter((candidate) => candidate.hasCredentials).map((candidate) => candidate.adapter);
  const ids = ready.map((adapter) => adapter.id);
  const detected = detectCarrier(number, { preferCarriers: ids }).candidates.find((candidate) => candidate.checkDigit !== 'invalid' && ids.includes(candidate.carrier));
  if (detected) return { trackingNumber: number, carrier: detected.carrier };
  // Detection names the issuing post of an S10 number; the adapters also know who else tracks it.
  const cleaned = number.replace(/[\s-]+/g, '').toUpperCase();
  const matching = ready
    .map((adapter) => ({ adapter, match: adapter.matchTrackingNumber(cleaned) }))
    .filter((candidate) => candidate.match !== null && candidate.match.checkDigit !== 'invalid');
  const best = matching.find((candidate) => candidate.match?.checkDigit === 'valid') ?? matching[0];
  return best ? { trackingNumber: number, carrier: best.adapter.id } : number;
}

/** Positional numbers, with `-` replaced by the lines of stdin (blank lines and `#` comments skipped). */
async function readNumbers(positionals: readonly string[], io: CliIo): Promise<string[]> {
  const numbers: string[] = [];
  for (const positional of positionals) {
    if (positional !== '-') {
      numbers.push(positional);
      continue;
    }
    if (io.stdin.isTTY) throw new UsageError('- reads numbers from stdin, but stdin is a terminal');
    for (const line of (await readAll(io.stdin)).split(/\r?\n/)) {
      const number = line.trim();
      if (number !== '' && !number.startsWith('#')) numbers.push(number);
    }
  }
  return numbers;
}

async function startSandbox(args: CliArguments, io: CliIo): Promise<Sandbox> {
  const fixturesDir = findFixtures(args.fixtures, io);
  if (fixturesDir === undefined && !args.quiet) {
    io.stderr.write('parceline: sandbox without fixtures (no --fixtures, PARCELINE_FIXTURES_DIR or ./fixtures): every number answers "not found"\n');
  }
  const carriers: Record<string, { scenarios: Record<string, string> }> = {};
  for (const { carrier, trackingNumber, fixture } of args.scenarios) {
    (carriers[carrier] ??= { scenarios: {} }).scenarios[trackingNumber] = fixture;
  }
  try {
    return await createSandbox({
      ...(fixturesDir ? { fixturesDir } : {}),
      scenariosFromFixtures: true,
      carriers: carriers as Record<string, SandboxCarrierOptions>,
    });
  } catch (error) {
    if (ParcelineError.isInstance(error)) throw new ConfigurationProblem(error.message);
    throw error;
  }
}

function findFixtures(given: string | undefined, io: CliIo): string | undefined {
  const named = given ?? io.env.PARCELINE_FIXTURES_DIR;
  if (named !== undefined) {
    const path = resolve(io.cwd, named);
    if (!existsSync(path) || !statSync(path).isDirectory()) throw new ConfigurationProblem(`fixtures directory ${path} does not exist`);
    return path;
  }
  const local = resolve(io.cwd, 'fixtures');
  return existsSync(local) && statSync(local).isDirectory() ? local : undefined;
}

function progressLine(done: number, total: number, item: TrackManyItem): string {
  const outcome = item.ok ? (item.result.outcome === 'not_found' ? 'not found' : item.result.status) : `failed ${item.error.code}`;
  return `[${done}/${total}] ${item.trackingNumber} ${item.carrier ?? '?'}: ${outcome}`;
}

/**
 * Puts results back in input order: `trackMany` yields them as they finish, under the number as the carrier
 * wants it (`1z 4w7e…` becomes `1Z4W7E…`, a USPS `420` ZIP prefix is dropped). Each input is known under its
 * cleaned forms; a result takes the first input of its number not yet placed.
 */
class InputOrder {
  readonly #positions = new Map<string, number[]>();
  #extra: number;

  constructor(inputs: readonly string[]) {
    this.#extra = inputs.length;
    inputs.forEach((input, index) => {
      const detection = detectCarrier(input);
      const forms = new Set([input.trim().toUpperCase(), detection.normalized ?? '', ...detection.candidates.map((candidate) => candidate.normalized)]);
      for (const form of forms) if (form !== '') this.#positions.set(form, [...(this.#positions.get(form) ?? []), index]);
    });
  }

  place(trackingNumber: string): number {
    const positions = this.#positions.get(trackingNumber.trim().toUpperCase());
    const index = positions?.shift();
    if (index === undefined) return this.#extra++;
    for (const list of this.#positions.values()) {
      const at = list.indexOf(index);
      if (at >= 0) list.splice(at, 1);
    }
    return index;
  }
}
