/**
 * The background's answer to the content scripts' messages (src/messaging/protocol.ts). Only our
 * own content scripts and pages may ask; anything malformed gets no answer at all.
 */
import { parseMessage, type DiagnosticsReply, type FramePageReply, type LookupReply } from '../messaging/protocol';
import { siteFor } from '../sites/registry';
import type { Diagnostics } from './diagnostics';
import type { LookupService } from './lookup-service';

/** At most this many extension tabs a page's content script may open per window: a page that forges clicks gets no flood of tabs. */
export const OPEN_VIEW_LIMIT = { views: 3, windowMs: 10_000 };

export interface MessageHandlerOptions {
  runtimeId: string;
  /** The lookup service, once the dataset is loaded (the first lookups wait for it). */
  lookups: () => Promise<LookupService>;
  /** Opens an extension page (a path and hash under the extension's origin) at a tab index. */
  openPage(path: string, index: number | undefined): Promise<unknown>;
  now?: () => number;
  /** Told of each "open view" refused for going over the limit. */
  onRefused?: (tabId: number | undefined) => void;
  /** Where content scripts' failures are kept, per tab. */
  diagnostics?: Diagnostics;
  /** The extension's own origin ("chrome-extension://<id>/"): only its pages may read the diagnostics. */
  extensionOrigin?: string;
}

export function createMessageHandler({ runtimeId, lookups, openPage, now = Date.now, onRefused, diagnostics, extensionOrigin }: MessageHandlerOptions) {
  /** When each tab last opened views, oldest first (only the last OPEN_VIEW_LIMIT.views are kept). */
  const opened = new Map<number | undefined, number[]>();
  const mayOpen = (tabId: number | undefined) => {
    const at = now();
    const recent = (opened.get(tabId) ?? []).filter((time) => at - time < OPEN_VIEW_LIMIT.windowMs);
    const allowed = recent.length < OPEN_VIEW_LIMIT.views;
    if (allowed) recent.push(at);
    opened.set(tabId, recent);
    return allowed;
  };
  return (
    raw: unknown,
    sender: { id?: string | undefined; url?: string | undefined; tab?: { id?: number | undefined; index: number; url?: string | undefined } | undefined },
  ): Promise<LookupReply | FramePageReply | DiagnosticsReply | undefined> | undefined => {
    if (sender.id !== runtimeId) return undefined;
    const message = parseMessage(raw);
    if (!message) return undefined;
    if (message.type === 'precedent:lookup') {
      const { keys } = message;
      return lookups().then((service) => service.answer(keys));
    }
    if (message.type === 'precedent:frame-page') return Promise.resolve({ origin: siteFor(sender.tab?.url)?.origin ?? null });
    if (message.type === 'precedent:failures') {
      if (sender.tab?.id !== undefined) diagnostics?.report(sender.tab.id, sender.tab.url ?? '', message.count, message.samples);
      return Promise.resolve(undefined);
    }
    if (message.type === 'precedent:ran') {
      if (sender.tab?.id !== undefined)
        diagnostics?.ran({ tabId: sender.tab.id, url: sender.url ?? sender.tab.url ?? '', script: message.script, state: message.state, annotated: message.annotated, waiting: message.waiting });
      // A script annotating a page will ask for records: load them now, while the page renders,
      // not at its first tracked post (a stopped service worker takes ~0.5 s to read 50,000
      // accounts: docs/performance-log.md). A failed load is left for that lookup, which loads
      // again and reports the failure where the reader sees it.
      if (message.state === 'annotating') lookups().catch(() => undefined);
      return Promise.resolve(undefined);
    }
    if (message.type === 'precedent:diagnostics') {
      const fromOwnPage = extensionOrigin !== undefined && sender.url?.startsWith(extensionOrigin) === true;
      return fromOwnPage && diagnostics ? Promise.resolve({ tabs: diagnostics.tabs(), runs: diagnostics.runs() }) : undefined;
    }
    if (!mayOpen(sender.tab?.id)) {
      onRefused?.(sender.tab?.id);
      return Promise.resolve(undefined);
    }
    // Beside the tab that asked.
    return openPage(`/popup.html${message.view}`, sender.tab ? sender.tab.index + 1 : undefined).then(() => undefined);
  };
}

