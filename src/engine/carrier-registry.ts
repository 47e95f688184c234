import type { CarrierAdapter, TrackingNumberMatch } from '../carrier/carrier-spec.js';
import { detectCarrier } from '../detection/detect-carrier.js';
import { sanitizeTrackingNumber } from '../detection/sanitize-tracking-number.js';
import { ConfigurationError } from '../errors/configuration-error.js';
import { InvalidTrackingNumberError } from '../errors/invalid-tracking-number-error.js';

/** The carriers a tracker was configured with, and how a number finds its carrier. */
export class CarrierRegistry {
  readonly #byId = new Map<string, CarrierAdapter>();
  readonly #ids: readonly string[];

  constructor(adapters: readonly CarrierAdapter[]) {
    for (const adapter of adapters) {
      if (this.#byId.has(adapter.id)) throw new ConfigurationError(`carrier ${adapter.id} is configured twice`, { carrierId: adapter.id });
      this.#byId.set(adapter.id, adapter);
    }
    this.#ids = [...this.#byId.keys()];
  }

  get adapters(): CarrierAdapter[] {
    return [...this.#byId.values()];
  }

  get(id: string): CarrierAdapter {
    const adapter = this.#byId.get(id);
    if (!adapter) throw new ConfigurationError(`carrier ${id} is not configured in this tracker`, { carrierId: id });
    return adapter;
  }

  /**
   * The configured carrier for a number: the one named, else the best configured candidate of
   * `detectCarrier` (valid check digit first, configured carriers first, then confidence), else the
   * first configured adapter whose own `matchTrackingNumber` accepts it (third-party carriers).
   * Input hygiene (URLs, spaces, dashes, zero-width characters, case) comes from detection.
   */
  resolve(input: string, carrierId?: string): { adapter: CarrierAdapter; trackingNumber: string } {
    const sanitized = sanitizeTrackingNumber(input);
    if (!sanitized.ok) {
      throw new InvalidTrackingNumberError(`not a tracking number: ${sanitized.rejected.message}`, {
        carrierId,
        trackingNumbers: [input.slice(0, 64)],
        reason: sanitized.rejected.reason,
      });
    }
    const cleaned = sanitized.normalized;
    if (carrierId) {
      const adapter = this.get(carrierId);
      return { adapter, trackingNumber: adapter.matchTrackingNumber(cleaned)?.normalized ?? cleaned };
    }
    const detection = detectCarrier(cleaned, { preferCarriers: this.#ids });
    for (const candidate of detection.candidates) {
      const adapter = this.#byId.get(candidate.carrier);
      if (adapter && candidate.checkDigit !== 'invalid') return { adapter, trackingNumber: candidate.normalized };
    }
    let best: { adapter: CarrierAdapter; match: TrackingNumberMatch } | undefined;
    for (const adapter of this.#byId.values()) {
      const match = adapter.matchTrackingNumber(cleaned);
      if (!match || match.checkDigit === 'invalid') continue;
      if (!best || (match.checkDigit === 'valid' && best.match.checkDigit !== 'valid')) best = { adapter, match };
    }
    if (best) return { adapter: best.adapter, trackingNumber: best.match.normalized };
    const configuredButInvalid = [...new Set(detection.candidates.filter((candidate) => this.#byId.has(candidate.carrier)).map((candidate) => candidate.carrier))];
    const notConfigured = [...new Set(detection.candidates.filter((candidate) => !this.#byId.has(candidate.carrier)).map((candidate) => candidate.carrier))];
    const hints = [
      configuredButInvalid.length > 0 ? `its check digit is wrong for ${configuredButInvalid.join(' and ')}` : '',
      notConfigured.length > 0 ? `it looks like ${notConfigured.join(' or ')}, which this tracker does not have` : '',
    ].filter(Boolean);
    throw new ConfigurationError(`no configured carrier recognizes the tracking number ${cleaned}${hints.length > 0 ? ` (${hints.join('; ')})` : ''}; pass { carrier }`, {
      trackingNumbers: [cleaned],
    });
  }
}
