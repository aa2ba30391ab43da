/**
 * X and Bluesky posts embedded in any page the user switches on (docs/sites.md): every page
 * qualifies, so this site comes last among the switched-on ones.
 */
import { systemTheme } from '../page-theme';
import { defineSite } from '../site-definition';
import { embedsAdapter } from './adapter';

export const embedsSite = defineSite({
  id: 'embeds',
  name: 'Embedded posts',
  runs: { kind: 'switched-on', recognises: () => true },
  setUp: () => ({ adapter: embedsAdapter, readTheme: systemTheme }),
});
