// Runs attw on the packed package with every carrier subpath listed (attw does not expand `./carriers/*`).
import { execFileSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';

const carriers = readdirSync('carriers').filter((id) => statSync(`carriers/${id}`).isDirectory());
const args = ['--pack', '.', '--profile', 'esm-only', '--include-entrypoints', ...carriers.map((id) => `./carriers/${id}`)];
execFileSync(process.execPath, ['node_modules/@arethetypeswrong/cli/dist/index.js', ...args], { stdio: 'inherit' });
