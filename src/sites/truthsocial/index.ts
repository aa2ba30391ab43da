/** Truth Social's web app (docs/sites.md): a Soapbox-derived front end on a Mastodon back end. */
import { isMastodonPage } from '../mastodon/adapter';
import { mastodonSite } from '../mastodon';
import { readBackgroundTheme } from '../page-theme';
import { defineSite } from '../site-definition';
import { createTruthSocialSite } from './adapter';

export const truthSocialSite = defineSite({
  id: 'truthsocial',
  name: 'Truth Social',
  runs: { kind: 'built-in', matches: ['https://truthsocial.com/*'] },
  // Should truthsocial.com ever serve Mastodon's own web UI, the Mastodon adapter reads it (its local
  // accounts are then Truth Social accounts: src/sites/mastodon/accounts.ts).
  setUp: (doc) => (isMastodonPage(doc) ? mastodonSite.setUp(doc) : { adapter: createTruthSocialSite(doc), readTheme: readBackgroundTheme }),
});
