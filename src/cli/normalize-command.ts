import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { normalize } from '../engine/normalize.js';
import { ParcelineError } from '../errors/parceline-error.js';
import { formatTimeline } from '../timeline/format-timeline.js';
import type { CliArguments } from './cli-arguments.js';
import { UsageError } from './cli-arguments.js';
import type { CliCarrier } from './cli-carrier.js';
import { readAll, type CliIo } from './cli-io.js';
import { EXIT_CODES, type ExitCode } from './exit-codes.js';

/**
 * `parceline normalize --carrier <id> [file]`: normalizes a raw carrier body (a stored response, a webhook
 * payload) read from a file, or from stdin with `-` or no file. No network, no credentials. `--number` names the
 * numbers for bodies that do not (a not-found answer).
 */
export async function runNormalize(args: CliArguments, carriers: readonly CliCarrier[], io: CliIo): Promise<ExitCode> {
  if (args.carrier === undefined) throw new UsageError('normalize needs --carrier <id>');
  if (args.positionals.length > 1) throw new UsageError('normalize reads one body: a file, or - for stdin');
  const carrier = carriers.find((candidate) => candidate.factory().id === args.carrier);
  if (!carrier) throw new UsageError(`unknown carrier ${args.carrier}; carriers are ${carriers.map((candidate) => candidate.factory().id).sort().join(', ')}`);
  const adapter = carrier.factory();

  const file = args.positionals[0];
  let body: string;
  if (file === undefined || file === '-') {
    if (io.stdin.isTTY) throw new UsageError('normalize needs a file, or a body piped to stdin');
    body = await readAll(io.stdin);
  } else {
    try {
      body = readFileSync(resolve(io.cwd, file), 'utf8');
    } catch (error) {
      io.stderr.write(`parceline: cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}\n`);
      return EXIT_CODES.failed;
    }
  }

  let results;
  try {
    results = normalize(adapter, body, {
      ...(args.locale ? { locale: args.locale } : {}),
      ...(args.numbers.length > 0 ? { trackingNumbers: args.numbers } : {}),
      fetchedAt: new Date(),
    });
  } catch (error) {
    if (!ParcelineError.isInstance(error)) throw error;
    io.stderr.write(`parceline: ${error.code}: ${error.message}\n`);
    return EXIT_CODES.failed;
  }
  if (args.json) io.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
  else io.stdout.write(`${results.map((result) => formatTimeline(result, { ...(args.locale ? { locale: args.locale } : {}), carrierName: adapter.displayName })).join('\n\n')}\n`);
  return results.some((result) => result.outcome === 'not_found') ? EXIT_CODES.notFound : EXIT_CODES.ok;
}
