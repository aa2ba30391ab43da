/**
 * What a content script reads of the user's packs: the index keys of their accounts, stored beside
 * the packs (src/packs/pack-store.ts writes both at once). Kept apart from the packs' format so
 * that the content scripts do not carry the schemas.
 */
import { isRecord, watchKey, type StorageArea, type StorageChanges } from '../storage/storage';

export const PACK_KEYS_KEY = 'packKeys';

/**
 * Stored as `{ revision, keys }`: the revision names the packs (ids and import times), so that the
 * value changes with every change of packs, even one that adds no account (an added event changes
 * what a badge says), and the content scripts restart on it.
 */
export interface PackIndex {
  revision: string;
  keys: string[];
}

export function parsePackKeys(stored: unknown): string[] {
  const keys = isRecord(stored) ? stored.keys : undefined;
  return Array.isArray(keys) ? keys.filter((key): key is string => typeof key === 'string') : [];
}

export async function loadPackKeys(area: StorageArea): Promise<string[]> {
  return parsePackKeys((await area.get(PACK_KEYS_KEY))[PACK_KEYS_KEY]);
}

/** Calls back with the new index keys whenever the packs change in any context; returns the unsubscribe. */
export function watchPackKeys(changes: StorageChanges, callback: (keys: string[]) => void): () => void {
  return watchKey(changes, PACK_KEYS_KEY, (value) => callback(parsePackKeys(value)));
}

