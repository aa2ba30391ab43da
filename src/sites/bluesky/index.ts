/** Bluesky's web app (docs/sites.md): feeds, threads and profiles. */
import { defineSite } from '../site-definition';
import { createBlueskySite } from './adapter';
import { readBlueskyTheme } from './theme';

export const blueskySite = defineSite({
  id: 'bluesky',
  name: 'Bluesky',
  runs: { kind: 'built-in', matches: ['https://bsky.app/*'] },
  setUp: (doc) => ({ adapter: createBlueskySite(doc), readTheme: readBlueskyTheme }),
});
