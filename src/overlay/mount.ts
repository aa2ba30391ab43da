/**
 * Mounts an annotation in its own shadow root, inserted right after an anchor in the site's DOM (or,
 * in an embed frame, as the anchor's first child), and takes it out again. The host element is the
 * only node Precedent adds to the page's light DOM.
 */
import { h, render } from 'preact';
import { i18n } from '../i18n/current';
import { Annotation, type AnnotationProps } from './Annotation';
import css from './styles.css?inline';
import type { Theme } from './types';

/** The tag of every host Precedent inserts (the page style sheet shows hosts by it). */
export const HOST_TAG = 'precedent-annotation';

/**
 * The hosts this script inserted. A page may name its own elements `precedent-annotation`: only
 * these are ours (the content script skips their insertion, and nothing else).
 */
const ownHosts = new WeakSet<Node>();
export const isOwnHost = (node: Node): boolean => ownHosts.has(node);

/** Marks the overlay's style sheet inside each host (see isLeftoverHost). */
const STYLE_MARK = 'data-precedent-overlay';

/**
 * Whether an element is a host an earlier Precedent left (an updated or removed extension's): our
 * tag, with the open shadow root whose first child is the overlay's style sheet. A page element that
 * merely shares the tag has none, and is the page's to keep.
 */
export function isLeftoverHost(element: Element): boolean {
  const first = element.shadowRoot?.firstElementChild;
  return element.localName === HOST_TAG && first?.localName === 'style' && first.hasAttribute(STYLE_MARK);
}

/**
 * Events that must not reach X: a click on the badge would otherwise open the post, and keys
 * would trigger X's shortcuts (j/k/l...). Stopped at the host, after the overlay has handled them.
 */
const ISOLATED_EVENTS = ['click', 'auxclick', 'mousedown', 'mouseup', 'pointerdown', 'pointerup', 'keydown', 'keyup', 'keypress'];

export interface MountedAnnotation {
  host: HTMLElement;
  update(props: AnnotationProps, theme: Theme): void;
  setTheme(theme: Theme): void;
  remove(): void;
}

export function mountAnnotation(anchor: Element, props: AnnotationProps, theme: Theme, placement: 'after' | 'prepend' = 'after'): MountedAnnotation {
  const doc = anchor.ownerDocument;
  const host = doc.createElement(HOST_TAG);
  ownHosts.add(host);
  const shadow = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.setAttribute(STYLE_MARK, '');
  style.textContent = css;
  // Preact owns `root` alone: rendering into the shadow root itself would remove the <style>.
  const root = doc.createElement('div');
  root.className = 'root';
  shadow.append(style, root);
  const stop = (event: Event) => event.stopPropagation();
  for (const type of ISOLATED_EVENTS) host.addEventListener(type, stop);

  const update = (next: AnnotationProps, nextTheme: Theme) => {
    // The overlay speaks the user's language, whatever the page's (src/i18n/current.ts).
    root.lang = i18n().locale;
    root.dir = i18n().dir;
    host.setAttribute('data-theme', nextTheme);
    host.setAttribute('data-role', next.role);
    render(h(Annotation, next), root);
  };
  update(props, theme);
  if (placement === 'prepend') anchor.prepend(host);
  else anchor.after(host);

  return {
    host,
    update,
    setTheme: (nextTheme) => host.setAttribute('data-theme', nextTheme),
    remove() {
      render(null, root);
      host.remove();
    },
  };
}
