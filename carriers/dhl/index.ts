/**
 * parceline/carriers/dhl: the DHL adapter (Shipment Tracking – Unified API). See docs/carriers/dhl.md.
 */
export { dhl, type DhlOptions } from './dhl-adapter.js';
export type { DhlService } from './dhl-fetch.js';
