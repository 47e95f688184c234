import { describe, expect, it } from 'vitest';
import { SUB_STATUS_DEFAULTS, SubStatus, TrackingStatus, defaultStatusOf } from '../../src/schema/status.js';

describe('status taxonomy', () => {
  it('has 16 statuses and 80 subStatus ids', () => {
    expect(TrackingStatus.options).toHaveLength(16);
    expect(SubStatus.options).toHaveLength(80);
  });

  it('gives every status a generic subStatus of the same id that defaults to it', () => {
    for (const status of TrackingStatus.options) {
      expect(defaultStatusOf(status as SubStatus)).toBe(status);
    }
  });

  it('leaves only generic_update and source_specific without a default status', () => {
    const open = Object.entries(SUB_STATUS_DEFAULTS).filter(([, status]) => status === null).map(([id]) => id);
    expect(open.sort()).toEqual(['generic_update', 'source_specific']);
  });
});
