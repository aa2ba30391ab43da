/**
 * Every selector Precedent uses on truthsocial.com, whose web app is a fork of Soapbox (on a
 * Mastodon back end), not Mastodon's own web UI: docs/sites.md. Test ids and URL structure from
 * Soapbox's status component, confirmed live by a public truthsocial.com scraper keyed on the same
 * test id. Each is proven by tests/dom/truthsocial.test.ts against the fixture named beside it.
 */
export const truthSocialSelectors = {
  /** A post (Soapbox status.tsx wraps each in `div[data-testid="status"]`). truthsocial-profile-2025.html. */
  post: '[data-testid="status"]',
  /**
   * Any link: those to profiles (`/@<user>`) and posts (`/@<user>/posts/<id>`) on this server, relative
   * or absolute, are the repost row, the author's avatar and name, the time link, mentions.
   * truthsocial-profile-2025.html.
   */
  link: 'a[href]',
  /**
   * The ReTruth row above a reposted post (Soapbox's StatusInfo: an icon, the reposter's link, "ReTruthed").
   * Reply mentions ("Replying to @…") are another component. truthsocial-profile-2025.html.
   */
  repostRow: '[data-testid="status-info"]',
  /** Machine-readable time inside the post's link. truthsocial-profile-2025.html. */
  time: 'time[datetime]',
  /** Post text (`p[data-markup]`), only used to place the overlay. truthsocial-profile-2025.html. */
  content: '[data-markup="true"], .status__content-wrapper',
} as const;

/** `/@user` or `/@user/posts/<id>` (Soapbox's permalink form, unlike Mastodon's `/@user/<id>`). */
export const TRUTH_PATH = /^\/@([A-Za-z0-9_]{1,30})(?:@([A-Za-z0-9.-]{1,253}))?(?:\/posts\/(\d{1,25}))?\/?(?:[?#].*)?$/;
