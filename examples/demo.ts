/**
 * `npm run demo`: the main job, with no credentials and no network. It normalizes a recorded UPS
 * response of a cross-border parcel (Dallas to Munich, through export, import customs, a hold, duties
 * and release) and prints its timeline in English and in Chinese.
 */
import { readFileSync } from 'node:fs';
import { formatTimeline, normalize } from '../src/index.js';
import { ups } from '../carriers/ups/index.js';

const body = readFileSync(new URL('../fixtures/ups/track-international-customs.json', import.meta.url), 'utf8');
const adapter = ups();
const [result] = normalize(adapter, body, { fetchedAt: new Date() });
if (!result) throw new Error('the recorded response holds no parcel');

console.log(formatTimeline(result, { locale: 'en', carrierName: adapter.displayName }));
console.log('');
console.log(formatTimeline(result, { locale: 'zh-CN', carrierName: adapter.displayName }));
console.log('');
const customs = result.events.filter((event) => event.status.startsWith('customs') || event.status === 'awaiting_payment');
console.log(`${result.events.length} events, ${customs.length} about customs; status ${result.status}; every instant in UTC with its provenance:`);
for (const event of customs) console.log(`  ${event.occurredAt}  ${event.timeBasis.padEnd(14)} ${event.status}/${event.subStatus}  (${event.carrierStatus.code})`);
