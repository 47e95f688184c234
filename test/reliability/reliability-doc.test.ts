import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderDefaultsTable } from './support/defaults.js';
import { renderMatrixTable } from './support/fault-matrix.js';

/**
 * docs/reliability.md carries the fault matrix and the defaults as tables that this suite renders from the matrix it
 * runs (support/fault-matrix.ts) and from the code (support/defaults.ts). A table that differs fails here; run with
 * PARCELINE_UPDATE_DOCS=1 to rewrite the sections between the markers.
 */
const DOC = new URL('../../docs/reliability.md', import.meta.url);

function section(text: string, name: string): string | undefined {
  const match = new RegExp(`<!-- ${name}:start -->\\n([\\s\\S]*?)\\n<!-- ${name}:end -->`).exec(text);
  return match?.[1];
}

function replaceSection(text: string, name: string, content: string): string {
  return text.replace(new RegExp(`(<!-- ${name}:start -->\\n)[\\s\\S]*?(\\n<!-- ${name}:end -->)`), (_, start: string, end: string) => `${start}${content}${end}`);
}

describe('docs/reliability.md', () => {
  const generated = { 'fault-matrix': renderMatrixTable(), defaults: renderDefaultsTable() };
  if (process.env.PARCELINE_UPDATE_DOCS === '1') {
    let text = readFileSync(DOC, 'utf8');
    for (const [name, content] of Object.entries(generated)) text = replaceSection(text, name, content);
    writeFileSync(DOC, text);
  }
  const text = readFileSync(DOC, 'utf8');

  it('shows the fault matrix exactly as the suite runs it', () => {
    expect(section(text, 'fault-matrix')).toBe(generated['fault-matrix']);
  });

  it('states the defaults the code has', () => {
    expect(section(text, 'defaults')).toBe(generated.defaults);
  });
});
