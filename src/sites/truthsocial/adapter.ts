/**
 * Truth Social adapter (truthsocial.com's Soapbox-derived web app): posts, "ReTruths" (reposts)
 * and the author of each. The author is the user in the post's own permalink (`/@user/posts/<id>`),
 * which Soapbox builds from the original post's account, so a repost names its original author;
 * the repost row is the one profile link that comes before the author's.
 */
import { acctRef, snowflakeTime } from '../mastodon/accounts';
import { allIn, enclosing, rowOf, type OverlayRole, type SiteAdapter, type SitePost } from '../site-adapter';
import { TRUTH_PATH, truthSocialSelectors as s } from './selectors';

interface TruthPost extends SitePost {
  permalink: Element | null;
  repostLink: Element | null;
}

interface Link {
  link: Element;
  user: string;
  host: string | null;
  postId: string | null;
}

export function createTruthSocialSite(doc: Document): SiteAdapter<TruthPost> {
  const pageHost = doc.location.host;
  const pageOrigin = doc.location.origin;
  /** A link's path when it points into this server, written relative or absolute; null for any other. */
  const ownPath = (href: string): string | null => {
    try {
      const url = new URL(href, pageOrigin);
      return url.origin === pageOrigin ? url.pathname : null;
    } catch {
      return null;
    }
  };
  const links = (element: HTMLElement): Link[] =>
    [...element.querySelectorAll(s.link)]
      .filter((link) => link.closest(s.post) === element)
      .map((link) => {
        // Links are found by `a[href]`; an empty href is the page itself, which is no account.
        const match = TRUTH_PATH.exec(ownPath(link.getAttribute('href') ?? '') ?? '');
        return match ? { link, user: match[1]!, host: match[2] ?? null, postId: match[3] ?? null } : null;
      })
      .filter((link): link is Link => link !== null);

  return {
    findPosts: (root) => allIn(root, s.post),
    enclosingPost: (node) => enclosing(node, s.post),
    readPost(element): TruthPost {
      const all = links(element);
      // The post's own permalink holds its time (Soapbox's status header); a quoted post's does not.
      const permalink = all.find((link) => link.postId !== null && link.link.querySelector(s.time)) ?? all.find((link) => link.postId !== null) ?? null;
      const same = (a: Link, b: Link) => a.user.toLowerCase() === b.user.toLowerCase() && a.host === b.host;
      const first = all[0];
      // The repost row comes before the author's own links, in the ReTruth row (StatusInfo): a
      // "Replying to @…" link placed first is a mention, not a ReTruth.
      const repost =
        // (A first link with a post id is no repost row, and that covers the permalink itself.)
        first && permalink && first.postId === null && !same(first, permalink) && first.link.closest(s.repostRow) ? first : null;
      const datetime = Date.parse(permalink?.link.querySelector(s.time)?.getAttribute('datetime') ?? '');
      return {
        element,
        kind: 'post',
        statusId: permalink?.postId ?? null,
        author: permalink ? acctRef(permalink.user, permalink.host ?? pageHost) : null,
        time: Number.isNaN(datetime) ? snowflakeTime(permalink?.postId ?? null) : datetime,
        reposter: repost ? acctRef(repost.user, repost.host ?? pageHost) : null,
        quoted: null,
        permalink: permalink?.link ?? null,
        repostLink: repost?.link ?? null,
      };
    },
    overlayAnchor(post, role: OverlayRole) {
      const start = role === 'reposter' ? post.repostLink : role === 'author' ? post.permalink : null;
      if (!start) return null;
      // Up to the row that holds the link but not the post text.
      const content = post.element.querySelector(s.content);
      return rowOf(start, post.element, content ? [content] : []);
    },
  };
}
