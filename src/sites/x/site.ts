/**
 * X as the annotator sees it (src/sites/site-adapter.ts): posts on every X host (x.com, the
 * mobile hosts, X Pro's columns) and, on a profile page, the profile header. The page's numeric
 * user id (profile JSON-LD) is read once per navigation and lent to the posts and header of that
 * profile's handle, so a handle that changed hands is told apart by id.
 */
import { epochOf, isElement, type AccountRef, type OverlayRole, type SiteAdapter, type SitePost } from '../site-adapter';
import {
  enclosingPost,
  enclosingProfileHeader,
  findPostElements,
  findProfileHeaders,
  isProfilePath,
  overlayAnchor,
  readPost,
  readProfileHeader,
  readProfileIdentity,
  simplePostAuthor,
  type XPost,
} from './adapter';
import { PROFILE_PATH } from './selectors';

export interface XSitePost extends SitePost {
  /** The X reading of the post (null for a profile header). */
  x: XPost | null;
}

export function createXSite(doc: Document): SiteAdapter<XSitePost> {
  /**
   * The handle of the profile the address shows (lowercase), or null away from a profile page. Read
   * when the address changes (refresh, once per batch), not per added node: reading `location`
   * crosses into the browser.
   */
  let profileHandle = profileHandleAt(doc.location.pathname);
  /**
   * The profile JSON-LD, but only while it names the profile the address shows: X changes the address
   * before it renders the next profile, so a JSON-LD read then is still the previous profile's.
   */
  const identityFor = (root: Document | Element) => {
    const read = readProfileIdentity(root);
    return read && read.handle.toLowerCase() === profileHandle ? read : null;
  };
  let identity = identityFor(doc);
  let identityHref = doc.URL;
  /** On a profile page whose user id has not rendered yet: look for it in what gets added. */
  let awaitingIdentity = !identity && profileHandle !== null;

  /** The page's user id for this handle, when the page is that account's profile. */
  const ref = (handle: string | null): AccountRef | null =>
    handle === null
      ? null
      : { platform: 'x', handle, userId: identity && handle.toLowerCase() === identity.handle.toLowerCase() ? identity.userId : null };

  /** Profile headers handed to the annotator: told from posts without a selector match per post. */
  const headers = new WeakSet<Element>();
  const remember = <T extends HTMLElement | null>(element: T): T => {
    if (element) headers.add(element);
    return element;
  };

  return {
    findPosts(root) {
      const posts = findPostElements(root);
      return profileHandle !== null ? [...posts, ...findProfileHeaders(root).map(remember)] : posts;
    },
    enclosingPost(node) {
      return enclosingPost(node) ?? (profileHandle !== null ? remember(enclosingProfileHeader(node)) : null);
    },
    simpleAuthor(element) {
      if (headers.has(element)) return null;
      return ref(simplePostAuthor(element));
    },
    readPost(element) {
      if (headers.has(element)) {
        const handle = readProfileHeader(element, doc.location.pathname);
        // The JSON-LD, when rendered, must name the same account as the header and the path.
        const agrees = !identity || (handle !== null && identity.handle.toLowerCase() === handle.toLowerCase());
        return { element, kind: 'profile', statusId: null, author: agrees ? ref(handle) : null, time: null, reposter: null, quoted: null, x: null };
      }
      const post = readPost(element);
      return {
        element,
        kind: 'post',
        statusId: post.statusId,
        author: ref(post.author),
        time: epochOf(post.time),
        reposter: post.retweeter === null ? null : { platform: 'x', handle: post.retweeter },
        quoted: post.quoted && {
          element: post.quoted.element,
          author: post.quoted.author === null ? null : { platform: 'x', handle: post.quoted.author },
          statusId: post.quoted.statusId,
          time: epochOf(post.quoted.time),
        },
        x: post,
        onOwnProfile: post.author !== null && post.author.toLowerCase() === profileHandle,
      };
    },
    // A profile header X reuses for the next profile may change only its text nodes.
    textMatters: (node) => profileHandle !== null && enclosingProfileHeader(node) !== null,
    overlayAnchor(post, role: OverlayRole) {
      if (role === 'profile') return post.element;
      return post.x ? overlayAnchor(post.x, role) : null;
    },
    refresh(added) {
      // The address, read once per batch: `document.URL` is the same string as `location.href`
      // without the Location object's access check on every read.
      const href = doc.URL;
      const navigated = href !== identityHref;
      identityHref = href;
      let next = identity;
      if (navigated) {
        profileHandle = profileHandleAt(doc.location.pathname);
        next = identityFor(doc);
      } else if (awaitingIdentity) {
        for (const node of added) {
          // The JSON-LD script added whole, or its text replaced inside it.
          const element = isElement(node) ? node : node.parentElement;
          next = element ? identityFor(element) : null;
          if (next) break;
        }
      } else return false;
      awaitingIdentity = !next && profileHandle !== null;
      // Without navigation only an awaited id can change it: from none to the one found.
      const changed = navigated || next !== identity;
      identity = next;
      return changed;
    },
  };
}

function profileHandleAt(pathname: string): string | null {
  // isProfilePath has matched PROFILE_PATH, whose one group is not optional.
  return isProfilePath(pathname) ? PROFILE_PATH.exec(pathname)![1]!.toLowerCase() : null;
}
