/** Wiring only: the X content script runs `startX` for as long as the extension context lives. */
import dataset from 'virtual:precedent-dataset';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { startX } from '../../src/content/start-x';
import { X_MATCHES } from '../../src/sites/x/hosts';

export default defineContentScript({
  matches: X_MATCHES,
  runAt: 'document_idle',
  main(ctx) {
    const running = startX({
      doc: document,
      dataset,
      // Per-post failures stay inside the extension; they must never surface on X.
      onError: (error) => console.debug('[Precedent] skipped a post:', error),
    });
    ctx.onInvalidated(() => running.stop());
  },
});
