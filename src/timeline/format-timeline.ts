import { createTranslator, type Translator } from '../i18n/create-i18n.js';
import type { Location } from '../schema/location.js';
import type { TrackingEvent } from '../schema/tracking-event.js';
import type { TrackingResult } from '../schema/tracking-result.js';

/** Options of {@link formatTimeline}. */
export interface FormatTimelineOptions {
  /** Locale of the labels (default: the result's own locale). */
  locale?: string;
  /** Display name of the carrier in the title (default: the carrier id). */
  carrierName?: string;
  /** Show the carrier's own words under each event (default true). */
  carrierText?: boolean;
}

let sharedTranslator: Translator | undefined;

/**
 * Renders a result as a readable plain-text timeline, oldest event first: local time with its offset,
 * place, our label, and the carrier's own words.
 *
 * @example
 * console.log(formatTimeline(result, { locale: 'zh-CN', carrierName: 'UPS' }));
 */
export function formatTimeline(result: TrackingResult, options: FormatTimelineOptions = {}): string {
  sharedTranslator ??= createTranslator();
  const translator = sharedTranslator;
  const locale = translator.resolveLocale(options.locale ?? result.locale);
  const t = (key: string, values?: Record<string, unknown>) => translator.t(locale, key, values);
  const lines = [
    t('timeline.title', { trackingNumber: result.trackingNumber, carrier: options.carrierName ?? result.carrier }),
    t('timeline.currentStatus', { status: t(`status.${result.status}`) }),
  ];
  if (result.estimatedDelivery && result.status !== 'delivered') {
    const { from, to } = result.estimatedDelivery;
    lines.push(from === to ? t('timeline.estimatedDelivery', { date: from }) : t('timeline.estimatedDeliveryRange', { from, to }));
  }
  if (result.deliveredAt) {
    const deliveredEvent = result.events.find((event) => event.occurredAt === result.deliveredAt && event.status === 'delivered');
    lines.push(t('timeline.deliveredAt', { date: deliveredEvent ? wallTime(deliveredEvent) : result.deliveredAt }));
  }
  if (result.signedBy) lines.push(t('timeline.signedBy', { name: result.signedBy }));
  if (result.amountDue) lines.push(t('timeline.amountDue', { amount: `${result.amountDue.amount} ${result.amountDue.currency}` }));
  if (result.outcome === 'not_found') lines.push(t('timeline.notFound'));
  else if (result.events.length === 0) lines.push(t('timeline.noEvents'));
  for (const event of result.events) {
    lines.push(`  ${wallTime(event)}  ${place(event.location) ?? t('timeline.locationUnknown')}  ·  ${t(`subStatus.${event.subStatus}`)}`);
    if (options.carrierText !== false && event.carrierStatus.description) {
      lines.push(`      ${t('timeline.carrierText', { text: event.carrierStatus.description })}`);
    }
    if (event.handoff) {
      const carrier = event.handoff.carrierName ?? event.handoff.carrier ?? '?';
      lines.push(
        `      ${event.handoff.trackingNumber ? t('timeline.handoffWithNumber', { carrier, trackingNumber: event.handoff.trackingNumber }) : t('timeline.handoff', { carrier })}`,
      );
    }
  }
  return lines.join('\n');
}

function wallTime(event: TrackingEvent): string {
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.exec(event.localTime);
  if (!match) return event.localTime;
  return `${match[1]} ${match[2]} ${match[3] === 'Z' ? '+00:00' : match[3]}`;
}

function place(location: Location | null): string | undefined {
  if (!location) return undefined;
  const parts = [location.facility && !location.city ? location.facility : undefined, location.city, location.region, location.countryCode].filter(Boolean);
  return parts.length > 0 ? parts.join(', ') : undefined;
}
