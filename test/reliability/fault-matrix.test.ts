import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSandbox, type Sandbox } from '../../src/testing/index.js';
import { startBlackhole, type Blackhole } from './support/blackhole.js';
import { FIXTURES_DIR } from './support/carrier-cases.js';
import { BUDGET_SLACK_MS, ENTRY_POINTS, FAULT_ROWS, carriersOf, matrixCells, settingsOf } from './support/fault-matrix.js';
import { matrixSandboxCarriers, runCell } from './support/run-cell.js';

/**
 * Every carrier adapter against real HTTP on 127.0.0.1 under every fault of the matrix (support/fault-matrix.ts),
 * through `track` and `trackMany`: what the user gets, how many requests reached the server, how long it took
 * against the configured budget, and that no credential or token shows anywhere the user or the logger can see.
 */
let sandbox: Sandbox;
let blackhole: Promise<Blackhole> | undefined;

beforeAll(async () => {
  sandbox = await createSandbox({ fixturesDir: FIXTURES_DIR, carriers: matrixSandboxCarriers() });
});

afterAll(async () => {
  await sandbox.close();
  if (blackhole) await (await blackhole).close();
});

describe('the fault matrix', () => {
  it('covers every carrier through both entry points for every row', () => {
    expect(matrixCells().length).toBe(FAULT_ROWS.reduce((sum, row) => sum + carriersOf(row).length * ENTRY_POINTS.length, 0));
    expect(new Set(FAULT_ROWS.map((row) => row.id)).size).toBe(FAULT_ROWS.length);
  });

  FAULT_ROWS.forEach((row, rotation) => {
    describe.concurrent(row.id, () => {
      for (const carrier of carriersOf(row)) {
        const expected = row.expect(carrier);
        const { budgetMs } = settingsOf(row);
        const gives = expected.outcome === 'found' ? 'the result' : `${expected.outcome} ${expected.code}`;
        it(`${carrier.id} answers "${row.fault}" with ${gives} through track and trackMany, within budget, leaking no secret`, async () => {
          for (const entry of ENTRY_POINTS) {
            const observed = await runCell(row, carrier, entry, { sandbox, rotation, blackhole: () => (blackhole ??= startBlackhole()) });
            const { elapsedMs, leaks, items, ...outcome } = observed;
            expect({ entry, ...outcome }).toEqual({ entry, ...expected });
            expect(items, `${entry} yields one item`).toBe(1);
            expect(leaks, `${entry} leaks`).toEqual([]);
            expect(elapsedMs, `${entry} time`).toBeLessThanOrEqual(budgetMs + BUDGET_SLACK_MS);
            expect(elapsedMs, `${entry} waits`).toBeGreaterThanOrEqual(expected.minElapsedMs);
          }
        });
      }
    });
  });
});
