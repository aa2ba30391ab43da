/**
 * What every Precedent content script does around its annotator: find which site it is on, run the
 * annotator while the settings say so, open extension views through the background, and stop
 * everything when the extension context goes (update, disable, reload).
 */
import browser from 'webextension-polyfill';
import type { DatasetMeta } from '../dataset/schema';
import type { AccountLookup } from '../matching/account-lookup';
import { createRemoteLookup } from './remote-lookup';
import type { ContentIndex } from '../matching/index-keys';
import { failuresMessage, framePageMessage, lookupMessage, openViewMessage, ranMessage, type FramePageReply, type LookupReply, type RunState } from '../messaging/protocol';
import { setLocale } from '../i18n/current';
import { resolveLocale } from '../i18n/locales';
import { loadPackKeys, watchPackKeys } from '../packs/pack-keys';
import { extensionSettings } from '../settings/extension-settings';
import type { Settings } from '../settings/settings';
import { siteFor, type SiteRef } from '../sites/registry';
import { createFailureReport } from './failures';
import { removeLeftovers } from './leftovers';
import { runWhileEnabled, type Running } from './run-while-enabled';
import { throttledAliveCheck } from './alive-check';
import { selfTimed } from './self-timing';

/**
 * Per-post and start-up failures stay inside the extension (they must never surface on the page),
 * counted and told to the background for the popup, the options page and the tests to see.
 */
const failures = createFailureReport(
  // A report that cannot be sent (the extension context is gone) has nowhere else to go.
  (count, samples) => void browser.runtime.sendMessage(failuresMessage(count, samples)).catch(() => undefined),
  (error) => console.debug('[Precedent] skipped:', error),
);
export const reportFailure = (error: unknown): void => failures.record(error);

/** Tells the background how a script stands on its page (src/messaging/protocol.ts: RanMessage). */
export function reportRun(script: string, state: RunState, annotated = 0, waiting = 0): void {
  browser.runtime.sendMessage(ranMessage(script, state, annotated, waiting)).catch(() => undefined);
}

/** What a started script can say of itself: how many posts it annotated, how many wait for an answer. */
export interface RunningScript extends Running {
  annotator?: { size(): number; waiting(): number };
}

export function openView(view: string): void {
  browser.runtime.sendMessage(openViewMessage(view)).catch(reportFailure);
}

export interface BundledIndex {
  index: ContentIndex;
  meta: DatasetMeta;
}

/**
 * The content script's lookup: its bundled index and the keys of the user's packs, and the
 * background for the records. Its answers outlive the annotator's restarts on settings changes; a
 * change of packs replaces it.
 */
export function extensionLookup({ index, meta }: BundledIndex, packKeys: readonly string[]): AccountLookup {
  return createRemoteLookup({
    index,
    packKeys,
    meta,
    request: (keys) => browser.runtime.sendMessage(lookupMessage(keys)) as Promise<LookupReply>,
    onError: reportFailure,
  });
}

/** How long after a batch of page changes the script tells the background its counts (diagnostics). */
const REPORT_AFTER_MS = 1000;

/** How often a busy page's batches may ask whether the extension lives (./alive-check.ts). */
const ALIVE_CHECK_MS = 250;

/** Content scripts running in this page's isolated world (one module instance per injection, so kept on globalThis). */
const running: Set<string> = ((globalThis as { precedentRunning?: Set<string> }).precedentRunning ??= new Set());

/**
 * Runs `start` while Precedent is on for this page's site, with a lookup over `bundled` and the
 * user's packs; a change of packs restarts it with a new lookup (every post is read again).
 * `instanceKey` guards against a second copy in the same page (a registered script and an
 * injection into an already open tab).
 */
export const runContentScript = selfTimed(function runContentScript(
  ctx: { onInvalidated(callback: () => void): void; readonly isInvalid: boolean },
  instanceKey: string,
  bundled: BundledIndex,
  start: (settings: Settings, lookup: AccountLookup, isAlive: () => boolean, afterBatch: () => void) => RunningScript,
  /** Which site's switch governs this page: by default its own address; embed frames ask the background for their page's. */
  siteOf: () => Promise<SiteRef | null> = () => Promise.resolve(siteFor(location.href)),
): void {
  if (running.has(instanceKey)) return;
  running.add(instanceKey);
  siteOf().then(
    (site) => (site && !ctx.isInvalid ? runForSite(ctx, instanceKey, bundled, start, site) : running.delete(instanceKey)),
    (error: unknown) => (reportFailure(error), running.delete(instanceKey)),
  );
});

/**
 * The site of the page an embed frame is on (src/messaging/protocol.ts: FramePageMessage); its
 * switch then governs the frame (off: the frame says so and stays bare). A browser that does not tell
 * the background the tab's address (no permission for that page yet) gives null: the frame says it
 * is waiting and asks again when the settings change (the user switching that site on).
 */
export function framePageSite(script: string): Promise<SiteRef | null> {
  return new Promise((resolve) => {
    let done = false;
    const ask = () =>
      (browser.runtime.sendMessage(framePageMessage()) as Promise<FramePageReply | undefined>).then((reply) => {
        const site = reply?.origin ? siteFor(reply.origin) : null;
        if (!site && !done) reportRun(script, 'waiting');
        if (!site || done) return;
        done = true;
        unwatch();
        resolve(site);
      }, reportFailure);
    const unwatch = extensionSettings.watch(() => void ask());
    void ask();
  });
}

// Each entry point below (start, a change of packs, a report) is the content script's own time in
// the benchmark's self-timing builds (./self-timing.ts); nested calls count once.
const runForSite = selfTimed(function runForSite(
  ctx: { onInvalidated(callback: () => void): void; readonly isInvalid: boolean },
  instanceKey: string,
  bundled: BundledIndex,
  start: (settings: Settings, lookup: AccountLookup, isAlive: () => boolean, afterBatch: () => void) => RunningScript,
  site: SiteRef,
): void {
  removeLeftovers(document);
  // WXT notices a gone context only when asked (`isInvalid` then fires onInvalidated): the
  // annotators ask with their batches of page changes, at most every ALIVE_CHECK_MS.
  const isAlive = throttledAliveCheck(() => !ctx.isInvalid, ALIVE_CHECK_MS);
  let controller: Running | null = null;
  let watched = false;
  let stopReports: () => void = () => undefined;
  const run = selfTimed((packKeys: readonly string[]) => {
    controller?.stop();
    stopReports();
    const lookup = extensionLookup(bundled, packKeys);
    let current: RunningScript | null = null;
    /** The counts last told to the background: a report that would repeat them is not sent. */
    let told = '';
    const report = selfTimed(() => {
      if (!current?.annotator) return;
      const counts = [current.annotator.size(), current.annotator.waiting()] as const;
      if (`${counts}` === told) return;
      told = `${counts}`;
      reportRun(instanceKey, 'annotating', ...counts);
    });
    // Badges carried by the script appear with no answer to wait for: after the page's changes, say
    // where things stand once they settle (one message per REPORT_AFTER_MS at most, none while quiet).
    let reportQueued = false;
    const afterBatch = () => {
      if (reportQueued) return;
      reportQueued = true;
      setTimeout(() => {
        reportQueued = false;
        report();
      }, REPORT_AFTER_MS);
    };
    // After answers the waiting posts are read again (their listener came first): then, once they
    // settle, say where things stand.
    const unsubscribe = lookup.onResolved(() => afterBatch());
    stopReports = () => void unsubscribe();
    controller = runWhileEnabled({
      site,
      settings: extensionSettings,
      start: selfTimed((settings: Settings) => {
        setLocale(resolveLocale(settings.language, browser.i18n.getUILanguage()), settings.calendar);
        current = start(settings, lookup, isAlive, afterBatch);
        told = '';
        report();
        return current;
      }),
      onOff: () => {
        current = null;
        reportRun(instanceKey, 'off');
      },
      onError: reportFailure,
    });
  });
  const unwatch = watchPackKeys(browser.storage.onChanged, (keys) => {
    watched = true;
    run(keys);
  });
  loadPackKeys(browser.storage.local)
    .catch((error: unknown) => (reportFailure(error), []))
    // A change that arrived meanwhile is newer than what was read.
    .then((keys) => watched || run(keys), reportFailure);
  const stop = () => {
    unwatch();
    stopReports();
    controller?.stop();
    controller = null;
    running.delete(instanceKey);
  };
  ctx.onInvalidated(stop);
});
