/**
 * The content script's own main-thread time, measured by itself: for the benchmark in browsers that
 * give no CPU profile (Firefox; issue 19, item 5). Only builds made with PRECEDENT_BENCH_SELF_TIMING=1
 * (scripts/bench) carry it: `import.meta.env.PRECEDENT_SELF_TIMING` is then `true` and every
 * `selfTimed` entry point adds its duration to a running total. In every other build the constant is
 * `false`, `selfTimed` hands back the function it was given and the bundler drops the rest, so a
 * shipped extension has no timing and no channel to the page.
 *
 * The benchmark page asks for the total with a window event (REPORT_EVENT); the script answers with
 * a performance mark named `precedent-self <ms> <sections>`, which the page reads back (content
 * scripts share the page's performance timeline in Chromium and Firefox alike).
 */

export const REPORT_EVENT = 'precedent-bench-report';
export const MARK_PREFIX = 'precedent-self';

export interface SelfTimingClock {
  now(): number;
}

export interface SelfTiming {
  /** `fn`, timed: its run adds to the total unless it runs inside another timed section (counted once). */
  timed<A extends unknown[], R>(fn: (...args: A) => R): (...args: A) => R;
  /** Milliseconds spent in outermost timed sections so far, and how many there were. */
  total(): { ms: number; sections: number };
}

export function createSelfTiming(clock: SelfTimingClock): SelfTiming {
  let ms = 0;
  let sections = 0;
  let depth = 0;
  return {
    timed:
      (fn) =>
      (...args) => {
        if (depth > 0) return fn(...args);
        depth = 1;
        const started = clock.now();
        try {
          return fn(...args);
        } finally {
          ms += clock.now() - started;
          sections++;
          depth = 0;
        }
      },
    total: () => ({ ms, sections }),
  };
}

/** The mark that reports `total` to the page, and its reading back (the benchmark page's side). */
export const markName = ({ ms, sections }: { ms: number; sections: number }): string => `${MARK_PREFIX} ${ms.toFixed(3)} ${sections}`;

export function readMarkName(name: string): { ms: number; sections: number } | null {
  const [prefix, ms, sections, ...rest] = name.split(' ');
  if (prefix !== MARK_PREFIX || rest.length > 0 || !ms || !sections) return null;
  const total = { ms: Number(ms), sections: Number(sections) };
  return Number.isFinite(total.ms) && Number.isInteger(total.sections) ? total : null;
}

/** Answers the page's REPORT_EVENT with a mark of the total so far. */
export function answerReports(target: EventTarget, performance: Pick<Performance, 'mark'>, timing: SelfTiming): void {
  target.addEventListener(REPORT_EVENT, () => performance.mark(markName(timing.total())));
}

const SELF_TIMING = import.meta.env.PRECEDENT_SELF_TIMING === true;
const benchTiming = SELF_TIMING ? createSelfTiming(performance) : null;
if (benchTiming) answerReports(window, performance, benchTiming);

/** Times `fn` as the content script's own work in benchmark builds; `fn` itself in every other build. */
export const selfTimed: SelfTiming['timed'] = benchTiming ? benchTiming.timed : (fn) => fn;
