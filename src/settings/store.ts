/**
 * Settings in `storage.local` under one key. The storage area is passed in, so that the same code
 * runs on the extension's storage and on an in-memory area in tests.
 */
import { watchKey, type StorageArea, type StorageChanges } from '../storage/storage';
import { applyChange, parseSettings, type Settings, type SettingsChange } from './settings';

export const SETTINGS_KEY = 'settings';


/** Settings as a content script or page sees them: read once, then follow changes. */
export interface SettingsSource {
  load(): Promise<Settings>;
  /** Calls back on every change; returns the unsubscribe. */
  watch(callback: (settings: Settings) => void): () => void;
}

export async function loadSettings(area: StorageArea): Promise<Settings> {
  const stored = await area.get(SETTINGS_KEY);
  return parseSettings(stored[SETTINGS_KEY]);
}

/** Reads, changes and writes back (the stored value is rewritten in the current version). */
export async function updateSettings(area: StorageArea, change: SettingsChange): Promise<Settings> {
  const next = applyChange(await loadSettings(area), change);
  await area.set({ [SETTINGS_KEY]: next });
  return next;
}

/** Calls back with the parsed settings whenever another context changes them; returns the unsubscribe. */
export function watchSettings(changes: StorageChanges, callback: (settings: Settings) => void): () => void {
  return watchKey(changes, SETTINGS_KEY, (value) => callback(parseSettings(value)));
}
