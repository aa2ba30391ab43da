/**
 * X site adapter: turns X's DOM into plain post records and says where an overlay may be placed.
 * Knows nothing of the dataset or the overlay. Both the 2021 markup (testid on an inner div, no
 * `User-Name`) and the 2022+ markup are read; see docs/x-dom.md for what each rule rests on.
 */
import { allIn, enclosing, isElement, rowOf, type OverlayRole } from '../site-adapter';
import { AVATAR_TESTID, PROFILE_PATH, REPOST_ICON_PATHS, REPOST_WORDING, RESERVED_PATHS, STATUS_PATH, selectors } from './selectors';


export interface QuotedPost {
  /** The quote block, which Precedent marks and annotates. */
  element: HTMLElement;
  author: string | null;
  /** Usually absent from the DOM; present when the quote has media links. */
  statusId: string | null;
  time: string | null;
}

export interface XPost {
  element: HTMLElement;
  statusId: string | null;
  author: string | null;
  /** Who reposted it, from the "… reposted" row. */
  retweeter: string | null;
  quoted: QuotedPost | null;
  /** ISO-8601 from `time[datetime]`; null for promoted posts. */
  time: string | null;
}

/**
 * Post containers in or under `root`. Not the one `root` sits in: a node added inside a post reaches
 * the annotator with its parent among the touched nodes (src/content/batch-observer.ts), whose
 * `enclosingPost` finds that post once per parent, not once per added node.
 */
export function findPostElements(root: Element | Document): HTMLElement[] {
  const found = new Set<HTMLElement>();
  // An added post (2022+: the article is its own marker) is not under itself.
  const own = isElement(root) && root.matches(selectors.postMarker) ? root.closest<HTMLElement>(selectors.postContainer) : null;
  if (own) found.add(own);
  root.querySelectorAll(selectors.postMarker).forEach((marker) => {
    const container = marker.closest<HTMLElement>(selectors.postContainer);
    if (container) found.add(container);
  });
  return [...found];
}

/** The post container that encloses `node`, if any (for in-place changes inside a post). */
export function enclosingPost(node: Node): HTMLElement | null {
  const container = enclosing(node, selectors.postContainer);
  if (!container) return null;
  return container.matches(selectors.postMarker) || container.querySelector(selectors.postMarker) ? container : null;
}

/** Whether a path is a profile page (`/<handle>`), where the page may expose the user id. */
export function isProfilePath(pathname: string): boolean {
  const name = PROFILE_PATH.exec(pathname)?.[1];
  return name !== undefined && !RESERVED_PATHS.has(name.toLowerCase());
}


/**
 * The handle of a post's author when that is all the post can name: it has a permalink and no
 * quote or card, no repost row and no nested post. Null means "read the whole post" (readPost). Most posts
 * on a timeline are this simple, and most of their authors are not tracked, so the annotator can
 * settle them with a few queries instead of reading every part.
 */
export function simplePostAuthor(article: HTMLElement): string | null {
  if (article.querySelector(selectors.notSimple)) return null;
  const time = article.querySelector<HTMLElement>(selectors.time);
  return time ? (readPermalink([time])?.handle ?? null) : null;
}

/** Reads one post. Parts that cannot be read come back as null; nothing here throws on odd markup. */
export function readPost(article: HTMLElement): XPost {
  const quote = findQuoteBlock(article);
  const outsideQuote = (el: Element) => !quote || !quote.contains(el);
  const permalink = readPermalink(ownAll(article, selectors.time).filter(outsideQuote));
  return {
    element: article,
    statusId: permalink?.statusId ?? null,
    author: permalink?.handle ?? readAuthorHandle(article, outsideQuote),
    retweeter: readRetweeter(article),
    quoted: quote ? readQuoted(quote) : null,
    time: permalink?.time ?? null,
  };
}

/** Elements matching `selector` that belong to this article, not to an article nested in it. */
function ownAll(article: HTMLElement, selector: string): HTMLElement[] {
  return [...article.querySelectorAll<HTMLElement>(selector)].filter(
    (el) => el.closest(selectors.postContainer) === article,
  );
}

function findQuoteBlock(article: HTMLElement): HTMLElement | null {
  // A `div[role=link]` is a quote only if it holds a post's author line or time; cards do not.
  // The first such block in document order is the outermost (an enclosing block would come first
  // and hold the same content); one inside a nested article is not this post's.
  for (const block of article.querySelectorAll<HTMLElement>(selectors.quoteBlock)) {
    if (block.querySelector(selectors.quoteContent) !== null && block.closest(selectors.postContainer) === article) return block;
  }
  return null;
}

interface Permalink {
  handle: string;
  statusId: string;
  time: string;
}

function readPermalink(times: HTMLElement[]): Permalink | null {
  for (const time of times) {
    const link = time.parentElement?.closest(selectors.link);
    const match = link ? STATUS_PATH.exec(pathOf(link)) : null;
    const datetime = time.getAttribute('datetime');
    if (match?.[1] && match[2] && datetime) return { handle: match[1], statusId: match[2], time: datetime };
  }
  return null;
}

/** Promoted posts have no permalink: fall back to the author line, then the avatar, then 2021's span. */
function readAuthorHandle(article: HTMLElement, keep: (el: Element) => boolean): string | null {
  for (const userName of ownAll(article, selectors.userName).filter(keep)) {
    for (const link of userName.querySelectorAll(selectors.link)) {
      const handle = PROFILE_PATH.exec(pathOf(link))?.[1];
      if (handle) return handle;
    }
  }
  for (const avatar of ownAll(article, selectors.avatarContainer).filter(keep)) {
    const handle = AVATAR_TESTID.exec(avatar.getAttribute('data-testid') ?? '')?.[1];
    if (handle) return handle;
  }
  for (const span of ownAll(article, selectors.legacyHandleSpan).filter(keep)) {
    if (span.closest(selectors.socialContext)) continue;
    const handle = handleFromText(span.textContent);
    if (handle) return handle;
  }
  return null;
}

function readRetweeter(article: HTMLElement): string | null {
  for (const context of ownAll(article, selectors.socialContext)) {
    // "Pinned" shares the testid but is not a link; "<Name> liked" and "Followed by <Name>" are links
    // to a profile but not reposts: only the repost row's icon or wording makes a reposter.
    if (!isRepostRow(context, article)) continue;
    const link = context.closest(selectors.link);
    const handle = link ? PROFILE_PATH.exec(pathOf(link))?.[1] : undefined;
    if (handle) return handle;
  }
  return null;
}

/** Whether a social-context row is a repost row: its own icon (the nearest one above it in the post) or, failing that, its English words. */
function isRepostRow(context: Element, article: HTMLElement): boolean {
  for (let row = context.parentElement; row && row !== article; row = row.parentElement) {
    const icon = row.querySelector(selectors.rowIcon);
    if (icon) return REPOST_ICON_PATHS.some((prefix) => icon.getAttribute('d')?.startsWith(prefix)) || REPOST_WORDING.test(context.textContent ?? '');
  }
  return REPOST_WORDING.test(context.textContent ?? '');
}

function readQuoted(quote: HTMLElement): QuotedPost {
  const author = readQuotedAuthor(quote);
  const time = quote.querySelector(selectors.time)?.getAttribute('datetime') ?? null;
  let statusId: string | null = null;
  for (const link of quote.querySelectorAll(selectors.quoteMediaLink)) {
    const match = STATUS_PATH.exec(pathOf(link));
    if (match?.[2] && author && match[1]?.toLowerCase() === author.toLowerCase()) {
      statusId = match[2];
      break;
    }
  }
  // A quote whose time is a permalink (not X's usual markup, but cheap to honour).
  statusId ??= readPermalink([...quote.querySelectorAll<HTMLElement>(selectors.time)])?.statusId ?? null;
  return { element: quote, author, statusId, time };
}

function readQuotedAuthor(quote: HTMLElement): string | null {
  // The quote's author line has no links: its `@handle` is plain text in a span.
  const last = lastHandleSpan(quote.querySelector(selectors.userName) ?? quote, quote);
  if (last !== null) return handleFromText(last);
  const avatar = quote.querySelector(selectors.avatarContainer);
  return AVATAR_TESTID.exec(avatar?.getAttribute('data-testid') ?? '')?.[1] ?? null;
}

/**
 * The text of the last leaf span reading "@…" in an author line (outside any post text, where
 * mentions live). The display name comes first and may itself read "@SomeLeader" (a spoof): the
 * handle is the last such span, and if that one is not a valid handle, there is none to read.
 */
function lastHandleSpan(line: Element, scope: Element): string | null {
  let last: string | null = null;
  for (const span of line.querySelectorAll(selectors.span)) {
    const text = span.closest(selectors.textWithLanguage);
    if (text && scope.contains(text)) continue;
    const content = span.textContent?.trim() ?? '';
    if (content.startsWith('@') && span.children.length === 0) last = content;
  }
  return last;
}

function handleFromText(text: string | null): string | null {
  return /^@([A-Za-z0-9_]{1,15})$/.exec(text?.trim() ?? '')?.[1] ?? null;
}

/** The path of a link's href, whether X rendered it relative (usual) or absolute. */
function pathOf(link: Element): string {
  const href = link.getAttribute('href') ?? '';
  if (href.startsWith('/')) return href;
  try {
    const url = new URL(href);
    return /(^|\.)(x|twitter)\.com$/.test(url.hostname) ? url.pathname : '';
  } catch {
    return ''; // not a URL at all: not a permalink
  }
}

/**
 * Where an overlay goes: the element to insert it after, so that it sits right below the line it
 * annotates and above the post text. Found by walking up from `anchor` to the child of the first
 * ancestor that also holds a `landmark` (the text, media or action bar).
 */
export function overlayAnchor(post: XPost, role: OverlayRole): Element | null {
  const article = post.element;
  const quote = post.quoted?.element ?? null;
  const outsideQuote = (el: Element) => !quote || !quote.contains(el);
  if (role === 'quoted') {
    if (!quote) return null;
    const line = quote.querySelector(selectors.userName) ?? quote.querySelector(selectors.time);
    // A landmark inside the line never stops rowOf (every row it tries holds the line), so none is filtered out.
    return line ? rowOf(line, quote, [...quote.querySelectorAll(selectors.text)]) : null;
  }
  const authorLine = findAuthorLine(article, outsideQuote);
  if (!authorLine) return null;
  if (role === 'reposter') {
    const context = ownAll(article, selectors.socialContext)[0];
    const link = context?.closest(selectors.link);
    return link ? rowOf(link, article, [authorLine]) : null;
  }
  const landmarks = [...ownAll(article, selectors.text), ...ownAll(article, selectors.actionBar)].filter(outsideQuote);
  return rowOf(authorLine, article, landmarks);
}

function findAuthorLine(article: HTMLElement, keep: (el: Element) => boolean): Element | null {
  const userName = ownAll(article, selectors.userName).find(keep);
  if (userName) return userName;
  const legacy = ownAll(article, selectors.legacyHandleSpan).find(
    (span) => keep(span) && !span.closest(selectors.socialContext) && handleFromText(span.textContent),
  );
  return legacy?.closest(selectors.link) ?? null;
}

/** The numeric user id the page gives for a handle: the profile page's JSON-LD (2023+). */
export function readProfileIdentity(root: Document | Element): { handle: string; userId: string } | null {
  const script = isElement(root) && root.matches(selectors.profileSchema) ? root : root.querySelector(selectors.profileSchema);
  if (!script?.textContent) return null;
  try {
    const data: unknown = JSON.parse(script.textContent);
    const entity = (data as { mainEntity?: { additionalName?: unknown; identifier?: unknown } }).mainEntity;
    const handle = typeof entity?.additionalName === 'string' ? entity.additionalName : null;
    const userId = typeof entity?.identifier === 'string' || typeof entity?.identifier === 'number' ? String(entity.identifier) : null;
    return handle && userId && /^\d+$/.test(userId) && PROFILE_PATH.test(`/${handle}`) ? { handle, userId } : null;
  } catch {
    return null; // malformed JSON-LD: the page gives no usable id
  }
}

/** Profile headers in or under `root` (callers look only on profile pages). */
export function findProfileHeaders(root: Element | Document): HTMLElement[] {
  return allIn(root, selectors.profileHeader);
}

export function enclosingProfileHeader(node: Node): HTMLElement | null {
  return enclosing(node, selectors.profileHeader);
}

/**
 * The handle a profile header names, if it is the profile of this page's path. The header's
 * `@handle` span must agree with the URL (`/<handle>`): a header elsewhere (a hover card, a
 * mention's preview) or one naming another account is not this page's profile.
 */
export function readProfileHeader(header: HTMLElement, pathname: string): string | null {
  const pathHandle = isProfilePath(pathname) ? PROFILE_PATH.exec(pathname)?.[1] : undefined;
  const handle = handleFromText(lastHandleSpan(header, header));
  return handle && pathHandle && handle.toLowerCase() === pathHandle.toLowerCase() ? handle : null;
}
