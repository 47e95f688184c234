import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** A recorded carrier body and how the carrier sent it. */
export interface SandboxFixture {
  /** The body, exactly as the carrier sends it. */
  body: string;
  /** HTTP status (default 200). */
  status?: number;
  /** Content type (default: the carrier's usual one). */
  contentType?: string;
  /** Extra response headers. */
  headers?: Record<string, string>;
  /**
   * The operation the body answers (`track` when absent; the repository's meta files also name `push` and
   * `summary`). Only track bodies answer numbers on their own (`scenariosFromFixtures`).
   */
  operation?: string;
}

/**
 * Fixtures given in code, by carrier id then fixture name: `{ usps: { 'track-delivered': { body } } }`. A plain
 * string is a body sent with status 200.
 */
export type SandboxFixtures = Readonly<Record<string, Readonly<Record<string, string | SandboxFixture>>>>;

const BODY_FILE = /^(.+)\.(json|xml|txt)$/;

/**
 * The fixtures a sandbox can serve: those given in code, then those of a fixtures directory laid out as the
 * repository's (`<dir>/<carrier>/<name>.json|xml|txt`, each with an optional `<name>.meta.json` giving
 * `httpStatus`, `contentType` and `operation`). Files are read once, when a carrier's fixtures are first needed.
 */
export class FixtureLibrary {
  readonly #directory: string | undefined;
  readonly #given: SandboxFixtures;
  readonly #loaded = new Map<string, Map<string, SandboxFixture>>();

  constructor(directory: string | URL | undefined, given: SandboxFixtures = {}) {
    this.#directory = directory === undefined ? undefined : directory instanceof URL ? fileURLToPath(directory) : directory;
    this.#given = given;
  }

  /** Whether any fixture source was given. */
  get isEmpty(): boolean {
    return this.#directory === undefined && Object.keys(this.#given).length === 0;
  }

  /** The fixture `name` of a carrier, or `undefined`. */
  get(carrierId: string, name: string): SandboxFixture | undefined {
    return this.#of(carrierId).get(name);
  }

  /** The names of a carrier's fixtures, sorted. */
  names(carrierId: string): string[] {
    return [...this.#of(carrierId).keys()].sort();
  }

  #of(carrierId: string): Map<string, SandboxFixture> {
    let fixtures = this.#loaded.get(carrierId);
    if (fixtures) return fixtures;
    fixtures = new Map();
    if (this.#directory !== undefined) {
      const folder = join(this.#directory, carrierId);
      if (existsSync(folder)) {
        for (const file of readdirSync(folder).sort()) {
          const match = BODY_FILE.exec(file);
          if (!match || file.endsWith('.meta.json')) continue;
          const name = match[1] as string;
          fixtures.set(name, { body: readFileSync(join(folder, file), 'utf8'), ...readMeta(join(folder, `${name}.meta.json`)) });
        }
      }
    }
    for (const [name, fixture] of Object.entries(this.#given[carrierId] ?? {})) {
      fixtures.set(name, typeof fixture === 'string' ? { body: fixture } : { ...fixture });
    }
    this.#loaded.set(carrierId, fixtures);
    return fixtures;
  }
}

function readMeta(file: string): Pick<SandboxFixture, 'status' | 'contentType' | 'operation'> {
  if (!existsSync(file)) return {};
  const meta = JSON.parse(readFileSync(file, 'utf8')) as { httpStatus?: unknown; contentType?: unknown; operation?: unknown };
  return {
    ...(typeof meta.httpStatus === 'number' ? { status: meta.httpStatus } : {}),
    ...(typeof meta.contentType === 'string' ? { contentType: meta.contentType } : {}),
    ...(typeof meta.operation === 'string' ? { operation: meta.operation } : {}),
  };
}
