import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { defineConfig } from 'tsup';

/** One entry per public subpath; carriers are found by reading `carriers/`, never by a hand list. */
function carrierEntries(): Record<string, string> {
  const entries: Record<string, string> = {};
  for (const id of readdirSync('carriers')) {
    if (statSync(join('carriers', id)).isDirectory()) entries[`carriers/${id}/index`] = `carriers/${id}/index.ts`;
  }
  return entries;
}

export default defineConfig({
  entry: {
    index: 'src/index.ts',
    'adapter-kit/index': 'src/adapter-kit/index.ts',
    'testing/index': 'src/testing/index.ts',
    'cli/index': 'bin/parceline.ts',
    ...carrierEntries(),
  },
  format: ['esm'],
  platform: 'node',
  target: 'node22',
  dts: true,
  clean: true,
  sourcemap: true,
  splitting: true,
  treeshake: true,
});
