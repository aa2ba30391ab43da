/**
 * The background's answer to the content scripts' messages (src/messaging/protocol.ts). Only our
 * own content scripts and pages may ask; anything malformed gets no answer at all.
 */
import { parseMessage, type FramePageReply, type LookupReply } from '../messaging/protocol';
import { siteFor } from '../sites/registry';
import type { LookupService } from './lookup-service';

export interface MessageHandlerOptions {
  runtimeId: string;
  /** The lookup service, once the dataset is loaded (the first lookups wait for it). */
  lookups: () => Promise<LookupService>;
  /** Opens an extension page (a path and hash under the extension's origin) at a tab index. */
  openPage(path: string, index: number | undefined): Promise<unknown>;
}

export function createMessageHandler({ runtimeId, lookups, openPage }: MessageHandlerOptions) {
  return (
    raw: unknown,
    sender: { id?: string | undefined; tab?: { index: number; url?: string | undefined } | undefined },
  ): Promise<LookupReply | FramePageReply | undefined> | undefined => {
    if (sender.id !== runtimeId) return undefined;
    const message = parseMessage(raw);
    if (!message) return undefined;
    if (message.type === 'precedent:lookup') {
      const { keys } = message;
      return lookups().then((service) => service.answer(keys));
    }
    if (message.type === 'precedent:frame-page') return Promise.resolve({ origin: siteFor(sender.tab?.url)?.origin ?? null });
    // Beside the tab that asked.
    return openPage(`/popup.html${message.view}`, sender.tab ? sender.tab.index + 1 : undefined).then(() => undefined);
  };
}

