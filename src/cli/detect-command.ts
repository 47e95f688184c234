import { detectCarrier, type DetectionCandidate } from '../detection/detect-carrier.js';
import type { CliArguments } from './cli-arguments.js';
import { UsageError } from './cli-arguments.js';
import type { CliCarrier } from './cli-carrier.js';
import type { CliIo } from './cli-io.js';
import { EXIT_CODES, type ExitCode } from './exit-codes.js';

/**
 * `parceline detect <number>`: the carriers a number may belong to, best first, with the format, check digit and
 * confidence; carriers this CLI has no adapter for are marked. `--json` prints the `DetectionResult`.
 */
export function runDetect(args: CliArguments, carriers: readonly CliCarrier[], io: CliIo): ExitCode {
  if (args.positionals.length !== 1) throw new UsageError('detect takes exactly one tracking number');
  const input = args.positionals[0] as string;
  const known = carriers.map((carrier) => carrier.factory().id);
  const detection = detectCarrier(input, { preferCarriers: known });
  if (args.json) io.stdout.write(`${JSON.stringify(detection, null, 2)}\n`);
  else if (detection.rejected) io.stderr.write(`parceline: ${detection.rejected.message}\n`);
  else {
    const lines = [detection.normalized ?? input, ...detection.candidates.map((candidate) => describe(candidate, known.includes(candidate.carrier)))];
    io.stdout.write(`${lines.join('\n')}\n`);
  }
  return detection.candidates.length > 0 ? EXIT_CODES.ok : EXIT_CODES.notFound;
}

function describe(candidate: DetectionCandidate, hasAdapter: boolean): string {
  const parts = [
    candidate.carrier.padEnd(14),
    candidate.format.padEnd(16),
    `check digit ${candidate.checkDigit.padEnd(7)}`,
    `confidence ${candidate.confidence.toFixed(2)}`,
  ];
  if (candidate.service) parts.push(`service ${[candidate.service.code, candidate.service.name].filter(Boolean).join(' ')}`);
  if (candidate.originCountry) parts.push(`issued in ${candidate.originCountry}`);
  if (candidate.destinationPostalCode) parts.push(`to ZIP ${candidate.destinationPostalCode}`);
  if (candidate.lastMileCarrier) parts.push(`last mile ${candidate.lastMileCarrier}`);
  if (!hasAdapter) parts.push('(no adapter)');
  return `  ${parts.join('  ')}`;
}
