import { writeFileSync } from 'node:fs';
import { benchDetection, printDetection } from './detection.js';
import { benchMerge, printMerge } from './merge.js';
import { benchNormalize, printNormalize } from './normalize.js';
import { benchStartup, printStartup } from './startup.js';
import { printSummary, summarize } from './summary.js';
import { benchTrackMany, printTrackMany } from './track-many.js';

/**
 * `npm run bench`: every benchmark, each reported as a ratio to a baseline measured in the same run, then one
 * summary line per goal. `npm run bench -- --short` is the smoke mode CI can afford.
 */
const short = process.argv.includes('--short');
const normalizeRows = await benchNormalize({ short });
printNormalize(normalizeRows);
const trackMany = await benchTrackMany({ short });
printTrackMany(trackMany);
const detectionRows = await benchDetection({ short });
printDetection(detectionRows);
const mergeRows = await benchMerge({ short });
printMerge(mergeRows);
const startup = benchStartup({ short });
printStartup(startup);
const summary = summarize({ normalize: normalizeRows, trackMany, detection: detectionRows, merge: mergeRows, startup });
printSummary(summary, { short });
writeFileSync(
  new URL('./results.json', import.meta.url),
  `${JSON.stringify({ node: process.version, date: new Date().toISOString(), short, normalize: normalizeRows, trackMany, detection: detectionRows, merge: mergeRows, startup, summary }, null, 2)}\n`,
);
