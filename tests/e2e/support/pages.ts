/**
 * Serving saved pages as if they were x.com. Fixtures are served without their scripts (X's app
 * cannot run offline, and the tests drive the DOM changes X would make); every other request is
 * refused and recorded, so a test can prove the extension itself asked for nothing.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export const FIXTURES = resolve(import.meta.dirname, '../../fixtures');

/** The stand-in for X's virtualised list (tests/fixtures/x/virtual-list.js), inlined into 2025 pages. */
const VIRTUAL_LIST = readFileSync(resolve(FIXTURES, 'x/virtual-list.js'), 'utf8');

export function fixtureHtml(name: string): string {
  const html = readFileSync(resolve(FIXTURES, name), 'utf8').replace(/<script\b(?![^>]*application\/ld\+json)[^>]*>[\s\S]*?<\/script>/gi, '');
  return name.startsWith('x/') ? html.replace(/<\/body>/i, `<script>${VIRTUAL_LIST}</script></body>`) : html;
}

/** Hosts whose documents the tests serve; everything else is refused. */
export const SERVED_HOSTS = [
  'x.com', 'twitter.com', 'mobile.twitter.com', 'mobile.x.com', 'pro.x.com',
  // The other built-in sites, a publisher and a Mastodon server (switched on by the tests), and the embed frames.
  'bsky.app', 'truthsocial.com', 'news.example', 'social.example.net', 'platform.twitter.com', 'embed.bsky.app',
];

/**
 * Whether a refused request was the page's own doing: its URL (or its path) appears in the fixture.
 * Anything else came from somewhere else, that is, from the extension.
 */
export function isPageOwnRequest(url: string, pagesServed: string[]): boolean {
  if (url.startsWith('data:') || url.startsWith('blob:')) return true;
  const { href, pathname } = new URL(url);
  if (pathname === '/favicon.ico') return true; // the browser's own request for the tab icon
  const decoded = href.replace(/&/g, '&amp;');
  return pagesServed.some((html) => html.includes(href) || html.includes(decoded) || (pathname.length > 8 && html.includes(pathname)));
}

/** Which fixture to serve for a URL on an X host, or null to refuse it. */
export type PageMap = Record<string, string>;

export function pageFor(map: PageMap, url: string): string | null {
  const { hostname, pathname, search } = new URL(url);
  if (!SERVED_HOSTS.includes(hostname)) return null;
  return map[`${hostname}${pathname}${search}`] ?? map[`${hostname}${pathname}`] ?? null;
}

/** A fixture's raw HTML, for rendering in place as X does when it navigates. */
export function rawFixture(name: string): string {
  return readFileSync(resolve(FIXTURES, name), 'utf8');
}

/**
 * Runs in the page (pass it to `page.evaluate`): renders the next page's `main` column and JSON-LD
 * the way X's single-page app does on navigation, without reloading the document or the extension.
 */
export function renderNextPage(source: string): void {
  const next = new DOMParser().parseFromString(source, 'text/html');
  document.querySelectorAll('script[type="application/ld+json"]').forEach((el) => el.remove());
  next.querySelectorAll('script[type="application/ld+json"]').forEach((el) => document.head.append(document.importNode(el, true)));
  document.querySelector('main')!.replaceWith(document.importNode(next.querySelector('main')!, true));
}
