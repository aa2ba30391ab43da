/**
 * The background's wiring for the sites the user switches on: the grants are the source of truth
 * (./custom-sites.ts), re-derived whenever they change and at every start-up or update.
 */
import type { Browser } from 'webextension-polyfill';
import { onOriginsGranted, syncCustomSites, type SitesApi } from './custom-sites';

export function startCustomSites(browser: Browser): void {
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
}
