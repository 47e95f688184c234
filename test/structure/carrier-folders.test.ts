import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/**
 * Keeps every carrier folder complete and inside its boundary: files, fixtures with meta files, docs
 * page, export entry and conformance case; imports only the kit, zod and Node built-ins.
 */
const root = new URL('../../', import.meta.url).pathname;
const carrierIds = readdirSync(`${root}carriers`).filter((id) => statSync(`${root}carriers/${id}`).isDirectory());
const packageJson = JSON.parse(readFileSync(`${root}package.json`, 'utf8')) as { exports: Record<string, unknown> };
const REQUIRED_FILES = ['index.ts', '{id}-adapter.ts', '{id}-api.ts', '{id}-fetch.ts', '{id}-parse.ts', '{id}-status-map.ts', '{id}-tracking-number.ts'];
const ALLOWED_IMPORT = /^(?:\.\/[a-z0-9-]+\.js|\.\.\/\.\.\/src\/adapter-kit\/index\.js|zod|node:[a-z_/]+)$/;

function importsOf(file: string): string[] {
  const source = readFileSync(file, 'utf8');
  return [...source.matchAll(/(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g)].map((match) => (match[1] ?? match[2]) as string);
}

describe('carrier folders', () => {
  it('finds at least the reference carrier', () => {
    expect(carrierIds).toContain('ups');
  });

  for (const id of carrierIds) {
    describe(id, () => {
      it('is named in kebab-case', () => {
        expect(id).toMatch(/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/);
      });

      it('has the files of the adapter layout', () => {
        for (const pattern of REQUIRED_FILES) {
          const file = pattern.replace('{id}', id);
          expect(existsSync(`${root}carriers/${id}/${file}`), `carriers/${id}/${file}`).toBe(true);
        }
      });

      it('has fixtures, each with a meta file naming its shape and source', () => {
        const folder = `${root}fixtures/${id}`;
        expect(existsSync(folder), folder).toBe(true);
        const bodies = readdirSync(folder).filter((file) => !file.endsWith('.meta.json'));
        expect(bodies.length).toBeGreaterThan(0);
        for (const body of bodies) {
          const metaFile = `${folder}/${body.replace(/\.[a-z]+$/, '.meta.json')}`;
          expect(existsSync(metaFile), metaFile).toBe(true);
          const meta = JSON.parse(readFileSync(metaFile, 'utf8')) as Record<string, unknown>;
          for (const field of ['carrier', 'scenario', 'shape', 'source']) expect(typeof meta[field], `${metaFile} ${field}`).toBe('string');
          expect(meta.carrier).toBe(id);
        }
      });

      it('has a docs page, an export entry and a conformance case', () => {
        expect(existsSync(`${root}docs/carriers/${id}.md`), `docs/carriers/${id}.md`).toBe(true);
        expect(packageJson.exports[`./carriers/${id}`]).toEqual({ types: `./dist/carriers/${id}/index.d.ts`, default: `./dist/carriers/${id}/index.js` });
        expect(existsSync(`${root}test/conformance/cases/${id}.ts`), `test/conformance/cases/${id}.ts`).toBe(true);
      });

      it('imports only the adapter kit, zod, Node built-ins and its own files', () => {
        for (const file of readdirSync(`${root}carriers/${id}`).filter((name) => name.endsWith('.ts'))) {
          for (const specifier of importsOf(`${root}carriers/${id}/${file}`)) {
            expect(specifier, `carriers/${id}/${file} imports ${specifier}`).toMatch(ALLOWED_IMPORT);
          }
        }
      });
    });
  }
});

describe('layer boundaries', () => {
  function sourceFiles(folder: string): string[] {
    return readdirSync(folder, { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.ts'))
      .map((file) => `${folder}/${file}`);
  }

  it('keeps undici inside src/http', () => {
    for (const file of sourceFiles(`${root}src`)) {
      if (file.includes('/src/http/')) continue;
      const runtimeImports = readFileSync(file, 'utf8').match(/^import\s+(?!type\b)[^;]*from\s+['"]undici['"]/gm) ?? [];
      expect(runtimeImports, file).toEqual([]);
    }
  });

  it('keeps the adapter kit free of engine, HTTP and i18n code', () => {
    for (const file of sourceFiles(`${root}src/adapter-kit`)) {
      for (const specifier of importsOf(file)) expect(specifier, `${file} imports ${specifier}`).not.toMatch(/\/(engine|http|i18n)\//);
    }
  });

  it('lists an export entry for every carrier folder and no other', () => {
    const carrierExports = Object.keys(packageJson.exports).filter((key) => key.startsWith('./carriers/'));
    expect(carrierExports.sort()).toEqual(carrierIds.map((id) => `./carriers/${id}`).sort());
  });
});
