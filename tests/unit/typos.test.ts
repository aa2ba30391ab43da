import { describe, expect, it } from 'vitest';
import { editsAllowed, withinEdits } from '../../src/search/typos';

describe('edit distance for search', () => {
  it('counts insertions, deletions, substitutions and swaps of neighbours as one edit each', () => {
    expect(withinEdits('khamenei', 'khamenie', 1)).toBe(true);
    expect(withinEdits('bolsonaro', 'bolsanaro', 1)).toBe(true);
    expect(withinEdits('erdogan', 'erdgan', 1)).toBe(true);
    expect(withinEdits('maduro', 'maduroo', 1)).toBe(true);
    expect(withinEdits('same', 'same', 0)).toBe(true);
  });

  it('refuses what is further than allowed', () => {
    expect(withinEdits('khamenei', 'khmaenie', 1)).toBe(false);
    expect(withinEdits('khamenei', 'khmaenie', 2)).toBe(true);
    expect(withinEdits('trump', 'biden', 2)).toBe(false);
    expect(withinEdits('abc', 'abcdef', 2)).toBe(false);
    expect(withinEdits('', 'ab', 1)).toBe(false);
    expect(withinEdits('ab', '', 2)).toBe(true);
  });

  it('allows no edit below five letters, one up to eight, two from nine', () => {
    expect([4, 5, 8, 9, 12].map(editsAllowed)).toEqual([0, 1, 1, 2, 2]);
  });
});
