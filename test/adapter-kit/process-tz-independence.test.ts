import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const repositoryRoot = fileURLToPath(new URL('../../', import.meta.url));
const toInstantUrl = new URL('../../src/adapter-kit/to-instant.ts', import.meta.url).href;
const resolveTimeZoneUrl = new URL('../../src/adapter-kit/resolve-time-zone.ts', import.meta.url).href;

/**
 * Runs in a child process under a given TZ. Prints the process's own offset at the epoch (to prove the
 * TZ took effect) and, on a second line, the answers that must not depend on it.
 */
const childScript = `
const { toInstant } = await import(${JSON.stringify(toInstantUrl)});
const { resolveTimeZone } = await import(${JSON.stringify(resolveTimeZoneUrl)});
const inputs = [
  { date: '2024-11-03', time: '01:30', timeZone: 'America/New_York' },
  { date: '2024-11-03', time: '01:30', timeZone: 'America/New_York', basis: 'assumed_zone' },
  { date: '2024-03-10', time: '02:30', timeZone: 'America/New_York' },
  { date: '2024-10-27', time: '02:30', timeZone: 'Europe/Berlin' },
  { date: '2024-03-31', time: '02:30', timeZone: 'Europe/Berlin' },
  { date: '2024-04-07', time: '02:30', timeZone: 'Australia/Sydney' },
  { date: '2024-10-06', time: '02:30', timeZone: 'Australia/Sydney' },
  { date: '2024-04-07', time: '01:45', timeZone: 'Australia/Lord_Howe' },
  { date: '2024-10-06', time: '02:15', timeZone: 'Australia/Lord_Howe' },
  { date: '2024-04-07', time: '03:00', timeZone: 'Pacific/Chatham' },
  { date: '2024-09-29', time: '02:50', timeZone: 'Pacific/Chatham' },
  { date: '2024-05-01', time: '22:15:07.250', timeZone: 'Asia/Shanghai' },
  { date: '20240501', time: '74700', timeZone: 'America/Chicago' },
  { date: '2024-09-08', timeZone: 'America/Santiago' },
  { date: '2011-12-30', time: '12:00', timeZone: 'Pacific/Apia' },
  { date: '2024-05-01', time: '10:00', offset: '-0500' },
  { date: '2024-05-01', offset: '+8' },
  { instant: '2024-05-01T10:03:00-04:00' },
  { instant: '2024-05-01T10:03:00Z', timeZone: 'Pacific/Chatham' },
  { date: '2024-02-30', time: '10:00', timeZone: 'UTC' },
];
const places = [
  { countryCode: 'US', region: 'KY', city: 'Bowling Green' },
  { countryCode: 'US', postalCode: '79901' },
  { countryCode: 'US', region: 'KY' },
  { countryCode: 'CA', postalCode: 'A1C 5M2' },
  { countryCode: 'AUS' },
  { countryCode: 'NZ', region: 'Chatham Islands' },
  { countryCode: '中国' },
];
const answers = {
  instants: inputs.map((input) => toInstant(input)),
  zones: places.map((place) => resolveTimeZone(place)),
};
console.log(new Date(0).getTimezoneOffset());
console.log(JSON.stringify(answers));
`;

function runUnder(timeZone: string): Promise<{ processOffset: number; answers: string }> {
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', '--input-type=module', '-e', childScript],
      { cwd: repositoryRoot, env: { ...process.env, TZ: timeZone }, timeout: 15_000 },
      (error, stdout, stderr) => {
        if (error) {
          reject(new Error(`child under TZ=${timeZone} failed: ${error.message}\n${stderr}`));
          return;
        }
        const [offsetLine = '', answers = ''] = stdout.trim().split('\n');
        resolve({ processOffset: Number(offsetLine), answers });
      },
    );
  });
}

describe('process TZ independence', () => {
  it('gives byte-identical instants and zones under TZ=UTC, Asia/Shanghai, America/New_York and Pacific/Chatham', async () => {
    const zones = ['UTC', 'Asia/Shanghai', 'America/New_York', 'Pacific/Chatham'];
    const runs = await Promise.all(zones.map((zone) => runUnder(zone)));

    // The children really ran under different zones (offsets at 1970-01-01, in minutes west of UTC).
    expect(runs.map((run) => run.processOffset)).toEqual([0, -480, 300, -765]);

    const [first, ...others] = runs.map((run) => run.answers);
    for (const other of others) expect(other).toBe(first);

    const parsed = JSON.parse(first!) as { instants: ({ occurredAt: string; localTime: string } | null)[]; zones: ({ timeZone: string } | null)[] };
    expect(parsed.instants).toHaveLength(20);
    expect(parsed.instants[0]?.occurredAt).toBe('2024-11-03T05:30:00.000Z');
    expect(parsed.instants[2]?.localTime).toBe('2024-03-10T03:30:00-04:00');
    expect(parsed.instants[3]?.occurredAt).toBe('2024-10-27T00:30:00.000Z');
    expect(parsed.instants[19]).toBeNull();
    expect(parsed.zones.map((zone) => zone?.timeZone)).toEqual([
      'America/Chicago',
      'America/Denver',
      'America/New_York',
      'America/St_Johns',
      'Australia/Sydney',
      'Pacific/Chatham',
      'Asia/Shanghai',
    ]);
  });
});
