/**
 * The failures content scripts report, per tab, kept while the background lives: what the popup
 * shows for the current tab and the options page lists, for a user who reports a problem.
 */
import type { TabFailures, TabRun } from '../messaging/protocol';

/** Tabs remembered at most: the oldest report goes first. */
const MAX_TABS = 50;

export interface Diagnostics {
  report(tabId: number, url: string, count: number, samples: string[]): void;
  /** A content script's latest state in a tab's page or frame. */
  ran(run: TabRun): void;
  runs(): TabRun[];
  /** Drops a tab's failures (it was closed, or navigated and its script started again at zero). */
  forget(tabId: number): void;
  tabs(): TabFailures[];
}

export function createDiagnostics(): Diagnostics {
  const byTab = new Map<number, TabFailures>();
  /** Keyed by tab, script and the page or frame it runs in. */
  const runs = new Map<string, TabRun>();
  return {
    ran(run) {
      const key = JSON.stringify([run.tabId, run.script, run.url]);
      runs.delete(key);
      runs.set(key, run);
      if (runs.size > MAX_TABS * 4) runs.delete(runs.keys().next().value!);
    },
    runs: () => [...runs.values()],
    report(tabId, url, count, samples) {
      byTab.delete(tabId);
      byTab.set(tabId, { tabId, url, count, samples });
      if (byTab.size > MAX_TABS) byTab.delete(byTab.keys().next().value!);
    },
    forget(tabId) {
      byTab.delete(tabId);
      for (const [key, run] of runs) if (run.tabId === tabId) runs.delete(key);
    },
    tabs: () => [...byTab.values()],
  };
}
