import { afterEach, describe, expect, it } from 'vitest';
import { TrackingResult } from '../../src/index.js';
import { createSandbox, type Sandbox } from '../../src/testing/index.js';
import { runParceline, startScript } from './cli-process.js';

/** The CLI as a user runs it: a spawned process, its real output and exit code. */
const sandboxes: Sandbox[] = [];
afterEach(async () => {
  for (const sandbox of sandboxes.splice(0)) await sandbox.close();
});

async function externalSandbox(options: Parameters<typeof createSandbox>[0]): Promise<Sandbox> {
  const sandbox = await createSandbox({ fixturesDir: new URL('../../fixtures/', import.meta.url), ...options });
  sandboxes.push(sandbox);
  return sandbox;
}

/** PARCELINE_USPS_* variables that point the CLI's USPS adapter at a sandbox. */
function uspsEnvironment(sandbox: Sandbox, overrides: Record<string, string> = {}): Record<string, string> {
  const credentials = sandbox.credentials('usps');
  return {
    PARCELINE_USPS_CLIENT_ID: credentials.clientId as string,
    PARCELINE_USPS_CLIENT_SECRET: credentials.clientSecret as string,
    PARCELINE_USPS_BASE_URL: sandbox.baseUrl('usps'),
    ...overrides,
  };
}

describe('parceline track', () => {
  it('tracks numbers of two carriers against the sandbox and prints unified JSON in input order, with progress on stderr', async () => {
    const outcome = await runParceline(['track', 'LZ506837246CN', '1z7a 61w2 6662 8184 09', '--sandbox', '--json']);

    expect(outcome.code).toBe(0);
    const results = (JSON.parse(outcome.stdout) as unknown[]).map((value) => TrackingResult.parse(value));
    expect(results.map((result) => [result.carrier, result.trackingNumber, result.status])).toEqual([
      ['china-post', 'LZ506837246CN', 'delivered'],
      ['ups', '1Z7A61W26662818409', 'delivered'],
    ]);
    expect(outcome.stderr).toMatch(/^\[1\/2\] \S+ \S+: delivered$/m);
    expect(outcome.stderr).toMatch(/^\[2\/2\] \S+ \S+: delivered$/m);
  });

  it("prints a readable timeline with local times, places, labels in the asked locale and the carrier's own words", async () => {
    const chinese = await runParceline(['track', '1Z7A61W26662818409', '--sandbox', '--locale', 'zh-CN']);

    expect(chinese.code).toBe(0);
    expect(chinese.stdout).toContain('运单号 1Z7A61W26662818409（UPS）');
    expect(chinese.stdout).toContain('当前状态：已签收');
    expect(chinese.stdout).toMatch(/^ {2}2024-06-03 18:45 -05:00 {2}DALLAS, TX, US {2}· {2}已揽收$/m);
    expect(chinese.stdout).toContain('承运商原文：Origin Scan');
  });

  it('reads numbers from stdin with -, answers a --scenario, and exits 4 when a number is not found', async () => {
    const outcome = await runParceline(['track', '-', '--sandbox', '--json', '--scenario', 'usps:9400111699005555555555=track-zones-pacific', '--quiet'], {
      input: '# numbers of the day\n9400111699005555555555\n\n9400 1116 9900 7777 7777 77\n',
    });

    expect(outcome.code).toBe(4);
    const results = JSON.parse(outcome.stdout) as TrackingResult[];
    expect(results.map((result) => [result.trackingNumber, result.outcome, result.status])).toEqual([
      ['9400111699005555555555', 'found', 'delivered'],
      ['9400111699007777777777', 'not_found', 'pending'],
    ]);
    expect(outcome.stderr).toBe('');
  });

  it('reads credentials from PARCELINE_* variables and tracks over HTTP against the given base URL', async () => {
    const sandbox = await externalSandbox({ carriers: { usps: { scenarios: { '9400111699001234567819': 'track-delivered' } } } });

    const outcome = await runParceline(['track', '9400111699001234567819', '--json'], { env: uspsEnvironment(sandbox) });

    expect(outcome.code).toBe(0);
    expect((JSON.parse(outcome.stdout) as TrackingResult[])[0]?.status).toBe('delivered');
    expect(sandbox.requests.map((request) => `${request.kind}:${request.status}`)).toEqual(['token:200', 'tracking:200']);
  });

  it('exits 1 and names the failure on stderr when a carrier refuses the credentials', async () => {
    const sandbox = await externalSandbox({});

    const refused = await runParceline(['track', '9400111699001234567819'], { env: uspsEnvironment(sandbox, { PARCELINE_USPS_CLIENT_SECRET: 'WRONG-secret-4411' }) });

    expect(refused.code).toBe(1);
    expect(refused.stdout).toBe('');
    expect(refused.stderr).toMatch(/^parceline: 9400111699001234567819 \(usps\): CARRIER_AUTH_FAILED: /m);
    expect(refused.stderr).not.toContain('WRONG-secret-4411');
  });

  it('stops on Ctrl-C while a carrier is slow and exits 130', async () => {
    const sandbox = await externalSandbox({ carriers: { usps: { scenarios: { '9400111699001234567819': { fixture: 'track-delivered', delayMs: 20_000 } } } } });
    const running = startScript('bin/parceline.ts', ['track', '9400111699001234567819'], { env: uspsEnvironment(sandbox) });

    await expect.poll(() => sandbox.requests.some((request) => request.kind === 'tracking'), { timeout: 15_000, interval: 50 }).toBe(true);
    running.child.kill('SIGINT');
    const outcome = await running.done;

    expect(outcome.code).toBe(130);
    expect(outcome.stdout).toBe('');
  });
});

describe('parceline normalize', () => {
  it('normalizes a stored body from a file into a timeline, without network or credentials', async () => {
    const fromFile = await runParceline(['normalize', '--carrier', 'usps', 'fixtures/usps/track-inbound-customs.json']);

    expect(fromFile.code).toBe(0);
    expect(fromFile.stdout).toContain('Tracking LX482063155CN (USPS)');
    expect(fromFile.stdout).toMatch(/^ {2}2024-05-06 11:47 -04:00 {2}NEW YORK, NY, US {2}· {2}Held by customs$/m);
    expect(fromFile.stdout).toContain("Carrier's words: Held in Customs");
  });
});

describe('parceline usage', () => {
  it('exits 2 with the reason and a pointer to --help for a command line it cannot run', async () => {
    const outcome = await runParceline(['frobnicate']);

    expect(outcome.code).toBe(2);
    expect(outcome.stdout).toBe('');
    expect(outcome.stderr).toBe('parceline: unknown command frobnicate; commands are track, detect, normalize\nRun parceline --help for usage.\n');
  });
});
