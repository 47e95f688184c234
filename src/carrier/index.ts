export * from './carrier-spec.js';
export { defineCarrier } from './define-carrier.js';
export { Secret, toSecret } from './secret.js';
