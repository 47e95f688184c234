/**
 * parceline/carriers/ups: the UPS adapter (Track API v1). See docs/carriers/ups.md.
 */
export { ups, type UpsOptions } from './ups-adapter.js';
