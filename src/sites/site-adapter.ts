/**
 * What every site adapter gives the annotator (src/content/annotator.ts): the posts on a page as
 * plain records, and where an overlay may go. An adapter knows its site's DOM and nothing of the
 * dataset or the overlay; the annotator knows neither site nor DOM layout.
 */
import type { PLATFORMS } from '../dataset/vocabulary';

type Platform = (typeof PLATFORMS)[number];

/** A page's theme as a site's theme reader tells it (X's three: light, dim, "lights out"); the overlay matches it. */
export type Theme = 'light' | 'dim' | 'dark';

/**
 * Which line an overlay annotates: a post's author, a quoted post, a repost row, a profile header,
 * or `claimed`: an author only the page's own text names (an embed the platform has not rendered).
 */
export type OverlayRole = 'author' | 'quoted' | 'reposter' | 'profile' | 'claimed';

/** An account as a page names it: never trusted beyond what the matcher checks. */
export interface AccountRef {
  platform: Platform;
  handle: string | null;
  /** The platform's own id when the page exposes it (X's numeric id, a Bluesky DID). */
  userId?: string | null;
}

export interface QuotedRef {
  /** The quote block, which Precedent marks and annotates. */
  element: HTMLElement;
  author: AccountRef | null;
  statusId: string | null;
  /** Epoch ms; null when the page does not say. */
  time: number | null;
}

export interface SitePost {
  element: HTMLElement;
  /** "profile": a profile page's header, annotated with the account's record as of now. */
  kind: 'post' | 'profile';
  statusId: string | null;
  author: AccountRef | null;
  /** Epoch ms of the post; null when the page does not say (the annotator uses now). */
  time: number | null;
  /**
   * True when the author is the page's own claim, not the platform's rendering (a publisher's
   * unrendered embed: X ignores the handle in a status link, and anyone can write one). Badged as
   * such, never as the post's author.
   */
  claimed?: boolean;
  /** Who reposted (boosted) it, from the repost row. */
  reposter: AccountRef | null;
  quoted: QuotedRef | null;
  /**
   * True on the author's own profile page, where the header already carries the full badge: the
   * post's badge is the minimal one (icon and count), not the same long line on every post.
   */
  onOwnProfile?: boolean;
}

export interface SiteAdapter<Post extends SitePost = SitePost> {
  /**
   * Post elements in or under `root`. The post `root` sits in may be left out (X's adapter does): the
   * batch observer hands the annotator each added node's parent as touched, and `enclosingPost` finds
   * that post once per parent.
   */
  findPosts(root: Element | Document): HTMLElement[];
  /** The post an in-place change belongs to. */
  enclosingPost(node: Node): HTMLElement | null;
  /**
   * The author when that is all the post can name (no repost row, no quote): lets the annotator
   * settle most posts from the index alone. Null means "read the whole post".
   */
  simpleAuthor?(element: HTMLElement): AccountRef | null;
  /** Reads one post. Never throws on odd markup; unreadable parts come back null. */
  readPost(element: HTMLElement): Post;
  /** The element an overlay for `role` is inserted after (or into, see `placement`), or null when there is none. */
  overlayAnchor(post: Post, role: OverlayRole): Element | null;
  /** "after" (default): the overlay follows the anchor. "prepend": it is the anchor's first child (embed frames). */
  placement?: 'after' | 'prepend';
  /**
   * Whether a change to this text node matters (it may change who a post names). Most text changes do
   * not (timestamps, counts, a video's clock), so adapters say which do; without it none are watched.
   */
  textMatters?(node: Node): boolean;
  /**
   * Called with each batch's added nodes before the posts are read (X: the profile's user id,
   * which renders late). True means page-wide context changed: every post is read again.
   */
  refresh?(added: Iterable<Node>): boolean;
}

/** nodeType, not `instanceof`: nodes can come from another realm (a test window, a frame). */
export function isElement(node: Node | Document): node is Element {
  return node.nodeType === 1;
}

/** Epoch ms of an ISO date string, or null. */
export function epochOf(iso: string | null | undefined): number | null {
  const time = Date.parse(iso ?? ''); // an empty or missing date parses as NaN
  return Number.isNaN(time) ? null : time;
}

/**
 * Elements matching `selector` in or under `root`, and the one `root` sits in (a change inside a
 * post hands the annotator a node within it): what every adapter's `findPosts` needs.
 */
export function allIn(root: Element | Document, selector: string): HTMLElement[] {
  const found = [...root.querySelectorAll<HTMLElement>(selector)];
  const enclosing = isElement(root) ? root.closest<HTMLElement>(selector) : null;
  if (enclosing) found.unshift(enclosing);
  return found;
}

/** The element matching `selector` that holds `node` (a text node's parent counts), or null. */
export function enclosing(node: Node, selector: string): HTMLElement | null {
  const element = isElement(node) ? node : node.parentElement;
  return element?.closest<HTMLElement>(selector) ?? null;
}

/**
 * Where an overlay goes: walking up from `anchor`, the child of `scope` (or of the first ancestor
 * that also holds one of the `landmarks`: the text, media, action bar) that holds it. The overlay
 * is inserted after that row, so it sits right below the line it annotates.
 */
export function rowOf(anchor: Element, scope: Element, landmarks: readonly Element[] = []): Element {
  let node = anchor;
  while (node.parentElement && node !== scope) {
    const parent: Element = node.parentElement;
    if (parent === scope || landmarks.some((mark) => parent.contains(mark) && !node.contains(mark))) return node;
    node = parent;
  }
  return anchor;
}

/**
 * A value derived from the page's path, re-derived only when the path changes: adapters call
 * `refresh` once per batch (single-page apps change address without reloading), never per added
 * node, since reading `location` crosses into the browser.
 */
export function pathValue<T>(doc: Document, derive: (pathname: string) => T): { value: T; refresh(): boolean } {
  let path = doc.location.pathname;
  const state = {
    value: derive(path),
    refresh() {
      const next = doc.location.pathname;
      if (next === path) return false;
      path = next;
      state.value = derive(path);
      return true;
    },
  };
  return state;
}
