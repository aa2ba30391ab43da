/**
 * Firefox ESR with the built extension (temporary add-on), driven by puppeteer-core over WebDriver
 * BiDi: Playwright cannot drive stock Firefox. Pages are served from fixtures by request interception.
 */
import { resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import type { Browser, Frame, Page } from 'puppeteer-core';
import { launchFirefoxWithExtension } from '../../../scripts/lib/firefox';
import { fixtureHtml, pageFor, type PageMap } from './pages';

export const FIREFOX_EXTENSION_DIR = resolve(import.meta.dirname, '../../../.output/firefox-mv2');

/** A fixed internal UUID, so that tests can open the extension's pages at a known moz-extension:// origin. */
const EXTENSION_UUID = '3d0f7c52-5a4e-4d8b-9a51-0c2b6f2e1a77';
export const EXTENSION_ORIGIN = `moz-extension://${EXTENSION_UUID}`;

export async function launchFirefox(): Promise<Browser> {
  return launchFirefoxWithExtension({
    extensionDir: FIREFOX_EXTENSION_DIR,
    prefs: {
      'extensions.webextensions.uuids': JSON.stringify({ 'precedent@precedent.extension': EXTENSION_UUID }),
      // Grants optional permissions without the doorhanger a test cannot click (the request still
      // has to come from a real user action, which the tests perform with trusted clicks).
      'extensions.webextOptionalPermissionPrompts': false,
    },
  });
}

export interface FirefoxSession {
  page: Page;
  errors: string[];
  refused: string[];
  served: string[];
}

export async function openInFirefox(browser: Browser, url: string, map: PageMap): Promise<FirefoxSession> {
  const page = await browser.newPage();
  const session: FirefoxSession = { page, errors: [], refused: [], served: [] };
  page.on('console', (message) => {
    if (message.type() === 'error') session.errors.push(message.text());
  });
  page.on('pageerror', (error) => session.errors.push(String(error)));
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    const name = pageFor(map, request.url());
    // BiDi has no resourceType(): the map lists page URLs only, so a match is a document.
    // A request the page has already dropped (an image scrolled past) cannot be answered: Firefox
    // says "no such request". Nothing left to refuse then; any other failure is the test's error.
    const settled = (error: unknown) => {
      if (!/no such request/i.test(String(error))) session.errors.push(`request interception: ${String(error)}`);
    };
    if (name) {
      const html = fixtureHtml(name);
      session.served.push(html);
      request.respond({ status: 200, contentType: 'text/html; charset=utf-8', body: html }).catch(settled);
    } else {
      session.refused.push(request.url());
      request.abort().catch(settled);
    }
  });
  await page.goto(url, { waitUntil: 'load' });
  return session;
}

/**
 * Reads `read(arg)` in the page (or one of its frames) until `accept` holds, and returns the value
 * (waitForSelector does not see into shadow roots and was flaky in Firefox).
 */
export async function until<T, A = undefined>(
  target: Page | Frame,
  read: (arg: A) => T,
  accept: (value: T) => boolean,
  arg?: A,
  timeout = 10_000,
): Promise<T> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const value = (await target.evaluate(read as (arg: unknown) => unknown, arg)) as T;
    if (accept(value)) return value;
    if (Date.now() > deadline) throw new Error(`timed out in ${target.url()}; last value: ${JSON.stringify(value)}`);
    await new Promise((done) => setTimeout(done, 100));
  }
}

/**
 * Opens one of the extension's pages. Firefox never reports such a navigation as finished over
 * BiDi, so the navigation is not awaited; the page is polled until its app has rendered.
 */
export async function openExtensionPage(browser: Browser, path: string): Promise<Page> {
  const page = await browser.newPage();
  void page.goto(`${EXTENSION_ORIGIN}/${path}`).catch(() => undefined);
  await until(page, () => document.querySelector('#app')?.childElementCount ?? 0, (count) => count > 0, undefined, 15_000);
  return page;
}

/** Failures the content scripts reported to the background (posts they could not read), over every tab. */
export async function reportedFailures(firefox: Browser): Promise<number> {
  const page = await openExtensionPage(firefox, 'popup.html');
  try {
    const reply = (await page.evaluate(() => browser.runtime.sendMessage({ type: 'precedent:diagnostics' }))) as { tabs: Array<{ count: number }> };
    return reply.tabs.reduce((sum, tab) => sum + tab.count, 0);
  } finally {
    await page.close();
  }
}

/**
 * One Firefox for the tests of a `test.describe` block: launched before the first, closed after the
 * last, and after each test, no post the content scripts could not read. Returns the browser's getter.
 */
export function sharedFirefox(): () => Browser {
  let browser: Browser | undefined;
  test.beforeAll(async () => {
    browser = await launchFirefox();
  });
  test.afterEach(async () => {
    expect(await reportedFailures(browser!)).toBe(0);
  });
  test.afterAll(async () => {
    await browser?.close();
  });
  return () => browser!;
}
