#!/usr/bin/env node
/**
 * Entry of the `parceline` command (built to `dist/cli/index.js`, the package's `bin`). It lives outside `src/`
 * because it imports the carrier adapters, which `src/` never does; everything else is in `src/cli/`.
 * Credentials come from `PARCELINE_<CARRIER>_<OPTION>` environment variables (docs/cli.md).
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runCli } from '../src/cli/index.js';
import { CLI_CARRIERS } from './cli-carriers.js';

/** The version of the package this file belongs to (`package.json` above it, in the repository or in `dist/`). */
function packageVersion(): string | undefined {
  let folder = dirname(fileURLToPath(import.meta.url));
  for (let depth = 0; depth < 4; depth++) {
    const file = join(folder, 'package.json');
    if (existsSync(file)) {
      const manifest = JSON.parse(readFileSync(file, 'utf8')) as { name?: string; version?: string };
      if (manifest.name === 'parceline') return manifest.version;
    }
    folder = dirname(folder);
  }
  return undefined;
}

const controller = new AbortController();
process.once('SIGINT', () => controller.abort());
const version = packageVersion();
process.exitCode = await runCli(process.argv.slice(2), {
  carriers: CLI_CARRIERS,
  stdout: process.stdout,
  stderr: process.stderr,
  stdin: process.stdin,
  env: process.env,
  cwd: process.cwd(),
  signal: controller.signal,
  ...(version ? { version } : {}),
});
