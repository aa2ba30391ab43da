/**
 * A link to one of the extension's own views (an account's full record, a clause's consistency
 * lens). Inside the extension's pages it is a plain hash link; on a site the content script cannot
 * open extension pages itself, so it is a button that asks the background to open the view.
 */
import { createContext, type ComponentChildren } from 'preact';
import { useContext } from 'preact/hooks';

export interface ViewLinks {
  /** Extension pages: the view's hash (the page routes on it). */
  href?: (view: string) => string;
  /** Content scripts: ask the background to open the view in a tab. */
  open?: (view: string) => void;
}

export const ViewLinksContext = createContext<ViewLinks>({});

export function ViewLink({ view, children, class: className }: { view: string; children: ComponentChildren; class?: string }) {
  const links = useContext(ViewLinksContext);
  if (links.href) {
    return (
      <a class={className} href={links.href(view)}>
        {children}
      </a>
    );
  }
  if (links.open) {
    const open = links.open;
    return (
      // Only the reader's own click or key opens a tab: a page script can reach the button (and
      // `click()` it) but cannot make a trusted event.
      <button type="button" class={`linkish ${className ?? ''}`} onClick={(event) => event.isTrusted && open(view)}>
        {children}
      </button>
    );
  }
  return null;
}
