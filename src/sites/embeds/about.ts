/**
 * X and Bluesky posts embedded in any page the user switches on (docs/sites.md): every page
 * qualifies, so this site comes last among the switched-on ones.
 */
import { aboutSite } from '../site-definition';

export const embedsAbout = aboutSite({
  id: 'embeds',
  name: 'Embedded posts',
  runs: { kind: 'switched-on' },
});
