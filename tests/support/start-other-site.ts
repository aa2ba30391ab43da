/** What the switched-on sites' content script does with a page: the first site that recognises it reads it. */
import { startSite, type RunningAnnotator, type StartOptions } from '../../src/content/start-site';
import { switchedOnSiteFor } from '../../src/sites/all-sites';

export const startOtherSite = (options: StartOptions): RunningAnnotator => startSite(switchedOnSiteFor(options.doc), options);
