/**
 * The frames X and Bluesky render embedded posts in, on any page (docs/sites.md). Their script runs
 * in every such frame but annotates only while the page around the frame is switched on.
 */
import { aboutSite } from '../site-definition';

export const embedFramesAbout = aboutSite({
  id: 'embed-frames',
  name: 'Embed frames',
  runs: { kind: 'frames', matches: ['https://platform.twitter.com/embed/*', 'https://platform.x.com/embed/*', 'https://embed.bsky.app/embed/*'] },
});
