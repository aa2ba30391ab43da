/**
 * Embedded X posts on other sites, read into plain records. Knows nothing of the dataset or overlay.
 * Only the permalink is trusted for the author: the visible "— Name (@handle)" line is the
 * publisher's text and could say anything.
 */
import { EMBED_PERMALINK, embedSelectors } from './selectors';

export interface EmbeddedPost {
  element: HTMLElement;
  author: string;
  statusId: string;
  /** The permalink's text is the post's date in the embed's language; parsed when the browser can. */
  time: number | null;
}

export function findEmbeds(root: Element | Document): HTMLElement[] {
  const found = [...root.querySelectorAll<HTMLElement>(embedSelectors.xBlockquote)];
  if ('matches' in root && root.matches(embedSelectors.xBlockquote)) found.unshift(root as HTMLElement);
  return found;
}

/** The embed a changed node belongs to (a publisher script may fill it in after load). */
export function enclosingEmbed(node: Node): HTMLElement | null {
  const element = node.nodeType === 1 ? (node as Element) : node.parentElement;
  return element?.closest<HTMLElement>(embedSelectors.xBlockquote) ?? null;
}

export function readEmbed(element: HTMLElement): EmbeddedPost | null {
  const links = element.querySelectorAll<HTMLAnchorElement>(embedSelectors.statusLink);
  const permalink = links[links.length - 1];
  if (!permalink) return null;
  const match = EMBED_PERMALINK.exec(permalink.getAttribute('href') ?? '');
  if (!match || !match[1] || !match[2]) return null;
  const parsed = Date.parse(permalink.textContent?.trim() ?? '');
  return { element, author: match[1], statusId: match[2], time: Number.isNaN(parsed) ? null : parsed };
}
