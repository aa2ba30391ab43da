/**
 * The content script bodies of the sites beyond X, runnable without WXT (the DOM tests call them
 * too). Each is the shared annotator (./start-site.ts) with that site's adapter and theme reader.
 */
import type { Theme } from '../overlay/types';
import { createBlueskySite, readBlueskyTheme } from '../sites/bluesky/adapter';
import { createEmbedFrameSite } from '../sites/embed-frames/adapter';
import { embedsSite } from '../sites/embeds/adapter';
import { createMastodonSite, isMastodonPage } from '../sites/mastodon/adapter';
import { readTheme } from '../sites/page-theme';
import { createTruthSocialSite } from '../sites/truthsocial/adapter';
import { startSite, type RunningAnnotator, type StartOptions } from './start-site';

export function startBluesky(options: StartOptions): RunningAnnotator {
  return startSite({ ...options, site: createBlueskySite(options.doc), readTheme: readBlueskyTheme });
}

/**
 * truthsocial.com serves a Soapbox-derived app (docs/sites.md); should it ever serve Mastodon's own
 * web UI, the Mastodon adapter reads it (its local accounts are then Truth Social accounts).
 */
export function startTruthSocial(options: StartOptions): RunningAnnotator {
  if (isMastodonPage(options.doc)) return startMastodon(options);
  return startSite({ ...options, site: createTruthSocialSite(options.doc), readTheme });
}

export function startMastodon(options: StartOptions): RunningAnnotator {
  return startSite({ ...options, site: createMastodonSite(options.doc), readTheme });
}

/** Publishers' pages have their own colour schemes; the overlay follows the system's unless told. */
export function systemTheme(doc: Document): Theme {
  return doc.defaultView?.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

/** Embedded X and Bluesky posts on a page the user switched on: badged beside the embed. */
export function startEmbeds(options: StartOptions): RunningAnnotator {
  return startSite({ ...options, site: embedsSite, readTheme: systemTheme });
}

/** A site the user switched on: a Mastodon server's web app, or any page with embedded posts. */
export function startOtherSite(options: StartOptions): RunningAnnotator {
  return isMastodonPage(options.doc) ? startMastodon(options) : startEmbeds(options);
}

/** The embed frame's own theme: X's `theme=dark`, Bluesky's `colorMode=dark`; else the system's. */
function frameTheme(doc: Document): Theme {
  const params = new URLSearchParams(doc.location?.search ?? '');
  const chosen = params.get('theme') ?? params.get('colorMode');
  return chosen === 'dark' || chosen === 'light' ? chosen : systemTheme(doc);
}

export function startEmbedFrame(options: StartOptions): RunningAnnotator {
  return startSite({ ...options, site: createEmbedFrameSite(options.doc), readTheme: frameTheme });
}
