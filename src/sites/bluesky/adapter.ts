/**
 * Bluesky (bsky.app) adapter: feed and thread posts, reposts and quotes, and the profile header, as
 * plain records. The author is the handle Bluesky put in the post's test id (never the display
 * name); where the handle is `handle.invalid`, Bluesky links by DID instead and so does this.
 * Dates come from the record key (a TID), because the DOM has only localised ones.
 */
import { isDid, normaliseHandle } from '../../matching/handles';
import type { Theme } from '../../overlay/types';
import { isElement, type AccountRef, type OverlayRole, type SiteAdapter, type SitePost } from '../site-adapter';
import { tidTime } from './tid';
import { BIDI_MARKS, blueskySelectors as s, POST_TESTID, POST_TESTID_ATTRIBUTE, PROFILE_HREF, QUOTE_LABEL, THEME_CLASS } from './selectors';

/** A handle or DID as Bluesky printed it, without its bidi wrapping; null if it is neither. */
export function cleanHandle(raw: string | null | undefined): string | null {
  const text = (raw ?? '').replace(BIDI_MARKS, '').trim().replace(/^@/, '').toLowerCase();
  if (isDid(text)) return text;
  return normaliseHandle(text, 'bluesky');
}

/** What Bluesky puts in place of a handle that failed verification. */
const INVALID_HANDLE = 'handle.invalid';

const refOf = (name: string | null): AccountRef | null =>
  name === null ? null : isDid(name) ? { platform: 'bluesky', handle: null, userId: name } : { platform: 'bluesky', handle: name };

interface ProfileLink {
  link: Element;
  name: string;
  rkey: string | null;
}

function readLink(link: Element): ProfileLink | null {
  const match = PROFILE_HREF.exec(link.getAttribute('href') ?? '');
  const name = match ? cleanHandle(decodeURIComponent(match[1]!)) : null;
  return name ? { link, name, rkey: match![2] ?? null } : null;
}

function postAuthor(element: Element): string | null {
  const suffix = POST_TESTID.exec(element.getAttribute(POST_TESTID_ATTRIBUTE) ?? '')?.[1] ?? null;
  return suffix === null ? null : cleanHandle(suffix);
}

function quoteOf(post: HTMLElement): HTMLElement | null {
  for (const block of post.querySelectorAll<HTMLElement>(s.quote)) if (block.closest(s.post) === post) return block;
  return null;
}

export interface BlueskyPost extends SitePost {
  authorLink: Element | null;
  repostLink: Element | null;
}

export function createBlueskySite(doc: Document): SiteAdapter<BlueskyPost> {
  /** The address, read once per batch (refresh), not per added node: reading `location` crosses into the browser. */
  let path = '';
  let profile: string | null = null;
  const readAddress = () => {
    const next = doc.location?.pathname ?? '';
    if (next === path) return false;
    path = next;
    const match = PROFILE_HREF.exec(path);
    profile = match && !match[2] ? cleanHandle(decodeURIComponent(match[1]!)) : null;
    return true;
  };
  readAddress();
  const profilePage = () => profile;

  const readPost = (element: HTMLElement): BlueskyPost => {
    if (element.matches(s.profileHeader)) {
      return { element, kind: 'profile', statusId: null, author: refOf(profilePage()), time: null, reposter: null, quoted: null, authorLink: null, repostLink: null };
    }
    const testidHandle = POST_TESTID.exec(element.getAttribute(POST_TESTID_ATTRIBUTE) ?? '')?.[1] ?? null;
    let author = postAuthor(element);
    const quote = quoteOf(element);
    const own = [...element.querySelectorAll(s.profileLink)]
      .filter((link) => link.closest(s.post) === element && !quote?.contains(link))
      .map(readLink)
      .filter((link): link is ProfileLink => link !== null);
    // `handle.invalid` (a handle that failed verification): Bluesky links the post by its author's
    // DID instead, and only then is the permalink's DID the author. Any other unreadable test id
    // names nobody, whatever the links say.
    const unverified = testidHandle === INVALID_HANDLE;
    const permalink = own.find((link) => link.rkey !== null && (unverified ? isDid(link.name) : link.name === author));
    if (author === null && unverified && permalink) author = permalink.name;
    // The author row: the time link (the permalink), else the last link to the author before the
    // text (the focal post's name block; the avatar's link comes first and sits in another column).
    const text = element.querySelector(s.text);
    const authorLinks = own.filter((link) => link.name === author && link.rkey === null && (!text || precedes(link.link, text)));
    const authorLink = permalink?.link ?? authorLinks[authorLinks.length - 1]?.link ?? null;
    // The repost row comes first and links to the reposter; a row linking to a feed is not a person.
    const first = own[0];
    const repostLink = first && first.name !== author && first.rkey === null && authorLink && precedes(first.link, authorLink) ? first : null;
    // The focal post of a thread links to nothing of its own: its rkey is the page's.
    let rkey = permalink?.rkey ?? null;
    if (rkey === null) {
      const page = PROFILE_HREF.exec(path);
      if (page?.[2] && cleanHandle(decodeURIComponent(page[1]!)) === author) rkey = page[2];
    }
    return {
      element,
      kind: 'post',
      statusId: rkey,
      author: refOf(author),
      time: rkey ? tidTime(rkey) : null,
      reposter: repostLink ? refOf(repostLink.name) : null,
      quoted: quote && readQuote(quote),
      authorLink,
      repostLink: repostLink?.link ?? null,
    };
  };

  return {
    findPosts(root) {
      const found = [...root.querySelectorAll<HTMLElement>(s.post)];
      const enclosing = isElement(root) ? root.closest<HTMLElement>(s.post) : null;
      if (enclosing) found.unshift(enclosing);
      if (profilePage()) {
        found.push(...root.querySelectorAll<HTMLElement>(s.profileHeader));
        if (isElement(root) && root.matches(s.profileHeader)) found.push(root as HTMLElement);
      }
      return found;
    },
    enclosingPost(node) {
      const element = isElement(node) ? node : node.parentElement;
      return element?.closest<HTMLElement>(s.post) ?? (profilePage() ? (element?.closest<HTMLElement>(s.profileHeader) ?? null) : null);
    },
    readPost,
    // A single-page app: a new address may make a header this page's profile, or not.
    refresh: () => readAddress(),
    overlayAnchor(post, role: OverlayRole) {
      if (role === 'profile') return post.element;
      if (role === 'quoted') return post.quoted ? rowOf(post.quoted.element.firstElementChild ?? post.quoted.element, post.quoted.element) : null;
      if (role === 'reposter') return post.repostLink ? rowOf(post.repostLink, post.element) : null;
      return post.authorLink ? rowOf(post.authorLink, post.element, post.element.querySelector(s.text)) : null;
    },
  };
}

function readQuote(quote: HTMLElement): SitePost['quoted'] {
  // Newer builds: the label names the handle and nothing inside links; older ones link the quote's post.
  const labelled = cleanHandle(QUOTE_LABEL.exec(quote.getAttribute('aria-label') ?? '')?.[1]);
  const linked = [...quote.querySelectorAll(s.profileLink)].map(readLink).find((link) => link?.rkey) ?? null;
  const name = labelled ?? linked?.name ?? null;
  const rkey = linked && linked.name === name ? linked.rkey : null;
  return { element: quote, author: refOf(name), statusId: rkey, time: rkey ? tidTime(rkey) : null };
}

function precedes(a: Element, b: Element): boolean {
  return a !== b && (a.compareDocumentPosition(b) & 4) !== 0; // Node.DOCUMENT_POSITION_FOLLOWING
}

/** The child of `scope` (or of the nearest ancestor holding `landmark`) that holds `anchor`: the overlay goes after that row. */
function rowOf(anchor: Element, scope: Element, landmark?: Element | null): Element {
  let node = anchor;
  while (node.parentElement && node.parentElement !== scope) {
    if (landmark && node.parentElement.contains(landmark) && !node.contains(landmark)) return node;
    node = node.parentElement;
  }
  return node;
}

export function readBlueskyTheme(doc: Document): Theme {
  const match = THEME_CLASS.exec(doc.documentElement.className);
  return (match?.[1] as Theme | undefined) ?? 'light';
}
