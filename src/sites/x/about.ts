/** X: x.com, twitter.com, the mobile hosts and X Pro's columns (docs/x-dom.md). */
import { aboutSite } from '../site-definition';

export const xAbout = aboutSite({
  id: 'x',
  name: 'X (Twitter)',
  runs: {
    kind: 'built-in',
    matches: ['https://x.com/*', 'https://twitter.com/*', 'https://mobile.twitter.com/*', 'https://mobile.x.com/*', 'https://pro.x.com/*'],
  },
});
