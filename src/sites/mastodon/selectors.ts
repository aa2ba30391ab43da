/**
 * Every selector Precedent uses in Mastodon's web UI (mastodon/mastodon app/javascript/mastodon;
 * docs/sites.md, "Mastodon web UI"). Class names here are Mastodon's own BEM
 * names, stable across 3.x–4.x, not hashed. Each is proven by tests/dom/mastodon.test.ts against the
 * fixtures named beside it.
 */
export const mastodonSelectors = {
  /** The web app's root: how a page on any host is known to be Mastodon. mastodon-home-4.html, mastodon-profile-4.html. */
  app: '#mastodon[data-props], body.app-body',
  /** A post in a timeline (`.status[data-id]`, status.jsx) or the status page's focal post. mastodon-home-4.html, mastodon-status-4.html. */
  post: '.status[data-id], .detailed-status',
  /** The author link: `href="/@<acct>"` (`acct` has no domain for local accounts). mastodon-home-4.html, mastodon-status-4.html. */
  displayName: 'a.status__display-name, a.detailed-status__display-name',
  /** The wrapper holding a post and its prepend row (boosts). mastodon-home-4.html. */
  wrapper: '.status__wrapper',
  /** The boost row's icon (4.x svg `icon-retweet`, 3.x `fa-retweet`): other prepends (mentions, replies) lack it. mastodon-home-4.html. */
  boostIcon: '.status__prepend .icon-retweet, .status__prepend .fa-retweet',
  /** The account the author link displays (`@user`, or `@user@host` for a remote one): must agree with the link. mastodon-home-4.html, mastodon-status-4.html. */
  displayedAccount: '.display-name__account',
  /** The boost row; its `a.status__display-name` is the booster. mastodon-home-4.html. */
  prepend: '.status__prepend',
  /** The permalink with the post's time (`a.status__relative-time > time[datetime]`). mastodon-home-4.html. */
  relativeTime: 'a.status__relative-time',
  /** The status page's date link (its href is the post's URL). mastodon-status-4.html. */
  detailedTime: 'a.detailed-status__datetime',
  /** Machine-readable time. mastodon-home-4.html. */
  time: 'time[datetime]',
  /** Post text, only used to place the overlay. mastodon-home-4.html. */
  content: '.status__content',
  /** A profile page's header (3.x–4.x). mastodon-profile-4.html. */
  accountHeader: '.account__header',
  /** The header's name block, after which the overlay goes (4.3+ keeps the `h1`). mastodon-profile-4.html. */
  accountHeaderName: '.account__header__tabs__name, .account__header h1',
} as const;

/** `/@user` or `/@user@host`, alone or followed by a status id. */
export const ACCT_PATH = /^\/@([A-Za-z0-9_.-]{1,30})(?:@([A-Za-z0-9.-]{1,253}))?(?:\/(\d{1,25}))?\/?$/;
