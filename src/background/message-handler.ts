/**
 * The background's answer to the content scripts' messages (src/messaging/protocol.ts). Only our
 * own content scripts and pages may ask; anything malformed gets no answer at all.
 */
import { parseMessage, type LookupReply } from '../messaging/protocol';
import type { LookupService } from './lookup-service';

export interface MessageHandlerOptions {
  runtimeId: string;
  /** The lookup service, once the dataset is loaded (the first lookups wait for it). */
  lookups: () => Promise<LookupService>;
  /** Opens an extension page (a path and hash under the extension's origin) at a tab index. */
  openPage(path: string, index: number | undefined): Promise<unknown>;
}

export function createMessageHandler({ runtimeId, lookups, openPage }: MessageHandlerOptions) {
  return (raw: unknown, sender: { id?: string | undefined; tab?: { index: number } | undefined }): Promise<LookupReply | undefined> | undefined => {
    if (sender.id !== runtimeId) return undefined;
    const message = parseMessage(raw);
    if (!message) return undefined;
    if (message.type === 'precedent:lookup') {
      const { keys } = message;
      return lookups().then((service) => service.answer(keys));
    }
    // Beside the tab that asked.
    return openPage(`/popup.html${message.view}`, sender.tab ? sender.tab.index + 1 : undefined).then(() => undefined);
  };
}
