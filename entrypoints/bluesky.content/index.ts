/** Wiring only: the Bluesky content script runs `startBluesky` while Bluesky is switched on and the extension lives. */
import contentIndex from 'virtual:precedent-index';
import overlayMessages from 'virtual:precedent-messages/overlay';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { installMessages } from '../../src/i18n/current';
import '../../src/overlay/page.css';
import { logSkipped, openView, runContentScript } from '../../src/content/extension-content';
import { startBluesky } from '../../src/content/start-sites';
import { BLUESKY_MATCHES } from '../../src/sites/hosts';

export default defineContentScript({
  matches: BLUESKY_MATCHES,
  runAt: 'document_idle',
  main(ctx) {
    installMessages(overlayMessages);
    runContentScript(ctx, 'bluesky', contentIndex, (settings, lookup, isAlive) =>
      startBluesky({ doc: document, lookup, display: settings, themeChoice: settings.theme, onOpenView: openView, onError: logSkipped, isAlive }),
    );
  },
});
