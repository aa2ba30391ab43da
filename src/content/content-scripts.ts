/**
 * The one factory behind every content script: given a site's definition (src/sites/<site>/index.ts),
 * the WXT content script that runs it. Each script installs the overlay's messages, carries its
 * index (`virtual:precedent-index/<platforms>`, imported by its entrypoint: the platforms whose posts
 * it reads) and the overlay's page style sheet, and runs the site's annotator while its switch
 * is on and the extension lives (./extension-content.ts).
 */
import overlayMessages from 'virtual:precedent-messages/overlay';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { installMessages } from '../i18n/current';
import '../overlay/page.css';
import { SITES, SWITCHED_ON_SITES } from '../sites/all-sites';
import { SWITCHED_ON_SCRIPT, switchedOnSiteFor, type SiteDefinition } from '../sites/site-definition';
import { framePageSite, reportFailure, openView, runContentScript, type BundledIndex } from './extension-content';
import { startSite } from './start-site';

type BuiltInDefinition = SiteDefinition & { runs: { kind: 'built-in' } };
type FramesDefinition = SiteDefinition & { runs: { kind: 'frames' } };

/**
 * A script serves exactly the sites the list (src/sites/all-sites.ts) gives it: checked when WXT reads
 * the entrypoints, so a site missing from the list, or from its entrypoint, fails the build.
 */
function expectListed(ids: readonly string[], listed: readonly { id: string }[], script: string): void {
  const expected = listed.map((site) => site.id);
  if (JSON.stringify(ids) !== JSON.stringify(expected))
    throw new Error(`content script "${script}" serves [${ids.join(', ')}] but src/sites/all-sites.ts lists [${expected.join(', ')}]`);
}

function run(instanceKey: string, contentIndex: BundledIndex, siteOf: (doc: Document) => SiteDefinition, framePage?: () => ReturnType<typeof framePageSite>) {
  return (ctx: Parameters<typeof runContentScript>[0]) => {
    installMessages(overlayMessages);
    runContentScript(
      ctx,
      instanceKey,
      contentIndex,
      (settings, lookup, isAlive, afterBatch) =>
        startSite(siteOf(document), { doc: document, lookup, display: settings, themeChoice: settings.theme, onOpenView: openView, onError: reportFailure, isAlive, afterBatch }),
      framePage,
    );
  };
}

/** A built-in site's script: on its declared hosts, governed by its own switch. */
export function builtInContentScript(site: BuiltInDefinition, index: BundledIndex) {
  expectListed([site.id], SITES.filter((listed) => listed.id === site.id && listed.runs.kind === 'built-in'), site.id);
  return defineContentScript({ matches: [...site.runs.matches], runAt: 'document_idle', main: run(site.id, index, () => site) });
}

/**
 * The script for the origins the user switched on: not in the manifest, the background registers it
 * for exactly the granted origins. The first switched-on site that recognises the page reads it.
 */
export function switchedOnContentScript(sites: readonly SiteDefinition[], index: BundledIndex) {
  expectListed(sites.map((site) => site.id), SWITCHED_ON_SITES, SWITCHED_ON_SCRIPT);
  return defineContentScript({ registration: 'runtime', matches: [], main: run(SWITCHED_ON_SCRIPT, index, (doc) => switchedOnSiteFor(doc, sites)) });
}

/** A frames site's script: in every frame of its hosts, governed by the switch of the page around the frame. */
export function framesContentScript(site: FramesDefinition, index: BundledIndex) {
  expectListed([site.id], SITES.filter((listed) => listed.id === site.id && listed.runs.kind === 'frames'), site.id);
  return defineContentScript({ matches: [...site.runs.matches], allFrames: true, runAt: 'document_idle', main: run(site.id, index, () => site, () => framePageSite(site.id)) });
}
