/**
 * parceline/carriers/usps: the USPS adapter (Tracking API v3). See docs/carriers/usps.md.
 */
export { usps, type UspsOptions } from './usps-adapter.js';
