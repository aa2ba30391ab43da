/**
 * Every selector Precedent uses on bsky.app, with why it is trusted: test ids and URL structure from
 * Bluesky's own code (bluesky-social/social-app; docs/sites.md, "Bluesky web"). Each is proven by tests/dom/bluesky.test.ts against the fixtures named beside it.
 */
export const blueskySelectors = {
  /**
   * A post in a feed (`feedItem-by-<handle>`, PostFeedItem.tsx) or a thread (`postThreadItem-by-<handle>`,
   * ThreadItemPost/ThreadItemAnchor.tsx). The suffix is the author's handle. bluesky-feed-2025.html, bluesky-thread-2025.html.
   */
  post: '[data-testid^="feedItem-by-"], [data-testid^="postThreadItem-by-"]',
  /**
   * Links to profiles and posts (`/profile/<handle or did>[/post/<rkey>]`): the author and time row,
   * the repost row, mentions. All fixtures: bluesky-feed-2025.html.
   */
  profileLink: 'a[href^="/profile/"]',
  /**
   * A quoted post: the record embed renders as `div[role=link][aria-label="Post by <handle>"]`
   * (Post/Embed/index.tsx; the label is a fixed English template). bluesky-feed-2025.html.
   */
  quote: 'div[role="link"]',
  /** Post text, only used to place the overlay below the author line. bluesky-feed-2025.html. */
  text: '[data-testid="postText"]',
  /** The profile page header's display name (Profile/Header/DisplayName.tsx). bluesky-profile-2025.html. */
  profileHeader: '[data-testid="profileHeaderDisplayName"]',
} as const;

/** The attribute whose value names the author: `feedItem-by-<handle>`. */
export const POST_TESTID_ATTRIBUTE = 'data-testid';
export const POST_TESTID = /^(?:feedItem|postThreadItem)-by-(.+)$/;
/** `/profile/<handle or did>` with an optional `/post/<rkey>` and nothing after but a query. */
export const PROFILE_HREF = /^\/profile\/([^/?#]{1,253})(?:\/post\/([A-Za-z0-9._~:-]{1,512}))?\/?(?:[?#].*)?$/;
/** A quote's label: "Post by <handle>". */
export const QUOTE_LABEL = /^Post by (\S{1,253})$/;
/** What Bluesky wraps names and handles in (forceLTR: U+202A…U+202C), and the handle link's leading no-break space. */
export const BIDI_MARKS = /[\u00A0\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;
/** Bluesky's theme class on <html>. */
export const THEME_CLASS = /(?:^|\s)theme--(light|dim|dark)(?:\s|$)/;
