/**
 * Posts embedded in other sites' pages, before the platform's script renders them: X's
 * `blockquote.twitter-tweet` and Bluesky's `blockquote.bluesky-embed`. Knows nothing of the dataset
 * or overlay. Everything in a blockquote is the publisher's text: the visible "— Name (@handle)"
 * line, and the links too (X ignores the handle in a status link, so `/realDonaldTrump/status/<any
 * post>` opens whoever's post that is). So the author read here is only a claim, badged as one
 * (`claimed`). Once rendered, the post lives in the platform's frame, which the frames content script
 * annotates from inside, with the author the platform itself printed (src/sites/embed-frames/).
 */
import { tidTime } from '../bluesky/tid';
import { allIn, enclosing, type OverlayRole, type SiteAdapter, type SitePost } from '../site-adapter';
import { BLUESKY_POST_URI, BLUESKY_URI_ATTRIBUTE, EMBED_PERMALINK, embedSelectors } from './selectors';

export interface EmbeddedPost {
  element: HTMLElement;
  platform: 'x' | 'bluesky';
  /** X: the handle in the permalink. Bluesky: null (the DID is the author). */
  author: string | null;
  /** Bluesky: the author's DID. */
  did: string | null;
  statusId: string;
  /** X: the permalink's text (the post's date in the embed's language), parsed when the browser can. Bluesky: the TID's. */
  time: number | null;
}

export function findEmbeds(root: Element | Document): HTMLElement[] {
  return allIn(root, embedSelectors.anyBlockquote);
}

/** The embed a changed node belongs to (a publisher script may fill it in after load). */
export function enclosingEmbed(node: Node): HTMLElement | null {
  return enclosing(node, embedSelectors.anyBlockquote);
}

export function readEmbed(element: HTMLElement): EmbeddedPost | null {
  if (element.matches(embedSelectors.blueskyBlockquote)) return readBlueskyEmbed(element);
  const links = element.querySelectorAll<HTMLAnchorElement>(embedSelectors.statusLink);
  const permalink = links[links.length - 1];
  if (!permalink) return null;
  // Both groups are required by the pattern: a match always has them.
  const match = EMBED_PERMALINK.exec(permalink.getAttribute('href') ?? '');
  if (!match) return null;
  // Trimmed: an ISO date with spaces around it is no ISO date (V8 refuses it); others are left to each engine.
  const parsed = Date.parse(permalink.textContent.trim());
  return { element, platform: 'x', author: match[1]!, did: null, statusId: match[2]!, time: Number.isNaN(parsed) ? null : parsed };
}

function readBlueskyEmbed(element: HTMLElement): EmbeddedPost | null {
  const match = BLUESKY_POST_URI.exec(element.getAttribute(BLUESKY_URI_ATTRIBUTE) ?? '');
  if (!match?.[1] || !match[2]) return null;
  return { element, platform: 'bluesky', author: null, did: match[1], statusId: match[2], time: tidTime(match[2]) };
}

/** The embeds as the annotator sees them: one author each, annotated beside the blockquote. */
export const embedsAdapter: SiteAdapter = {
  findPosts: findEmbeds,
  enclosingPost: enclosingEmbed,
  readPost(element): SitePost {
    const embed = readEmbed(element);
    const author = embed && { platform: embed.platform, handle: embed.author, userId: embed.did };
    return { element, kind: 'post', statusId: embed?.statusId ?? null, author, claimed: true, time: embed?.time ?? null, reposter: null, quoted: null };
  },
  // After the blockquote, not inside it: the platform's script replaces the blockquote.
  overlayAnchor: (post, role: OverlayRole) => (role === 'claimed' ? post.element : null),
};
