/** Loads a saved page into a happy-dom window at an x.com URL, as the content script would see it. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Window } from 'happy-dom';

export function fixturePath(name: string): string {
  return resolve(import.meta.dirname, '../fixtures', name);
}

export function loadFixture(name: string, url = 'https://x.com/home'): Window {
  const window = new Window({
    url,
    settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true, disableIframePageLoading: true },
  });
  window.document.write(withoutFrames(readFileSync(fixturePath(name), 'utf8')));
  return window;
}

/** Saved pages' iframes (trackers, ads) would only make happy-dom log refused loads. */
function withoutFrames(html: string): string {
  return html.replace(/<iframe\b[\s\S]*?<\/iframe>/gi, '');
}

export function readExpected<T>(name: string): T {
  return JSON.parse(readFileSync(fixturePath(name), 'utf8')) as T;
}

/** Moves the test environment's page to `url` (happy-dom's own setter; `history.pushState` keeps the origin). */
export function setPageUrl(url: string): void {
  (globalThis as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(url);
}

/** Markup a test wrote (never page text), parsed as a page would be: its first element, in this document. */
export function parseMarkup(markup: string): HTMLElement {
  return document.importNode(new DOMParser().parseFromString(markup, 'text/html').body.firstElementChild!, true) as HTMLElement;
}

/** The test's markup as the page body's only content; returns its element. */
export function placeMarkup(markup: string): HTMLElement {
  const element = parseMarkup(markup);
  document.body.replaceChildren(element);
  return element;
}

/**
 * Replaces the test environment's document (vitest's happy-dom environment) with a saved page at
 * `url`, so code that uses the globals (MutationObserver, requestAnimationFrame) sees the fixture.
 */
export function installFixture(name: string, url = 'https://x.com/home'): Document {
  setPageUrl(url);
  const parsed = new DOMParser().parseFromString(withoutFrames(readFileSync(fixturePath(name), 'utf8')), 'text/html');
  // Saved pages reference X's bundles and fonts: drop them (the JSON-LD data block stays).
  parsed.querySelectorAll('script:not([type="application/ld+json"]), link, iframe').forEach((el) => el.remove());
  const html = document.documentElement;
  for (const attribute of [...html.attributes]) html.removeAttribute(attribute.name);
  for (const attribute of [...parsed.documentElement.attributes]) html.setAttribute(attribute.name, attribute.value);
  html.replaceChildren(document.importNode(parsed.head, true), document.importNode(parsed.body, true));
  return document;
}

/** Runs queued frame callbacks now: the annotator batches work per animation frame. */
export function manualFrames() {
  const queue: Array<() => void> = [];
  return {
    schedule: (callback: () => void) => queue.push(callback),
    flush: async () => {
      await Promise.resolve(); // let MutationObserver records arrive (microtask)
      await new Promise((resolve) => setTimeout(resolve, 0));
      while (queue.length > 0) queue.shift()!();
    },
  };
}

/**
 * In-app navigation from one X profile to another as X does it on profile-2025.html: the address
 * first, with a batch while the old JSON-LD is still in place; then a new JSON-LD script; then the
 * same header with only its text nodes changed. Leaves that last change for the caller's flush.
 */
export async function navigateXProfile(frames: { flush(): Promise<void> }, from: string, to: { handle: string; userId: string }): Promise<void> {
  history.pushState({}, '', `/${to.handle}`);
  document.body.append(document.createElement('div'));
  await frames.flush();
  const schema = document.querySelector('script[data-testid="UserProfileSchema-test"]')!;
  const next = schema.cloneNode() as HTMLScriptElement;
  next.textContent = JSON.stringify({ mainEntity: { additionalName: to.handle, identifier: to.userId } });
  schema.replaceWith(next);
  await frames.flush();
  const header = document.querySelector<HTMLElement>('[data-testid="UserName"]')!;
  const walker = document.createTreeWalker(header, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) if (node.nodeValue === `@${from}`) node.nodeValue = `@${to.handle}`;
}

