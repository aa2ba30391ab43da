/**
 * Selectors for posts embedded in other sites' pages (../shared/docs/x-dom.md section 4). Each is
 * proven by tests/dom/embeds-adapter.test.ts against the fixture named beside it.
 */
export const embedSelectors = {
  /**
   * An unrendered X embed: the publisher's `blockquote.twitter-tweet` before (or without) X's
   * widgets.js. Fixture: news-page-blockquote-embed-2021.html (aktualne.cz).
   */
  xBlockquote: 'blockquote.twitter-tweet',
  /** Links in the embed; the last one to a status is the permalink. news-page-blockquote-embed-2021.html. */
  statusLink: 'a[href*="/status"]',
} as const;

/** `https://twitter.com/<handle>/status/<id>` (or x.com, or the older `/statuses/`), with any query. */
export const EMBED_PERMALINK = /^https:\/\/(?:www\.|mobile\.)?(?:twitter|x)\.com\/([A-Za-z0-9_]{1,15})\/status(?:es)?\/(\d{1,25})(?:[/?#]|$)/;
