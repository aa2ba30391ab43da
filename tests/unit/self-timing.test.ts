/**
 * The content script's self-timing (src/content/self-timing.ts): what the benchmark reads in Firefox,
 * where there is no CPU profile. A wrong total here would be a wrong figure in docs/benchmarks.md.
 */
import { describe, expect, it } from 'vitest';
import { answerReports, createSelfTiming, markName, readMarkName, REPORT_EVENT, selfTimed } from '../../src/content/self-timing';

/** A clock that advances only when told: each section's time is exactly what the test says. */
function manualClock() {
  let now = 0;
  return { now: () => now, advance: (ms: number) => void (now += ms) };
}

describe('self-timing', () => {
  it('adds each outermost section once, nested sections inside it included only once', () => {
    const clock = manualClock();
    const timing = createSelfTiming(clock);
    const inner = timing.timed(() => clock.advance(2));
    const outer = timing.timed(() => {
      clock.advance(1);
      inner();
      clock.advance(3);
    });
    outer();
    expect(timing.total()).toEqual({ ms: 6, sections: 1 });
    inner();
    expect(timing.total()).toEqual({ ms: 8, sections: 2 });
  });

  it('passes arguments and results through, and counts a section that throws', () => {
    const clock = manualClock();
    const timing = createSelfTiming(clock);
    expect(timing.timed((a: number, b: number) => a + b)(2, 3)).toBe(5);
    const failing = timing.timed(() => {
      clock.advance(4);
      throw new Error('post could not be read');
    });
    expect(failing).toThrow('post could not be read');
    expect(timing.total()).toEqual({ ms: 4, sections: 2 });
    // The depth was reset: the next section is outermost again.
    timing.timed(() => clock.advance(1))();
    expect(timing.total()).toEqual({ ms: 5, sections: 3 });
  });

  it('reports the total as a mark the page reads back, on the page’s event', () => {
    const clock = manualClock();
    const timing = createSelfTiming(clock);
    const target = new EventTarget();
    const marks: string[] = [];
    answerReports(target, { mark: (name: string) => (marks.push(name), undefined as never) }, timing);
    timing.timed(() => clock.advance(1.25))();
    target.dispatchEvent(new Event(REPORT_EVENT));
    expect(marks).toEqual(['precedent-self 1.250 1']);
    expect(readMarkName(marks[0]!)).toEqual({ ms: 1.25, sections: 1 });
  });

  it('reads back only its own marks', () => {
    expect(readMarkName(markName({ ms: 12.5, sections: 40 }))).toEqual({ ms: 12.5, sections: 40 });
    expect(readMarkName('precedent-self 1.0')).toBeNull();
    expect(readMarkName('precedent-self x 3')).toBeNull();
    expect(readMarkName('precedent-self 1 2 3')).toBeNull();
    expect(readMarkName('other 1 2')).toBeNull();
  });

  it('is the function itself outside the benchmark’s builds (no timing, no listener)', () => {
    const fn = () => 1;
    expect(selfTimed(fn)).toBe(fn);
  });
});
