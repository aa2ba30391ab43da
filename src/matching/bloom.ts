/**
 * A Bloom filter over the tracked accounts' keys (platform, lower-case handle; platform, user id),
 * built at build time and shipped in the content script instead of the dataset. It answers "surely
 * not tracked" (almost every post) in constant time, at about 14.4 bits per key for 0.1 % false
 * positives (its size at each dataset size is measured in docs/benchmarks.md); only "maybe" goes to
 * the background for the real, date-aware match.
 */

export interface BloomFilter {
  /** Bits in the filter. */
  m: number;
  /** Hash functions per key. */
  k: number;
  bits: Uint8Array;
}

/** The filter as the build writes it into the bundle. */
export interface SerialisedBloom {
  m: number;
  k: number;
  /** Base64 of the bit array. */
  bits: string;
}

/**
 * FNV-1a (32-bit) with a seed; two of them drive double hashing (Kirsch–Mitzenmacher). Exported for
 * its known-answer test: with seed 0 it is the published FNV-1a.
 */
export function fnv1a(text: string, seed: number): number {
  let hash = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

/** Calls `visit` with each of the key's k bit positions until it returns false (no allocation: this runs per post). */
function eachPosition(key: string, m: number, k: number, visit: (position: number) => boolean): boolean {
  const h1 = fnv1a(key, 0);
  const h2 = fnv1a(key, 0x5bd1e995) | 1;
  for (let i = 0; i < k; i++) if (!visit(((h1 + Math.imul(i, h2)) >>> 0) % m)) return false;
  return true;
}

/** Sized for `keys` at the given false-positive rate (at least 64 bits). */
export function createBloom(keys: readonly string[], falsePositiveRate = 0.01): BloomFilter {
  const n = Math.max(keys.length, 1);
  const m = Math.max(64, Math.ceil((-n * Math.log(falsePositiveRate)) / Math.LN2 ** 2));
  const k = Math.max(1, Math.round((m / n) * Math.LN2));
  const bits = new Uint8Array(Math.ceil(m / 8));
  for (const key of keys)
    eachPosition(key, m, k, (p) => {
      bits[p >>> 3]! |= 1 << (p & 7);
      return true;
    });
  return { m, k, bits };
}

export function mightContain(filter: BloomFilter, key: string): boolean {
  const { bits } = filter;
  return eachPosition(key, filter.m, filter.k, (p) => (bits[p >>> 3]! & (1 << (p & 7))) !== 0);
}

export function serialiseBloom(filter: BloomFilter): SerialisedBloom {
  let binary = '';
  for (const byte of filter.bits) binary += String.fromCharCode(byte);
  return { m: filter.m, k: filter.k, bits: btoa(binary) };
}

/** Native base64 decoding where the browser has it (Chrome 140+, Firefox 133+): start-up at scale. */
const fromBase64 = (Uint8Array as unknown as { fromBase64?: (text: string) => Uint8Array }).fromBase64;

export function parseBloom(serialised: SerialisedBloom): BloomFilter {
  if (fromBase64) return { m: serialised.m, k: serialised.k, bits: fromBase64(serialised.bits) };
  const binary = atob(serialised.bits);
  const bits = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bits[i] = binary.charCodeAt(i);
  return { m: serialised.m, k: serialised.k, bits };
}
