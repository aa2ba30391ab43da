/**
 * Mastodon web UI adapter, for any server the user switches on: timeline posts, boosts, the
 * status page and the profile header. The author is the post's author link (`/@acct`), qualified
 * with the page's host for local accounts. Quote posts (Mastodon 4.5) are not read yet.
 */
import { allIn, enclosing, pathValue, rowOf, type AccountRef, type OverlayRole, type SiteAdapter, type SitePost } from '../site-adapter';
import { acctRef, snowflakeTime } from './accounts';
import { ACCT_PATH, mastodonSelectors as s } from './selectors';

/** Whether this page is Mastodon's web app (hosts vary: every server has its own). */
export function isMastodonPage(doc: Document): boolean {
  return doc.querySelector(s.app) !== null;
}

interface MastodonPost extends SitePost {
  authorLink: Element | null;
  boostLink: Element | null;
}

export function createMastodonSite(doc: Document): SiteAdapter<MastodonPost> {
  // A single-page app never changes host: read once.
  const pageHost = doc.location.host;
  const pageOrigin = doc.location.origin;

  /** The account a link or path names (`/@user`, `/@user@host`, or a full profile URL on any server). */
  const acctOf = (href: string | null): { ref: AccountRef; statusId: string | null } | null => {
    if (!href) return null;
    let url: URL;
    try {
      url = new URL(href, pageOrigin);
    } catch {
      return null;
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
    const match = ACCT_PATH.exec(url.pathname);
    if (!match) return null;
    return { ref: acctRef(match[1]!, match[2] ?? url.host), statusId: match[3] ?? null };
  };

  /** Whether the author link's displayed `@user[@host]` is the account its href names (absent: nothing to contradict). */
  const displays = (link: Element, ref: AccountRef): boolean => {
    const shown = link.querySelector(s.displayedAccount)?.textContent?.trim().replace(/^@/, '');
    if (!shown) return true;
    const [user = '', host = pageHost] = shown.split('@');
    const displayed = acctRef(user, host);
    return displayed.platform === ref.platform && displayed.handle?.toLowerCase() === ref.handle?.toLowerCase();
  };

  /** The profile the address names (`/@user`, `/@user@host`), if any. */
  const profile = pathValue(doc, (path) => {
    const match = ACCT_PATH.exec(path);
    return match && !match[3] ? acctRef(match[1]!, match[2] ?? pageHost) : null;
  });

  const readPost = (element: HTMLElement): MastodonPost => {
    if (element.matches(s.accountHeader)) {
      return { element, kind: 'profile', statusId: null, author: profile.value, time: null, reposter: null, quoted: null, authorLink: null, boostLink: null };
    }
    const authorLink = element.querySelector(s.displayName);
    const linked = acctOf(authorLink?.getAttribute('href') ?? null);
    // The link and the account it displays must name the same account: a link to someone else's
    // profile beside "@evil@evil.example" names nobody.
    const author = linked && displays(authorLink!, linked.ref) ? linked : null;
    const timeLink = element.querySelector(s.relativeTime) ?? element.querySelector(s.detailedTime);
    const statusId = element.getAttribute('data-id') ?? acctOf(timeLink?.getAttribute('href') ?? null)?.statusId ?? null;
    const datetime = Date.parse(timeLink?.querySelector(s.time)?.getAttribute('datetime') ?? '');
    // The boost row sits beside the post in its wrapper; only a row with the boost icon is a boost.
    const wrapper = element.parentElement?.closest(s.wrapper);
    const boost = wrapper?.querySelector(s.boostIcon) ? wrapper.querySelector(s.prepend) : null;
    const boostLink = boost?.querySelector(s.displayName) ?? null;
    return {
      element,
      kind: 'post',
      statusId,
      author: author?.ref ?? null,
      time: Number.isNaN(datetime) ? snowflakeTime(statusId) : datetime,
      reposter: acctOf(boostLink?.getAttribute('href') ?? null)?.ref ?? null,
      quoted: null,
      authorLink,
      boostLink,
    };
  };

  return {
    findPosts(root) {
      const posts = allIn(root, s.post);
      return profile.value ? [...posts, ...allIn(root, s.accountHeader)] : posts;
    },
    enclosingPost(node) {
      return enclosing(node, s.post) ?? enclosing(node, s.accountHeader);
    },
    readPost,
    // A single-page app: a new address may make a header this page's profile, or not.
    refresh: () => profile.refresh(),
    overlayAnchor(post, role: OverlayRole) {
      if (role === 'profile') return post.element.querySelector(s.accountHeaderName) ?? null;
      if (role === 'reposter') return post.boostLink?.closest(s.prepend) ?? null;
      if (role !== 'author' || !post.authorLink) return null;
      // After the author line (`.status__info`, or the detailed status's name link), above the text.
      return rowOf(post.authorLink, post.element);
    },
  };
}
