/**
 * Wiring only: the user's sites follow their grants (src/background/custom-sites.ts); content
 * scripts' lookups (over the bundled dataset and the user's packs) and "open view" requests are
 * answered (src/background/message-handler.ts).
 */
import datasetFile from 'virtual:precedent-dataset-file';
import browser from 'webextension-polyfill';
import { defineBackground } from 'wxt/utils/define-background';
import { onOriginsGranted, syncCustomSites, type SitesApi } from '../src/background/custom-sites';
import { loadLookupService, packagedDataset, withPacks } from '../src/background/lookup-service';
import { createMessageHandler } from '../src/background/message-handler';
import { loadPacks, watchPacks } from '../src/packs/pack-store';

export default defineBackground(() => {
  const api: SitesApi = {
    storage: browser.storage.local,
    permissions: browser.permissions,
    // Looked up on each use: the namespace appears only once "scripting" is granted.
    scripting: () => browser.scripting,
    tabs: browser.tabs,
    onError: (error) => console.warn('[Precedent]', error),
  };
  const sync = () => syncCustomSites(api).catch(api.onError);

  browser.permissions.onAdded.addListener(({ origins = [] }) => void onOriginsGranted(api, origins).catch(api.onError));
  browser.permissions.onRemoved.addListener(sync);
  // Start-up and install/update: re-derive everything from the grants (they may have changed while off).
  browser.runtime.onInstalled.addListener(sync);
  browser.runtime.onStartup.addListener(sync);

  // The cast: WXT types getURL with the files it knows of; scripts/lib/dataset-plugin.ts emits this one.
  const bundled = packagedDataset(browser.runtime.getURL(datasetFile as '/popup.html'));
  const lookups = loadLookupService(withPacks(bundled, () => loadPacks(browser.storage.local)));
  watchPacks(browser.storage.onChanged, lookups.reset);
  const openPage = (path: string, index: number | undefined) => browser.tabs.create({ url: browser.runtime.getURL(path as '/popup.html'), index });
  const onRefused = (tabId: number | undefined) => console.warn('[Precedent] refused to open another view for tab', tabId, '(too many in ten seconds)');
  browser.runtime.onMessage.addListener(createMessageHandler({ runtimeId: browser.runtime.id, lookups, openPage, onRefused }));
});
