import { describe, expect, it } from 'vitest';
import { assumedZoneWarning, dedupeWarnings, unknownCodeWarning } from '../../src/adapter-kit/warnings.js';

describe('dedupeWarnings', () => {
  it('keeps the first of each code, raw code and message, in order', () => {
    const zone = assumedZoneWarning('America/Chicago', 'the scan location does not fix a time zone');
    const unknownA = unknownCodeWarning('ups', 'ZZ', 'Mystery scan');
    const unknownB = unknownCodeWarning('ups', 'YY', 'Mystery scan');
    expect(dedupeWarnings([zone, unknownA, { ...zone }, unknownB, { ...unknownA }])).toEqual([zone, unknownA, unknownB]);
  });

  it('tells apart warnings that differ only in where a field ends', () => {
    const left = { code: 'CARRIER_WARNING', rawCode: 'a|b', message: 'c' };
    const right = { code: 'CARRIER_WARNING', rawCode: 'a', message: 'b|c' };
    expect(dedupeWarnings([left, right])).toEqual([left, right]);
  });
});
