/**
 * Measures a function's cost per call: warm-up, then several rounds of a calibrated batch, reporting
 * the median round. Used by every benchmark so ratios compare like with like.
 */
export function measure(fn: () => unknown, options: { rounds?: number; minRoundMs?: number } = {}): number {
  const rounds = options.rounds ?? 7;
  const minRoundMs = options.minRoundMs ?? 40;
  let iterations = 1;
  for (;;) {
    const started = performance.now();
    for (let index = 0; index < iterations; index++) fn();
    if (performance.now() - started >= minRoundMs / 4 || iterations > 1e7) break;
    iterations *= 2;
  }
  iterations = Math.max(1, iterations * 4);
  const samples: number[] = [];
  for (let round = 0; round < rounds; round++) {
    const started = performance.now();
    for (let index = 0; index < iterations; index++) fn();
    samples.push((performance.now() - started) / iterations);
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)] as number;
}

/** Formats milliseconds as µs with three significant digits. */
export function micros(ms: number): string {
  return `${(ms * 1000).toPrecision(3)} µs`;
}

/** The median of some samples (the upper one of the middle two for an even count). */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}
