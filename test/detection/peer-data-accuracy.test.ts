import { describe, expect, it } from 'vitest';
import {
  COVERED_PEER_COURIERS,
  PEER_DATA_DIRECTORY,
  PEER_DATA_RELATIVE_PATH,
  hasPeerData,
  loadPeerTrackingNumbers,
  measureParcelineAccuracy,
} from '../../bench/detection.js';
import { detectCarrier } from '../../src/detection/detect-carrier.js';

const present = hasPeerData();
const SKIP_REASON = `peer data set not found at ${PEER_DATA_RELATIVE_PATH} (${PEER_DATA_DIRECTORY}); accuracy not measured`;
if (!present) console.warn(`skipping: ${SKIP_REASON}`);

// Measured on the peer set at b79ce4bf (see docs/detection.md): 145 valid and 65 invalid numbers of the covered
// couriers, every valid one with its carrier first, every invalid one refused. The floors below are those figures.
const VALID_AMONG_CANDIDATES_FLOOR = 1;
const VALID_TOP1_FLOOR = 1;
const INVALID_REJECTED_FLOOR = 1;

describe.skipIf(!present)(`accuracy on the public test numbers in ${PEER_DATA_RELATIVE_PATH}`, () => {
  const numbers = present ? loadPeerTrackingNumbers() : [];
  const covered = numbers.filter((entry) => entry.courier in COVERED_PEER_COURIERS);

  it('reads the labelled numbers of every covered courier', () => {
    const couriers = new Set(covered.map((entry) => entry.courier));
    expect([...couriers].sort()).toEqual(Object.keys(COVERED_PEER_COURIERS).sort());
    expect(covered.filter((entry) => entry.label === 'valid').length).toBeGreaterThanOrEqual(140);
  });

  it('detects every valid number of a covered courier with the right carrier among the candidates', () => {
    const figures = measureParcelineAccuracy(numbers);
    expect(figures.misses).toEqual([]);
    expect(figures.validAmongCandidates / figures.valid).toBeGreaterThanOrEqual(VALID_AMONG_CANDIDATES_FLOOR);
  });

  it('ranks the right carrier first for every valid number of a covered courier', () => {
    const figures = measureParcelineAccuracy(numbers);
    expect(figures.validTop1 / figures.valid).toBeGreaterThanOrEqual(VALID_TOP1_FLOOR);
  });

  it('never reports an invalid number as its own courier with a passing or absent check digit', () => {
    const figures = measureParcelineAccuracy(numbers);
    expect(figures.invalidRejected / figures.invalid).toBeGreaterThanOrEqual(INVALID_REJECTED_FLOOR);
  });

  it('reports S10 test numbers with the post of their country suffix', () => {
    const s10 = covered.filter((entry) => entry.courier === 's10' && entry.label === 'valid');
    expect(s10.length).toBeGreaterThan(0);
    for (const entry of s10) {
      const candidate = detectCarrier(entry.trackingNumber).candidates[0];
      expect(candidate?.format).toBe('upu-s10');
      expect(candidate?.originCountry).toBe(entry.trackingNumber.replace(/\s/g, '').slice(-2));
    }
  });

  it('never throws on any number of the set, covered or not', () => {
    for (const entry of numbers) expect(() => detectCarrier(entry.trackingNumber)).not.toThrow();
  });
});
