import { afterEach, describe, expect, it, vi } from 'vitest';
import { throttledAliveCheck } from '../../src/content/alive-check';

afterEach(() => vi.useRealTimers());

describe('the extension-alive check of busy pages', () => {
  it('asks at most once per window, asks once more after a skipped question, and stays dead', () => {
    vi.useFakeTimers();
    let clock = 0;
    let alive = true;
    const asked: number[] = [];
    const check = throttledAliveCheck(() => (asked.push(clock), alive), 250, () => clock);
    // A batch every frame for 200 ms: one question.
    for (clock = 0; clock < 200; clock += 16) expect(check()).toBe(true);
    expect(asked).toEqual([0]);
    // The extension goes away; the page falls quiet. The skipped question is asked 250 ms later.
    alive = false;
    clock = 450;
    vi.advanceTimersByTime(250);
    expect(asked).toEqual([0, 450]);
    expect(check()).toBe(false);
    expect(asked).toHaveLength(2);
    // Nothing more is scheduled once the answer is known.
    vi.advanceTimersByTime(10_000);
    expect(asked).toHaveLength(2);
  });

  it('sets no timer while the page is quiet', () => {
    vi.useFakeTimers();
    let clock = 0;
    const check = throttledAliveCheck(() => true, 250, () => clock);
    check();
    clock = 1000;
    check();
    expect(vi.getTimerCount()).toBe(0);
  });

  it('asks again as soon as a whole window has passed, so a dead extension is noticed at once', () => {
    vi.useFakeTimers();
    let clock = 0;
    let alive = true;
    const check = throttledAliveCheck(() => alive, 250, () => clock);
    expect(check()).toBe(true);
    alive = false;
    clock = 250;
    expect(check()).toBe(false);
  });

  it('asks nothing more once a question due by the clock has found the extension gone', () => {
    vi.useFakeTimers();
    let clock = 0;
    let alive = true;
    let asked = 0;
    const check = throttledAliveCheck(() => (asked++, alive), 250, () => clock);
    check();
    // A skipped question sets a timer for 250 ms later...
    clock = 100;
    check();
    // ...but the next batch, a window after the first question, asks first and finds it gone.
    alive = false;
    clock = 300;
    expect(check()).toBe(false);
    expect(asked).toBe(2);
    // The timer then fires: the answer is known, nothing is asked.
    vi.advanceTimersByTime(10_000);
    expect(asked).toBe(2);
    expect(check()).toBe(false);
  });
});
