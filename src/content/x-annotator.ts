/**
 * Connects the X adapter, the matcher and the overlay. For each post element it decides which
 * annotations the post should carry and makes the DOM say exactly that: mounting, updating or
 * removing overlays and the public `data-precedent-*` marker.
 *
 * State is keyed by what the element shows (status id, author, reposter, quote), never by the node
 * alone: X recycles timeline cells, so one <article> can show many posts in turn.
 *
 * A post whose author may be tracked but is not yet known (the lookup asked the background) waits
 * among the pending posts (./pending-posts.ts) and is read again when the answer comes.
 */
import { PENDING, type AccountLookup } from '../matching/account-lookup';
import { mountAnnotation, type MountedAnnotation } from '../overlay/mount';
import { createPendingPosts } from './pending-posts';
import type { Display } from '../overlay/types';
import type { Theme } from '../overlay/types';
import {
  enclosingPost,
  findPostElements,
  isElement,
  isProfilePath,
  overlayAnchor,
  readPost,
  readProfileIdentity,
  simplePostAuthor,
  type OverlayRole,
  type XPost,
} from '../sites/x/adapter';

/** The public marker (README: "Public marker"). */
export const MARKER_ACCOUNT = 'data-precedent-account';
export const MARKER_ROLE = 'data-precedent-role';

interface Applied {
  key: string;
  mounts: MountedAnnotation[];
  marked: HTMLElement[];
}

interface Wanted {
  role: OverlayRole;
  accountId: string;
  /** The element that carries the marker: the article, or the quote block. */
  target: HTMLElement;
  at: number;
  /** Key for remembering whether the panel is open, by post not by node. */
  stateKey: string;
}

export interface AnnotatorOptions {
  doc: Document;
  lookup: AccountLookup;
  theme: () => Theme;
  /** What the user chose to see (density, which roles); read on every pass. */
  display?: () => Display;
  now?: () => number;
  /** Opens a view of the extension (account, clause) outside the page; absent in tests. */
  onOpenView?: (view: string) => void;
  /** Called with each post that failed; the page must never see the error. */
  onError?: (error: unknown) => void;
}

export interface Annotator {
  /** Re-read posts in and around these nodes. */
  process(added: Iterable<Node>, touched?: Iterable<Node>): void;
  /** Re-read every post on the page (start-up, navigation, theme change). */
  processAll(): void;
  /** Repaint every overlay in the page's current theme. */
  refreshTheme(): void;
  /** Remove every overlay and marker, and stop listening for lookups. */
  teardown(): void;
  /** How many elements are annotated now (for tests and the benchmark). */
  size(): number;
}

let nextPanelId = 0;

export const DEFAULT_DISPLAY: Display = { density: 'badge', show: { author: true, quoted: true, reposter: true } };

export function createXAnnotator(options: AnnotatorOptions): Annotator {
  const { doc, lookup } = options;
  const now = options.now ?? Date.now;
  const display = options.display ?? (() => DEFAULT_DISPLAY);
  const applied = new Map<HTMLElement, Applied>();
  const openPanels = new Set<string>();
  const pending = createPendingPosts(lookup, (element) => processElement(element));
  let identity = readProfileIdentity(doc);
  let identityHref = doc.location?.href;

  /** The page's user id for this handle, when the page is that account's profile. */
  const userIdFor = (handle: string | null) => (identity && handle?.toLowerCase() === identity.handle.toLowerCase() ? identity.userId : null);

  const wantedFor = (post: XPost): Wanted[] | typeof PENDING => {
    const wanted: Wanted[] = [];
    let unanswered = false;
    const match = (ref: Parameters<AccountLookup['match']>[0]) => {
      const result = lookup.match(ref);
      if (result === PENDING) unanswered = true;
      return result === PENDING ? null : result;
    };
    const postAt = post.time ? Date.parse(post.time) : NaN;
    const at = Number.isNaN(postAt) ? now() : postAt;
    const author = match({ platform: 'x', handle: post.author, userId: userIdFor(post.author), at });
    const postKey = post.statusId ?? `nostatus:${post.author ?? ''}`;
    const show = display().show;
    if (author && show.author) wanted.push({ role: 'author', accountId: author.id, target: post.element, at, stateKey: `${postKey}:author` });
    if (post.retweeter && show.reposter) {
      // The repost's own date is not in the DOM: whoever holds the handle now reposted it.
      const repostAt = now();
      const reposter = match({ platform: 'x', handle: post.retweeter, at: repostAt });
      if (reposter)
        wanted.push({ role: 'reposter', accountId: reposter.id, target: post.element, at: repostAt, stateKey: `${postKey}:reposter:${reposter.id}` });
    }
    if (post.quoted && show.quoted) {
      const quotedAt = post.quoted.time ? Date.parse(post.quoted.time) : NaN;
      const qAt = Number.isNaN(quotedAt) ? at : quotedAt;
      const quoted = match({ platform: 'x', handle: post.quoted.author, at: qAt });
      if (quoted)
        wanted.push({
          role: 'quoted',
          accountId: quoted.id,
          target: post.quoted.element,
          at: qAt,
          stateKey: `${postKey}:quoted:${post.quoted.statusId ?? post.quoted.author ?? ''}`,
        });
    }
    return unanswered ? PENDING : wanted;
  };

  const clear = (element: HTMLElement) => {
    const previous = applied.get(element);
    if (!previous) return;
    previous.mounts.forEach((mount) => mount.remove());
    for (const target of previous.marked) {
      target.removeAttribute(MARKER_ACCOUNT);
      target.removeAttribute(MARKER_ROLE);
    }
    applied.delete(element);
  };

  const apply = (post: XPost, wanted: Wanted[], key: string) => {
    const theme = options.theme();
    const mounts: MountedAnnotation[] = [];
    const marked: HTMLElement[] = [];
    for (const want of wanted) {
      const profile = lookup.profile(want.accountId);
      const anchor = overlayAnchor(post, want.role);
      if (!profile || !anchor) continue;
      // One marker per element: the author outranks the reposter on the same article.
      if (!want.target.hasAttribute(MARKER_ACCOUNT)) {
        want.target.setAttribute(MARKER_ACCOUNT, want.accountId);
        want.target.setAttribute(MARKER_ROLE, want.role);
        marked.push(want.target);
      }
      const panelId = `precedent-panel-${nextPanelId++}`;
      const props = () => ({
        profile,
        records: lookup.records,
        role: want.role,
        at: want.at,
        open: openPanels.has(want.stateKey),
        density: display().density,
        onOpenView: options.onOpenView,
        panelId,
        onToggle: () => {
          if (openPanels.has(want.stateKey)) openPanels.delete(want.stateKey);
          else openPanels.add(want.stateKey);
          mount.update(props(), options.theme());
        },
      });
      const mount = mountAnnotation(anchor, props(), theme);
      mounts.push(mount);
    }
    applied.set(post.element, { key, mounts, marked });
  };

  const processElement = (element: HTMLElement) => {
    try {
      pending.waiting.delete(element);
      // Most posts: one author, a permalink, nothing else, and the index rules the author out.
      const simple = simplePostAuthor(element);
      if (simple !== null && !lookup.mightTrack({ platform: 'x', handle: simple, userId: userIdFor(simple) })) {
        clear(element);
        return;
      }
      const post = readPost(element);
      const wanted = wantedFor(post);
      if (wanted === PENDING) {
        // Whatever the element showed before is not what it shows now.
        clear(element);
        pending.waiting.add(element);
        return;
      }
      const key = JSON.stringify([
        post.statusId,
        post.author,
        post.retweeter,
        post.quoted?.author,
        post.quoted?.statusId,
        wanted.map((w) => `${w.role}:${w.accountId}`),
      ]);
      const previous = applied.get(element);
      const intact = previous?.mounts.every((mount) => mount.host.isConnected && element.contains(mount.host));
      if (previous && previous.key === key && intact) return;
      clear(element);
      if (wanted.length > 0) apply(post, wanted, key);
    } catch (error) {
      options.onError?.(error);
    }
  };

  /**
   * The page's user id (profile JSON-LD) changes with navigation and may render after the posts.
   * It is read from the document once per navigation; while on a profile page without one, it is
   * looked for in the added subtrees only (never the whole document per batch). Returns whether it
   * changed.
   */
  /** On a profile page whose user id has not rendered yet: look for it in what gets added. */
  let awaitingIdentity = !identity && isProfilePath(doc.location?.pathname ?? '');
  const refreshIdentity = (added: Iterable<Node>) => {
    const href = doc.location?.href;
    const navigated = href !== identityHref;
    identityHref = href;
    let next = identity;
    if (navigated) next = readProfileIdentity(doc);
    else if (awaitingIdentity) {
      for (const node of added) {
        next = isElement(node) ? readProfileIdentity(node) : null;
        if (next) break;
      }
    } else return false;
    awaitingIdentity = !next && isProfilePath(doc.location?.pathname ?? '');
    const changed = next?.userId !== identity?.userId || next?.handle !== identity?.handle;
    identity = next;
    return changed;
  };

  const pruneDetached = () => {
    for (const element of applied.keys()) if (!element.isConnected) applied.delete(element);
  };


  const processAll = () => {
    pruneDetached();
    findPostElements(doc).forEach(processElement);
  };

  return {
    process(added, touched = []) {
      if (refreshIdentity(added)) return processAll();
      const elements = new Set<HTMLElement>();
      for (const node of added) {
        if (isElement(node)) findPostElements(node).forEach((el) => elements.add(el));
      }
      for (const node of touched) {
        const post = enclosingPost(node);
        if (post) elements.add(post);
      }
      elements.forEach(processElement);
      if (applied.size > 0) pruneDetached();
    },
    processAll,
    refreshTheme() {
      const theme = options.theme();
      for (const { mounts } of applied.values()) mounts.forEach((mount) => mount.setTheme(theme));
    },
    teardown() {
      pending.stop();
      for (const element of [...applied.keys()]) clear(element);
      openPanels.clear();
    },
    size: () => applied.size,
  };
}
