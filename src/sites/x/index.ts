/** X: x.com, twitter.com, the mobile hosts and X Pro's columns (docs/x-dom.md). */
import { readBackgroundTheme } from '../page-theme';
import { defineSite } from '../site-definition';
import { createXSite } from './site';

export const xSite = defineSite({
  id: 'x',
  name: 'X (Twitter)',
  runs: {
    kind: 'built-in',
    matches: ['https://x.com/*', 'https://twitter.com/*', 'https://mobile.twitter.com/*', 'https://mobile.x.com/*', 'https://pro.x.com/*'],
  },
  setUp: (doc) => ({ adapter: createXSite(doc), readTheme: readBackgroundTheme }),
});
