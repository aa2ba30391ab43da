/**
 * The frames X and Bluesky render embedded posts in, on any page (docs/sites.md). Their script runs
 * in every such frame but annotates only while the page around the frame is switched on.
 */
import { defineSite } from '../site-definition';
import { createEmbedFrameSite } from './adapter';
import { readFrameTheme } from './theme';

export const embedFramesSite = defineSite({
  id: 'embed-frames',
  name: 'Embed frames',
  runs: { kind: 'frames', matches: ['https://platform.twitter.com/embed/*', 'https://platform.x.com/embed/*', 'https://embed.bsky.app/embed/*'] },
  setUp: (doc) => ({ adapter: createEmbedFrameSite(doc), readTheme: readFrameTheme }),
});
