/**
 * Bluesky (bsky.app) adapter: feed and thread posts, reposts and quotes, and the profile header, as
 * plain records. The author is the handle Bluesky put in the post's test id (never the display
 * name); where the handle is `handle.invalid`, Bluesky links by DID instead and so does this.
 * Dates come from the record key (a TID), because the DOM has only localised ones.
 */
import { isDid } from '../../dataset/handles';
import { allIn, enclosing, pathValue, rowOf, type AccountRef, type OverlayRole, type SiteAdapter, type SitePost } from '../site-adapter';
import { cleanHandle } from './handle';
import { tidTime } from './tid';
import { blueskySelectors as s, POST_TESTID, POST_TESTID_ATTRIBUTE, PROFILE_HREF, QUOTE_LABEL } from './selectors';

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

function quoteOf(post: HTMLElement): HTMLElement | null {
  for (const block of post.querySelectorAll<HTMLElement>(s.quote)) if (block.closest(s.post) === post) return block;
  return null;
}

export interface BlueskyPost extends SitePost {
  authorLink: Element | null;
  repostLink: Element | null;
  /** The post's text, below which the author row ends. */
  text: Element | null;
}

export function createBlueskySite(doc: Document): SiteAdapter<BlueskyPost> {
  /** What the address shows: a profile (its handle or DID), or a thread's focal post (its author and rkey). */
  const page = pathValue(doc, (path) => {
    const match = PROFILE_HREF.exec(path);
    const who = match ? cleanHandle(decodeURIComponent(match[1]!)) : null;
    return { profile: match?.[2] ? null : who, thread: match?.[2] && who ? { author: who, rkey: match[2] } : null };
  });

  const readPost = (element: HTMLElement): BlueskyPost => {
    if (element.matches(s.profileHeader)) {
      return { element, kind: 'profile', statusId: null, author: refOf(page.value.profile), time: null, reposter: null, quoted: null, authorLink: null, repostLink: null, text: null };
    }
    const testidHandle = POST_TESTID.exec(element.getAttribute(POST_TESTID_ATTRIBUTE) ?? '')?.[1] ?? null;
    let author = cleanHandle(testidHandle);
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
    // Verified, the permalink's name is the author's already; unverified, it is the author's DID.
    if (permalink) author = permalink.name;
    // The author row: the time link (the permalink), else the last link to the author before the
    // text (the focal post's name block; the avatar's link comes first and sits in another column).
    const text = element.querySelector(s.text);
    // (A link to one of the author's posts would have been the permalink.)
    const authorLinks = own.filter((link) => link.name === author && (!text || precedes(link.link, text)));
    const authorLink = permalink?.link ?? authorLinks[authorLinks.length - 1]?.link ?? null;
    // The repost row comes first and links to the reposter; a row linking to a feed is not a person.
    // It is a row of its own (not the author's row, not the text's), and Bluesky labels its link
    // ("Reposted by <name>"): a bare profile link placed above the author is not a repost.
    const first = own[0];
    const ownRow = (link: Element) => {
      const row = rowOf(link, element);
      return !(authorLink && row.contains(authorLink)) && !(text && row.contains(text));
    };
    const repostLink =
      // `first` is the post's first link, so it precedes the author's link whenever it is not that link.
      first && first.name !== author && first.rkey === null && authorLink && first.link.hasAttribute('aria-label') && ownRow(first.link)
        ? first
        : null;
    // The focal post of a thread links to nothing of its own: its rkey is the page's.
    let rkey = permalink?.rkey ?? null;
    if (rkey === null && page.value.thread?.author === author) rkey = page.value.thread.rkey;
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
      text,
    };
  };

  return {
    findPosts(root) {
      const posts = allIn(root, s.post);
      return page.value.profile ? [...posts, ...allIn(root, s.profileHeader)] : posts;
    },
    enclosingPost(node) {
      return enclosing(node, s.post) ?? (page.value.profile ? enclosing(node, s.profileHeader) : null);
    },
    readPost,
    // A single-page app: a new address may make a header this page's profile, or not.
    refresh: () => page.refresh(),
    overlayAnchor(post, role: OverlayRole) {
      if (role === 'profile') return post.element;
      if (role === 'quoted') return post.quoted ? rowOf(post.quoted.element.firstElementChild ?? post.quoted.element, post.quoted.element) : null;
      if (role === 'reposter') return post.repostLink ? rowOf(post.repostLink, post.element) : null;
      return post.authorLink ? rowOf(post.authorLink, post.element, post.text ? [post.text] : []) : null;
    },
  };
}

function readQuote(quote: HTMLElement): SitePost['quoted'] {
  // Newer builds: the label names the handle and nothing inside links; older ones link the quote's post.
  const label = QUOTE_LABEL.exec(quote.getAttribute('aria-label') ?? '')?.[1];
  const labelled = cleanHandle(label);
  // Never a link inside the quoted post's own text: its author may link anyone's post.
  const quotedText = quote.querySelector(s.text);
  const linked =
    [...quote.querySelectorAll(s.profileLink)]
      .filter((link) => !quotedText?.contains(link))
      .map(readLink)
      .find((link) => link?.rkey) ?? null;
  // A label that names no valid handle: only `handle.invalid` falls back, and then only to a DID link.
  const fallback = label === undefined ? linked : label === INVALID_HANDLE && linked && isDid(linked.name) ? linked : null;
  const name = labelled ?? fallback?.name ?? null;
  const rkey = linked && linked.name === name ? linked.rkey : null;
  return { element: quote, author: refOf(name), statusId: rkey, time: rkey ? tidTime(rkey) : null };
}

function precedes(a: Element, b: Element): boolean {
  return (a.compareDocumentPosition(b) & 4) !== 0; // Node.DOCUMENT_POSITION_FOLLOWING (never for a itself)
}
