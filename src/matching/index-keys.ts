/**
 * What the content scripts ship instead of the dataset: a Bloom filter over every tracked account's
 * keys (src/dataset/keys.ts), built at build time.
 */
import type { CompiledDataset } from '../dataset/compiled';
import { accountKeys } from '../dataset/keys';
import { createBloom, serialiseBloom, type SerialisedBloom } from './bloom';

/** What the content scripts ship instead of the dataset. */
export interface ContentIndex {
  bloom: SerialisedBloom;
  /** Number of keys in the filter (for the benchmark and the README). */
  keys: number;
}

/** 0.1 %: one post in a thousand by an untracked author costs a message to the background. */
export const INDEX_FALSE_POSITIVE_RATE = 0.001;

export function buildContentIndex(dataset: CompiledDataset): ContentIndex {
  const keys = [...new Set(dataset.accounts.flatMap(accountKeys))];
  return { bloom: serialiseBloom(createBloom(keys, INDEX_FALSE_POSITIVE_RATE)), keys: keys.length };
}
