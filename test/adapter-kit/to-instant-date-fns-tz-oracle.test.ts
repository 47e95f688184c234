import { formatInTimeZone } from 'date-fns-tz';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toInstant } from '../../src/adapter-kit/to-instant.js';

/**
 * date-fns-tz is the reference for "which offset is in force in a zone at an instant" (docs/decisions/0002):
 * the kit computes the same thing without importing date-fns at run time, and must agree with it.
 */
const ZONES = ['America/New_York', 'America/St_Johns', 'Europe/Berlin', 'Australia/Lord_Howe', 'Pacific/Chatham', 'Asia/Shanghai', 'America/Sao_Paulo', 'Asia/Kolkata', 'America/Anchorage', 'Pacific/Honolulu'];

describe('toInstant against date-fns-tz', () => {
  it('shows every instant in a zone with the offset date-fns-tz formats for it', () => {
    fc.assert(
      fc.property(fc.constantFrom(...ZONES), fc.integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2035, 0, 1) }), (zone, epoch) => {
        const instant = new Date(Math.floor(epoch / 60_000) * 60_000);
        const resolved = toInstant({ instant: instant.toISOString(), timeZone: zone });
        expect(resolved?.localTime).toBe(formatInTimeZone(instant, zone, "yyyy-MM-dd'T'HH:mm:ssxxx"));
      }),
      { numRuns: 2000, seed: 20261125 },
    );
  });

  it('resolves wall times date-fns-tz can format back to the same wall time', () => {
    fc.assert(
      fc.property(fc.constantFrom(...ZONES), fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2030, 0, 1) }), (zone, epoch) => {
        const wall = new Date(Math.floor(epoch / 60_000) * 60_000).toISOString().slice(0, 19);
        const resolved = toInstant({ date: wall.slice(0, 10), time: wall.slice(11), timeZone: zone });
        expect(resolved).not.toBeNull();
        const shown = formatInTimeZone(new Date(resolved!.occurredAt), zone, "yyyy-MM-dd'T'HH:mm:ss");
        // Equal, except inside a DST gap, where the wall time moves forward by the gap (decision 0002).
        if (shown !== wall) expect(Date.parse(`${shown}Z`) - Date.parse(`${wall}Z`)).toBeGreaterThan(0);
      }),
      { numRuns: 2000, seed: 7 },
    );
  });
});
