import { describe, expect, it } from 'vitest';
import { startScript } from '../cli/cli-process.js';

describe('npm run demo (examples/demo.ts)', () => {
  it('tracks the cross-border parcel over HTTP against the local sandbox, merges both legs and prints it in English and Chinese', async () => {
    const started = performance.now();
    const outcome = await startScript('examples/demo.ts', []).done;
    const seconds = (performance.now() - started) / 1000;

    expect(outcome.stderr).toBe('');
    expect(outcome.code).toBe(0);
    expect(seconds).toBeLessThan(15);
    const [english = '', chinese = ''] = outcome.stdout.split('\n货件 ');
    expect(english).toMatch(/^Shipment order-1042\nStatus: Delivered\nLegs:\n {2}1\. origin · China Post \/ EMS LZ506837246CN, handed over .+\n {2}2\. last_mile · USPS LZ506837246CN\n/);
    expect(english).toMatch(/^ {2}2025-08-18 15:42 \+08:00 .* {2}· {2}Picked up {2}\[.+\]$/m);
    expect(english).toMatch(/^ {2}2025-08-22 10:05 -04:00 {2}NEW YORK, NY, US {2}· {2}Held by customs {2}\[USPS\]\n {6}Held in Customs\n {6}also China Post \/ EMS: 【美国】进口海关\/留存待验$/m);
    expect(english).toMatch(/^ {2}2025-08-27 14:16 -04:00 {2}BROOKLYN, NY, US {2}· {2}Delivered {2}\[USPS\]$/m);
    expect(chinese).toMatch(/^order-1042\n状态: 已签收\n/);
    expect(chinese).toMatch(/ {2}· {2}海关扣留 {2}\[USPS\]$/m);
    expect(outcome.stdout).toMatch(/^Over HTTP to the local sandbox at http:\/\/127\.0\.0\.1:\d+:$/m);
    expect(outcome.stdout).toContain('  china-post tracking POST /amp-prod-api/f/amp/api/open → 200\n  usps token POST /oauth2/v3/token → 200\n  usps tracking GET /tracking/v3/tracking/LZ506837246CN → 200\n');
    expect(outcome.stdout).toMatch(/^\d+ events on one timeline \(\d+ told by both carriers, kept once with both carriers' words\); status delivered; customs cleared; \d+ ms\.$/m);
  });
});
