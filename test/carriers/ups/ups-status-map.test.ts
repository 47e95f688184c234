import { describe, expect, it } from 'vitest';
import { SubStatus, TrackingStatus } from '../../../src/adapter-kit/index.js';
import { mapUpsActivity } from '../../../carriers/ups/ups-map-activity.js';
import {
  UPS_ACTIVITY_TYPE_TABLE,
  UPS_CODE_GROUPS,
  UPS_CODE_TABLES,
  UPS_ROLL_UP_TABLE,
  UPS_USPS_HANDOFF_CODES,
  type UpsCodeTableName,
} from '../../../carriers/ups/ups-status-map.js';

/** Sizes of UPS's code lists (reference/carriers/ups.md §5; duplicates in UPS's own lists removed). */
const LIST_SIZES: Record<UpsCodeTableName, number> = {
  exceptions: 687,
  movement: 38,
  manifest: 4,
  updates: 3,
  delivery: 151,
  mailInnovations: 213,
  freightActivity: 66,
  freightExceptions: 207,
};

function pair(mapping: { status: unknown; subStatus: unknown }) {
  return [mapping.status, mapping.subStatus];
}

describe('UPS code tables', () => {
  for (const [name, size] of Object.entries(LIST_SIZES) as [UpsCodeTableName, number][]) {
    it(`lists each of the ${size} codes of the ${name} list exactly once`, () => {
      const codes = UPS_CODE_GROUPS[name].flatMap(([list]) => list.split(' '));
      expect(codes).toHaveLength(size);
      expect(new Set(codes).size).toBe(size);
      expect(UPS_CODE_TABLES[name].codes).toHaveLength(size);
      for (const code of codes) expect(code).toMatch(/^[0-9A-Z]{1,3}$/);
    });
  }

  it('lists the 160 status/description roll-ups', () => {
    expect(Object.keys(UPS_ROLL_UP_TABLE)).toHaveLength(160);
    for (const code of Object.keys(UPS_ROLL_UP_TABLE)) expect(code).toMatch(/^(0|[1-9]\d{0,2})$/);
  });

  it('gives every table entry a valid status (or null) and a valid subStatus, and pairs null with generic_update', () => {
    const entries = [
      ...Object.values(UPS_CODE_GROUPS).flatMap((groups) => groups.map(([, status, subStatus]) => [status, subStatus] as const)),
      ...Object.values(UPS_ROLL_UP_TABLE),
      ...Object.values(UPS_ACTIVITY_TYPE_TABLE),
    ];
    expect(entries.length).toBeGreaterThan(300);
    for (const [status, subStatus] of entries) {
      if (status === null) expect(subStatus).toBe('generic_update');
      else expect(TrackingStatus.safeParse(status).success, String(status)).toBe(true);
      expect(SubStatus.safeParse(subStatus).success, subStatus).toBe(true);
    }
  });

  it('covers every package activity type UPS documents', () => {
    for (const type of ['D', 'I', 'M', 'MV', 'X', 'DO', 'DD', 'W', 'NA', 'U']) expect(Object.hasOwn(UPS_ACTIVITY_TYPE_TABLE, type), type).toBe(true);
    expect(UPS_ACTIVITY_TYPE_TABLE.D).toEqual(['delivered', 'delivered']);
    expect(UPS_ACTIVITY_TYPE_TABLE.M).toEqual(['info_received', 'info_received']);
    expect(UPS_ACTIVITY_TYPE_TABLE.MV).toEqual(['exception', 'cancelled']);
    expect(UPS_ACTIVITY_TYPE_TABLE.U).toEqual([null, 'generic_update']);
  });

  it('names USPS handoff codes that exist in their lists and mean handed_over', () => {
    for (const [table, codes] of Object.entries(UPS_USPS_HANDOFF_CODES) as [UpsCodeTableName, ReadonlySet<string>][]) {
      for (const code of codes) expect(UPS_CODE_TABLES[table].map(code), `${table} ${code}`).toMatchObject({ known: true, subStatus: 'handed_over' });
    }
  });
});

describe('mapUpsActivity', () => {
  it('maps UPS exception code 1C to awaiting_payment / duties_taxes_due', () => {
    expect(mapUpsActivity({ type: 'X', code: '1C', statusCode: '029' })).toEqual({
      status: 'awaiting_payment',
      subStatus: 'duties_taxes_due',
      basis: 'code',
      table: 'exceptions',
      codeKnown: true,
    });
    expect(pair(mapUpsActivity({ type: 'X', code: '1C' }))).toEqual(['awaiting_payment', 'duties_taxes_due']);
  });

  it('reads XD as a drop-off scan for type I but as an import scan for type X', () => {
    expect(pair(mapUpsActivity({ type: 'I', code: 'XD', statusCode: '005' }))).toEqual(['in_transit', 'picked_up']);
    expect(mapUpsActivity({ type: 'I', code: 'XD' }).table).toBe('movement');
    expect(pair(mapUpsActivity({ type: 'X', code: 'XD', statusCode: '005' }))).toEqual(['in_transit', 'arrived_destination_country']);
    expect(mapUpsActivity({ type: 'X', code: 'XD' }).table).toBe('exceptions');
  });

  it('reads DP as a departure scan for type I but as a processed manifest for type M', () => {
    expect(pair(mapUpsActivity({ type: 'I', code: 'DP', statusCode: '005' }))).toEqual(['in_transit', 'departed_facility']);
    expect(pair(mapUpsActivity({ type: 'M', code: 'DP', statusCode: '003' }))).toEqual(['info_received', 'info_received']);
  });

  it('reads UA as an informational updated arrival for type I but as returned to sender for type X', () => {
    expect(pair(mapUpsActivity({ type: 'I', code: 'UA' }))).toEqual([null, 'generic_update']);
    expect(pair(mapUpsActivity({ type: 'X', code: 'UA', statusCode: '034' }))).toEqual(['returned_to_sender', 'returned_to_sender']);
  });

  it('reads VP as a voided pickup, a voided manifest or a customs request depending on the type', () => {
    expect(pair(mapUpsActivity({ type: 'I', code: 'VP' }))).toEqual(['info_received', 'info_received']);
    expect(pair(mapUpsActivity({ type: 'MV', code: 'VP' }))).toEqual(['exception', 'cancelled']);
    expect(pair(mapUpsActivity({ type: 'X', code: 'VP' }))).toEqual(['customs_held', 'customs_information_required']);
  });

  it('reads the Mail Innovations list first for Mail Innovations parcels', () => {
    expect(pair(mapUpsActivity({ type: 'I', code: 'ZZ', statusCode: '005' }, { mailInnovations: true }))).toEqual(['in_transit', 'in_transit']);
    expect(pair(mapUpsActivity({ type: 'I', code: 'ZZ' }))).toEqual(['out_for_delivery', 'out_for_delivery']);
    expect(mapUpsActivity({ type: 'I', code: 'ZX' }, { mailInnovations: true })).toMatchObject({ subStatus: 'handed_over', table: 'mailInnovations' });
  });

  it('takes the status from a specific roll-up and the subStatus from the code', () => {
    // Pairs UPS quoted in UPS-API/api-documentation#7.
    expect(pair(mapUpsActivity({ type: 'X', code: 'H8', statusCode: '035' }))).toEqual(['returning_to_sender', 'returning_to_sender']);
    expect(pair(mapUpsActivity({ type: 'X', code: 'HF', statusCode: '005' }))).toEqual(['in_transit', 'picked_up']);
    expect(pair(mapUpsActivity({ type: 'I', code: 'DP', statusCode: '036' }))).toEqual(['returning_to_sender', 'departed_facility']);
  });

  it('takes the status from the code when the roll-up is generic', () => {
    expect(pair(mapUpsActivity({ type: 'X', code: 'H1', statusCode: '029' }))).toEqual(['exception', 'address_issue']);
    expect(pair(mapUpsActivity({ type: 'X', code: 'HA', statusCode: '048' }))).toEqual(['exception', 'delayed_processing']);
    expect(pair(mapUpsActivity({ type: 'X', code: 'X2', statusCode: '013' }))).toEqual(['customs_held', 'customs_held']);
  });

  it('takes the subStatus from the roll-up when the code only says generic_update', () => {
    expect(pair(mapUpsActivity({ type: 'X', code: 'SX', statusCode: '055' }))).toEqual(['in_transit', 'delivery_rescheduled']);
  });

  it('keeps an informational code informational under a generic roll-up', () => {
    expect(pair(mapUpsActivity({ type: 'X', code: 'T7', statusCode: '046' }))).toEqual([null, 'generic_update']);
    expect(pair(mapUpsActivity({ type: 'U', code: 'UT', statusCode: '153' }))).toEqual([null, 'generic_update']);
  });

  it('ignores roll-ups that carry no information', () => {
    expect(pair(mapUpsActivity({ type: 'I', code: 'AR', statusCode: '000' }))).toEqual(['in_transit', 'arrived_at_facility']);
  });

  it('falls back on the roll-up for a code no list holds, and says the code is unknown', () => {
    expect(mapUpsActivity({ type: 'D', code: 'FS', statusCode: '011' })).toEqual({
      status: 'delivered',
      subStatus: 'delivered',
      basis: 'roll_up',
      codeKnown: false,
    });
  });

  it('falls back on the activity type when neither code nor roll-up is known, except for the ambiguous type I', () => {
    expect(mapUpsActivity({ type: 'D', code: 'KB' })).toMatchObject({ status: 'delivered', basis: 'activity_type', codeKnown: false });
    expect(mapUpsActivity({ type: 'X', code: 'Q~', statusCode: '999' })).toMatchObject({ status: 'exception', subStatus: 'exception', codeKnown: false });
    expect(mapUpsActivity({ type: 'I', code: 'K9', statusCode: '171' })).toEqual({ status: 'unknown', subStatus: 'unknown', basis: 'none', codeKnown: false });
  });

  it('gives unknown for an activity without any code', () => {
    expect(mapUpsActivity({})).toEqual({ status: 'unknown', subStatus: 'unknown', basis: 'none', codeKnown: true });
  });

  it('reads three-digit codes as freight activities and freight types in the freight lists', () => {
    expect(pair(mapUpsActivity({ type: 'I', code: '012' }))).toEqual(['delivered', 'delivered']);
    expect(pair(mapUpsActivity({ type: 'DO', code: '58' }))).toEqual(['awaiting_payment', 'duties_taxes_due']);
    expect(pair(mapUpsActivity({ type: 'DD', code: 'D1' }))).toEqual(['exception', 'refused']);
    expect(pair(mapUpsActivity({ type: 'X', code: 'D1' }))).toEqual(['exception', 'misrouted']);
  });

  it('accepts codes in lower case and with spaces around them', () => {
    expect(pair(mapUpsActivity({ type: ' x ', code: '1c ', statusCode: ' 29' }))).toEqual(['awaiting_payment', 'duties_taxes_due']);
  });
});
