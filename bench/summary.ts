import type { DetectionRow } from './detection.js';
import { median } from './measure.js';
import { MERGE_SCALING_GOAL, type MergeRow } from './merge.js';
import { NORMALIZE_GOAL_RATIO, type NormalizeRow } from './normalize.js';
import type { StartupReport } from './startup.js';
import { TRACK_MANY_GOALS, type TrackManyReport } from './track-many.js';

/** One line of the closing summary: a figure measured in this run against the goal of issue 10. */
export interface SummaryLine {
  benchmark: string;
  figure: string;
  goal: string;
  /** `null` when the figure has no goal (context only). */
  met: boolean | null;
}

/** Every ratio of the run against its goal, one line each, from the benchmarks' own rows. */
export function summarize(parts: {
  normalize: readonly NormalizeRow[];
  trackMany: TrackManyReport;
  detection: readonly DetectionRow[];
  merge: readonly MergeRow[];
  startup: StartupReport;
}): SummaryLine[] {
  const lines: SummaryLine[] = [];
  for (const carrier of [...new Set(parts.normalize.map((row) => row.carrier))]) {
    const ratios = parts.normalize.filter((row) => row.carrier === carrier).map((row) => row.ratio);
    const worst = Math.max(...ratios);
    const within = ratios.filter((ratio) => ratio <= NORMALIZE_GOAL_RATIO).length;
    lines.push({
      benchmark: `normalize ${carrier}`,
      figure: `median ${median(ratios).toFixed(1)}x, worst ${worst.toFixed(1)}x the floor (${within}/${ratios.length} fixtures within)`,
      goal: `<= ${NORMALIZE_GOAL_RATIO}x`,
      met: worst <= NORMALIZE_GOAL_RATIO,
    });
  }
  const { loopback, withLatency } = parts.trackMany;
  lines.push({
    benchmark: 'trackMany throughput',
    figure: `${loopback.overhead.toFixed(2)}x a bare undici loop (${loopback.parcelinePerSecond.toFixed(0)}/s vs ${loopback.barePerSecond.toFixed(0)}/s)`,
    goal: `<= ${TRACK_MANY_GOALS.overhead}x`,
    met: loopback.overhead <= TRACK_MANY_GOALS.overhead,
  });
  lines.push({
    benchmark: `trackMany, ${withLatency.latencyMs} ms latency`,
    figure: `${withLatency.overhead.toFixed(2)}x a bare undici loop (${withLatency.parcelinePerSecond.toFixed(0)}/s vs ${withLatency.barePerSecond.toFixed(0)}/s)`,
    goal: 'context',
    met: null,
  });
  const heap = parts.trackMany.heap;
  lines.push({
    benchmark: 'trackMany streamed heap',
    figure:
      `${heap.at(-1)?.numbers} vs ${heap[0]?.numbers} numbers: ${parts.trackMany.retainedBytesPerNumber.toFixed(1)} bytes retained per extra number; ` +
      `peak growth ${parts.trackMany.peakGrowthRatio.toFixed(2)}x (bare loop ${parts.trackMany.barePeakGrowthRatio.toFixed(2)}x)`,
    goal: `flat (< ${TRACK_MANY_GOALS.retainedBytesPerNumber} B per number)`,
    met: parts.trackMany.retainedBytesPerNumber < TRACK_MANY_GOALS.retainedBytesPerNumber,
  });
  const own = parts.detection.find((row) => row.library === 'parceline detectCarrier');
  const peer = parts.detection.find((row) => row.library === 'ts-tracking-number getTracking');
  if (own && peer) {
    lines.push({
      benchmark: 'detection',
      figure: `${own.speedRatio.toFixed(1)}x ts-tracking-number; valid top-1 ${own.accuracy.validTop1}/${own.accuracy.valid} vs ${peer.accuracy.validTop1}/${peer.accuracy.valid}`,
      goal: '>= 3x, more accurate',
      met: own.speedRatio >= 3 && own.accuracy.validTop1 > peer.accuracy.validTop1 && own.accuracy.invalidRejected >= peer.accuracy.invalidRejected,
    });
  } else {
    lines.push({ benchmark: 'detection', figure: 'skipped: no peer data set', goal: '>= 3x, more accurate', met: null });
  }
  const last = parts.merge.at(-1);
  if (last) {
    lines.push({ benchmark: 'merge', figure: `10x the events: ${last.ratioToFirst.toFixed(2)}x the time (reading each event's instant once: ${last.floorRatioToFirst.toFixed(2)}x)`, goal: `<= ${MERGE_SCALING_GOAL}x`, met: last.ratioToFirst <= MERGE_SCALING_GOAL });
  }
  const startup = parts.startup.rows.find((row) => row.ratio !== 1) ?? parts.startup.rows[0];
  if (startup) {
    lines.push({ benchmark: 'startup', figure: `${startup.subject}: ${startup.medianMs.toFixed(0)} ms, ${startup.ratio.toFixed(1)}x undici alone (${parts.startup.source})`, goal: 'context', met: null });
  }
  return lines;
}

/** Prints the summary as the last table of the run. */
export function printSummary(lines: readonly SummaryLine[], options: { short?: boolean } = {}): void {
  console.log(`\nsummary: every ratio of this run against its goal${options.short ? ' (smoke run: too short to quote; run without --short)' : ''}`);
  console.log(['benchmark', 'figure', 'goal', 'met'].join('\t'));
  for (const line of lines) console.log([line.benchmark, line.figure, line.goal, line.met === null ? '-' : line.met ? 'yes' : 'NO'].join('\t'));
}
