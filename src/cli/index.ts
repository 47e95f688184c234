/**
 * The `parceline` command line. The entry file (`bin/parceline.ts`) imports the carriers and calls
 * {@link runCli}; everything here takes its carriers and streams as arguments.
 */
export { runCli, usage, type RunCliOptions } from './run-cli.js';
export { environmentName, configureCarriers, type CliCarrier, type ConfiguredCarrier } from './cli-carrier.js';
export type { CliIo } from './cli-io.js';
export { EXIT_CODES, type ExitCode } from './exit-codes.js';
export { parseCliArguments, UsageError, type CliArguments } from './cli-arguments.js';
