import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const repo = resolve(import.meta.dirname, '../..');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

describe('the package as users get it', () => {
  let workdir: string;

  beforeAll(() => {
    workdir = mkdtempSync(join(tmpdir(), 'parceline-pack-'));
    const packed = execFileSync(npm, ['pack', '--json', '--pack-destination', workdir], { cwd: repo, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    const tarball = join(workdir, (JSON.parse(packed) as Array<{ filename: string }>)[0]!.filename);
    const zodVersion = (JSON.parse(readFileSync(join(repo, 'node_modules/zod/package.json'), 'utf8')) as { version: string }).version;
    writeFileSync(join(workdir, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
    execFileSync(npm, ['install', '--no-audit', '--no-fund', '--prefer-offline', '--ignore-scripts', '--no-package-lock', tarball, `zod@${zodVersion}`], {
      cwd: workdir,
      stdio: ['ignore', 'ignore', 'pipe'],
    });
  });

  afterAll(() => {
    if (workdir) rmSync(workdir, { recursive: true, force: true });
  });

  it('installs outside the repo, imports parceline and a carrier subpath, and normalizes a fixture', () => {
    const fixture = readFileSync(join(repo, 'fixtures/ups/track-domestic-delivered.json'), 'utf8');
    writeFileSync(join(workdir, 'body.json'), fixture);
    writeFileSync(
      join(workdir, 'consumer.mjs'),
      [
        "import { readFileSync } from 'node:fs';",
        "import { normalize, TrackingResult, ParcelineError } from 'parceline';",
        "import { ups } from 'parceline/carriers/ups';",
        "const [result] = normalize(ups(), readFileSync('body.json', 'utf8'), { locale: 'zh-CN', fetchedAt: '2025-01-01T00:00:00Z' });",
        'TrackingResult.parse(result);',
        'console.log(JSON.stringify({ status: result.status, events: result.events.length, locale: result.locale, error: typeof ParcelineError.isInstance }));',
      ].join('\n'),
    );
    const output = execFileSync(process.execPath, ['consumer.mjs'], { cwd: workdir, encoding: 'utf8' });
    const summary = JSON.parse(output) as { status: string; events: number; locale: string; error: string };
    expect(summary.status).toBe('delivered');
    expect(summary.events).toBeGreaterThan(2);
    expect(summary.locale).toBe('zh-CN');
    expect(summary.error).toBe('function');
  });

  it('ships only dist and the package metadata', () => {
    const listing = execFileSync(npm, ['pack', '--dry-run', '--json'], { cwd: repo, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    const files = (JSON.parse(listing) as Array<{ files: Array<{ path: string }> }>)[0]!.files.map((file) => file.path);
    expect(files.filter((path) => !path.startsWith('dist/') && !['package.json', 'README.md', 'CHANGELOG.md', 'LICENSE'].includes(path))).toEqual([]);
    expect(files).toContain('dist/carriers/ups/index.js');
    expect(files).toContain('dist/adapter-kit/index.d.ts');
  });
});
