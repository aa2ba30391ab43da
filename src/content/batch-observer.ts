/**
 * Watches a subtree and hands the changed nodes over in one batch per animation frame. The
 * MutationObserver callback only queues (X mutates the timeline constantly); the work happens once
 * per frame, before paint, so an overlay appears in the same frame as its post.
 */
import { selfTimed } from './self-timing';

export interface BatchObserverOptions {
  /** Nodes Precedent inserts itself: their insertion is not news. */
  isOwnNode: (node: Node) => boolean;
  /**
   * `added`: new subtrees, to be searched for posts. `touched`: nodes changed in place (an attribute,
   * a child replaced); only the post that encloses them needs re-reading.
   */
  onBatch: (added: Set<Node>, touched: Set<Node>) => void;
  schedule?: (callback: () => void) => void;
  /** Text changes that matter (the site adapter's `textMatters`); none are watched without it. */
  textMatters?: (node: Node) => boolean;
  /**
   * Whether the extension still lives. Asked once per batch, so an orphaned content script (the
   * extension was updated, disabled or reloaded) notices at the page's next change, without polling.
   */
  isAlive?: () => boolean;
}

/**
 * Attributes X rewrites when it recycles a cell for another post, and Precedent's public markers (a
 * page that sets or changes one gets it set right again: nothing else may carry them).
 */
const WATCHED_ATTRIBUTES = ['href', 'datetime', 'data-testid', 'data-precedent-account', 'data-precedent-role'];

export function observeInBatches(target: Node, options: BatchObserverOptions): { disconnect(): void } {
  const schedule = options.schedule ?? ((callback) => requestAnimationFrame(callback));
  let added = new Set<Node>();
  let touched = new Set<Node>();
  let scheduled = false;
  let stopped = false;

  const flush = selfTimed(() => {
    scheduled = false;
    if (stopped || (options.isAlive && !options.isAlive())) return;
    const batch = { added, touched };
    added = new Set();
    touched = new Set();
    options.onBatch(batch.added, batch.touched);
  });

  const observer = new MutationObserver(selfTimed((records: MutationRecord[]) => {
    for (const record of records) {
      if (record.type === 'attributes') {
        touched.add(record.target);
        continue;
      }
      if (record.type === 'characterData') {
        if (options.textMatters?.(record.target)) touched.add(record.target);
        continue;
      }
      let ours = true;
      record.addedNodes.forEach((node) => {
        if (!options.isOwnNode(node)) {
          ours = false;
          added.add(node);
        }
      });
      // Any removal counts, ours included: X re-rendering a post can drop an overlay, which must return.
      if (record.removedNodes.length > 0) ours = false;
      // A child removed or replaced inside a post (React re-rendering part of it) re-reads that post.
      if (!ours) touched.add(record.target);
    }
    // Every added node's parent is touched too: `touched` alone says whether there is work.
    if (!scheduled && touched.size > 0) {
      scheduled = true;
      schedule(flush);
    }
  }));
  observer.observe(target, { childList: true, subtree: true, attributes: true, attributeFilter: WATCHED_ATTRIBUTES, characterData: options.textMatters !== undefined });

  return {
    disconnect() {
      stopped = true;
      observer.disconnect();
      added.clear();
      touched.clear();
    },
  };
}
