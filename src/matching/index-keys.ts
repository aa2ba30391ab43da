/**
 * The keys under which an account can be met on a page: each handle it ever held (lower case) and
 * its numeric user id. The build puts them in the content script's Bloom filter; the background
 * indexes the dataset by the same keys. One function for both, so they cannot drift apart.
 */
import type { CompiledAccount, CompiledDataset } from '../dataset/compiled';
import { createBloom, handleKey, serialiseBloom, userIdKey, type SerialisedBloom } from './bloom';

export function accountKeys(account: CompiledAccount): string[] {
  const keys = account.handles.map((claim) => handleKey(account.platform, claim.handle));
  if (account.userId) keys.push(userIdKey(account.platform, account.userId));
  return [...new Set(keys)];
}

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
