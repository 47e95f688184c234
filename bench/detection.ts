/**
 * Benchmark and accuracy of `detectCarrier` against the `ts-tracking-number` package on the public test numbers
 * of the peer data set (`../shared/peer/tracking_number_data` from the repository root, read at run time and
 * never copied). Both libraries run in the same process on the same numbers, through the shared `measure`
 * harness (warm-up, calibrated rounds, median).
 *
 * Run: `npx tsx bench/detection.ts` (add `--short` for a quick run).
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { getTracking } from 'ts-tracking-number';
import { findIssuingPost } from '../src/adapter-kit/data/upu-posts.js';
import { detectCarrier } from '../src/detection/detect-carrier.js';
import { measure } from './measure.js';

/** The peer data set, relative to the repository root. */
export const PEER_DATA_RELATIVE_PATH = '../shared/peer/tracking_number_data';

const REPOSITORY_ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));

/** Absolute path of the peer data set's folder (it may be absent). */
export const PEER_DATA_DIRECTORY = resolve(REPOSITORY_ROOT, PEER_DATA_RELATIVE_PATH);

/** Peer `courier_code` → parceline carrier id, for the couriers parceline covers. `s10` is decided per number. */
export const COVERED_PEER_COURIERS: Readonly<Record<string, string>> = {
  amazon: 'amazon',
  canada_post: 'canada-post',
  dhl: 'dhl',
  fedex: 'fedex',
  lasership: 'lasership',
  ontrac: 'ontrac',
  s10: 'upu-s10',
  ups: 'ups',
  usps: 'usps',
};

/** Couriers `ts-tracking-number` 1.0.17 knows; the accuracy comparison uses the ones both libraries cover. */
export const PEER_LIBRARY_COURIERS: readonly string[] = ['amazon', 'dhl', 'fedex', 'ontrac', 's10', 'ups', 'usps'];

/** One labelled test number of the peer set. */
export interface PeerTrackingNumber {
  /** As written in the data, spaces included. */
  trackingNumber: string;
  courier: string;
  /** The peer format's id, or its name when it has none. */
  format: string;
  label: 'valid' | 'invalid';
}

/** Whether the peer data set is present. */
export function hasPeerData(): boolean {
  return existsSync(join(PEER_DATA_DIRECTORY, 'couriers'));
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function stringList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}

/** Reads every labelled test number of the peer set (throws if the folder is absent: check {@link hasPeerData}). */
export function loadPeerTrackingNumbers(): PeerTrackingNumber[] {
  const directory = join(PEER_DATA_DIRECTORY, 'couriers');
  const numbers: PeerTrackingNumber[] = [];
  for (const file of readdirSync(directory).filter((name) => name.endsWith('.json')).sort()) {
    const courierFile: unknown = JSON.parse(readFileSync(join(directory, file), 'utf8'));
    if (!isRecord(courierFile) || typeof courierFile.courier_code !== 'string' || !Array.isArray(courierFile.tracking_numbers)) continue;
    for (const definition of courierFile.tracking_numbers) {
      if (!isRecord(definition) || !isRecord(definition.test_numbers)) continue;
      const format = typeof definition.id === 'string' ? definition.id : String(definition.name);
      for (const label of ['valid', 'invalid'] as const) {
        for (const trackingNumber of stringList(definition.test_numbers[label])) {
          numbers.push({ trackingNumber, courier: courierFile.courier_code, format, label });
        }
      }
    }
  }
  return numbers;
}

/** The parceline carrier a peer number should get: for S10, the post of its country suffix. */
export function expectedCarrier(entry: PeerTrackingNumber): string | null {
  const carrier = COVERED_PEER_COURIERS[entry.courier];
  if (carrier === undefined) return null;
  if (carrier !== 'upu-s10') return carrier;
  const compact = entry.trackingNumber.replace(/\s/g, '').toUpperCase();
  return findIssuingPost(compact.slice(-2))?.id ?? null;
}

/** How one library did on the labelled numbers of a set of couriers. */
export interface AccuracyFigures {
  /** Valid numbers looked at. */
  valid: number;
  /** Valid numbers whose courier is the first (or only) answer. */
  validTop1: number;
  /** Valid numbers whose courier is among the answers. */
  validAmongCandidates: number;
  /** Invalid numbers looked at. */
  invalid: number;
  /** Invalid numbers not reported as their own courier with a passing (or absent) check digit. */
  invalidRejected: number;
}

/** parceline's accuracy on the peer numbers of the given couriers (default: all it covers). */
export function measureParcelineAccuracy(
  numbers: readonly PeerTrackingNumber[],
  couriers: readonly string[] = Object.keys(COVERED_PEER_COURIERS),
): AccuracyFigures & { misses: string[] } {
  const figures = { valid: 0, validTop1: 0, validAmongCandidates: 0, invalid: 0, invalidRejected: 0, misses: [] as string[] };
  for (const entry of numbers) {
    if (!couriers.includes(entry.courier)) continue;
    const result = detectCarrier(entry.trackingNumber);
    const isS10 = entry.courier === 's10';
    if (entry.label === 'valid') {
      const expected = expectedCarrier(entry);
      const fits = (candidate: (typeof result.candidates)[number]) =>
        candidate.carrier === expected && (!isS10 || candidate.format === 'upu-s10');
      figures.valid += 1;
      if (result.candidates[0] !== undefined && fits(result.candidates[0])) figures.validTop1 += 1;
      if (result.candidates.some(fits)) figures.validAmongCandidates += 1;
      else figures.misses.push(`valid ${entry.courier} ${entry.format} ${JSON.stringify(entry.trackingNumber)}`);
    } else {
      const courierCarrier = COVERED_PEER_COURIERS[entry.courier];
      const claimed = result.candidates.some(
        (candidate) =>
          candidate.checkDigit !== 'invalid' && (isS10 ? candidate.format === 'upu-s10' : candidate.carrier === courierCarrier),
      );
      figures.invalid += 1;
      if (!claimed) figures.invalidRejected += 1;
      else figures.misses.push(`invalid ${entry.courier} ${entry.format} ${JSON.stringify(entry.trackingNumber)}`);
    }
  }
  return figures;
}

/** `ts-tracking-number`'s accuracy on the same numbers; it returns one answer, so top-1 equals "among candidates". */
export function measurePeerLibraryAccuracy(numbers: readonly PeerTrackingNumber[], couriers: readonly string[] = PEER_LIBRARY_COURIERS): AccuracyFigures {
  const figures = { valid: 0, validTop1: 0, validAmongCandidates: 0, invalid: 0, invalidRejected: 0 };
  for (const entry of numbers) {
    if (!couriers.includes(entry.courier)) continue;
    const answer = getTracking(entry.trackingNumber);
    const right = answer?.courier.code === entry.courier;
    if (entry.label === 'valid') {
      figures.valid += 1;
      if (right) {
        figures.validTop1 += 1;
        figures.validAmongCandidates += 1;
      }
    } else {
      figures.invalid += 1;
      if (!right) figures.invalidRejected += 1;
    }
  }
  return figures;
}

/** One line of the detection benchmark. */
export interface DetectionRow {
  library: 'parceline detectCarrier' | 'ts-tracking-number getTracking';
  /** Numbers per second: every peer test number once per call, median of the rounds. */
  numbersPerSecond: number;
  /** This library's speed divided by `ts-tracking-number`'s, measured in the same run. */
  speedRatio: number;
  /** Accuracy on the couriers both libraries cover ({@link PEER_LIBRARY_COURIERS}). */
  accuracy: AccuracyFigures;
}

/**
 * Measures numbers per second of `detectCarrier` and of `ts-tracking-number`'s `getTracking` on every test
 * number of the peer set (with the shared `measure` harness: warm-up, calibrated rounds, median; twice, in
 * alternating order, averaged), plus both libraries' accuracy on the couriers they both cover. Returns no rows
 * when the peer data set is absent.
 *
 * @example
 * const rows = await benchDetection({ short: true });
 * printDetection(rows);
 */
export async function benchDetection(options: { short?: boolean } = {}): Promise<DetectionRow[]> {
  if (!hasPeerData()) return [];
  const numbers = loadPeerTrackingNumbers();
  const inputs = numbers.map((entry) => entry.trackingNumber);
  const measureOptions = options.short ? { rounds: 3, minRoundMs: 5 } : { rounds: 9, minRoundMs: 60 };
  const subjects = [
    { library: 'parceline detectCarrier', run: () => inputs.map((input) => detectCarrier(input)) },
    { library: 'ts-tracking-number getTracking', run: () => inputs.map((input) => getTracking(input)) },
  ] as const;
  const millisecondsPerPass = new Map<string, number[]>();
  for (const order of [subjects, [...subjects].reverse()]) {
    for (const subject of order) {
      const samples = millisecondsPerPass.get(subject.library) ?? [];
      samples.push(measure(subject.run, measureOptions));
      millisecondsPerPass.set(subject.library, samples);
    }
    await new Promise((resolveRound) => setImmediate(resolveRound));
  }
  const speedOf = (library: string) => {
    const samples = millisecondsPerPass.get(library) ?? [];
    const meanMs = samples.reduce((sum, value) => sum + value, 0) / samples.length;
    return (inputs.length * 1000) / meanMs;
  };
  const baseline = speedOf('ts-tracking-number getTracking');
  const accuracies = {
    'parceline detectCarrier': measureParcelineAccuracy(numbers, PEER_LIBRARY_COURIERS),
    'ts-tracking-number getTracking': measurePeerLibraryAccuracy(numbers),
  };
  return subjects.map(({ library }) => ({
    library,
    numbersPerSecond: speedOf(library),
    speedRatio: speedOf(library) / baseline,
    accuracy: accuracies[library],
  }));
}

function percent(part: number, whole: number): string {
  return whole === 0 ? 'n/a' : `${((100 * part) / whole).toFixed(1)} %`;
}

/** Prints the rows as a table, with the speed ratio and the accuracy of both libraries. */
export function printDetection(rows: readonly DetectionRow[]): void {
  if (rows.length === 0) {
    console.log(`\ndetection: skipped, the peer data set is not at ${PEER_DATA_RELATIVE_PATH} (resolved to ${PEER_DATA_DIRECTORY})`);
    return;
  }
  console.log(`\ndetection on the peer test numbers (median of rounds; accuracy on ${PEER_LIBRARY_COURIERS.join(', ')})`);
  console.table(
    rows.map((row) => ({
      library: row.library,
      'numbers/s': Math.round(row.numbersPerSecond),
      'x ts-tracking-number': `${row.speedRatio.toFixed(1)}x`,
      'valid top-1': `${row.accuracy.validTop1}/${row.accuracy.valid} (${percent(row.accuracy.validTop1, row.accuracy.valid)})`,
      'valid among answers': `${row.accuracy.validAmongCandidates}/${row.accuracy.valid} (${percent(row.accuracy.validAmongCandidates, row.accuracy.valid)})`,
      'invalid rejected': `${row.accuracy.invalidRejected}/${row.accuracy.invalid} (${percent(row.accuracy.invalidRejected, row.accuracy.invalid)})`,
    })),
  );
}

async function main(): Promise<void> {
  const short = process.argv.includes('--short');
  const rows = await benchDetection({ short });
  printDetection(rows);
  if (rows.length === 0) return;
  const own = measureParcelineAccuracy(loadPeerTrackingNumbers());
  console.log(
    `parceline on all ${Object.keys(COVERED_PEER_COURIERS).length} covered couriers: valid top-1 ${own.validTop1}/${own.valid}, ` +
      `valid among candidates ${own.validAmongCandidates}/${own.valid}, invalid rejected ${own.invalidRejected}/${own.invalid}`,
  );
  for (const miss of own.misses) console.log(`  miss: ${miss}`);
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await main();
}
