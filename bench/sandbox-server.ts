/**
 * The benchmark's carrier sandbox, run as its own process so that serving requests does not share the
 * benchmarked process's thread: `fork('bench/sandbox-server.ts')`, then send `{ count, fixture, delayed }` over IPC;
 * it answers `{ baseUrl, credentials }` once listening. The first `count` numbers of the UPS bench series
 * (`bench/ups-numbers.ts`) answer the fixture, renumbered, at once; `delayed.count` numbers from
 * `DELAYED_NUMBERS_START` answer it after `delayed.delayMs`, as a carrier across a network would. Recorded requests
 * are dropped every second (the benchmark makes hundreds of thousands). It exits when its parent disconnects.
 */
import { fileURLToPath } from 'node:url';
import { createSandbox, type SandboxScenario } from '../src/testing/index.js';
import { DELAYED_NUMBERS_START, upsBenchNumber } from './ups-numbers.js';

interface Setup {
  count: number;
  fixture: string;
  delayed: { count: number; delayMs: number };
}

process.once('message', (message: Setup) => {
  void (async () => {
    const scenarios: Record<string, SandboxScenario> = {};
    for (let index = 0; index < message.count; index++) scenarios[upsBenchNumber(index)] = message.fixture;
    const { count, delayMs } = message.delayed;
    for (let index = DELAYED_NUMBERS_START; index < DELAYED_NUMBERS_START + count; index++) scenarios[upsBenchNumber(index)] = { fixture: message.fixture, delayMs };
    const sandbox = await createSandbox({ fixturesDir: fileURLToPath(new URL('../fixtures', import.meta.url)), carriers: { ups: { scenarios } } });
    const cleaner = setInterval(() => sandbox.clearRequests(), 1000);
    process.once('disconnect', () => {
      clearInterval(cleaner);
      void sandbox.close();
    });
    process.send?.({ baseUrl: sandbox.baseUrl('ups'), credentials: sandbox.credentials('ups') });
  })();
});
