/**
 * parceline/carriers/fedex: the FedEx adapter (Track API v1). See docs/carriers/fedex.md.
 */
export { fedex, type FedexOptions } from './fedex-adapter.js';
