/**
 * Wiring only: the user's sites follow their grants (src/background/start-custom-sites.ts); content
 * scripts' lookups (over the bundled dataset and the user's packs), "open view" requests and failure
 * reports are answered (src/background/message-handler.ts); the extension's pages read the failures.
 */
import datasetFile from 'virtual:precedent-dataset-file';
import browser from 'webextension-polyfill';
import { defineBackground } from 'wxt/utils/define-background';
import { createDiagnostics } from '../src/background/diagnostics';
import { loadLookupService, withPacks } from '../src/background/lookup-service';
import { createMessageHandler } from '../src/background/message-handler';
import { startCustomSites } from '../src/background/start-custom-sites';
import { packagedDataset } from '../src/dataset/packaged';
import { loadPacks, watchPacks } from '../src/packs/pack-store';

export default defineBackground(() => {
  startCustomSites(browser);
  // The cast: WXT types getURL with the files it knows of; scripts/lib/dataset-plugin.ts emits this one.
  const bundled = packagedDataset(browser.runtime.getURL(datasetFile as '/popup.html'));
  const lookups = loadLookupService(withPacks(bundled, () => loadPacks(browser.storage.local)));
  watchPacks(browser.storage.onChanged, lookups.reset);
  const diagnostics = createDiagnostics();
  browser.tabs.onRemoved.addListener((tabId) => diagnostics.forget(tabId));
  const openPage = (path: string, index: number | undefined) => browser.tabs.create({ url: browser.runtime.getURL(path as '/popup.html'), index });
  const onRefused = (tabId: number | undefined) => console.warn('[Precedent] refused to open another view for tab', tabId, '(too many in ten seconds)');
  const extensionOrigin = browser.runtime.getURL('/' as '/popup.html');
  browser.runtime.onMessage.addListener(createMessageHandler({ runtimeId: browser.runtime.id, lookups, openPage, onRefused, diagnostics, extensionOrigin }));
});
