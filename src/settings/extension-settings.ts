/** Settings backed by the extension's `storage.local` (content scripts, popup, options, background). */
import browser from 'webextension-polyfill';
import type { SettingsChange } from './settings';
import { loadSettings, updateSettings, watchSettings, type SettingsSource } from './store';

export const extensionSettings: SettingsSource & { update(change: SettingsChange): ReturnType<typeof updateSettings> } = {
  load: () => loadSettings(browser.storage.local),
  watch: (callback) => watchSettings(browser.storage.onChanged, callback),
  update: (change) => updateSettings(browser.storage.local, change),
};
