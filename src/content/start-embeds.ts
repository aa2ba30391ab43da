/**
 * The content script body for sites the user switched on (news pages and the like): embedded X and
 * Bluesky posts get the same badge and panel, beside the embed (src/sites/embeds/adapter.ts).
 */
import type { Theme } from '../overlay/types';
import { embedsSite } from '../sites/embeds/adapter';
import { startSite, type RunningAnnotator, type StartOptions } from './start-site';

/** Publishers' pages have their own colour schemes; the overlay follows the system's unless told. */
export function systemTheme(doc: Document): Theme {
  return doc.defaultView?.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

export function startEmbeds(options: StartOptions): RunningAnnotator {
  return startSite({ ...options, site: embedsSite, readTheme: systemTheme });
}
