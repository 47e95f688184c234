import { ParcelineError } from '../errors/parceline-error.js';
import { UsageError, parseCliArguments } from './cli-arguments.js';
import { environmentName, type CliCarrier } from './cli-carrier.js';
import type { CliIo } from './cli-io.js';
import { runDetect } from './detect-command.js';
import { EXIT_CODES, type ExitCode } from './exit-codes.js';
import { runNormalize } from './normalize-command.js';
import { ConfigurationProblem, runTrack } from './track-command.js';

/** What {@link runCli} needs besides the arguments. */
export interface RunCliOptions extends CliIo {
  /** The carriers this CLI can use (the entry file imports them). */
  carriers: readonly CliCarrier[];
  /** Printed by `--version`. */
  version?: string;
}

/**
 * Runs one `parceline` command line and returns its exit code (see `EXIT_CODES`). Writes only to the given
 * streams; never calls `process.exit`.
 *
 * @example
 * const code = await runCli(['track', '1Z4W7E210355182041', '--json'], { carriers, stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, env: process.env, cwd: process.cwd() });
 * process.exitCode = code;
 */
export async function runCli(argv: readonly string[], options: RunCliOptions): Promise<ExitCode> {
  const { carriers, ...io } = options;
  try {
    const args = parseCliArguments(argv);
    switch (args.command) {
      case 'help':
        io.stdout.write(usage(carriers));
        return EXIT_CODES.ok;
      case 'version':
        io.stdout.write(`${options.version ?? 'unknown'}\n`);
        return EXIT_CODES.ok;
      case 'track':
        return await runTrack(args, carriers, io);
      case 'detect':
        return runDetect(args, carriers, io);
      case 'normalize':
        return await runNormalize(args, carriers, io);
    }
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(`parceline: ${error.message}\nRun parceline --help for usage.\n`);
      return EXIT_CODES.usage;
    }
    if (error instanceof ConfigurationProblem) {
      io.stderr.write(`parceline: ${error.message}\n`);
      return EXIT_CODES.configuration;
    }
    if (io.signal?.aborted) return EXIT_CODES.interrupted;
    if (ParcelineError.isInstance(error)) {
      io.stderr.write(`parceline: ${error.code}: ${error.message}\n`);
      return EXIT_CODES.failed;
    }
    throw error;
  }
}

/** The `--help` text, with each carrier's environment variables. */
export function usage(carriers: readonly CliCarrier[]): string {
  const variables = carriers.map((carrier) => {
    const id = carrier.factory().id;
    return `  ${id.padEnd(12)} ${carrier.options.map((option) => environmentName(id, option)).join(' ')}`;
  });
  return `Usage: parceline <command> [options]

Commands:
  track <number...>          Track numbers; - reads numbers from stdin, one per line
    --carrier <id>           Carrier of every number (default: detected from each number)
    --locale <tag>           Language of labels and carrier texts (default en; labels in en and zh-CN)
    --json                   Print the unified results as a JSON array
    --sandbox                Ask a local carrier sandbox instead of the carriers: no credentials, no network
    --fixtures <dir>         Fixtures the sandbox serves (default $PARCELINE_FIXTURES_DIR, else ./fixtures)
    --scenario <c:n=name>    Sandbox: number n of carrier c answers with fixture name (repeatable)
    -q, --quiet              No progress on stderr
  detect <number>            The carriers a number may belong to
    --json                   Print the detection result as JSON
  normalize --carrier <id> [file]
                             Normalize a raw carrier body from a file or stdin (-); no network
    --number <n>             A number the body answers, for bodies that do not name it (repeatable)
    --locale <tag>, --json

Credentials come from the environment (PARCELINE_<CARRIER>_<OPTION>):
${variables.join('\n')}

Exit codes: 0 ok, 1 some numbers failed, 2 usage error, 3 configuration error,
            4 not found (yet) or no carrier detected, 130 interrupted.
`;
}
