/** How a page of Bluesky is read (./about.ts: where its script runs). */
import { defineSite } from '../site-definition';
import { blueskyAbout } from './about';
import { createBlueskySite } from './adapter';
import { readBlueskyTheme } from './theme';

export const blueskySite = defineSite(blueskyAbout, {
  setUp: (doc) => ({ adapter: createBlueskySite(doc), readTheme: readBlueskyTheme }),
});
