/**
 * Connects a site adapter, the matcher and the overlay. For each post element it decides which
 * annotations the post should carry and makes the DOM say exactly that: mounting, updating or
 * removing overlays and the public `data-precedent-*` marker. One annotator serves every site
 * (X, Bluesky, Mastodon, embeds); the site's adapter (src/sites/<site>/) reads its DOM.
 *
 * State is keyed by what the element shows (status id, author, reposter, quote), never by the node
 * alone: X and Bluesky recycle timeline cells, so one element can show many posts in turn.
 *
 * A post whose author may be tracked but is not yet known (the lookup asked the background) waits
 * among the pending posts (./pending-posts.ts) and is read again when the answer comes.
 */
import { PENDING, type AccountLookup } from '../matching/account-lookup';
import { mountAnnotation, type MountedAnnotation } from '../overlay/mount';
import { createPendingPosts } from './pending-posts';
import type { Display, Theme } from '../overlay/types';
import { isElement, type AccountRef, type OverlayRole, type SiteAdapter, type SitePost } from '../sites/site-adapter';
/** The public marker (README: "Public marker"). */
export const MARKER_ACCOUNT = 'data-precedent-account';
export const MARKER_ROLE = 'data-precedent-role';

interface Applied {
  key: string;
  mounts: MountedAnnotation[];
  /** Repaints of the mounts still waiting for their panel's detail (called when answers come). */
  awaitingDetail: Array<() => boolean>;
  marked: HTMLElement[];
  /** The account id each marked element was given. */
  markedAs: string[];
}

interface Wanted {
  role: OverlayRole;
  accountId: string;
  /** The element that carries the marker: the article, or the quote block. */
  target: HTMLElement;
  at: number;
  /** Key for remembering whether the panel is open, by post not by node. */
  stateKey: string;
  /** The minimal badge: the author's post on their own profile page (the header has the full one). */
  compact?: boolean;
}

export interface AnnotatorOptions {
  doc: Document;
  /** The site's adapter (src/sites/<site>/). */
  site: SiteAdapter;
  lookup: AccountLookup;
  theme: () => Theme;
  /** What the user chose to see (density, which roles); read on every pass. */
  display: () => Display;
  now?: () => number;
  /** Opens a view of the extension (account, clause) outside the page; absent in tests. */
  onOpenView?: (view: string) => void;
  /** Called with each post that failed; the page must never see the error. */
  onError?: (error: unknown) => void;
}

export interface Annotator {
  /** Re-read posts in and around these nodes. */
  process(added: Iterable<Node>, touched: Iterable<Node>): void;
  /** Re-read every post on the page (start-up, navigation, theme change). */
  processAll(): void;
  /** Repaint every overlay in the page's current theme. */
  refreshTheme(): void;
  /** Remove every overlay and marker, and stop listening for lookups. */
  teardown(): void;
  /** How many elements are annotated now (for tests and the benchmark). */
  size(): number;
  /** How many posts wait for the background's answer. */
  waiting(): number;
}

let nextPanelId = 0;

export const DEFAULT_DISPLAY: Display = { density: 'badge', show: { author: true, quoted: true, reposter: true } };

export function createAnnotator(options: AnnotatorOptions): Annotator {
  const { doc, lookup, site, display } = options;
  const now = options.now ?? Date.now;
  const applied = new Map<HTMLElement, Applied>();
  const openPanels = new Set<string>();
  const pending = createPendingPosts(lookup, (element) => processElement(element));
  // Overlays drawn from a summary whose detail has now come (or failed): repaint them. Few: only
  // the tracked posts on the page, and only those whose detail was missing.
  const stopDetail = lookup.onResolved(() => {
    for (const entry of applied.values()) if (entry.awaitingDetail.length > 0) entry.awaitingDetail = entry.awaitingDetail.filter((repaint) => !repaint());
  });

  const wantedFor = (post: SitePost): Wanted[] | typeof PENDING => {
    const wanted: Wanted[] = [];
    let unanswered = false;
    const match = (ref: AccountRef, at: number) => {
      const result = lookup.match({ ...ref, at });
      if (result === PENDING) unanswered = true;
      return result === PENDING ? null : result;
    };
    const at = post.time ?? now();
    const show = display().show;
    if (post.kind === 'profile') {
      // A profile header: the account as it stands now.
      const account = post.author && show.author ? match(post.author, at) : null;
      if (account) wanted.push({ role: 'profile', accountId: account.id, target: post.element, at, stateKey: `profile:${account.id}` });
      return unanswered ? PENDING : wanted;
    }
    const author = post.author ? match(post.author, at) : null;
    const postKey = post.statusId ?? `nostatus:${post.author?.handle ?? ''}`;
    const authorRole = post.claimed ? 'claimed' : 'author';
    if (author && show.author)
      wanted.push({ role: authorRole, accountId: author.id, target: post.element, at, stateKey: `${postKey}:${authorRole}`, compact: post.onOwnProfile === true && authorRole === 'author' });
    if (post.reposter && show.reposter) {
      // The repost's own date is not in the DOM: whoever holds the handle now reposted it.
      const repostAt = now();
      const reposter = match(post.reposter, repostAt);
      if (reposter)
        wanted.push({ role: 'reposter', accountId: reposter.id, target: post.element, at: repostAt, stateKey: `${postKey}:reposter:${reposter.id}` });
    }
    if (post.quoted?.author && show.quoted) {
      const qAt = post.quoted.time ?? at;
      const quoted = match(post.quoted.author, qAt);
      if (quoted)
        wanted.push({
          role: 'quoted',
          accountId: quoted.id,
          target: post.quoted.element,
          at: qAt,
          stateKey: `${postKey}:quoted:${post.quoted.statusId ?? post.quoted.author.handle ?? ''}`,
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

  const apply = (post: SitePost, wanted: Wanted[], key: string) => {
    const theme = options.theme();
    const mounts: MountedAnnotation[] = [];
    const marked: HTMLElement[] = [];
    const markedAs: string[] = [];
    const awaitingDetail: Array<() => boolean> = [];
    for (const want of wanted) {
      const summary = lookup.summary(want.accountId);
      const anchor = site.overlayAnchor(post, want.role);
      if (!summary || !anchor) continue;
      const id = want.accountId;
      // One marker per element: the author outranks the reposter on the same article (whatever the
      // page may have put there before: that is replaced).
      if (!marked.includes(want.target)) {
        want.target.setAttribute(MARKER_ACCOUNT, want.accountId);
        want.target.setAttribute(MARKER_ROLE, want.role);
        marked.push(want.target);
        markedAs.push(want.accountId);
      }
      const panelId = `precedent-panel-${nextPanelId++}`;
      const props = () => ({
        // The latest summary: the detail's, once it has come, carries the latest event's words.
        summary: lookup.summary(id) ?? summary,
        profile: lookup.profile(id),
        detailFailed: lookup.profileFailed(id),
        onWantDetail: () => lookup.requestProfile(id),
        records: lookup.records,
        role: want.role,
        at: want.at,
        open: openPanels.has(want.stateKey),
        density: display().density,
        compact: want.compact === true,
        onOpenView: options.onOpenView,
        panelId,
        onToggle: () => {
          if (openPanels.has(want.stateKey)) openPanels.delete(want.stateKey);
          else openPanels.add(want.stateKey);
          mount.update(props(), options.theme());
        },
      });
      const mount = mountAnnotation(anchor, props(), theme, site.placement);
      mounts.push(mount);
      if (!lookup.profile(id)) {
        awaitingDetail.push(() => {
          const settled = lookup.profile(id) !== null || lookup.profileFailed(id);
          if (settled) mount.update(props(), options.theme());
          return settled;
        });
        // At "summary" density the line under the badge shows the latest event's words: ask now.
        if (display().density === 'summary') lookup.requestProfile(id);
      }
    }
    applied.set(post.element, { key, mounts, marked, markedAs, awaitingDetail });
  };

  /** Markers the page put on a post (or its quote): nothing but Precedent carries them (README, "The public marker"). */
  const dropForeignMarkers = (element: HTMLElement | undefined) => {
    if (!element?.hasAttribute(MARKER_ACCOUNT) && !element?.hasAttribute(MARKER_ROLE)) return;
    for (const { marked } of applied.values()) if (marked.includes(element)) return;
    element.removeAttribute(MARKER_ACCOUNT);
    element.removeAttribute(MARKER_ROLE);
  };

  /** Whether the markers Precedent set are still as it set them (a page may have changed them). */
  const markersIntact = (entry: Applied) => entry.marked.every((target, index) => target.getAttribute(MARKER_ACCOUNT) === entry.markedAs[index]);

  const processElement = (element: HTMLElement) => {
    try {
      pending.waiting.delete(element);
      // Most posts: one author, a permalink, nothing else, and the index rules the author out.
      const simple = site.simpleAuthor?.(element) ?? null;
      if (simple !== null && !lookup.mightTrack(simple)) {
        clear(element);
        dropForeignMarkers(element);
        return;
      }
      const post = site.readPost(element);
      const wanted = wantedFor(post);
      if (wanted === PENDING) {
        // Whatever the element showed before is not what it shows now.
        clear(element);
        pending.waiting.add(element);
        return;
      }
      const key = JSON.stringify([
        post.kind,
        post.statusId,
        post.author,
        post.reposter,
        post.quoted?.author,
        post.quoted?.statusId,
        wanted.map((w) => `${w.role}:${w.accountId}${w.compact ? ':compact' : ''}`),
      ]);
      const previous = applied.get(element);
      // Overlays sit inside the post, or (embeds, profile headers) right beside it.
      const intact = previous?.mounts.every(
        (mount) => mount.host.isConnected && (element.contains(mount.host) || mount.host.parentNode === element.parentNode),
      );
      if (previous && previous.key === key && intact && markersIntact(previous)) return;
      clear(element);
      if (wanted.length > 0) apply(post, wanted, key);
      dropForeignMarkers(element);
      dropForeignMarkers(post.quoted?.element);
    } catch (error) {
      options.onError?.(error);
    }
  };

  const pruneDetached = () => {
    // An overlay beside a removed element (an embed replaced by its frame) goes with it. Deleting
    // the entry being visited is safe in a Map's iteration: no copy of the keys per batch.
    for (const element of applied.keys()) if (!element.isConnected) clear(element);
  };

  const processAll = () => {
    pruneDetached();
    site.findPosts(doc).forEach(processElement);
  };

  return {
    process(added, touched) {
      if (site.refresh?.(added)) return processAll();
      const elements = new Set<HTMLElement>();
      for (const node of added) {
        if (isElement(node)) site.findPosts(node).forEach((el) => elements.add(el));
      }
      for (const node of touched) {
        const post = site.enclosingPost(node);
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
      stopDetail();
      for (const element of [...applied.keys()]) clear(element);
      openPanels.clear();
    },
    size: () => applied.size,
    waiting: () => pending.waiting.size,
  };
}
