/**
 * The extension calls the popup and options page make, in one place. Permission requests must run
 * inside the click that asked for them (browsers refuse them otherwise), so `requestSite` starts
 * the request before any await.
 */
import browser from 'webextension-polyfill';
import type { CompiledDataset } from '../../dataset/compiled';
import { applyPacks, type AppliedPacks } from '../../packs/apply-packs';
import { loadPacks } from '../../packs/pack-store';
import { diagnosticsMessage, type DiagnosticsReply, type TabFailures } from '../../messaging/protocol';
import { originPattern, siteFor, type SiteRef } from '../../sites/registry';

export interface CurrentTab {
  tabId: number | null;
  /** The tab shows one of Precedent's own pages (the popup opened in a tab): no site to switch. */
  own: boolean;
  /** The tab's site; null when the browser does not show the extension its address. */
  site: SiteRef | null;
}

/**
 * The tab the popup is about: the one named by `?tab=<id>` when the popup page is opened in a tab
 * of its own (the options page links it that way; so do the tests), else the active tab.
 */
export async function currentTab(search: string): Promise<CurrentTab> {
  const requested = Number(new URLSearchParams(search).get('tab'));
  const tab = Number.isInteger(requested) && requested > 0
    ? await browser.tabs.get(requested).catch(() => undefined)
    : (await browser.tabs.query({ active: true, currentWindow: true }))[0];
  const own = Boolean(tab?.url?.startsWith(browser.runtime.getURL('/')));
  return { tabId: tab?.id ?? null, own, site: own ? null : siteFor(tab?.url) };
}

/** Asks the user for this origin (and "scripting", to register the content script); resolves to the answer. */
export function requestSite(origin: string): Promise<boolean> {
  return browser.permissions.request({ permissions: ['scripting'], origins: [originPattern(origin)] });
}

/** Gives the origin back; the background then stops Precedent in that site's tabs. */
export function removeSite(origin: string): Promise<boolean> {
  return browser.permissions.remove({ origins: [originPattern(origin)] });
}

/** The bundled dataset with the user's imported packs laid over it (the bundled one alone if they cannot be read). */
export async function loadData(bundled: CompiledDataset): Promise<AppliedPacks> {
  const packs = await loadPacks(browser.storage.local).catch((error: unknown) => {
    console.warn('[Precedent] imported packs unreadable:', error);
    return [];
  });
  return applyPacks(bundled, packs);
}

/** One of the popup's views in a tab of its own, where it has the width of a page. */
export function openInTab(hash: string): void {
  browser.tabs.create({ url: browser.runtime.getURL(`/popup.html${hash}`) }).catch((error: unknown) => console.warn('[Precedent]', error));
}

export function openOptions(): void {
  browser.runtime.openOptionsPage().catch((error: unknown) => console.warn('[Precedent]', error));
}

/** The failures content scripts reported, per tab (src/background/diagnostics.ts); none when the background cannot say. */
export async function loadDiagnostics(): Promise<TabFailures[]> {
  const reply = (await browser.runtime.sendMessage(diagnosticsMessage())) as DiagnosticsReply | undefined;
  return reply?.tabs ?? [];
}
