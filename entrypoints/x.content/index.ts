/** Wiring only: the X content script runs `startX` while X is switched on and the extension lives. */
import contentIndex from 'virtual:precedent-index';
import overlayMessages from 'virtual:precedent-messages/overlay';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { installMessages } from '../../src/i18n/current';
import '../../src/overlay/page.css';
import { logSkipped, openView, runContentScript } from '../../src/content/extension-content';
import { startX } from '../../src/content/start-x';
import { X_MATCHES } from '../../src/sites/x/hosts';

export default defineContentScript({
  matches: X_MATCHES,
  runAt: 'document_idle',
  main(ctx) {
    installMessages(overlayMessages);
    runContentScript(ctx, 'x', contentIndex, (settings, lookup, isAlive) =>
      startX({ doc: document, lookup, display: settings, themeChoice: settings.theme, onOpenView: openView, onError: logSkipped, isAlive }),
    );
  },
});
