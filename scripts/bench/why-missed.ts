/**
 * Under the budgets table, one line per missed budget saying what explains it, from the run's own
 * figures (issue 19: "for any missed, the measured figure, the profile that explains it, and what
 * was tried"). The profile is the per-function table further down; what was tried is
 * docs/performance-log.md, whose entry titles are listed here.
 */

/** The figures of one dataset configuration that the explanations use (a slice of report.ts's summary). */
export interface MissedFigures {
  /** "real dataset" or "50,616 accounts". */
  label: string;
  /** Whether the script carries this configuration's badge summaries (the real dataset does). */
  real: boolean;
  share: number;
  shareMax: number;
  floorShare: number;
  overFloor: number;
  heapDelta: number;
  floorHeapDelta: number;
  /** Insertion to overlay, p95: a handle already seen on the page, and a handle's first post. */
  seenLatencyP95: number;
  firstLatencyP95: number;
  framesLateP95: number;
}

export const SHARE_BUDGET = 2;
export const FLOOR_RATIO_BUDGET = 1.25;
export const HEAP_BUDGET_BYTES = 0.5 * 2 ** 20;
export const LATENCY_BUDGET_MS = 16;
/** Frames late allowed, p95: none with the real dataset; at scale, where summaries no longer ship, one (issue 19, item 3). */
export const framesBudget = (real: boolean) => (real ? 0 : 1);

const pct = (value: number) => `${value.toFixed(2)} %`;
const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(2)} MB`;
const frames = (count: number) => `${count.toFixed(0)} ${count === 1 ? 'frame' : 'frames'}`;

export function explainMissed(rows: MissedFigures[], tried: readonly string[]): string[] {
  const lines: string[] = [];
  for (const row of rows) {
    if (row.shareMax > SHARE_BUDGET) {
      lines.push(
        Number.isFinite(row.floorShare) && row.floorShare > SHARE_BUDGET
          ? `- **Share of the page's script, ${row.label}** (${pct(row.share)}): the floor itself, which only reads each post's permalink and probes a set, spends ${pct(row.floorShare)} of this page's script time, so no annotator that reads every post fits under ${SHARE_BUDGET} % here; Precedent's excess over the floor is the next line.`
          : `- **Share of the page's script, ${row.label}** (${pct(row.share)}, the floor ${pct(row.floorShare)}): the excess over the floor is Precedent's own, explained with the ratio to the floor.`,
      );
    }
    if (row.overFloor > FLOOR_RATIO_BUDGET) {
      lines.push(
        `- **Ratio to the floor, ${row.label}** (${row.overFloor.toFixed(2)}×): the per-function table below shows where the time goes; docs/performance-log.md ("Where the rest of the gap to the floor is") shows it is spread over correctness rules the floor skips (attribute changes on recycled cells, reposts, quotes, cards and nested posts told apart, in-app navigation), none of which alone would close the gap.`,
      );
    }
    if (row.heapDelta > HEAP_BUDGET_BYTES) {
      lines.push(
        row.real
          ? `- **Heap, ${row.label}** (${mb(row.heapDelta)}${Number.isFinite(row.floorHeapDelta) ? `, the floor ${mb(row.floorHeapDelta)}` : ''}): the badge summaries the script carries so that a first post is badged in the frame that paints it (docs/performance-log.md, "What the heap holds").`
          : `- **Heap, ${row.label}** (${mb(row.heapDelta)}${Number.isFinite(row.floorHeapDelta) ? `, the floor ${mb(row.floorHeapDelta)}` : ''}): the filter of every tracked key grows with the record${Number.isFinite(row.floorHeapDelta) && row.floorHeapDelta > row.heapDelta ? '; the floor, which carries the handles themselves, holds more' : ''}.`,
      );
    }
    const late = row.framesLateP95 > framesBudget(row.real);
    const slow = [row.seenLatencyP95 > LATENCY_BUDGET_MS && `a handle already seen p95 ${row.seenLatencyP95.toFixed(1)} ms`, row.firstLatencyP95 > LATENCY_BUDGET_MS && `a handle's first post p95 ${row.firstLatencyP95.toFixed(1)} ms`].filter(Boolean).join(', ');
    if (late || slow) {
      const figures = `(${slow ? `${slow}; ` : ''}${frames(row.framesLateP95)} late, p95)`;
      lines.push(
        !late && row.framesLateP95 === 0
          ? `- **Insertion to overlay, ${row.label}** ${figures}: every overlay was painted in the frame that first showed its post; the milliseconds include the wait for that frame, which a busy machine lengthens (the load average above).`
          : row.real
            ? `- **First post of a handle, ${row.label}** ${figures}: its badge summary is carried by the script, so overlays a frame late here are a regression to look into, not a known cost.`
            : `- **First post of a handle, ${row.label}** ${figures}: the summaries no longer fit the script's size budget at this scale, so a handle's first post waits one round trip to the background.`,
      );
    }
  }
  if (lines.length === 0) return [];
  return [
    '### Why the missed budgets are missed',
    '',
    ...lines,
    ...(tried.length ? [`- **Tried** (docs/performance-log.md, each with its before and after): ${tried.join('; ')}.`] : []),
    '',
  ];
}

/** The entry titles of docs/performance-log.md, in order. */
export function triedEntries(performanceLog: string): string[] {
  return [...performanceLog.matchAll(/^## (.+)$/gm)].map((match) => match[1]!.trim()).filter((title) => !title.startsWith('Where the rest'));
}
