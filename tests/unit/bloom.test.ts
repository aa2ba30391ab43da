/**
 * The Bloom filter the content scripts probe before asking the background (src/matching/bloom.ts).
 * Membership round trips are covered with the index; these pin what a round trip cannot see: the
 * hash itself, the filter's size for its keys, and the native base64 path.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createBloom, fnv1a, mightContain, parseBloom, serialiseBloom } from '../../src/matching/bloom';

describe('bloom filter', () => {
  it('hashes with FNV-1a: the published 32-bit test vectors with seed 0', () => {
    expect(fnv1a('', 0)).toBe(0x811c9dc5);
    expect(fnv1a('a', 0)).toBe(0xe40c292c);
    expect(fnv1a('foobar', 0)).toBe(0xbf9cf968);
  });

  it('sizes itself for its keys: bits and probes for a 1 % false-positive rate', () => {
    const keys = Array.from({ length: 100 }, (_, i) => `x:h:account${i}`);
    const filter = createBloom(keys);
    // m = ⌈-n ln p / (ln 2)²⌉ = ⌈100 × 4.605 / 0.4805⌉ = 959; k = round(m/n × ln 2) = round(6.65) = 7.
    expect(filter.m).toBe(959);
    expect(filter.k).toBe(7);
    expect(filter.bits.length).toBe(120);
    expect(keys.every((key) => mightContain(filter, key))).toBe(true);
  });

  describe('where the runtime decodes base64 natively (Chrome 140+, Firefox 133+)', () => {
    afterEach(() => {
      delete (Uint8Array as unknown as { fromBase64?: unknown }).fromBase64;
      vi.resetModules();
    });

    it('parses with Uint8Array.fromBase64 and gets the same filter', async () => {
      const native = vi.fn((text: string) => Uint8Array.from(atob(text), (char) => char.charCodeAt(0)));
      (Uint8Array as unknown as { fromBase64?: unknown }).fromBase64 = native;
      vi.resetModules();
      const bloom = await import('../../src/matching/bloom');
      const parsed = bloom.parseBloom(serialiseBloom(createBloom(['x:h:a', 'x:h:b'])));
      expect(native).toHaveBeenCalledTimes(1);
      expect(bloom.mightContain(parsed, 'x:h:a')).toBe(true);
      expect(parsed).toEqual(parseBloom(serialiseBloom(createBloom(['x:h:a', 'x:h:b']))));
    });
  });
});
