import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { CLI_CARRIERS } from '../../bin/cli-carriers.js';
import { EXIT_CODES, environmentName, parseCliArguments, runCli, UsageError } from '../../src/cli/index.js';
import type { TrackingResult } from '../../src/index.js';
import { REPO } from './cli-process.js';

/**
 * The same CLI in-process (the carriers of `bin/cli-carriers.ts`, captured streams): the usage matrix and the
 * commands that need no network, without paying a process start for each.
 */
async function cli(args: string[], options: { env?: Record<string, string>; input?: string } = {}) {
  let stdout = '';
  let stderr = '';
  const stdin = options.input === undefined ? Object.assign(Readable.from([]), { isTTY: true }) : Object.assign(Readable.from([options.input]), { isTTY: false });
  const code = await runCli(args, {
    carriers: CLI_CARRIERS,
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
    stdin,
    env: options.env ?? {},
    cwd: REPO,
    version: '9.9.9',
  });
  return { code, stdout, stderr };
}

describe('runCli', () => {
  it('answers each kind of bad command line with exit code 2 and the reason', async () => {
    const cases: Array<[string[], string]> = [
      [['track'], 'parceline: track needs at least one tracking number (or - to read them from stdin)'],
      [['track', '1Z7A61W26662818409', '--bogus'], "parceline: Unknown option '--bogus'"],
      [['detect', '1Z7A61W26662818409', '--sandbox'], 'parceline: detect does not take --sandbox'],
      [['detect'], 'parceline: detect takes exactly one tracking number'],
      [['track', '1Z7A61W26662818409', '--carrier', 'pigeon', '--sandbox'], 'parceline: unknown carrier pigeon; carriers are canada-post, china-post, dhl, fedex, royal-mail, ups, usps'],
      [['track', '1Z7A61W26662818409', '--scenario', 'ups:1Z=track-x'], 'parceline: --scenario and --fixtures need --sandbox'],
      [['track', '1Z7A61W26662818409', '--sandbox', '--scenario', 'nonsense'], 'parceline: --scenario nonsense is not <carrier>:<number>=<fixture>'],
      [['track', '1Z7A61W26662818409', '--locale', 'no such locale'], 'parceline: --locale no such locale is not a language tag such as en or zh-CN'],
      [['track', '-'], 'parceline: - reads numbers from stdin, but stdin is a terminal'],
      [['normalize', 'fixtures/ups/track-domestic-delivered.json'], 'parceline: normalize needs --carrier <id>'],
      [['normalize', '--carrier', 'ups'], 'parceline: normalize needs a file, or a body piped to stdin'],
    ];
    for (const [args, message] of cases) {
      const outcome = await cli(args);
      expect(outcome.code, args.join(' ')).toBe(EXIT_CODES.usage);
      expect(outcome.stderr.startsWith(message), `${args.join(' ')}: ${outcome.stderr}`).toBe(true);
      expect(outcome.stderr).toContain('Run parceline --help for usage.');
      expect(outcome.stdout).toBe('');
    }
  });

  it('names the variables to set when a carrier has no credentials, and exits 1', async () => {
    const outcome = await cli(['track', '1Z7A61W26662818409']);

    expect(outcome.code).toBe(EXIT_CODES.failed);
    expect(outcome.stderr).toContain('parceline: 1Z7A61W26662818409 (ups): CONFIGURATION_ERROR: ');
    expect(outcome.stderr).toContain('  set PARCELINE_UPS_CLIENT_ID and PARCELINE_UPS_CLIENT_SECRET, or try it with --sandbox');
  });

  it('exits 3 for an environment an adapter refuses, or a fixtures directory that does not exist', async () => {
    const halfCredentials = await cli(['track', '1Z7A61W26662818409'], { env: { PARCELINE_UPS_CLIENT_ID: 'only-the-id' } });
    const noFixtures = await cli(['track', '1Z7A61W26662818409', '--sandbox', '--fixtures', 'no/such/dir']);
    const unknownFixture = await cli(['track', '1Z7A61W26662818409', '--sandbox', '--scenario', 'ups:1Z7A61W26662818409=track-nothing']);

    expect([halfCredentials.code, noFixtures.code, unknownFixture.code]).toEqual([3, 3, 3]);
    expect(halfCredentials.stderr).toBe('parceline: ups needs both clientId and clientSecret; only clientId was given\n');
    expect(noFixtures.stderr).toMatch(/^parceline: fixtures directory .*no\/such\/dir does not exist\n$/);
    expect(unknownFixture.stderr).toMatch(/^parceline: sandbox scenario ups 1Z7A61W26662818409: no fixture ups\/track-nothing; known: /);
  });

  it('prefers a carrier that has credentials when a number fits several', async () => {
    // LZ…CN numbers fit China Post (first in the list) and USPS; only USPS has credentials here.
    const outcome = await cli(['track', 'LZ506837246CN', '--json'], {
      env: { PARCELINE_USPS_CLIENT_ID: 'id', PARCELINE_USPS_CLIENT_SECRET: 'secret', PARCELINE_USPS_BASE_URL: 'http://127.0.0.1:9' },
    });

    expect(outcome.code).toBe(EXIT_CODES.failed);
    expect(outcome.stderr).toMatch(/^parceline: LZ506837246CN \(usps\): CARRIER_NETWORK_ERROR: /);
  });

  it('prints detection results as text or JSON and exits 4 when no carrier matches', async () => {
    const text = await cli(['detect', '1z4w 7e21-0355 1820 41']);
    const json = await cli(['detect', 'LZ506837246CN', '--json']);
    const none = await cli(['detect', 'hello']);

    expect(text.code).toBe(EXIT_CODES.ok);
    expect(text.stdout).toMatch(/^1Z4W7E210355182041\n {2}ups +ups-1z +check digit valid +confidence 0\.98 +service 03 Ground\n$/);
    expect(json.code).toBe(EXIT_CODES.ok);
    expect((JSON.parse(json.stdout) as { candidates: Array<{ carrier: string; originCountry?: string }> }).candidates[0]).toMatchObject({ carrier: 'china-post', originCountry: 'CN' });
    expect(none.code).toBe(EXIT_CODES.notFound);
    expect(none.stderr).toMatch(/^parceline: /);
    expect(none.stdout).toBe('');
  });

  it('normalizes bodies from stdin, names numbers for bodies that do not, and exits 1 for a body it cannot read', async () => {
    const fromStdin = await cli(['normalize', '--carrier', 'dhl', '--json', '--locale', 'zh-CN', '-'], { input: '{"shipments":[{"id":"3847105920","events":[]}]}' });
    const notFound = await cli(['normalize', '--carrier', 'ups', '--number', '1ZH4T5920358812448', 'fixtures/ups/track-not-found-404.json']);
    const broken = await cli(['normalize', '--carrier', 'fedex'], { input: 'not json at all' });
    const missing = await cli(['normalize', '--carrier', 'fedex', 'no-such-file.json']);

    expect(fromStdin.code).toBe(EXIT_CODES.ok);
    expect((JSON.parse(fromStdin.stdout) as TrackingResult[])[0]).toMatchObject({ carrier: 'dhl', trackingNumber: '3847105920', locale: 'zh-CN', events: [] });
    expect(notFound.code).toBe(EXIT_CODES.notFound);
    expect(notFound.stdout).toContain('Tracking 1ZH4T5920358812448 (UPS)');
    expect(notFound.stdout).toContain('The carrier has no record of this number yet.');
    expect(broken.code).toBe(EXIT_CODES.failed);
    expect(broken.stderr).toMatch(/^parceline: CARRIER_RESPONSE_INVALID: /);
    expect(missing.code).toBe(EXIT_CODES.failed);
    expect(missing.stderr).toBe('parceline: cannot read no-such-file.json: ENOENT\n');
  });

  it('prints help with every carrier variable and the exit codes, and the version it was given', async () => {
    const help = await cli(['--help']);
    const version = await cli(['--version']);

    expect(help.code).toBe(EXIT_CODES.ok);
    for (const carrier of CLI_CARRIERS) {
      const id = carrier.factory().id;
      for (const option of carrier.options) expect(help.stdout).toContain(environmentName(id, option));
    }
    expect(help.stdout).toContain('Exit codes: 0 ok, 1 some numbers failed, 2 usage error, 3 configuration error');
    expect(version).toEqual({ code: 0, stdout: '9.9.9\n', stderr: '' });
  });
});

describe('environmentName and parseCliArguments', () => {
  it('names carrier options as PARCELINE_<CARRIER>_<OPTION> in SCREAMING_SNAKE case', () => {
    expect(environmentName('ups', 'clientId')).toBe('PARCELINE_UPS_CLIENT_ID');
    expect(environmentName('canada-post', 'username')).toBe('PARCELINE_CANADA_POST_USERNAME');
    expect(environmentName('china-post', 'signKey')).toBe('PARCELINE_CHINA_POST_SIGN_KEY');
    expect(environmentName('dhl', 'apiKey')).toBe('PARCELINE_DHL_API_KEY');
  });

  it('reads repeated scenarios and refuses options of other commands', () => {
    const args = parseCliArguments(['track', 'A', 'B', '--sandbox', '--scenario', 'ups:1Z 7A=track-x', '--scenario', 'canada-post:7023164810935270=track-delivered-fr']);

    expect(args.command).toBe('track');
    expect(args.positionals).toEqual(['A', 'B']);
    expect(args.scenarios).toEqual([
      { carrier: 'ups', trackingNumber: '1Z 7A', fixture: 'track-x' },
      { carrier: 'canada-post', trackingNumber: '7023164810935270', fixture: 'track-delivered-fr' },
    ]);
    expect(() => parseCliArguments(['normalize', '--sandbox'])).toThrow(UsageError);
  });
});
