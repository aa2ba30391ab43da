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
});
