/**
 * Wiring only: the content script for sites the user switched on. Not in the manifest: the
 * background registers it for exactly the origins the user granted (src/background/custom-sites.ts).
 */
import dataset from 'virtual:precedent-dataset';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { logSkipped, openView, runContentScript } from '../../src/content/extension-content';
import { startEmbeds } from '../../src/content/start-embeds';

export default defineContentScript({
  registration: 'runtime',
  matches: [],
  main(ctx) {
    runContentScript(ctx, 'sites', (settings) =>
      startEmbeds({ doc: document, dataset, display: settings, themeChoice: settings.theme, onOpenView: openView, onError: logSkipped }),
    );
  },
});
