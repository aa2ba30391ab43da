/** Mastodon's web app, on any server the user switches on (docs/sites.md). */
import { aboutSite } from '../site-definition';

export const mastodonAbout = aboutSite({
  id: 'mastodon',
  name: 'Mastodon',
  runs: { kind: 'switched-on' },
});
