/**
 * parceline/adapter-kit: everything a carrier adapter needs, and the only import surface for carriers
 * (first-party and third-party alike), together with `zod`.
 */
export * from '../carrier/index.js';
export * from '../schema/index.js';
export * from '../errors/index.js';
export { createStatusMapper, type StatusMapper, type StatusTableEntry, type MappedStatus } from './create-status-mapper.js';
export { createEventId, type EventIdentity } from './create-event-id.js';
export { readJsonBody, type BodyContext } from './read-json-body.js';
export { validateRawBody } from './validate-raw-body.js';
export { unknownCodeWarning, assumedZoneWarning, carrierWarning } from './warnings.js';
