/**
 * Startup cost: the time to import `parceline` plus one carrier (UPS), against importing `undici` alone (the
 * HTTP client parceline builds on, and the smallest thing a host that tracks parcels would import anyway).
 * Each import runs in a fresh child process with the same Node binary and flags, timed inside the child from
 * just before the first `import()` to just after the last; several runs, alternating, medians, ratio.
 *
 * The built package (`dist/`, from `npm run build`) is imported when present, as users get it; otherwise the
 * sources through tsx (the baseline then runs under tsx too, so both pay the loader, and parceline pays the
 * transpilation a built package would not).
 *
 * Run: `npx tsx bench/startup.ts` (add `--short` for a quick run, `--dist=<folder>` to import a build made
 * elsewhere, for example of another revision; its `node_modules` must resolve from there).
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/** One line of the startup benchmark. */
export interface StartupRow {
  subject: string;
  /** What was imported, as the child saw it. */
  imports: readonly string[];
  /** Median import time over the runs, in milliseconds. */
  medianMs: number;
  /** Every run, in milliseconds, in the order measured. */
  runsMs: number[];
  /** This subject's median divided by the baseline's (undici alone). */
  ratio: number;
}

/** What the startup benchmark measured, and how. */
export interface StartupReport {
  /** `dist` when a built package was imported, `src` when the sources went through tsx. */
  source: 'dist' | 'src';
  rows: StartupRow[];
}

/** Options of {@link benchStartup}. */
export interface StartupOptions {
  short?: boolean;
  /** A built `dist/` folder to import instead of this repository's (default: `dist/` here when built). */
  distDirectory?: string | undefined;
}

interface Subject {
  subject: string;
  imports: string[];
}

function subjects(distDirectory: string | undefined): Subject[] {
  const file = (path: string) => pathToFileURL(path).href;
  const parceline =
    distDirectory !== undefined
      ? [file(`${distDirectory}/index.js`), file(`${distDirectory}/carriers/ups/index.js`)]
      : [file(`${root}src/index.ts`), file(`${root}carriers/ups/index.ts`)];
  return [
    { subject: 'parceline + ups', imports: parceline },
    { subject: 'undici (baseline)', imports: ['undici'] },
  ];
}

/** Runs one import in a fresh process; gives the milliseconds the child measured around its imports. */
function timeImport(imports: readonly string[], loaderFlags: readonly string[]): number {
  const script = [
    'const started = performance.now();',
    ...imports.map((specifier) => `await import(${JSON.stringify(specifier)});`),
    'process.stdout.write(String(performance.now() - started));',
  ].join('\n');
  const output = execFileSync(process.execPath, [...loaderFlags, '--input-type=module', '--eval', script], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, NODE_OPTIONS: '' },
  });
  return Number(output.trim());
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

/**
 * Measures the import time of parceline plus UPS and of undici alone, each in fresh child processes,
 * alternating so that both see the same machine load; one warm-up round (file system cache) is not counted.
 *
 * @example
 * const report = benchStartup({ short: true });
 * printStartup(report);
 */
export function benchStartup(options: StartupOptions = {}): StartupReport {
  const built = (folder: string) => existsSync(`${folder}/index.js`) && existsSync(`${folder}/carriers/ups/index.js`);
  const distDirectory = options.distDirectory !== undefined ? resolve(options.distDirectory) : built(`${root}dist`) ? `${root}dist` : undefined;
  if (distDirectory !== undefined && !built(distDirectory)) throw new Error(`no built package in ${distDirectory}`);
  const source = distDirectory === undefined ? 'src' : 'dist';
  const loaderFlags = source === 'src' ? ['--import', 'tsx'] : [];
  const list = subjects(distDirectory);
  const runs = options.short ? 3 : 9;
  const samples = new Map<string, number[]>(list.map((entry) => [entry.subject, []]));
  for (const entry of list) timeImport(entry.imports, loaderFlags);
  for (let run = 0; run < runs; run++) {
    const order = run % 2 === 0 ? list : [...list].reverse();
    for (const entry of order) samples.get(entry.subject)?.push(timeImport(entry.imports, loaderFlags));
  }
  const baseline = median(samples.get('undici (baseline)') ?? []);
  return {
    source,
    rows: list.map((entry) => {
      const runsMs = samples.get(entry.subject) ?? [];
      const medianMs = median(runsMs);
      return { subject: entry.subject, imports: entry.imports, medianMs, runsMs, ratio: medianMs / baseline };
    }),
  };
}

/** Prints the startup rows as a table. */
export function printStartup(report: StartupReport): void {
  console.log(`\nstartup: import time in a fresh process (median of runs; ${report.source === 'dist' ? 'built dist/' : 'sources through tsx, no dist/ built'})`);
  console.log(['subject', 'median', 'runs', 'x undici'].join('\t'));
  for (const row of report.rows) {
    console.log([row.subject, `${row.medianMs.toFixed(1)} ms`, row.runsMs.map((value) => value.toFixed(0)).join(' '), `${row.ratio.toFixed(1)}x`].join('\t'));
  }
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  const dist = process.argv.find((argument) => argument.startsWith('--dist='))?.slice('--dist='.length);
  printStartup(benchStartup({ short: process.argv.includes('--short'), distDirectory: dist }));
}
