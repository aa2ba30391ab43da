/** Renders the benchmark's results as the markdown in docs/benchmarks.md. */
import type { LookupCost } from './lookup-cost';
import type { RunResult } from './measure';
import type { SelfTimedRun } from './self-timed';
import type { StartupResult } from './startup';
import { change, median, quantile } from './stats';
import { explainMissed, FLOOR_RATIO_BUDGET, framesBudget, HEAP_BUDGET_BYTES, LATENCY_BUDGET_MS, SHARE_BUDGET } from './why-missed';

/** One configuration's measurements (run.ts writes them; this file reports them). */
export interface ConfigResult {
  name: string;
  /** Tracked accounts in the build (real dataset plus synthetic ones). */
  accounts: number;
  trackedPosts: number;
  withExtension: RunResult[];
  /** The floor configuration (scripts/bench/floor/): the minimal annotator, for runs since it was added. */
  floor?: RunResult[];
  bare: RunResult[];
  /** `floor`: the minimal annotator's start-up and heap, for runs since it was measured (its own heap is the least any content script adds). */
  startup: { withExtension: StartupResult[]; bare: StartupResult[]; floor?: StartupResult[] };
  lookup: LookupCost;
  /** gzip bytes of the built files. */
  sizes: Record<string, number>;
}

/** Precedent and the floor timing themselves, in each browser (./self-timed.ts; issue 19, item 5). */
export interface SelfTimedComparison {
  trackedPosts: number;
  browsers: Array<{ name: string; version: string; withExtension: SelfTimedRun[]; floor: SelfTimedRun[]; bare: SelfTimedRun[] }>;
}

interface Report {
  date: string;
  quick: boolean;
  machine: { cpu: string; cores: number; memoryGiB: number; chromium: string; node: string; load?: number[] };
  settings: { posts: number; pixelsPerFrame: number };
  trackedShare: number;
  /** How many tracked accounts those posts are by (absent in runs before it was set: all of them). */
  followed?: number;
  minutes: number;
  results: ConfigResult[];
  selfTimed?: SelfTimedComparison;
}

const ms = (value: number) => (Number.isFinite(value) ? `${value.toFixed(1)} ms` : 'n/a');
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const pct = (value: number) => (Number.isFinite(value) ? `${value >= 0 ? '+' : ''}${value.toFixed(1)} %` : 'n/a');
const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(2)} MB`;

/** Derived numbers for one configuration. */
export function summarise(result: ConfigResult) {
  const ext = result.withExtension;
  const bare = result.bare;
  const shares = ext.map((run) => (run.scroll.ms.extension / run.metrics.ScriptDuration) * 100);
  const latencies = ext.flatMap((run) => run.latencies);
  const metric = (runs: typeof ext, name: keyof (typeof ext)[number]['metrics']) => median(runs.map((run) => run.metrics[name]));
  const spread = (runs: typeof ext, name: keyof (typeof ext)[number]['metrics']) => {
    const values = runs.map((run) => run.metrics[name]);
    return values.length > 1 ? ((Math.max(...values) - Math.min(...values)) / median(values)) * 100 : NaN;
  };
  const floor = result.floor ?? [];
  /** The median heap after start-up, over the same page without any extension. */
  const heapOverBare = (runs: StartupResult[]) => median(runs.map((run) => run.heapBytes)) - median(result.startup.bare.map((run) => run.heapBytes));
  const floorMs = floor.length > 0 ? median(floor.map((run) => run.scroll.ms.extension)) : NaN;
  return {
    floorMs,
    floorShare: floor.length > 0 ? median(floor.map((run) => (run.scroll.ms.extension / run.metrics.ScriptDuration) * 100)) : NaN,
    overFloor: median(ext.map((run) => run.scroll.ms.extension)) / floorMs,
    extensionMs: median(ext.map((run) => run.scroll.ms.extension)),
    share: median(shares),
    shareMax: Math.max(...shares),
    pageScriptMs: median(ext.map((run) => run.scroll.ms.page)),
    metrics: (['ScriptDuration', 'TaskDuration', 'LayoutDuration', 'RecalcStyleDuration'] as const).map((name) => ({
      name,
      bare: metric(bare, name),
      ext: metric(ext, name),
      change: change(metric(bare, name), metric(ext, name)),
      bareSpread: spread(bare, name),
    })),
    longTasks: { ext: median(ext.map((run) => run.longTasks.length)), bare: median(bare.map((run) => run.longTasks.length)) },
    maxExtensionIn50: Math.max(...ext.map((run) => Math.max(run.scroll.maxExtensionMsIn50ms, run.load.maxExtensionMsIn50ms))),
    latency: { p50: quantile(latencies, 0.5), p95: quantile(latencies, 0.95), count: latencies.length },
    firstLatency: (() => {
      const first = ext.flatMap((run) => run.firstLatencies);
      return { p50: quantile(first, 0.5), p95: quantile(first, 0.95), count: first.length };
    })(),
    frames: (() => {
      const late = ext.flatMap((run) => run.framesLate);
      return { sameFrame: late.filter((n) => n === 0).length, total: late.length, p95: quantile(late, 0.95), max: Math.max(0, ...late) };
    })(),
    seenBare: ext.flatMap((run) => run.seenBare),
    missed: ext.reduce((n, run) => n + run.missed, 0),
    overlays: { shown: ext.reduce((n, run) => n + run.latencies.length + run.firstLatencies.length, 0), tracked: ext.reduce((n, run) => n + run.trackedFilled, 0) },
    firstScreenMs: median(ext.map((run) => run.load.ms.extension)),
    startupMs: median(result.startup.withExtension.map((run) => run.extensionMs)),
    heapDelta: heapOverBare(result.startup.withExtension),
    floorHeapDelta: result.startup.floor?.length ? heapOverBare(result.startup.floor) : NaN,
  };
}

/** Derived numbers for one browser's self-timed runs. */
export function summariseSelfTimed(browser: SelfTimedComparison['browsers'][number]) {
  const own = (runs: SelfTimedRun[]) => median(runs.map((run) => run.scrollMs ?? NaN));
  const late = browser.withExtension.flatMap((run) => run.framesLate);
  const first = browser.withExtension.flatMap((run) => run.firstLatencies);
  return {
    extensionMs: own(browser.withExtension),
    floorMs: own(browser.floor),
    overFloor: own(browser.withExtension) / own(browser.floor),
    sections: median(browser.withExtension.map((run) => run.sections ?? NaN)),
    loadMs: median(browser.withExtension.map((run) => run.loadMs ?? NaN)),
    wall: { bare: median(browser.bare.map((run) => run.frames.ms)), ext: median(browser.withExtension.map((run) => run.frames.ms)), floor: median(browser.floor.map((run) => run.frames.ms)) },
    frames: { sameFrame: late.filter((n) => n === 0).length, total: late.length, p95: quantile(late, 0.95), max: Math.max(0, ...late) },
    firstLatencyP95: quantile(first, 0.95),
    overlays: { shown: browser.withExtension.reduce((n, run) => n + run.latencies.length + run.firstLatencies.length, 0), tracked: browser.withExtension.reduce((n, run) => n + run.trackedFilled, 0) },
  };
}

function renderSelfTimed(comparison: SelfTimedComparison, lines: string[]) {
  lines.push('## Chromium and Firefox ESR: the content script timing itself (real dataset, medians)', '');
  lines.push(
    'Firefox gives no CPU profile, so for these runs Precedent and the floor are built to time their own content-script work (`src/content/self-timing.ts`, `scripts/bench/floor/content.js`: every observer callback, batch, answer from the background and start-up step, with `performance.now()`), and the same timeline is scrolled in both browsers. The instrument differs from the CPU profile: it counts everything that runs synchronously inside the script\'s callbacks (the browser\'s work for its DOM calls, style or layout it forces), but not bundle evaluation or garbage collection. Compare browsers and configurations within this table, not with the profile\'s figures above.',
    '',
  );
  lines.push('| Browser | Runs (with + floor + bare) | Precedent (own time) | Floor (own time) | Precedent ÷ floor | Timed sections | First screen (own time) | Scroll wall time bare / floor / with | Overlays shown / tracked posts filled | Same frame | First post of a handle p95 |');
  lines.push('|---|---|---|---|---|---|---|---|---|---|---|');
  for (const browser of comparison.browsers) {
    const s = summariseSelfTimed(browser);
    lines.push(
      `| ${browser.version} | ${browser.withExtension.length} + ${browser.floor.length} + ${browser.bare.length} | ${ms(s.extensionMs)} | ${ms(s.floorMs)} | ${Number.isFinite(s.overFloor) ? `${s.overFloor.toFixed(2)}×` : 'n/a'} | ${s.sections.toFixed(0)} | ${ms(s.loadMs)} | ${ms(s.wall.bare)} / ${ms(s.wall.floor)} / ${ms(s.wall.ext)} | ${s.overlays.shown} / ${s.overlays.tracked} | ${s.frames.sameFrame} of ${s.frames.total} (p95 ${Number.isFinite(s.frames.p95) ? s.frames.p95.toFixed(0) : 'n/a'} frames late) | ${ms(s.firstLatencyP95)} |`,
    );
  }
  lines.push('');
}

/**
 * `before`: the same real-dataset comparison with an earlier build (docs/benchmarks-before.json);
 * `tried`: the entry titles of docs/performance-log.md, named under the missed budgets.
 */
export function renderReport(report: Report, before?: { results: ConfigResult[]; date: string }, tried: readonly string[] = []): string {
  const rows = report.results.map((result) => ({ result, s: summarise(result) }));
  const real = rows.find((row) => row.result.name === 'real');
  const largest = rows.at(-1)!;
  const check = (ok: boolean) => (ok ? 'met' : '**missed**');
  const lines: string[] = [];
  lines.push('# Benchmarks', '');
  lines.push(
    `Measured by \`npm run bench\`${report.quick ? ' -- --quick (smoke run: too short to judge budgets)' : ''} on ${report.date.slice(0, 10)}, ${report.minutes.toFixed(1)} minutes.`,
    '',
    `Machine: ${report.machine.cpu}, ${report.machine.cores} cores, ${report.machine.memoryGiB} GiB; ${report.machine.chromium} (headless); Node ${report.machine.node}.` +
      (report.machine.load ? ` Load average (1 min) at the start and end of the run: ${report.machine.load.map((value) => value.toFixed(2)).join(' and ')}${report.machine.load[0]! > report.machine.cores * 0.5 ? ' (busy before the run began: another job shared the cores, so every figure is noisier than usual)' : ''}.` : ''),
    '',
    `Page: a generated X-like home timeline (scripts/bench/timeline-page.ts) of ${report.settings.posts} posts built from cells of a recorded 2025 X page ` +
      `(plain, media, repost, quote), virtualised over 30 recycled cells, ${(report.trackedShare * 100).toFixed(0)} % of posts by tracked accounts${report.followed ? ` (${report.followed} of them, as a reader who follows a few leaders sees them again and again)` : ''}, ` +
      `scrolled to the end at ${report.settings.pixelsPerFrame} px per frame. Runs alternate with and without the extension in one session.`,
    '',
  );

  if (real || largest) {
    lines.push('## Budgets', '', '| Budget | Measured | |', '|---|---|---|');
    // The budgets are judged on the real dataset and on the largest scale.
    const judged = [real, largest.result.name !== 'real' ? largest : undefined].filter((r): r is (typeof rows)[number] => r !== undefined);
    const labelOf = (result: ConfigResult) => (result.name === 'real' ? 'real dataset' : `${result.accounts.toLocaleString('en')} accounts`);
    for (const row of judged) {
      const label = labelOf(row.result);
      lines.push(`| Extension's attributed main-thread time ≤ ${SHARE_BUDGET} % of the page's script time (${label}) | ${row.s.share.toFixed(2)} % median, ${row.s.shareMax.toFixed(2)} % worst run | ${check(row.s.shareMax <= SHARE_BUDGET)} |`);
      if (Number.isFinite(row.s.floorMs))
        lines.push(`| Within ${FLOOR_RATIO_BUDGET}× of the floor configuration's attributed time (${label}) | ${ms(row.s.extensionMs)} against ${ms(row.s.floorMs)}: ${row.s.overFloor.toFixed(2)}× | ${check(row.s.overFloor <= FLOOR_RATIO_BUDGET)} |`);
      const layout = row.s.metrics.find((m) => m.name === 'LayoutDuration')!;
      const style = row.s.metrics.find((m) => m.name === 'RecalcStyleDuration')!;
      const rise = (m: typeof layout) => !(m.change > (Number.isFinite(m.bareSpread) ? m.bareSpread : 0));
      lines.push(`| No measurable rise in layout / style time (${label}) | layout ${pct(layout.change)}, style ${pct(style.change)} (bare run-to-run spread ${pct(layout.bareSpread)} / ${pct(style.bareSpread)}) | ${check(rise(layout) && rise(style))} |`);
      lines.push(`| No long task over 50 ms attributable to the extension (${label}) | at most ${ms(row.s.maxExtensionIn50)} of extension work in any 50 ms | ${check(row.s.maxExtensionIn50 < 50)} |`);
      lines.push(
        `| Insertion to overlay p95 ≤ ${LATENCY_BUDGET_MS} ms (${label}): handle already seen on the page | p50 ${ms(row.s.latency.p50)}, p95 ${ms(row.s.latency.p95)} (${row.s.latency.count} posts) | ${check(row.s.latency.p95 <= LATENCY_BUDGET_MS)} |`,
        `| … first post of a handle (its badge carried by the script, or one round trip to the background) | p50 ${ms(row.s.firstLatency.p50)}, p95 ${ms(row.s.firstLatency.p95)} (${row.s.firstLatency.count} posts) | ${check(row.s.firstLatency.p95 <= LATENCY_BUDGET_MS)} |`,
        `| … within the frame: overlay painted in the first frame that shows the post${row.result.name === 'real' ? '' : ` (at this scale, where the badges are not carried: at most ${framesBudget(false)} frame late, p95)`} | ${row.s.frames.sameFrame} of ${row.s.frames.total} posts; p95 ${row.s.frames.p95.toFixed(0)} frames late, worst ${row.s.frames.max}; on screen without the overlay: ${row.s.seenBare.length} posts${row.s.seenBare.length ? ` (at most ${Math.max(...row.s.seenBare)} frames)` : ''} | ${check(row.s.frames.p95 <= framesBudget(row.result.name === 'real'))} |`,
      );
      lines.push(`| Start-up ≤ 10 ms (${label}) | ${ms(row.s.startupMs)} | ${check(row.s.startupMs <= 10)} |`);
      const floorHeap = Number.isFinite(row.s.floorHeapDelta) ? ` (the floor: ${mb(row.s.floorHeapDelta)})` : '';
      lines.push(`| Heap over the bare page ≤ ${HEAP_BUDGET_BYTES / 2 ** 20} MB (${label}) | ${mb(row.s.heapDelta)}${floorHeap} | ${check(row.s.heapDelta <= HEAP_BUDGET_BYTES)} |`);
    }
    for (const browser of report.selfTimed?.browsers ?? []) {
      const s = summariseSelfTimed(browser);
      lines.push(`| Within ${FLOOR_RATIO_BUDGET}× of the floor, both timing themselves (${browser.name}, real dataset) | ${ms(s.extensionMs)} against ${ms(s.floorMs)}: ${s.overFloor.toFixed(2)}× | ${check(s.overFloor <= FLOOR_RATIO_BUDGET)} |`);
      lines.push(`| … overlay painted in the first frame that shows the post (${browser.name}) | ${s.frames.sameFrame} of ${s.frames.total} posts; p95 ${Number.isFinite(s.frames.p95) ? s.frames.p95.toFixed(0) : 'n/a'} frames late | ${check(s.frames.total > 0 && s.frames.p95 <= framesBudget(true))} |`);
    }
    if (real) lines.push(`| Content script ≤ 60 KB gzip without the dataset | x.js ${kb(real.result.sizes['content-scripts/x.js']!)} (its index: ${real.result.lookup.indexBytes} bytes) | ${check(real.result.sizes['content-scripts/x.js']! <= 60 * 1024)} |`);
    if (largest.result.name !== 'real') {
      const first = rows.find((row) => row.result.name !== 'real') ?? largest;
      // Constant time: the same number of probes at every size, and no growth in time beyond what a
      // larger filter costs in CPU cache misses (bounded here at 4x over a 50x larger dataset).
      const flat = largest.result.lookup.probes === first.result.lookup.probes && largest.result.lookup.untrackedNs <= first.result.lookup.untrackedNs * 4;
      lines.push(
        `| Lookups constant time | ${largest.result.lookup.probes} filter probes per key at every size; untracked ${first.result.lookup.untrackedNs.toFixed(0)} ns → ${largest.result.lookup.untrackedNs.toFixed(0)} ns, cached tracked ${first.result.lookup.trackedCachedNs.toFixed(0)} ns → ${largest.result.lookup.trackedCachedNs.toFixed(0)} ns (${first.result.accounts.toLocaleString('en')} → ${largest.result.accounts.toLocaleString('en')} accounts; the filter grows from ${kb(first.result.lookup.indexBytes)} to ${kb(largest.result.lookup.indexBytes)} and out of the CPU caches) | ${check(flat)} |`,
      );
    }
    lines.push('');
    const missed = judged.map(({ result, s }) => ({
      label: labelOf(result),
      real: result.name === 'real',
      share: s.share,
      shareMax: s.shareMax,
      floorShare: s.floorShare,
      overFloor: s.overFloor,
      heapDelta: s.heapDelta,
      floorHeapDelta: s.floorHeapDelta,
      seenLatencyP95: s.latency.p95,
      firstLatencyP95: s.firstLatency.p95,
      framesLateP95: s.frames.p95,
    }));
    if (!report.quick) lines.push(...explainMissed(missed, tried));
  }

  lines.push('## Scrolling, with and without the extension (medians)', '');
  lines.push('| Dataset | Runs (with + floor + bare) | Extension (attributed) | Floor (attributed) | Extension ÷ floor | Share of page script (extension / floor) | Page JS (profile) | ScriptDuration bare → with | TaskDuration | Layout | Style recalc | Long tasks bare / with | Overlays shown / tracked posts filled |');
  lines.push('|---|---|---|---|---|---|---|---|---|---|---|---|---|');
  for (const { result, s } of rows) {
    const m = Object.fromEntries(s.metrics.map((x) => [x.name, x]));
    const cell = (name: string) => `${ms(m[name]!.bare)} → ${ms(m[name]!.ext)} (${pct(m[name]!.change)})`;
    lines.push(
      `| ${result.name} (${result.accounts.toLocaleString('en')} accounts) | ${result.withExtension.length} + ${result.floor?.length ?? 0} + ${result.bare.length} | ${ms(s.extensionMs)} | ${ms(s.floorMs)} | ${Number.isFinite(s.overFloor) ? `${s.overFloor.toFixed(2)}×` : 'n/a'} | ${s.share.toFixed(2)} % / ${Number.isFinite(s.floorShare) ? `${s.floorShare.toFixed(2)} %` : 'n/a'} | ${ms(s.pageScriptMs)} | ${cell('ScriptDuration')} | ${cell('TaskDuration')} | ${cell('LayoutDuration')} | ${cell('RecalcStyleDuration')} | ${s.longTasks.bare} / ${s.longTasks.ext} | ${s.overlays.shown} / ${s.overlays.tracked} |`,
    );
  }
  lines.push('');

  const then = before?.results.find((result) => result.name === 'real');
  if (then && real) {
    const b = summarise(then);
    const row = (label: string, a: string, c: string) => lines.push(`| ${label} | ${a} | ${c} |`);
    lines.push(
      '## Before and after: the dataset out of the content script',
      '',
      `Before: commit a358e97, the whole dataset bundled in each content script (measured ${before!.date.slice(0, 10)}, same page and settings). After: the Bloom index, the background lookup and the plain-post fast path.`,
      '',
      '| | Before | After |',
      '|---|---|---|',
    );
    row('x.js gzip', kb(then.sizes['content-scripts/x.js']!), kb(real.result.sizes['content-scripts/x.js']!));
    row('Start-up (empty X page)', ms(b.startupMs), ms(real.s.startupMs));
    row('Heap over the bare page', mb(b.heapDelta), mb(real.s.heapDelta));
    row('Extension time while scrolling (median)', `${ms(b.extensionMs)} (${b.share.toFixed(2)} %)`, `${ms(real.s.extensionMs)} (${real.s.share.toFixed(2)} %)`);
    row('First screen (load)', ms(b.firstScreenMs), ms(real.s.firstScreenMs));
    row('Overlay frames late (p95)', `${b.frames.p95.toFixed(0)}`, `${real.s.frames.p95.toFixed(0)}`);
    row('Insertion to overlay p95', ms(b.latency.p95), `${ms(real.s.latency.p95)} seen before, ${ms(real.s.firstLatency.p95)} first post of a handle`);
    lines.push('');
  }

  // Where the extension's time goes: per function, the median over the configuration's runs.
  for (const { result } of rows.filter((row) => row.result.name === 'real' || row === largest)) {
    const names = new Set(result.withExtension.flatMap((run) => Object.keys(run.scroll.functions ?? {})));
    const perFunction = [...names]
      .map((name) => ({ name, ms: median(result.withExtension.map((run) => run.scroll.functions?.[name] ?? 0)) }))
      .sort((a, b) => b.ms - a.ms)
      .slice(0, 15);
    if (perFunction.length === 0) continue;
    lines.push(`## Where the extension's time goes while scrolling (${result.name}, ${result.accounts.toLocaleString('en')} accounts; median per function)`, '');
    lines.push('| Function (unminified build; natives counted for their caller) | Self time |', '|---|---|');
    for (const { name, ms: time } of perFunction) lines.push(`| \`${name}\` | ${ms(time)} |`);
    lines.push('');
  }

  if (report.selfTimed) renderSelfTimed(report.selfTimed, lines);

  lines.push('## Start-up, heap, lookups and size by dataset scale', '');
  lines.push('| Dataset | Start-up (empty X page) | First screen (load, ~30 posts) | Heap over bare page | Index keys | Index size | Lookup: untracked | Lookup: tracked, cached | Index false positives | x.js gzip | background.js gzip |');
  lines.push('|---|---|---|---|---|---|---|---|---|---|---|');
  for (const { result, s } of rows) {
    lines.push(
      `| ${result.name} (${result.accounts.toLocaleString('en')}) | ${ms(s.startupMs)} | ${ms(s.firstScreenMs)} | ${mb(s.heapDelta)} | ${result.lookup.keys.toLocaleString('en')} | ${kb(result.lookup.indexBytes)} | ${result.lookup.untrackedNs.toFixed(0)} ns | ${result.lookup.trackedCachedNs.toFixed(0)} ns | ${(result.lookup.falsePositiveRate * 100).toFixed(2)} % | ${kb(result.sizes['content-scripts/x.js']!)} | ${kb(result.sizes['background.js']!)} |`,
    );
  }
  lines.push('');
  lines.push(
    '## How it is measured',
    '',
    'Changes tried against these figures, kept or rejected, with their before and after: docs/performance-log.md.',
    '',
    '- **The floor**: a minimal annotator (scripts/bench/floor/content.js, built by scripts/bench/floor.ts with the same tracked handles): a MutationObserver batched into one pass per animation frame that reads each new post\'s author permalink, probes a Set and marks tracked posts. Nothing less can annotate; "extension ÷ floor" is the overhead of Precedent\'s own design.',
    '- **Attributed time**: a V8 CPU profile (CDP `Profiler`, 200 µs sampling) of each scroll; the self time of samples in `chrome-extension://<id>/` scripts, with native calls (DOM methods) counted for the script that called them. The share divides it by the page\'s `ScriptDuration` (CDP `Performance.getMetrics`) in the same run.',
    '- **Whole-page metrics**: `Performance.getMetrics` deltas over the scroll (ScriptDuration, TaskDuration, LayoutDuration, RecalcStyleDuration), with and without the extension. On these shared 2-core machines they swing by several per cent between identical runs: the bare spread is shown beside them.',
    '- **Long tasks**: `PerformanceObserver("longtask")` in the page counts them for everyone; the profile gives the most extension work in any 50 ms stretch (below 50 ms means no long task can be the extension\'s).',
    '- **Insertion to overlay**: the page stamps each tracked post\'s cell when it fills it and a page-side `MutationObserver` stamps the overlay\'s arrival (posts filled during the scroll; the first screen is filled before the content script starts). The first post of each tracked handle waits for one round trip to the background; later ones are answered from the content script\'s cache. The page fills cells in a task after the scroll event, as React does, and the content script works in the next animation frame, before paint: so the milliseconds include waiting for that frame. **Frames late** says what the reader sees: a page `ResizeObserver` callback, which runs in every rendering update after all animation-frame callbacks and layout, just before paint, checks each pending post for its overlay (0 = painted together with the post) and whether the post was on screen without it.',
    '- **Start-up**: the extension\'s attributed CPU time on an X page with no posts (bundle evaluation, settings, index, observer), 50 µs sampling; **heap**: `Runtime.getHeapUsage` after a forced GC on that page, minus the same without the extension (the content script\'s isolated world shares the page\'s V8 heap, so this is the closest per-extension figure CDP gives).',
    '- **Lookups**: `lookup.match` timed in Node on the extension\'s own code with each scale\'s index (the best of five rounds of 200,000 calls, after a warm-up round).',
    '- **Firefox** (no CDP profiler): the self-timing builds above, in Firefox ESR driven by puppeteer-core over WebDriver BiDi, its timer precision reduction switched off for the run (`privacy.reduceTimerPrecision`); the same instrument in Chromium gives the figures beside them. A shipped build carries none of it (the build constant is false and the code is dropped; tests/e2e/build checks the packages).',
    '- **Scale datasets**: the bundled dataset plus N synthetic accounts (scripts/bench/scale-dataset.ts), built into `.output/bench-<name>/`; never shipped.',
    '',
  );
  return lines.join('\n');
}
