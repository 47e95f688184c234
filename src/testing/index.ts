/**
 * parceline/testing: a local carrier sandbox for tests, demos and trying parceline without credentials.
 *
 * @example
 * import { createSandbox } from 'parceline/testing';
 * import { usps } from 'parceline/carriers/usps';
 * const sandbox = await createSandbox({ carriers: { usps: { scenarios: { '9400111699001234567819': { answer: 'rate_limited', retryAfterSeconds: 1 } } } } });
 * const tracker = createTracker({ carriers: [usps(sandbox.adapterOptions('usps'))] });
 */
export { createSandbox, type Sandbox, type SandboxOptions, type SandboxCarrierOptions, type SandboxRequest } from './create-sandbox.js';
export type { SandboxScenario, SandboxStep, SequenceScenario, FixtureStep, BodyStep, AnswerStep, SandboxAnswer } from './sandbox-scenario.js';
export type { SandboxFixture, SandboxFixtures } from './fixture-library.js';
export { SANDBOX_CARRIER_IDS } from './routes.js';
