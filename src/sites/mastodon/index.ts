/** How a page of a Mastodon server is read, and how one is recognised (./about.ts: where its script runs). */
import { readBackgroundTheme } from '../page-theme';
import { defineSite } from '../site-definition';
import { mastodonAbout } from './about';
import { createMastodonSite, isMastodonPage } from './adapter';

export const mastodonSite = defineSite(mastodonAbout, {
  recognises: isMastodonPage,
  setUp: (doc) => ({ adapter: createMastodonSite(doc), readTheme: readBackgroundTheme }),
});
