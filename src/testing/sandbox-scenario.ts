import { ConfigurationError } from '../errors/configuration-error.js';
import type { FixtureLibrary } from './fixture-library.js';
import type { SandboxResponse, SandboxRoute } from './sandbox-route.js';

/** Answers the sandbox can make up in the carrier's own shape, without a fixture. */
export type SandboxAnswer = 'not_found' | 'unauthorized' | 'rate_limited' | 'server_error';

/** Options every step accepts. */
interface StepOptions {
  /** Extra response headers (`{ 'retry-after': '2' }`). */
  headers?: Record<string, string>;
  /** Hold the answer this long, in milliseconds (for timeouts and in-flight work). */
  delayMs?: number;
}

/**
 * A recorded fixture of the carrier, by name. It answers for the number that was asked: when the body is about
 * another number (and does not mention the asked one), that number is replaced by the asked one, so any fixture
 * can stand for any number. `renumber: false` sends the body exactly as recorded.
 */
export interface FixtureStep extends StepOptions {
  fixture: string;
  /** Overrides the status of the fixture's meta file. */
  status?: number;
  renumber?: boolean;
}

/** A body given in code, sent exactly as given (objects as JSON). */
export interface BodyStep extends StepOptions {
  body: string | object;
  /** Default 200. */
  status?: number;
  /** Default: the carrier's usual content type. */
  contentType?: string;
}

/** One of the carrier's own answers, in its shape and status (see {@link SandboxAnswer}). */
export interface AnswerStep extends StepOptions {
  answer: SandboxAnswer;
  /** Sent as `retry-after` (seconds). */
  retryAfterSeconds?: number;
}

/** One answer of a scenario: a fixture name (`'track-delivered'`), or a fixture, body or answer step. */
export type SandboxStep = string | FixtureStep | BodyStep | AnswerStep;

/**
 * Answers that change between calls, to watch a parcel move: the n-th request for the number gets the n-th
 * step. After the last step, `repeat: 'last'` (default) keeps answering with it; `'all'` starts over.
 */
export interface SequenceScenario {
  sequence: readonly SandboxStep[];
  repeat?: 'last' | 'all';
}

/** What a number answers: one step every time, or a sequence. */
export type SandboxScenario = SandboxStep | SequenceScenario;

/** A step turned into an answer. */
export interface RenderedStep {
  response: SandboxResponse;
  delayMs: number;
}

function isSequence(scenario: SandboxScenario): scenario is SequenceScenario {
  return typeof scenario === 'object' && scenario !== null && 'sequence' in scenario;
}

const ANSWERS: readonly SandboxAnswer[] = ['not_found', 'unauthorized', 'rate_limited', 'server_error'];

/** Throws a `ConfigurationError` naming what is wrong with a scenario (unknown fixture, empty sequence...). */
export function checkScenario(carrierId: string, trackingNumber: string, scenario: SandboxScenario, fixtures: FixtureLibrary): void {
  const where = `sandbox scenario ${carrierId} ${trackingNumber}`;
  const steps = isSequence(scenario) ? scenario.sequence : [scenario];
  if (steps.length === 0) throw new ConfigurationError(`${where}: the sequence has no step`, { carrierId });
  for (const step of steps) {
    if (typeof step === 'string' || (typeof step === 'object' && step !== null && 'fixture' in step)) {
      const name = typeof step === 'string' ? step : step.fixture;
      if (fixtures.get(carrierId, name) === undefined) {
        const known = fixtures.names(carrierId);
        throw new ConfigurationError(
          fixtures.isEmpty
            ? `${where}: fixture ${name} asked for, but the sandbox was given no fixtures (pass fixturesDir or fixtures)`
            : `${where}: no fixture ${carrierId}/${name}; known: ${known.length > 0 ? known.join(', ') : 'none'}`,
          { carrierId },
        );
      }
    } else if (typeof step === 'object' && step !== null && 'answer' in step) {
      if (!ANSWERS.includes(step.answer)) throw new ConfigurationError(`${where}: answer must be one of ${ANSWERS.join(', ')}`, { carrierId });
    } else if (!(typeof step === 'object' && step !== null && 'body' in step)) {
      throw new ConfigurationError(`${where}: a step is a fixture name, { fixture }, { body } or { answer }`, { carrierId });
    }
  }
}

/** The scenarios of one sandbox and how far each sequence has gone. */
export class ScenarioBook {
  readonly #entries = new Map<string, { scenario: SandboxScenario; calls: number }>();

  set(carrierId: string, trackingNumber: string, scenario: SandboxScenario): void {
    this.#entries.set(key(carrierId, trackingNumber), { scenario, calls: 0 });
  }

  has(carrierId: string, trackingNumber: string): boolean {
    return this.#entries.has(key(carrierId, trackingNumber));
  }

  /** The step for this request of the number (advancing its sequence), or `undefined` when it has no scenario. */
  next(carrierId: string, trackingNumber: string): SandboxStep | undefined {
    const entry = this.#entries.get(key(carrierId, trackingNumber));
    if (!entry) return undefined;
    const call = entry.calls++;
    if (!isSequence(entry.scenario)) return entry.scenario;
    const steps = entry.scenario.sequence;
    const index = entry.scenario.repeat === 'all' ? call % steps.length : Math.min(call, steps.length - 1);
    return steps[index];
  }
}

/** Normalizes a number as carriers read it: no spaces or dashes, upper case. */
export function normalizeNumber(trackingNumber: string): string {
  return trackingNumber.replace(/[\s-]+/g, '').toUpperCase();
}

function key(carrierId: string, trackingNumber: string): string {
  return `${carrierId}\u0000${normalizeNumber(trackingNumber)}`;
}

/** Turns a step into the carrier's answer for `trackingNumber`. */
export function renderStep(step: SandboxStep, route: SandboxRoute, fixtures: FixtureLibrary, trackingNumber: string): RenderedStep {
  if (typeof step === 'string') return renderStep({ fixture: step }, route, fixtures, trackingNumber);
  const delayMs = Math.max(0, step.delayMs ?? 0);
  let response: SandboxResponse;
  if ('fixture' in step) {
    const fixture = fixtures.get(route.id, step.fixture);
    if (!fixture) throw new ConfigurationError(`sandbox has no fixture ${route.id}/${step.fixture}`, { carrierId: route.id });
    response = {
      status: step.status ?? fixture.status ?? 200,
      contentType: fixture.contentType ?? route.contentType,
      body: step.renumber === false ? fixture.body : renumber(fixture.body, route, trackingNumber),
      headers: { ...fixture.headers },
    };
  } else if ('body' in step) {
    response = {
      status: step.status ?? 200,
      contentType: step.contentType ?? route.contentType,
      body: typeof step.body === 'string' ? step.body : JSON.stringify(step.body, null, 2),
      headers: {},
    };
  } else {
    response = answer(step.answer, route, trackingNumber);
    response = { ...response, headers: { ...response.headers } };
    if (step.retryAfterSeconds !== undefined) (response.headers as Record<string, string>)['retry-after'] = String(step.retryAfterSeconds);
  }
  for (const [name, value] of Object.entries(step.headers ?? {})) (response.headers as Record<string, string>)[name.toLowerCase()] = value;
  return { response, delayMs };
}

/** The carrier's answer of a kind. */
export function answer(kind: SandboxAnswer, route: SandboxRoute, trackingNumber: string): SandboxResponse {
  switch (kind) {
    case 'not_found':
      return route.answers.notFound(trackingNumber);
    case 'unauthorized':
      return route.answers.unauthorized();
    case 'rate_limited':
      return route.answers.rateLimited();
    case 'server_error':
      return route.answers.serverError();
  }
}

/** A body about another number, made to answer for `trackingNumber`: its main number replaced everywhere. */
function renumber(body: string, route: SandboxRoute, trackingNumber: string): string {
  const main = route.bodyNumbers(body)[0];
  if (main === undefined || main === trackingNumber || body.includes(trackingNumber)) return body;
  return body.split(main).join(trackingNumber);
}
