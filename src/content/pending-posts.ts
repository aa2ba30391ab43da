/**
 * Posts whose author's lookup is still out (src/matching/account-lookup.ts): they are read again
 * when the background answers, if they are still on the page (their cell may show another post by
 * then, which the re-read handles like any other).
 */
import type { AccountLookup } from '../matching/account-lookup';

export interface PendingPosts {
  /** Elements to read again on the next answer. */
  readonly waiting: Set<HTMLElement>;
  stop(): void;
}

export function createPendingPosts(lookup: AccountLookup, reread: (element: HTMLElement) => void): PendingPosts {
  const waiting = new Set<HTMLElement>();
  const unsubscribe = lookup.onResolved(() => {
    const ready = [...waiting];
    waiting.clear();
    for (const element of ready) if (element.isConnected) reread(element);
  });
  return {
    waiting,
    stop() {
      unsubscribe();
      waiting.clear();
    },
  };
}
