import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * Time-zone independence: normalize over every fixture and mergeLegs over every journey, each in its own child
 * process under a different TZ (support/tz-snapshot.ts), must print byte-identical JSON. Pacific/Chatham (+12:45 /
 * +13:45), America/St_Johns (-03:30 / -02:30) and Asia/Shanghai catch any use of the process zone, UTC the rest.
 */
const REPO = fileURLToPath(new URL('../../', import.meta.url));
const SCRIPT = fileURLToPath(new URL('./support/tz-snapshot.ts', import.meta.url));
const ZONES = ['UTC', 'Asia/Shanghai', 'America/St_Johns', 'Pacific/Chatham'];

function snapshotUnder(zone: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', SCRIPT], {
      cwd: REPO,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', TZ: zone },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.once('error', reject);
    child.once('close', (code) => (code === 0 ? resolve(stdout) : reject(new Error(`TZ=${zone} exited ${code}: ${stderr.slice(0, 2_000)}`))));
  });
}

describe('time-zone independence', () => {
  it('normalizes every fixture and merges every journey to identical JSON under UTC, Shanghai, St Johns and Chatham', async () => {
    const outputs = await Promise.all(ZONES.map(async (zone) => ({ zone, output: JSON.parse(await snapshotUnder(zone)) as { zone: string; fixtures: Record<string, unknown>; journeys: Record<string, { legs: number }> } })));

    expect(outputs.map((entry) => entry.output.zone)).toEqual(ZONES);
    const [reference] = outputs;
    const fixtureCount = Object.keys(reference?.output.fixtures ?? {}).length;
    const withResults = Object.values(reference?.output.fixtures ?? {}).filter((outcome) => typeof outcome === 'object' && outcome !== null && 'results' in outcome).length;
    expect(fixtureCount).toBeGreaterThan(70);
    expect(withResults).toBeGreaterThan(50);
    expect(Object.values(reference?.output.journeys ?? {}).map((journey) => journey.legs)).toEqual([2, 2, 2, 2]);
    for (const { zone, output } of outputs.slice(1)) {
      expect({ zone, fixtures: output.fixtures, journeys: output.journeys }).toEqual({ zone, fixtures: reference?.output.fixtures, journeys: reference?.output.journeys });
    }
  }, 60_000);
});
