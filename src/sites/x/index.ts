/** How a page of X is read (./about.ts: where its script runs). */
import { readBackgroundTheme } from '../page-theme';
import { defineSite } from '../site-definition';
import { xAbout } from './about';
import { createXSite } from './site';

export const xSite = defineSite(xAbout, {
  setUp: (doc) => ({ adapter: createXSite(doc), readTheme: readBackgroundTheme }),
});
