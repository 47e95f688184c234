import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatTimeline, normalize } from '../../src/index.js';
import { ups } from '../../carriers/ups/index.js';

const body = readFileSync(new URL('../../fixtures/ups/track-international-customs.json', import.meta.url), 'utf8');

describe('formatTimeline', () => {
  const [result] = normalize(ups(), body, { fetchedAt: '2025-01-01T00:00:00Z' });

  it('prints one line per event, oldest first, with local time, place, label and the carrier words', () => {
    const text = formatTimeline(result!, { locale: 'en', carrierName: 'UPS' });
    const lines = text.split('\n');
    expect(lines[0]).toBe(`Tracking ${result!.trackingNumber} (UPS)`);
    expect(lines[1]).toBe('Status: Delivered');
    const eventLines = lines.filter((line) => /^ {2}\d{4}-\d{2}-\d{2} \d{2}:\d{2} [+-]\d{2}:\d{2} /.test(line));
    expect(eventLines).toHaveLength(result!.events.length);
    expect(eventLines[0]).toContain('2024-06-03 10:20 -05:00');
    expect(text).toContain("Carrier's words: Released by the clearing agency. Now in transit.");
    expect(text).toContain('Delivered on 2024-06-07 11:32 +02:00');
  });

  it('renders the same timeline in Chinese', () => {
    const text = formatTimeline(result!, { locale: 'zh-CN', carrierName: 'UPS' });
    expect(text).toContain('当前状态：已签收');
    expect(text).toContain('清关中');
    expect(text).toContain('待缴纳关税');
  });
});
