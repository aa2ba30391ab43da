/**
 * Selectors for posts embedded in other sites' pages (docs/sites.md, "Embedded tweets"). Each is
 * proven by tests/dom/embeds.test.ts against the fixture named beside it.
 */
export const embedSelectors = {
  /**
   * An unrendered X embed: the publisher's `blockquote.twitter-tweet` before (or without) X's
   * widgets.js. Fixture: news-page-blockquote-embed-2021.html (aktualne.cz), embeds/news-2026.html.
   */
  xBlockquote: 'blockquote.twitter-tweet',
  /** Links in the embed; the last one to a status is the permalink. news-page-blockquote-embed-2021.html. */
  statusLink: 'a[href*="/status"]',
  /**
   * An unrendered Bluesky embed: `blockquote.bluesky-embed[data-bluesky-uri="at://<did>/app.bsky.feed.post/<rkey>"]`,
   * which Bluesky's embed.js replaces with an embed.bsky.app frame. embeds/news-2026.html.
   */
  blueskyBlockquote: 'blockquote.bluesky-embed[data-bluesky-uri]',
  /** Either kind, in one query. news-page-blockquote-embed-2021.html, news-2026.html. */
  anyBlockquote: 'blockquote.twitter-tweet, blockquote.bluesky-embed[data-bluesky-uri]',
} as const;

/** `https://twitter.com/<handle>/status/<id>` (or x.com, or the older `/statuses/`), with any query. */
export const EMBED_PERMALINK = /^https:\/\/(?:www\.|mobile\.)?(?:twitter|x)\.com\/([A-Za-z0-9_]{1,15})\/status(?:es)?\/(\d{1,25})(?:[/?#]|$)/;

/** The post's AT URI: the author's DID and the record key. */
export const BLUESKY_POST_URI = /^at:\/\/(did:[a-z0-9:._-]{5,260})\/app\.bsky\.feed\.post\/([A-Za-z0-9._~:-]{1,512})$/;

/** The attribute that holds it. */
export const BLUESKY_URI_ATTRIBUTE = 'data-bluesky-uri';
