/**
 * Wiring only: keeps the user's sites in step with their grants (src/background/custom-sites.ts)
 * and opens extension views for content scripts (src/messaging/protocol.ts).
 */
import browser from 'webextension-polyfill';
import { defineBackground } from 'wxt/utils/define-background';
import { onOriginsGranted, syncCustomSites, type SitesApi } from '../src/background/custom-sites';
import { parseMessage } from '../src/messaging/protocol';

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

  browser.permissions.onAdded.addListener(({ origins = [] }) => {
    onOriginsGranted(api, origins).catch(api.onError);
  });
  browser.permissions.onRemoved.addListener(sync);
  // Start-up and install/update: re-derive everything from the grants (they may have changed while off).
  browser.runtime.onInstalled.addListener(sync);
  browser.runtime.onStartup.addListener(sync);

  browser.runtime.onMessage.addListener((raw: unknown, sender: browser.Runtime.MessageSender) => {
    // Only our own content scripts and pages may ask; anything malformed is ignored.
    if (sender.id !== browser.runtime.id) return;
    const message = parseMessage(raw);
    if (!message) return;
    const url = browser.runtime.getURL(`/popup.html${message.view}`);
    return browser.tabs.create({ url, index: sender.tab ? sender.tab.index + 1 : undefined }).then(() => undefined);
  });
});
