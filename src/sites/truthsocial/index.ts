/** How a page of Truth Social is read (./about.ts: where its script runs). */
import { mastodonSite } from '../mastodon';
import { isMastodonPage } from '../mastodon/adapter';
import { readBackgroundTheme } from '../page-theme';
import { defineSite } from '../site-definition';
import { truthSocialAbout } from './about';
import { createTruthSocialSite } from './adapter';

export const truthSocialSite = defineSite(truthSocialAbout, {
  // Should truthsocial.com ever serve Mastodon's own web UI, the Mastodon adapter reads it (its local
  // accounts are then Truth Social accounts: src/sites/mastodon/accounts.ts).
  setUp: (doc) => (isMastodonPage(doc) ? mastodonSite.setUp(doc) : { adapter: createTruthSocialSite(doc), readTheme: readBackgroundTheme }),
});
