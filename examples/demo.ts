/**
 * `npm run demo`: the main job, end to end over HTTP, with no credentials and no network beyond 127.0.0.1.
 *
 * A shopper in Brooklyn ordered from a shop in Shenzhen. China Post carried the ePacket LZ506837246CN out of
 * China and handed it to USPS, which delivered it under the same number. The demo starts the local carrier
 * sandbox (`parceline/testing`), points the China Post and USPS adapters at it with the sandbox's credentials,
 * tracks the origin leg (signed China Post request), follows the handoff the China Post answer names to USPS
 * (OAuth token, then tracking), merges the two legs into one journey, and prints it in English and in Chinese.
 *
 * The China Post leg is the recorded fixture `fixtures/china-post/track-cross-border-us.json`; the USPS leg is
 * the destination post's own account of the same parcel, `fixtures/usps/track-inbound-china-post-handoff.json`.
 */
import { createTracker, mergeLegs, type Location, type Shipment, type ShipmentEvent } from '../src/index.js';
import { createSandbox } from '../src/testing/index.js';
import { chinaPost } from '../carriers/china-post/index.js';
import { usps } from '../carriers/usps/index.js';

const ORDER = 'order-1042';
const PARCEL = 'LZ506837246CN';

/** Headings of the printout; the labels of statuses and events come from parceline itself. */
const HEADINGS = {
  en: { title: 'Shipment', status: 'Status', legs: 'Legs', handedOver: 'handed over', alsoSaid: 'also' },
  'zh-CN': { title: '货件', status: '状态', legs: '承运段', handedOver: '交接于', alsoSaid: '另见' },
} as const;

const started = performance.now();
const sandbox = await createSandbox({
  fixturesDir: new URL('../fixtures/', import.meta.url),
  carriers: {
    'china-post': { scenarios: { [PARCEL]: 'track-cross-border-us' } },
    usps: { scenarios: { [PARCEL]: 'track-inbound-china-post-handoff' } },
  },
});
const tracker = createTracker({
  carriers: [chinaPost(sandbox.adapterOptions('china-post')), usps(sandbox.adapterOptions('usps'))],
  locale: 'en',
});

try {
  // One call: track the legs given, follow the handoffs their answers name, merge.
  const { shipment, results, skipped } = await tracker.trackShipment({
    reference: ORDER,
    legs: [{ carrier: 'china-post', trackingNumber: PARCEL }],
    followHandoffs: true,
  });
  if (skipped.length > 0) throw new Error(`legs left out: ${skipped.map((leg) => `${leg.carrier} ${leg.trackingNumber} (${leg.reason})`).join(', ')}`);

  console.log(printShipment(shipment, 'en'));
  console.log('');
  // Labels in another language need no new request: the same results, merged again in zh-CN.
  console.log(printShipment(mergeLegs(results, { reference: ORDER, locale: 'zh-CN' }), 'zh-CN'));
  console.log('');

  const calls = sandbox.requests.map((request) => `${request.carrier} ${request.kind} ${request.method} ${request.path} → ${request.status}`);
  console.log(`Over HTTP to the local sandbox at ${sandbox.url}:`);
  for (const call of calls) console.log(`  ${call}`);
  const told = shipment.events.filter((event) => event.reportedBy.length > 1).length;
  console.log(
    `${shipment.events.length} events on one timeline (${told} told by both carriers, kept once with both carriers' words); ` +
      `status ${shipment.status}; customs ${shipment.customs.status}; ${Math.round(performance.now() - started)} ms.`,
  );
} finally {
  await tracker.close();
  await sandbox.close();
}

/** A merged journey as text: its legs, then one line per event with the place, our label and the carriers' words. */
function printShipment(shipment: Shipment, locale: keyof typeof HEADINGS): string {
  const words = HEADINGS[locale];
  const name = (carrierId: string) => tracker.carriers.find((carrier) => carrier.id === carrierId)?.displayName ?? carrierId;
  const lines = [`${words.title} ${shipment.reference}`, `${words.status}: ${shipment.statusDescription}`, `${words.legs}:`];
  for (const leg of shipment.legs) {
    const handoff = leg.handoffAt ? `, ${words.handedOver} ${leg.handoffAt}` : '';
    lines.push(`  ${leg.index + 1}. ${leg.role} · ${name(leg.carrier)} ${leg.trackingNumber}${handoff}`);
  }
  for (const event of shipment.events) {
    lines.push(`  ${wallTime(event)}  ${place(event.location)}  ·  ${event.description}  [${name(event.carrier)}]`);
    lines.push(`      ${event.carrierStatus.description}`);
    for (const report of event.reportedBy.filter((other) => other.carrier !== event.carrier)) {
      lines.push(`      ${words.alsoSaid} ${name(report.carrier)}: ${report.carrierStatus.description}`);
    }
  }
  return lines.join('\n');
}

function wallTime(event: ShipmentEvent): string {
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.exec(event.localTime);
  return match ? `${match[1]} ${match[2]} ${match[3] === 'Z' ? '+00:00' : match[3]}` : event.localTime;
}

function place(location: Location | null): string {
  const parts = [location?.facility && !location.city ? location.facility : undefined, location?.city, location?.region, location?.countryCode].filter(Boolean);
  return parts.length > 0 ? parts.join(', ') : '—';
}
