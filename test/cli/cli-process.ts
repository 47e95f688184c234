import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** The repository root: the CLI runs there, so `--sandbox` finds `./fixtures`. */
export const REPO = fileURLToPath(new URL('../../', import.meta.url));

/** What a finished process left. */
export interface ProcessOutcome {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** A started process and its outcome. */
export interface RunningProcess {
  child: ChildProcess;
  /** Everything written to stdout so far. */
  stdout(): string;
  done: Promise<ProcessOutcome>;
}

/**
 * Starts a TypeScript entry of the repository as a user would run it (`node --import tsx <file> ...`) on the Node
 * that runs the tests, with an environment holding only PATH, HOME and `env` (no PARCELINE_* of the machine).
 */
export function startScript(file: string, args: readonly string[], options: { env?: Record<string, string>; input?: string } = {}): RunningProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', file, ...args], {
    cwd: REPO,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...options.env },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout?.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  if (options.input !== undefined) child.stdin?.end(options.input);
  else child.stdin?.end();
  const done = new Promise<ProcessOutcome>((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
  return { child, stdout: () => stdout, done };
}

/** Runs the `parceline` CLI entry to the end. */
export function runParceline(args: readonly string[], options: { env?: Record<string, string>; input?: string } = {}): Promise<ProcessOutcome> {
  return startScript('bin/parceline.ts', args, options).done;
}
