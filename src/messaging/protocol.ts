/**
 * The one message the content scripts send: open an extension view in a tab (content scripts may
 * not open extension pages themselves). The background validates every message it receives: a
 * content script runs beside hostile pages, so its messages are input like any other.
 */
import { parseView, viewHash } from '../ui/views';

export interface OpenViewMessage {
  type: 'precedent:open-view';
  /** A view hash (src/ui/views.ts), e.g. "#/clause/x-world-leaders". */
  view: string;
}

export type Message = OpenViewMessage;

export function openViewMessage(view: string): OpenViewMessage {
  return { type: 'precedent:open-view', view };
}

/** The message, re-derived from its parts, or null when it is not one of ours. */
export function parseMessage(value: unknown): Message | null {
  if (typeof value !== 'object' || value === null) return null;
  const { type, view } = value as Record<string, unknown>;
  if (type !== 'precedent:open-view' || typeof view !== 'string' || view.length > 200) return null;
  // Re-serialised from the parsed view: only known routes with safe ids reach the tab URL.
  return openViewMessage(viewHash(parseView(view)));
}
