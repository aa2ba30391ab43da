/**
 * Wiring only: inside X's and Bluesky's embed frames (every frame of those hosts), annotate the
 * embedded post while the page around the frame is a site the user switched on.
 */
import contentIndex from 'virtual:precedent-index';
import overlayMessages from 'virtual:precedent-messages/overlay';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { installMessages } from '../../src/i18n/current';
import '../../src/overlay/page.css';
import { framePageSite, logSkipped, openView, runContentScript } from '../../src/content/extension-content';
import { startEmbedFrame } from '../../src/content/start-sites';
import { EMBED_FRAME_MATCHES } from '../../src/sites/hosts';

export default defineContentScript({
  matches: EMBED_FRAME_MATCHES,
  allFrames: true,
  runAt: 'document_idle',
  main(ctx) {
    installMessages(overlayMessages);
    runContentScript(
      ctx,
      'embed-frame',
      contentIndex,
      (settings, lookup, isAlive) =>
        startEmbedFrame({ doc: document, lookup, display: settings, themeChoice: settings.theme, onOpenView: openView, onError: logSkipped, isAlive }),
      framePageSite,
    );
  },
});
