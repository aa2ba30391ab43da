/**
 * The benchmark report's explanations under the budgets table (scripts/bench/why-missed.ts): one
 * line per missed budget, from the run's own figures, and none when every budget is met.
 */
import { describe, expect, it } from 'vitest';
import { explainMissed, triedEntries, type MissedFigures } from '../../scripts/bench/why-missed';

const MB = 2 ** 20;
const met: MissedFigures = {
  label: 'real dataset',
  real: true,
  share: 1.5,
  shareMax: 1.9,
  floorShare: 1.2,
  overFloor: 1.2,
  heapDelta: 0.4 * MB,
  floorHeapDelta: 0.26 * MB,
  seenLatencyP95: 9,
  firstLatencyP95: 12,
  framesLateP95: 0,
};

describe('why the missed budgets are missed', () => {
  it('says nothing when every budget is met', () => {
    expect(explainMissed([met], ['A tried change (1 December 2026): kept'])).toEqual([]);
  });

  it('names the floor\'s own share when even the floor spends more than 2 % of the page', () => {
    const text = explainMissed([{ ...met, share: 9.23, shareMax: 10.01, floorShare: 2.42 }], []).join('\n');
    expect(text).toContain('### Why the missed budgets are missed');
    expect(text).toContain('spends 2.42 % of this page');
    expect(text).toContain('(9.23 %)');
  });

  it('puts the share on Precedent when the floor fits under 2 %', () => {
    const text = explainMissed([{ ...met, share: 3.1, shareMax: 3.4, floorShare: 1.1 }], []).join('\n');
    expect(text).not.toContain('no annotator');
    expect(text).toContain("the excess over the floor is Precedent's own");
  });

  it('explains the ratio, the heap and a late first post, one line each, and lists what was tried', () => {
    const lines = explainMissed([{ ...met, overFloor: 4.13, heapDelta: 0.59 * MB }], ['Locales parsed when read (4 December 2026): kept']);
    expect(lines.filter((line) => line.startsWith('- '))).toEqual([
      expect.stringContaining('**Ratio to the floor, real dataset** (4.13×)'),
      expect.stringContaining('**Heap, real dataset** (0.59 MB, the floor 0.26 MB): the badge summaries'),
      expect.stringContaining('Locales parsed when read (4 December 2026): kept'),
    ]);
  });

  it('allows one frame late at scale, where the badges are not carried, and none with the real dataset', () => {
    const scale = { ...met, label: '50,616 accounts', real: false, firstLatencyP95: 12, framesLateP95: 1 };
    expect(explainMissed([scale], [])).toEqual([]);
    expect(explainMissed([{ ...met, framesLateP95: 1 }], []).join('\n')).toContain('a regression to look into');
    expect(explainMissed([{ ...scale, firstLatencyP95: 54.1 }], []).join('\n')).toContain("(a handle's first post p95 54.1 ms; 1 frame late, p95): the summaries no longer fit");
  });

  it('tells slow milliseconds with every overlay in its frame from overlays that came a frame late', () => {
    const slowFrames = explainMissed([{ ...met, seenLatencyP95: 16.4, firstLatencyP95: 18.1 }], []).join('\n');
    expect(slowFrames).toContain('(a handle already seen p95 16.4 ms, a handle\'s first post p95 18.1 ms; 0 frames late, p95)');
    expect(slowFrames).toContain('painted in the frame that first showed its post');
    expect(slowFrames).not.toContain('regression');
  });

  it('reads the entry titles of the performance log, leaving out the analysis of the remaining gap', () => {
    const log = '# Performance changes\n\nIntro.\n\n## Locales parsed when read (4 December 2026): kept\n\nText.\n\n## Where the rest of the gap to the floor is\n\nText.\n';
    expect(triedEntries(log)).toEqual(['Locales parsed when read (4 December 2026): kept']);
  });
});
