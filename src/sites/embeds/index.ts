/** How a page with embedded posts is read (./about.ts: where its script runs). */
import { systemTheme } from '../page-theme';
import { defineSite } from '../site-definition';
import { embedsAbout } from './about';
import { embedsAdapter } from './adapter';

export const embedsSite = defineSite(embedsAbout, {
  recognises: () => true,
  setUp: () => ({ adapter: embedsAdapter, readTheme: systemTheme }),
});
