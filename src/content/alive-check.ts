/**
 * Whether the extension still lives, asked by every batch of page changes (src/content/batch-observer.ts).
 * WXT's `ctx.isInvalid` crosses into the browser on each read, and a scrolling timeline makes a batch
 * every frame: so the question is asked at most once per `everyMs`, and a question skipped is asked
 * once more `everyMs` later (WXT then fires onInvalidated, which removes every overlay). No timer
 * runs while the page is quiet: a timer is set only by a skipped question. The clock is `Date.now`:
 * `performance.now` crosses into the browser too, and cost as much as the question in the profile.
 */
export function throttledAliveCheck(ask: () => boolean, everyMs: number, now: () => number = Date.now): () => boolean {
  let askedAt = -Infinity;
  let alive = true;
  let pending: ReturnType<typeof setTimeout> | undefined;
  const askNow = () => {
    askedAt = now();
    alive = ask();
    return alive;
  };
  return () => {
    if (!alive) return false;
    if (now() - askedAt >= everyMs) return askNow();
    pending ??= setTimeout(() => {
      pending = undefined;
      if (alive) askNow();
    }, everyMs);
    return true;
  };
}
