/**
 * Inside the frames X and Bluesky render embedded posts in (platform.twitter.com / platform.x.com
 * `/embed/Tweet.html?id=<id>`, embed.bsky.app `/embed/<did>/app.bsky.feed.post/<rkey>`). The
 * frame's own address names the post; the platform's rendering inside names its author. Nothing
 * here depends on the frames' layout, which neither platform documents (docs/sites.md). Each is
 * proven by tests/dom/embed-frames.test.ts against the fixture named beside it.
 */
export const embedFramesSelectors = {
  /** Links to posts: X's permalink (`https://twitter.com/<handle>/status/<id>?ref_src=…`). x-embed-frame.html. */
  xStatusLink: 'a[href*="/status/"]',
  /** Links to Bluesky profiles (`https://bsky.app/profile/<did>?ref_src=embed`): the author's name and handle. bluesky-embed-frame.html. */
  blueskyProfileLink: 'a[href^="https://bsky.app/profile/"]',
  /** The post's time in the Bluesky embed. bluesky-embed-frame.html. */
  time: 'time[datetime]',
  /** Text blocks inside a profile link: the handle is the one reading "@…". bluesky-embed-frame.html. */
  paragraph: 'p',
} as const;

/** X's embed frame: the post's id is the `id` query parameter. */
export const X_FRAME_HOSTS = ['platform.twitter.com', 'platform.x.com'];
export const X_FRAME_PATH = /^\/embed\/Tweet\.html$/;
/** Bluesky's embed frame: `/embed/<did>/app.bsky.feed.post/<rkey>`. */
export const BLUESKY_FRAME_HOST = 'embed.bsky.app';
export const BLUESKY_FRAME_PATH = /^\/embed\/(did:[a-z0-9:._-]{5,260})\/app\.bsky\.feed\.post\/([A-Za-z0-9._~:-]{1,512})$/;
/** `https://bsky.app/profile/<did>` with only a query after it. */
export const BLUESKY_PROFILE_URL = /^https:\/\/bsky\.app\/profile\/([^/?#]+)\/?(?:\?.*)?$/;
