/** How an embed frame's post is read (./about.ts: where its script runs). */
import { defineSite } from '../site-definition';
import { embedFramesAbout } from './about';
import { createEmbedFrameSite } from './adapter';
import { readFrameTheme } from './theme';

export const embedFramesSite = defineSite(embedFramesAbout, {
  setUp: (doc) => ({ adapter: createEmbedFrameSite(doc), readTheme: readFrameTheme }),
});
