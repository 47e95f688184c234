import type { ReliabilityCarrier } from './carrier-cases.js';

/** A small seeded PRNG (mulberry32): the same seed gives the same run. Returns floats in [0, 1). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/**
 * `count` distinct numbers the carrier's own matcher accepts with a check digit that is not invalid: the digits of
 * its sample numbers are redrawn at random until enough candidates pass `matchTrackingNumber`.
 */
export function validNumbers(carrier: ReliabilityCarrier, count: number, random: () => number): string[] {
  const adapter = carrier.factory();
  const found = new Set<string>();
  const samples = adapter.sampleTrackingNumbers;
  for (let attempt = 0; found.size < count; attempt++) {
    if (attempt > count * 200) throw new Error(`could not make ${count} valid ${carrier.id} numbers`);
    const sample = samples[attempt % samples.length] as string;
    const candidate = sample.replace(/\d/g, () => String(Math.floor(random() * 10)));
    const match = adapter.matchTrackingNumber(candidate);
    if (match && match.checkDigit !== 'invalid') found.add(match.normalized);
  }
  return [...found];
}
