import { describe, expect, it } from 'vitest';
import { formatOffset, isKnownTimeZone, parseOffset, toInstant } from '../../src/adapter-kit/to-instant.js';
import { OffsetDateTime, UtcInstant } from '../../src/schema/tracking-event.js';

describe('parseOffset', () => {
  it.each([
    ['+08:00', 480],
    ['-0500', -300],
    ['+8', 480],
    ['-7:00', -420],
    ['+05', 300],
    ['+0530', 330],
    ['+530', 330],
    ['+05:45', 345],
    ['-03:30', -210],
    ['+12:45', 765],
    ['+14:00', 840],
    ['-12:00', -720],
    ['Z', 0],
    ['z', 0],
    ['+00:00', 0],
    ['-00:00', 0],
    ['UTC', 0],
    ['GMT+8', 480],
    ['UTC-05:00', -300],
    ['\u221205:00', -300],
    [' +09:00 ', 540],
  ])('reads %j as %d minutes', (text, minutes) => {
    expect(parseOffset(text)).toBe(minutes);
  });

  it.each(['+15:00', '+14:01', '-14:30', '+05:60', '0500', '05:00', '+', '', 'EST', '+5:3', '+123:00', '+05:00:00', 'garbage'])(
    'refuses %j',
    (text) => {
      expect(parseOffset(text)).toBeNull();
    },
  );
});

describe('formatOffset', () => {
  it('writes offsets as a sign, two-digit hours and minutes', () => {
    expect(formatOffset(-240)).toBe('-04:00');
    expect(formatOffset(330)).toBe('+05:30');
    expect(formatOffset(765)).toBe('+12:45');
    expect(formatOffset(-210)).toBe('-03:30');
    expect(formatOffset(0)).toBe('+00:00');
    expect(formatOffset(-0)).toBe('+00:00');
  });
});

describe('toInstant with a carrier offset', () => {
  it('applies an ISO offset and keeps it in localTime', () => {
    expect(toInstant({ date: '2024-05-01', time: '22:15', offset: '+08:00' })).toEqual({
      occurredAt: '2024-05-01T14:15:00.000Z',
      localTime: '2024-05-01T22:15:00+08:00',
      timeZone: null,
      timeBasis: 'carrier_offset',
    });
  });

  it('accepts every offset form with the same meaning', () => {
    const instants = ['-05:00', '-0500', '-5', '-05', 'GMT-5', 'UTC-05:00'].map(
      (offset) => toInstant({ date: '2024-01-15', time: '08:00', offset })?.occurredAt,
    );
    expect(new Set(instants)).toEqual(new Set(['2024-01-15T13:00:00.000Z']));
  });

  it('shows Z as +00:00', () => {
    expect(toInstant({ date: '2024-01-15', time: '08:00:01', offset: 'Z' })?.localTime).toBe('2024-01-15T08:00:01+00:00');
  });

  it('records a zone given beside the offset without letting it change the instant', () => {
    const result = toInstant({ date: '2024-07-01', time: '12:00', offset: '-07:00', timeZone: 'America/Denver' });
    expect(result).toEqual({
      occurredAt: '2024-07-01T19:00:00.000Z',
      localTime: '2024-07-01T12:00:00-07:00',
      timeZone: 'America/Denver',
      timeBasis: 'carrier_offset',
    });
  });

  it('crosses the date line backwards for large positive offsets', () => {
    expect(toInstant({ date: '2024-01-01', time: '05:00', offset: '+14:00' })?.occurredAt).toBe('2023-12-31T15:00:00.000Z');
  });

  it('treats a missing time as the start of the day at that offset', () => {
    expect(toInstant({ date: '20240501', offset: '+8' })).toEqual({
      occurredAt: '2024-04-30T16:00:00.000Z',
      localTime: '2024-05-01T00:00:00+08:00',
      timeZone: null,
      timeBasis: 'date_only',
    });
  });

  it('refuses offsets beyond fourteen hours and unknown recorded zones', () => {
    expect(toInstant({ date: '2024-05-01', time: '10:00', offset: '+15:00' })).toBeNull();
    expect(toInstant({ date: '2024-05-01', time: '10:00', offset: '-05:00', timeZone: 'Mars/Olympus' })).toBeNull();
  });
});

describe('toInstant date and time forms', () => {
  const expected = '2024-05-01T12:47:00.000Z';
  it.each([
    ['2024-05-01', '07:47'],
    ['20240501', '0747'],
    ['2024/05/01', '07:47:00'],
    ['2024-05-01', '074700'],
    ['2024-05-01', '74700'],
    ['2024-05-01', '7:47'],
  ])('reads %s %s as the same Chicago wall time', (date, time) => {
    expect(toInstant({ date, time, timeZone: 'America/Chicago' })?.occurredAt).toBe(expected);
  });

  it('keeps milliseconds and shows them in localTime only when present', () => {
    const withFraction = toInstant({ date: '2024-05-01', time: '07:47:00.250', timeZone: 'America/Chicago' });
    expect(withFraction?.occurredAt).toBe('2024-05-01T12:47:00.250Z');
    expect(withFraction?.localTime).toBe('2024-05-01T07:47:00.250-05:00');
    expect(toInstant({ date: '2024-05-01', time: '074700.5', timeZone: 'America/Chicago' })?.occurredAt).toBe('2024-05-01T12:47:00.500Z');
    expect(toInstant({ date: '2024-05-01', time: '07:47:00', timeZone: 'America/Chicago' })?.localTime).toBe('2024-05-01T07:47:00-05:00');
  });

  it('cuts fractions finer than a millisecond instead of rounding', () => {
    expect(toInstant({ date: '2024-05-01', time: '23:59:59.9999999', offset: 'Z' })?.occurredAt).toBe('2024-05-01T23:59:59.999Z');
  });

  it('accepts a whole local date-time in date when time is absent', () => {
    expect(toInstant({ date: '2024-05-01T07:47:00', timeZone: 'America/Chicago' })?.occurredAt).toBe(expected);
    expect(toInstant({ date: '2024-05-01 07:47', timeZone: 'America/Chicago' })?.timeBasis).toBe('location_zone');
  });

  it('refuses an offset hidden in date and a time given twice', () => {
    expect(toInstant({ date: '2024-05-01T07:47:00Z', timeZone: 'America/Chicago' })).toBeNull();
    expect(toInstant({ date: '2024-05-01T07:47:00', time: '07:47', timeZone: 'America/Chicago' })).toBeNull();
  });

  it.each([
    ['2024-02-30', '10:00'],
    ['2023-02-29', '10:00'],
    ['2024-13-01', '10:00'],
    ['2024-00-10', '10:00'],
    ['2024-04-31', '10:00'],
    ['2024-05-01', '24:00'],
    ['2024-05-01', '25:00'],
    ['2024-05-01', '10:60'],
    ['2024-05-01', '10:00:60'],
    ['2024-05-01', '1000000'],
    ['2024-05-01', '100'],
    ['2024-05-01', 'ten past ten'],
    ['2024-5-1', '10:00'],
    ['01/05/2024', '10:00'],
    ['0001-01-01', '00:00'],
    ['', '10:00'],
  ])('gives null for the impossible or malformed %j %j', (date, time) => {
    expect(toInstant({ date, time, timeZone: 'Europe/Paris' })).toBeNull();
    expect(toInstant({ date, time, offset: '+01:00' })).toBeNull();
  });

  it('accepts February 29 in leap years only', () => {
    expect(toInstant({ date: '2024-02-29', offset: 'Z' })?.occurredAt).toBe('2024-02-29T00:00:00.000Z');
    expect(toInstant({ date: '2000-02-29', offset: 'Z' })).not.toBeNull();
    expect(toInstant({ date: '2100-02-29', offset: 'Z' })).toBeNull();
  });

  it('treats an empty or missing time as a date', () => {
    for (const time of [undefined, null, '', '  ']) {
      expect(toInstant({ date: '2024-05-01', time, timeZone: 'Asia/Tokyo' })).toEqual({
        occurredAt: '2024-04-30T15:00:00.000Z',
        localTime: '2024-05-01T00:00:00+09:00',
        timeZone: 'Asia/Tokyo',
        timeBasis: 'date_only',
      });
    }
  });
});

describe('toInstant with an IANA zone', () => {
  it('resolves wall time in the zone with the default location_zone basis', () => {
    expect(toInstant({ date: '20240501', time: '100300', timeZone: 'America/New_York' })).toEqual({
      occurredAt: '2024-05-01T14:03:00.000Z',
      localTime: '2024-05-01T10:03:00-04:00',
      timeZone: 'America/New_York',
      timeBasis: 'location_zone',
    });
  });

  it('records assumed_zone when asked to', () => {
    expect(toInstant({ date: '2024-05-01', time: '10:03', timeZone: 'Asia/Shanghai', basis: 'assumed_zone' })?.timeBasis).toBe('assumed_zone');
  });

  it.each([
    ['Asia/Shanghai', '2024-01-15', '08:00', '2024-01-15T00:00:00.000Z', '+08:00'],
    ['America/Phoenix', '2024-07-01', '12:00', '2024-07-01T19:00:00.000Z', '-07:00'],
    ['America/Phoenix', '2024-01-01', '12:00', '2024-01-01T19:00:00.000Z', '-07:00'],
    ['America/St_Johns', '2024-07-01', '12:00', '2024-07-01T14:30:00.000Z', '-02:30'],
    ['America/St_Johns', '2024-01-15', '12:00', '2024-01-15T15:30:00.000Z', '-03:30'],
    ['America/Regina', '2024-07-01', '12:00', '2024-07-01T18:00:00.000Z', '-06:00'],
    ['Australia/Adelaide', '2024-01-15', '12:00', '2024-01-15T01:30:00.000Z', '+10:30'],
    ['Australia/Adelaide', '2024-07-01', '12:00', '2024-07-01T02:30:00.000Z', '+09:30'],
    ['Pacific/Chatham', '2024-01-15', '12:00', '2024-01-14T22:15:00.000Z', '+13:45'],
    ['Pacific/Chatham', '2024-07-01', '12:00', '2024-06-30T23:15:00.000Z', '+12:45'],
    ['Asia/Kathmandu', '2024-07-01', '12:00', '2024-07-01T06:15:00.000Z', '+05:45'],
    ['Pacific/Kiritimati', '2024-07-01', '12:00', '2024-06-30T22:00:00.000Z', '+14:00'],
  ])('resolves %s %s %s to %s (%s)', (timeZone, date, time, occurredAt, offset) => {
    const result = toInstant({ date, time, timeZone });
    expect(result?.occurredAt).toBe(occurredAt);
    expect(result?.localTime).toBe(`${date}T${time}:00${offset}`);
  });

  it('moves a wall time skipped by spring-forward ahead by the gap (New York)', () => {
    expect(toInstant({ date: '2024-03-10', time: '02:30', timeZone: 'America/New_York' })).toEqual({
      occurredAt: '2024-03-10T07:30:00.000Z',
      localTime: '2024-03-10T03:30:00-04:00',
      timeZone: 'America/New_York',
      timeBasis: 'location_zone',
    });
    expect(toInstant({ date: '2024-03-10', time: '01:59:59', timeZone: 'America/New_York' })?.occurredAt).toBe('2024-03-10T06:59:59.000Z');
    expect(toInstant({ date: '2024-03-10', time: '03:00', timeZone: 'America/New_York' })?.occurredAt).toBe('2024-03-10T07:00:00.000Z');
  });

  it('gives the first occurrence of a wall time repeated by fall-back (New York)', () => {
    expect(toInstant({ date: '2024-11-03', time: '01:30', timeZone: 'America/New_York' })).toEqual({
      occurredAt: '2024-11-03T05:30:00.000Z',
      localTime: '2024-11-03T01:30:00-04:00',
      timeZone: 'America/New_York',
      timeBasis: 'location_zone',
    });
    expect(toInstant({ date: '2024-11-03', time: '02:00', timeZone: 'America/New_York' })?.occurredAt).toBe('2024-11-03T07:00:00.000Z');
  });

  it('handles the Berlin gap and overlap the same way', () => {
    expect(toInstant({ date: '2024-03-31', time: '02:30', timeZone: 'Europe/Berlin' })?.localTime).toBe('2024-03-31T03:30:00+02:00');
    expect(toInstant({ date: '2024-03-31', time: '02:30', timeZone: 'Europe/Berlin' })?.occurredAt).toBe('2024-03-31T01:30:00.000Z');
    expect(toInstant({ date: '2024-10-27', time: '02:30', timeZone: 'Europe/Berlin' })?.occurredAt).toBe('2024-10-27T00:30:00.000Z');
    expect(toInstant({ date: '2024-10-27', time: '02:30', timeZone: 'Europe/Berlin' })?.localTime).toBe('2024-10-27T02:30:00+02:00');
    expect(toInstant({ date: '2024-10-27', time: '03:00', timeZone: 'Europe/Berlin' })?.occurredAt).toBe('2024-10-27T02:00:00.000Z');
  });

  it('handles the southern-hemisphere changes of Sydney (April overlap, October gap)', () => {
    expect(toInstant({ date: '2024-04-07', time: '02:30', timeZone: 'Australia/Sydney' })?.localTime).toBe('2024-04-07T02:30:00+11:00');
    expect(toInstant({ date: '2024-04-07', time: '02:30', timeZone: 'Australia/Sydney' })?.occurredAt).toBe('2024-04-06T15:30:00.000Z');
    expect(toInstant({ date: '2024-10-06', time: '02:30', timeZone: 'Australia/Sydney' })?.localTime).toBe('2024-10-06T03:30:00+11:00');
    expect(toInstant({ date: '2024-10-06', time: '02:30', timeZone: 'Australia/Sydney' })?.occurredAt).toBe('2024-10-05T16:30:00.000Z');
  });

  it('handles Lord Howe Island, whose clocks move by thirty minutes', () => {
    const overlap = toInstant({ date: '2024-04-07', time: '01:45', timeZone: 'Australia/Lord_Howe' });
    expect(overlap?.occurredAt).toBe('2024-04-06T14:45:00.000Z');
    expect(overlap?.localTime).toBe('2024-04-07T01:45:00+11:00');
    expect(toInstant({ date: '2024-04-07', time: '02:00', timeZone: 'Australia/Lord_Howe' })?.localTime).toBe('2024-04-07T02:00:00+10:30');
    const gap = toInstant({ date: '2024-10-06', time: '02:15', timeZone: 'Australia/Lord_Howe' });
    expect(gap?.occurredAt).toBe('2024-10-05T15:45:00.000Z');
    expect(gap?.localTime).toBe('2024-10-06T02:45:00+11:00');
  });

  it('handles Chatham fall-back (+13:45 to +12:45)', () => {
    const overlap = toInstant({ date: '2024-04-07', time: '03:00', timeZone: 'Pacific/Chatham' });
    expect(overlap?.localTime).toBe('2024-04-07T03:00:00+13:45');
    expect(overlap?.occurredAt).toBe('2024-04-06T13:15:00.000Z');
  });

  it('handles a whole skipped day (Samoa, 30 December 2011)', () => {
    expect(toInstant({ date: '2011-12-30', time: '12:00', timeZone: 'Pacific/Apia' })?.localTime).toBe('2011-12-31T12:00:00+14:00');
    expect(toInstant({ date: '2011-12-29', time: '12:00', timeZone: 'Pacific/Apia' })?.localTime).toBe('2011-12-29T12:00:00-10:00');
  });

  it('resolves a date whose midnight falls in a gap to the first instant of that day', () => {
    // Santiago moved its clocks from 00:00 to 01:00 on 2024-09-08.
    expect(toInstant({ date: '2024-09-08', timeZone: 'America/Santiago' })?.localTime).toBe('2024-09-08T01:00:00-03:00');
  });

  it('refuses unknown zones, abbreviations and offsets given as a zone', () => {
    for (const timeZone of ['Bogus/Zone', 'EST', 'PST', 'CST', '+05:00', '', 'America/', 'Mars']) {
      expect(toInstant({ date: '2024-05-01', time: '10:00', timeZone })).toBeNull();
    }
    expect(isKnownTimeZone('Europe/Paris')).toBe(true);
    expect(isKnownTimeZone('EST')).toBe(false);
  });

  it('corrects the letter case of a zone name', () => {
    expect(toInstant({ date: '2024-05-01', time: '10:00', timeZone: 'asia/shanghai' })?.timeZone).toBe('Asia/Shanghai');
  });

  it('accepts UTC and Etc zones', () => {
    expect(toInstant({ date: '2024-05-01', time: '10:00', timeZone: 'UTC' })?.localTime).toBe('2024-05-01T10:00:00+00:00');
    expect(toInstant({ date: '2024-05-01', time: '10:00', timeZone: 'Etc/GMT+5' })?.occurredAt).toBe('2024-05-01T15:00:00.000Z');
  });
});

describe('toInstant with an ISO instant', () => {
  it('keeps the sent offset in localTime', () => {
    expect(toInstant({ instant: '2024-05-01T10:03:00-04:00' })).toEqual({
      occurredAt: '2024-05-01T14:03:00.000Z',
      localTime: '2024-05-01T10:03:00-04:00',
      timeZone: null,
      timeBasis: 'carrier_offset',
    });
  });

  it('shows the instant in a zone when one is given', () => {
    expect(toInstant({ instant: '2024-05-01T14:03:00Z', timeZone: 'Asia/Tokyo' })).toEqual({
      occurredAt: '2024-05-01T14:03:00.000Z',
      localTime: '2024-05-01T23:03:00+09:00',
      timeZone: 'Asia/Tokyo',
      timeBasis: 'carrier_offset',
    });
  });

  it('reads nanosecond fractions, basic forms and a space before the offset', () => {
    expect(toInstant({ instant: '2024-05-01T10:03:00.123456789+01:00' })?.occurredAt).toBe('2024-05-01T09:03:00.123Z');
    expect(toInstant({ instant: '20240501T100300Z' })?.occurredAt).toBe('2024-05-01T10:03:00.000Z');
    expect(toInstant({ instant: '2024-05-01 10:03:00 +0530' })?.occurredAt).toBe('2024-05-01T04:33:00.000Z');
    expect(toInstant({ instant: '2024-05-01T10:03:00.500Z' })?.localTime).toBe('2024-05-01T10:03:00.500+00:00');
  });

  it('refuses instants without an offset, with impossible fields, or with an unknown zone', () => {
    for (const instant of ['2024-05-01T10:03:00', '2024-05-01', '2024-02-30T10:00:00Z', '2024-05-01T24:00:00Z', '2024-05-01T10:03:00+15:00', 'yesterday', '']) {
      expect(toInstant({ instant })).toBeNull();
    }
    expect(toInstant({ instant: '2024-05-01T10:03:00Z', timeZone: 'Nowhere/Land' })).toBeNull();
  });
});

describe('toInstant output shape', () => {
  it('always fits the unified schema (UTC instant and offset date-time)', () => {
    const results = [
      toInstant({ date: '2024-03-10', time: '02:30', timeZone: 'America/New_York' }),
      toInstant({ date: '2024-05-01', time: '07:47:00.250', timeZone: 'Asia/Kolkata' }),
      toInstant({ date: '2024-05-01', offset: '-03:30' }),
      toInstant({ instant: '2024-05-01T10:03:00.123456789+01:00' }),
    ];
    for (const result of results) {
      expect(result).not.toBeNull();
      expect(UtcInstant.safeParse(result?.occurredAt).success).toBe(true);
      expect(OffsetDateTime.safeParse(result?.localTime).success).toBe(true);
      expect(new Date(result!.localTime).toISOString()).toBe(result!.occurredAt);
    }
  });

  it('never throws on inputs of the wrong type', () => {
    const wrong = [null, undefined, 42, {}, { date: 20240501, offset: 'Z' }, { date: '2024-05-01', time: 1000, offset: 'Z' }, { instant: 5 }];
    for (const input of wrong) {
      expect(toInstant(input as never)).toBeNull();
    }
  });

  it('agrees with a brute-force search over every quarter hour of the 2024 change seasons in three zones', () => {
    for (const timeZone of ['America/New_York', 'Australia/Lord_Howe', 'Europe/Berlin']) {
      const formatter = new Intl.DateTimeFormat('en-CA', {
        timeZone,
        hourCycle: 'h23',
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
        hour: '2-digit',
        minute: '2-digit',
      });
      const firstSeen = new Map<string, number>();
      const seasons = [
        [Date.UTC(2024, 2, 1), Date.UTC(2024, 3, 15)],
        [Date.UTC(2024, 8, 25), Date.UTC(2024, 10, 10)],
      ] as const;
      for (const [start, end] of seasons) {
        for (let epoch = start; epoch < end; epoch += 15 * 60_000) {
          const wall = formatter.format(epoch).replace(', ', ' ');
          if (!firstSeen.has(wall)) firstSeen.set(wall, epoch);
        }
      }
      for (const [wall, epoch] of firstSeen) {
        if (!wall.startsWith('2024')) continue;
        const [date, time] = wall.split(' ');
        expect(toInstant({ date: date!, time: time!, timeZone })?.occurredAt, `${timeZone} ${wall}`).toBe(new Date(epoch).toISOString());
      }
    }
  });
});
