/** The benchmark's CPU-profile attribution (scripts/bench/profile.ts), on hand-made profiles. */
import { describe, expect, it } from 'vitest';
import { attribute, type CpuProfile } from '../../scripts/bench/profile';

const EXT = 'chrome-extension://abc/';
const frame = (functionName: string, url = '') => ({ functionName, url });

/**
 * (root) ─┬─ (program)            ─ id 2
 *         ├─ (idle)               ─ id 3
 *         ├─ (garbage collector)  ─ id 4
 *         ├─ page render          ─ id 5 ── querySelector (native) ─ id 6
 *         ├─ onBatch (extension)  ─ id 7 ── appendChild (native)   ─ id 8
 *         └─ toString (native, no JS caller) ─ id 9
 */
function profile(samples: number[], deltaUs = 1000): CpuProfile {
  return {
    nodes: [
      { id: 1, callFrame: frame('(root)'), children: [2, 3, 4, 5, 7, 9] },
      { id: 2, callFrame: frame('(program)') },
      { id: 3, callFrame: frame('(idle)') },
      { id: 4, callFrame: frame('(garbage collector)') },
      { id: 5, callFrame: frame('render', 'https://x.com/home'), children: [6] },
      { id: 6, callFrame: frame('querySelector') },
      { id: 7, callFrame: frame('onBatch', `${EXT}content-scripts/x.js`), children: [8] },
      { id: 8, callFrame: frame('appendChild') },
      { id: 9, callFrame: frame('toString') },
    ],
    startTime: 0,
    endTime: samples.length * deltaUs,
    samples,
    timeDeltas: samples.map(() => deltaUs),
  };
}

describe('CPU profile attribution', () => {
  it('gives native calls to the script that made them, and the rest to its owner', () => {
    const { ms, scriptMs } = attribute(profile([2, 3, 4, 5, 6, 6, 7, 8, 8, 8, 9, 2]), EXT);
    // Each sample's interval is the delta to the next one, so the last sample counts nothing.
    expect(ms).toEqual({ program: 2, idle: 1, gc: 1, page: 3, extension: 4 });
    expect(scriptMs).toBe(8);
  });

  it('attributes nothing to an extension when the origin is not given (the bare page)', () => {
    expect(attribute(profile([7, 8, 8, 2]), null).ms.extension).toBe(0);
  });

  it('finds the most extension work in any 50 ms stretch', () => {
    // 30 ms of extension work, 100 ms of page, then 60 ms of extension work in one stretch.
    const samples = [...Array(30).fill(7), ...Array(100).fill(5), ...Array(60).fill(8), 2];
    const { maxExtensionMsIn50ms, ms } = attribute(profile(samples), EXT);
    expect(ms.extension).toBe(90);
    expect(maxExtensionMsIn50ms).toBe(51);
  });
});
