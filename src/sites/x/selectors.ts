/**
 * Every selector Precedent uses on X, with why it is trusted. Only `data-testid`s, ARIA roles and URL
 * structure: X's classes are hashed per build and its labels are localised (docs/x-dom.md).
 * Each is proven by tests/unit/architecture.test.ts against the fixtures named beside it, and used in
 * tests/dom/x-adapter-2025.test.ts and x-adapter-2021.test.ts.
 */
export const selectors = {
  /**
   * A post. 2022+: the article itself carries the testid; 2021: an inner div does, so callers take
   * `.closest('article')`. Fixtures: home-2025.html (article), x-home-timeline-2021.html (inner div).
   */
  postMarker: '[data-testid="tweet"]',
  /** The post container the marker belongs to. Both markups. */
  postContainer: 'article',
  /**
   * A quoted post inside a post: the only `div[role=link]` X renders in an article (links are `a`).
   * Fixtures: home-2025.html, x-home-timeline-2021.html.
   */
  quoteBlock: 'div[role="link"]',
  /** What makes a `div[role=link]` a quote rather than a card: a post's time, author line or avatar. home-2025.html. */
  quoteContent: 'time[datetime], [data-testid="User-Name"], [data-testid^="UserAvatar-Container-"]',
  /**
   * Anything that can make a post more than "an author and a permalink": a `div[role=link]` (a
   * quote, or a card), a repost or "Pinned" row, a nested post. Simple selectors, one scan that stops
   * at the first match: its absence lets the annotator settle a post from its permalink alone.
   * home-2025.html, x-home-timeline-2021.html.
   */
  notSimple: 'div[role="link"], [data-testid="socialContext"], article',
  /** Time links: `a[href="/<handle>/status/<id>"] > time[datetime]` (the permalink). All fixtures. */
  time: 'time[datetime]',
  /** Author line, 2022+: holds `a[href="/<handle>"]` and an `@handle` span. home-2025.html. */
  userName: '[data-testid="User-Name"]',
  /** Avatar container whose testid ends in the handle, 2022+. home-2025.html, profile-2025.html. */
  avatarContainer: '[data-testid^="UserAvatar-Container-"]',
  /** The 2021 author line has no testid: the `@handle` span inside the author's link. x-home-timeline-2021.html. */
  legacyHandleSpan: 'a[href^="/"] div[dir="ltr"] > span',
  /**
   * Social-context row: "<Name> reposted", and also "Pinned", "<Name> liked", "Followed by <Name>";
   * for reposts it sits inside `a[href="/<reposter>"]`. Only REPOST_ICON_PATHS or REPOST_WORDING tell
   * a repost row from the others. Both markups.
   */
  socialContext: '[data-testid="socialContext"]',
  /** The row's icon, beside its text (the repost arrows, the pin…). home-2025.html, x-home-timeline-2021.html. */
  rowIcon: 'svg path[d]',
  /** Post text: 2022+ testid, 2021 a bare `div[lang][dir=auto]`; only used to place the overlay. Both markups. */
  text: '[data-testid="tweetText"], div[lang][dir="auto"]',
  /** Action bar (reply/repost/like); a landmark present on every post. Both markups. */
  actionBar: 'div[role="group"]',
  /** Media links inside a quote give the quoted status id: `/<handle>/status/<id>/photo/1`. profile-2025.html. */
  quoteMediaLink: 'a[href*="/status/"][href*="/photo/"], a[href*="/status/"][href*="/video/"]',
  /** Any link; its href is then read as a profile or status path. All fixtures. */
  link: 'a[href]',
  /** Text spans: the quote block's author line gives its `@handle` as plain span text. home-2025.html. */
  span: 'span',
  /** Post text carries its language; mentions inside it are not the author. Both markups. */
  textWithLanguage: '[lang]',
  /**
   * A profile page's header name block (no hyphen: posts use `User-Name`): the display name, then
   * an `@handle` span. Only read on `/<handle>` pages, where it must name that handle. profile-2025.html.
   */
  profileHeader: '[data-testid="UserName"]',
  /** Profile page JSON-LD naming the profile's handle and numeric user id. profile-2025.html. */
  profileSchema: 'script[type="application/ld+json"][data-testid="UserProfileSchema-test"]',
} as const;

/** `/<handle>/status/<id>` plus optional suffixes (`/photo/1`, `/analytics`). */
export const STATUS_PATH = /^\/([A-Za-z0-9_]{1,15})\/status(?:es)?\/(\d{1,25})(?:\/|$|\?|#)/;
/** `/<handle>` alone. */
export const PROFILE_PATH = /^\/([A-Za-z0-9_]{1,15})\/?$/;
/**
 * X's own top-level routes, which look like `/<handle>` but are not profiles (X does not let anyone
 * register these names). Proven by the home-2025.html fixture served at https://x.com/home.
 */
export const RESERVED_PATHS = new Set([
  'home', 'explore', 'notifications', 'messages', 'search', 'settings', 'i', 'compose', 'bookmarks',
  'lists', 'communities', 'premium', 'jobs', 'login', 'logout', 'signup', 'tos', 'privacy', 'account',
]);
/** The avatar testid's suffix is the handle. */
export const AVATAR_TESTID = /^UserAvatar-Container-([A-Za-z0-9_]{1,15})$/;

/**
 * How X draws the repost row's icon, the only language-independent mark of a repost row: the start of
 * the arrows' path data, 2023+ (home-2025.html, profile-2025.html, pro-2025.html) and 2021
 * (x-home-timeline-2021.html). A "liked", "Followed by" or "Pinned" row has another icon.
 */
export const REPOST_ICON_PATHS = ['M4.75 3.79l4.603 4.3', 'M23.615 15.477c-.47-.47-1.23-.47-1.697 0'];
/** The row's English wording, for a build whose icon is not known yet: "<Name> reposted", "<Name> Retweeted". */
export const REPOST_WORDING = /\s(?:reposted|Retweeted)\s*$/;
