/** What the switched-on sites' content script does with a page: the first site that recognises it reads it. */
import { startSite, type RunningAnnotator, type StartOptions } from '../../src/content/start-site';
import { embedsSite } from '../../src/sites/embeds';
import { mastodonSite } from '../../src/sites/mastodon';
import { switchedOnSiteFor } from '../../src/sites/site-definition';

export const startOtherSite = (options: StartOptions): RunningAnnotator => startSite(switchedOnSiteFor(options.doc, [mastodonSite, embedsSite]), options);
