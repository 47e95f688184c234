// Adds `./carriers/<id>` export entries to package.json for every folder of carriers/ (kept sorted, before ./package.json).
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const ids = process.argv.slice(2).length > 0 ? process.argv.slice(2) : readdirSync('carriers').filter((id) => statSync(`carriers/${id}`).isDirectory());
const exportsMap = {};
for (const [key, value] of Object.entries(pkg.exports)) if (!key.startsWith('./carriers/') && key !== './package.json') exportsMap[key] = value;
const carriers = new Set([...Object.keys(pkg.exports).filter((key) => key.startsWith('./carriers/')).map((key) => key.slice(11)), ...ids]);
for (const id of [...carriers].sort()) exportsMap[`./carriers/${id}`] = { types: `./dist/carriers/${id}/index.d.ts`, default: `./dist/carriers/${id}/index.js` };
exportsMap['./package.json'] = './package.json';
pkg.exports = exportsMap;
writeFileSync('package.json', `${JSON.stringify(pkg, null, 2)}\n`);
