/**
 * The long fuzz run of every adapter's parse (issue 9): `npx tsx scripts/fuzz.ts [casesPerAdapter] [--carrier id]
 * [--seed n]`. Defaults: 100,000 cases per adapter, every adapter, a seed from the clock (printed, so a run can be
 * repeated). Each case mutates one of the carrier's fixtures (test/reliability/support/hostile-bodies.ts) and must
 * normalize into results that pass the strict schema or a typed CarrierResponseError, within the time limit.
 * Prints, per adapter, the outcomes, the cases per second and the slowest parse; every failure with the fixture and
 * the mutation plan that reproduce it. Exits 1 when any case failed.
 */
import fc from 'fast-check';
import { CASE_TIME_LIMIT_MS, FUZZ_ADAPTERS, bodyOf, caseArbitrary, judge, seedBodies, type Mutation } from '../test/reliability/support/hostile-bodies.js';

interface Arguments {
  cases: number;
  carriers: string[];
  seed: number;
}

function readArguments(argv: readonly string[]): Arguments {
  const out: Arguments = { cases: 100_000, carriers: Object.keys(FUZZ_ADAPTERS), seed: Date.now() % 2_147_483_647 };
  for (let index = 0; index < argv.length; index++) {
    const argument = argv[index] as string;
    if (argument === '--carrier') out.carriers = (argv[++index] ?? '').split(',');
    else if (argument === '--seed') out.seed = Number(argv[++index]);
    else if (/^\d+$/.test(argument)) out.cases = Number(argument);
    else throw new Error(`unknown argument ${argument}; usage: tsx scripts/fuzz.ts [casesPerAdapter] [--carrier id[,id]] [--seed n]`);
  }
  for (const carrier of out.carriers) if (!FUZZ_ADAPTERS[carrier]) throw new Error(`unknown carrier ${carrier}; known: ${Object.keys(FUZZ_ADAPTERS).join(', ')}`);
  return out;
}

const CHUNK = 500;

function main(): number {
  const options = readArguments(process.argv.slice(2));
  console.log(`fuzzing ${options.carriers.join(', ')}: ${options.cases} cases per adapter, seed ${options.seed}, time limit ${CASE_TIME_LIMIT_MS} ms per case`);
  let failures = 0;
  let slowestOverall = { ms: 0, where: '' };
  for (const carrier of options.carriers) {
    const adapter = (FUZZ_ADAPTERS[carrier] as () => ReturnType<(typeof FUZZ_ADAPTERS)[string]>)();
    const seeds = seedBodies(carrier);
    const tally = { results: 0, refused: 0, failed: 0 };
    let slowest = { ms: 0, where: '' };
    const started = performance.now();
    let done = 0;
    for (let chunk = 0; done < options.cases; chunk++) {
      const seed = seeds[chunk % seeds.length] as (typeof seeds)[number];
      const runs = Math.min(CHUNK, options.cases - done);
      const check = fc.check(
        fc.property(caseArbitrary(seed), ({ plan, asText }) => {
          const verdict = judge(adapter, bodyOf(seed, plan, asText), seed);
          if (verdict.ms > slowest.ms) slowest = { ms: verdict.ms, where: `${seed.file} ${describePlan(plan)} asText=${asText}` };
          if (!verdict.ok) throw new Error(verdict.problem);
          tally[verdict.outcome]++;
        }),
        { numRuns: runs, seed: options.seed + chunk, endOnFailure: true },
      );
      done += check.numRuns;
      if (check.failed) {
        failures++;
        tally.failed++;
        console.log(`FAIL ${carrier} ${seed.file} (seed ${options.seed + chunk}): ${String((check.errorInstance as Error | undefined)?.message ?? check.errorInstance).split('\n')[0]}`);
        console.log(`     counterexample: ${JSON.stringify(check.counterexample)}`);
      }
    }
    const seconds = (performance.now() - started) / 1000;
    console.log(
      `${carrier}: ${done} cases in ${seconds.toFixed(1)} s (${Math.round(done / seconds)}/s): ${tally.results} results, ${tally.refused} refused, ${tally.failed} failed; ` +
        `slowest parse ${slowest.ms.toFixed(1)} ms: ${slowest.where}`,
    );
    if (slowest.ms > slowestOverall.ms) slowestOverall = { ms: slowest.ms, where: `${carrier} ${slowest.where}` };
  }
  console.log(`slowest parse overall: ${slowestOverall.ms.toFixed(1)} ms (${slowestOverall.where})`);
  console.log(failures === 0 ? 'no failure' : `${failures} failure(s)`);
  return failures === 0 ? 0 : 1;
}

function describePlan(plan: readonly Mutation[]): string {
  return JSON.stringify(plan, (key, value: unknown) => (typeof value === 'string' && value.length > 60 ? `${value.slice(0, 60)}…(${value.length})` : value));
}

process.exitCode = main();
