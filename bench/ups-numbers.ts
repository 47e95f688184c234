import { computeUpsMod10CheckDigit } from '../src/adapter-kit/check-digits.js';

/**
 * The `index`-th of a deterministic series of valid UPS `1Z` numbers (shipper `B7E4K2`, service `66`, the index
 * as the 7-digit package id, then the UPS mod 10 check digit), so the benchmark and its sandbox process agree on
 * the numbers without sending them to each other.
 *
 * @example
 * upsBenchNumber(0); // '1ZB7E4K2660000000' + check digit
 */
export function upsBenchNumber(index: number): string {
  const serial = `B7E4K266${String(index).padStart(7, '0')}`;
  return `1Z${serial}${computeUpsMod10CheckDigit(serial) as number}`;
}

/** `count` numbers of the series from `start`, lazily. */
export function* upsBenchNumbers(count: number, start = 0): Generator<string> {
  for (let index = start; index < start + count; index++) yield upsBenchNumber(index);
}

/** Where the numbers the sandbox answers after a delay start in the series (the others answer at once). */
export const DELAYED_NUMBERS_START = 9_000_000;
