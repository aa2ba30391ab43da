/** Mastodon's web app, on any server the user switches on (docs/sites.md). */
import { readBackgroundTheme } from '../page-theme';
import { defineSite } from '../site-definition';
import { createMastodonSite, isMastodonPage } from './adapter';

export const mastodonSite = defineSite({
  id: 'mastodon',
  name: 'Mastodon',
  runs: { kind: 'switched-on', recognises: isMastodonPage },
  setUp: (doc) => ({ adapter: createMastodonSite(doc), readTheme: readBackgroundTheme }),
});
