import type { CarrierAdapter, TrackingNumberMatch } from '../carrier/carrier-spec.js';
import { ConfigurationError } from '../errors/configuration-error.js';

/** The carriers a tracker was configured with, and how a number finds its carrier. */
export class CarrierRegistry {
  readonly #byId = new Map<string, CarrierAdapter>();

  constructor(adapters: readonly CarrierAdapter[]) {
    for (const adapter of adapters) {
      if (this.#byId.has(adapter.id)) throw new ConfigurationError(`carrier ${adapter.id} is configured twice`, { carrierId: adapter.id });
      this.#byId.set(adapter.id, adapter);
    }
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
   * The configured carrier for a number: the one named, or the best match among the configured adapters
   * (a valid check digit first, then the order of configuration).
   */
  resolve(trackingNumber: string, carrierId?: string): { adapter: CarrierAdapter; trackingNumber: string } {
    const cleaned = cleanTrackingNumber(trackingNumber);
    if (carrierId) {
      const adapter = this.get(carrierId);
      return { adapter, trackingNumber: adapter.matchTrackingNumber(cleaned)?.normalized ?? cleaned };
    }
    let best: { adapter: CarrierAdapter; match: TrackingNumberMatch } | undefined;
    for (const adapter of this.#byId.values()) {
      const match = adapter.matchTrackingNumber(cleaned);
      if (!match || match.checkDigit === 'invalid') continue;
      if (!best || (match.checkDigit === 'valid' && best.match.checkDigit !== 'valid')) best = { adapter, match };
    }
    if (!best) {
      throw new ConfigurationError(`no configured carrier recognizes the tracking number ${cleaned}; pass { carrier }`, {
        trackingNumbers: [cleaned],
      });
    }
    return { adapter: best.adapter, trackingNumber: best.match.normalized };
  }
}

/** Trims, drops spaces, dashes and zero-width characters, upper-cases. */
export function cleanTrackingNumber(input: string): string {
  return input.replace(/[\s\u200B-\u200D\uFEFF-]+/g, '').toUpperCase();
}
