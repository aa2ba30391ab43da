/**
 * Wiring only: the content script for sites the user switched on. Not in the manifest: the
 * background registers it for exactly the origins the user granted (src/background/custom-sites.ts).
 */
import contentIndex from 'virtual:precedent-index';
import overlayMessages from 'virtual:precedent-messages/overlay';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { installMessages } from '../../src/i18n/current';
import '../../src/overlay/page.css';
import { logSkipped, openView, runContentScript } from '../../src/content/extension-content';
import { startOtherSite } from '../../src/content/start-sites';

export default defineContentScript({
  registration: 'runtime',
  matches: [],
  main(ctx) {
    installMessages(overlayMessages);
    runContentScript(ctx, 'sites', contentIndex, (settings, lookup, isAlive) =>
      startOtherSite({ doc: document, lookup, display: settings, themeChoice: settings.theme, onOpenView: openView, onError: logSkipped, isAlive }),
    );
  },
});
