/** Bluesky's web app (docs/sites.md): feeds, threads and profiles. */
import { aboutSite } from '../site-definition';

export const blueskyAbout = aboutSite({
  id: 'bluesky',
  name: 'Bluesky',
  runs: { kind: 'built-in', matches: ['https://bsky.app/*'] },
});
