/** Wiring only: the Truth Social content script runs `startTruthSocial` while Truth Social is switched on and the extension lives. */
import contentIndex from 'virtual:precedent-index';
import overlayMessages from 'virtual:precedent-messages/overlay';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { installMessages } from '../../src/i18n/current';
import '../../src/overlay/page.css';
import { logSkipped, openView, runContentScript } from '../../src/content/extension-content';
import { startTruthSocial } from '../../src/content/start-sites';
import { TRUTH_SOCIAL_MATCHES } from '../../src/sites/hosts';

export default defineContentScript({
  matches: TRUTH_SOCIAL_MATCHES,
  runAt: 'document_idle',
  main(ctx) {
    installMessages(overlayMessages);
    runContentScript(ctx, 'truthsocial', contentIndex, (settings, lookup, isAlive) =>
      startTruthSocial({ doc: document, lookup, display: settings, themeChoice: settings.theme, onOpenView: openView, onError: logSkipped, isAlive }),
    );
  },
});
