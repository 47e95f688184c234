import { parseArgs } from 'node:util';

/** The parsed command line of one run. */
export interface CliArguments {
  command: 'track' | 'detect' | 'normalize' | 'help' | 'version';
  positionals: string[];
  carrier: string | undefined;
  locale: string | undefined;
  json: boolean;
  sandbox: boolean;
  fixtures: string | undefined;
  /** `--scenario carrier:number=fixture`, parsed. */
  scenarios: Array<{ carrier: string; trackingNumber: string; fixture: string }>;
  numbers: string[];
  quiet: boolean;
}

/** A command line the CLI cannot run; the message says why. */
export class UsageError extends Error {}

const OPTIONS = {
  carrier: { type: 'string' },
  locale: { type: 'string' },
  json: { type: 'boolean' },
  sandbox: { type: 'boolean' },
  fixtures: { type: 'string' },
  scenario: { type: 'string', multiple: true },
  number: { type: 'string', multiple: true },
  quiet: { type: 'boolean', short: 'q' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const;

/** Options each command accepts besides `--help`. */
const ALLOWED: Readonly<Record<'track' | 'detect' | 'normalize', readonly string[]>> = {
  track: ['carrier', 'locale', 'json', 'sandbox', 'fixtures', 'scenario', 'quiet'],
  detect: ['json'],
  normalize: ['carrier', 'locale', 'json', 'number'],
};

const LOCALE = /^[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*$/;
const SCENARIO = /^([a-z][a-z0-9-]*):([^=]+)=(.+)$/;

/**
 * Reads `argv` (without the node and script paths). Throws {@link UsageError} for an unknown command or option, an
 * option the command does not take, a missing value or a malformed one.
 *
 * @example
 * parseCliArguments(['track', '1Z4W7E210355182041', '--locale', 'zh-CN', '--json']);
 * // { command: 'track', positionals: ['1Z4W7E210355182041'], locale: 'zh-CN', json: true, ... }
 */
export function parseCliArguments(argv: readonly string[]): CliArguments {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message.split('\n')[0] : String(error));
  }
  const { values, positionals } = parsed;
  const [first, ...rest] = positionals;
  const base = {
    positionals: rest,
    carrier: values.carrier,
    locale: values.locale,
    json: values.json ?? false,
    sandbox: values.sandbox ?? false,
    fixtures: values.fixtures,
    scenarios: (values.scenario ?? []).map(readScenario),
    numbers: values.number ?? [],
    quiet: values.quiet ?? false,
  };
  if (values.version && first === undefined) return { ...base, command: 'version' };
  if (values.help || first === undefined || first === 'help') return { ...base, command: 'help' };
  if (first !== 'track' && first !== 'detect' && first !== 'normalize') throw new UsageError(`unknown command ${first}; commands are track, detect, normalize`);
  const given = Object.keys(values).filter((name) => name !== 'help' && values[name as keyof typeof values] !== undefined);
  const refused = given.filter((name) => !ALLOWED[first].includes(name));
  if (refused.length > 0) throw new UsageError(`${first} does not take ${refused.map((name) => `--${name}`).join(', ')}`);
  if (base.locale !== undefined && !LOCALE.test(base.locale)) throw new UsageError(`--locale ${base.locale} is not a language tag such as en or zh-CN`);
  if (base.carrier !== undefined && base.carrier.trim() === '') throw new UsageError('--carrier needs a carrier id');
  if ((base.scenarios.length > 0 || base.fixtures !== undefined) && !base.sandbox) throw new UsageError('--scenario and --fixtures need --sandbox');
  return { ...base, command: first };
}

function readScenario(text: string): { carrier: string; trackingNumber: string; fixture: string } {
  const match = SCENARIO.exec(text.trim());
  if (!match) throw new UsageError(`--scenario ${text} is not <carrier>:<number>=<fixture>, e.g. ups:1Z7A61W26662818409=track-international-customs`);
  return { carrier: match[1] as string, trackingNumber: (match[2] as string).trim(), fixture: (match[3] as string).trim() };
}
