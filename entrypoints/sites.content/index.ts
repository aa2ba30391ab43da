/** Wiring only: the content script for the origins the user switched on (Mastodon servers, pages with embedded posts). */
import { switchedOnContentScript } from '../../src/content/content-scripts';
import { SWITCHED_ON_SITES } from '../../src/sites/all-sites';

export default switchedOnContentScript(SWITCHED_ON_SITES);
