/**
 * What a content script reads of the user's packs: the index keys of their accounts, stored beside
 * the packs (src/packs/pack-store.ts writes both at once). Kept apart from the packs' format so
 * that the content scripts do not carry the schemas.
 */
import type { StorageArea, StorageChanges } from '../settings/store';

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
  const keys = typeof stored === 'object' && stored !== null ? (stored as { keys?: unknown }).keys : undefined;
  return Array.isArray(keys) ? keys.filter((key): key is string => typeof key === 'string') : [];
}

export async function loadPackKeys(area: StorageArea): Promise<string[]> {
  return parsePackKeys((await area.get(PACK_KEYS_KEY))[PACK_KEYS_KEY]);
}

/** Calls back with the new index keys whenever the packs change in any context; returns the unsubscribe. */
export function watchPackKeys(changes: StorageChanges, callback: (keys: string[]) => void): () => void {
  const listener = (changed: Record<string, { newValue?: unknown }>, areaName: string) => {
    const change = changed[PACK_KEYS_KEY];
    if (areaName === 'local' && change) callback(parsePackKeys(change.newValue));
  };
  changes.addListener(listener);
  return () => changes.removeListener(listener);
}

