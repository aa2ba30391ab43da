/**
 * The failures content scripts report, per tab, kept while the background lives: what the popup
 * shows for the current tab and the options page lists, for a user who reports a problem.
 */
import type { TabFailures } from '../messaging/protocol';

/** Tabs remembered at most: the oldest report goes first. */
const MAX_TABS = 50;

export interface Diagnostics {
  report(tabId: number, url: string, count: number, samples: string[]): void;
  /** Drops a tab's failures (it was closed, or navigated and its script started again at zero). */
  forget(tabId: number): void;
  tabs(): TabFailures[];
}

export function createDiagnostics(): Diagnostics {
  const byTab = new Map<number, TabFailures>();
  return {
    report(tabId, url, count, samples) {
      byTab.delete(tabId);
      byTab.set(tabId, { tabId, url, count, samples });
      if (byTab.size > MAX_TABS) byTab.delete(byTab.keys().next().value!);
    },
    forget: (tabId) => void byTab.delete(tabId),
    tabs: () => [...byTab.values()],
  };
}
