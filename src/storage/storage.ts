/**
 * The slice of `browser.storage` Precedent uses, as interfaces: the extension passes the real
 * `storage.local` and `storage.onChanged`, tests pass in-memory ones. Every stored record is typed and
 * versioned by the module that owns its key (settings, packs, pack keys) and parsed on every read:
 * storage holds whatever an older version, a backup or a hand edit left there.
 */

export interface StorageArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

export type StorageListener = (changes: Record<string, { newValue?: unknown }>, areaName: string) => void;

export interface StorageChanges {
  addListener(callback: StorageListener): void;
  removeListener(callback: StorageListener): void;
}

/** Calls back with the new value of `key` whenever any context changes it in `storage.local`; returns the unsubscribe. */
export function watchKey(changes: StorageChanges, key: string, callback: (newValue: unknown) => void): () => void {
  const listener: StorageListener = (changed, areaName) => {
    const change = changed[key];
    if (areaName === 'local' && change) callback(change.newValue);
  };
  changes.addListener(listener);
  return () => changes.removeListener(listener);
}

/** A plain object read back from storage (never an array or null). */
export const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
