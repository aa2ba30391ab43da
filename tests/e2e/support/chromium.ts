/**
 * Playwright fixtures: Debian's Chromium with the built extension loaded (persistent context, as
 * extensions require), pages served from fixtures, and a log of console errors and of every request
 * that was not a served page.
 */
import { test as base, type BrowserContext, type Page } from '@playwright/test';
import { launchWithExtension } from '../../../scripts/lib/chromium';
import { fixtureHtml, pageFor, type PageMap } from './pages';

export interface Session {
  page: Page;
  /** Serve these fixtures (key: host + path [+ query]) and open `url`. */
  open(url: string, map: PageMap): Promise<void>;
  /** Serve this HTML at `url` (a page built by the test) and open it. */
  openHtml(url: string, html: string): Promise<void>;
  /** Console errors and uncaught exceptions seen on the page. */
  errors: string[];
  /** Requests that were not served pages (refused); with the HTML served, to tell whose they were. */
  refused: string[];
  served: string[];
  /**
   * Failures the content scripts reported (posts they could not read), as the background keeps them.
   * Every test ends with none (checked when the session closes) unless it sets `expectFailures`.
   */
  failures(): Promise<number>;
  expectFailures: boolean;
}

interface Diagnostics {
  tabs: Array<{ tabId: number; url: string; count: number; samples: string[] }>;
  runs: Array<{ tabId: number; url: string; script: string; state: 'annotating' | 'off' | 'waiting'; annotated: number; waiting: number }>;
}

/** What the content scripts told the background (src/background/diagnostics.ts), read as the extension's own pages read it. */
export async function diagnostics(context: BrowserContext): Promise<Diagnostics> {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const probe = await context.newPage();
  try {
    await probe.goto(`chrome-extension://${new URL(worker.url()).host}/popup.html`);
    return (await probe.evaluate(() => chrome.runtime.sendMessage({ type: 'precedent:diagnostics' }))) as Diagnostics;
  } finally {
    await probe.close();
  }
}

/** The failures content scripts reported, per tab. */
export const reportedFailures = async (context: BrowserContext) => (await diagnostics(context)).tabs;

/**
 * How the script `script` last said it stands in the page or frame at `url` (null until it says):
 * what a test waits for instead of sleeping before it checks that nothing is there.
 */
export async function reportedRun(context: BrowserContext, script: string, url: string): Promise<Diagnostics['runs'][number] | null> {
  // The latest report: an earlier test's tab may have shown the same address.
  return (await diagnostics(context)).runs.findLast((run) => run.script === script && run.url === url) ?? null;
}

/** The extension's own pages (popup, options), opened in tabs. */
export interface ExtensionPages {
  id: string;
  context: BrowserContext;
  open(path: string): Promise<Page>;
  resetSettings(): Promise<void>;
}

/** Console errors and uncaught exceptions on `page`, into `errors`. */
export function collectPageErrors(page: Page, errors: string[]): void {
  page.on('console', (message) => {
    // Refused images and fonts are the offline page's own failures, logged as "Failed to load resource".
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(String(error)));
}

export const test = base.extend<{ session: Session; extension: ExtensionPages }, { extensionContext: BrowserContext }>({
  extensionContext: [
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const { context, close } = await launchWithExtension();
      await use(context);
      await close();
    },
    { scope: 'worker' },
  ],
  extension: async ({ extensionContext }, use) => {
    const worker = extensionContext.serviceWorkers()[0] ?? (await extensionContext.waitForEvent('serviceworker'));
    const id = new URL(worker.url()).host;
    const opened: Page[] = [];
    await use({
      id,
      context: extensionContext,
      async open(path) {
        const page = await extensionContext.newPage();
        opened.push(page);
        await page.goto(`chrome-extension://${id}/${path}`);
        return page;
      },
      async resetSettings() {
        await worker.evaluate('chrome.storage.local.clear()');
      },
    });
    for (const page of opened) await page.close().catch(() => undefined);
    // Every test starts from the defaults.
    await worker.evaluate('chrome.storage.local.clear()');
  },
  session: async ({ extensionContext }, use) => {
    const page = await extensionContext.newPage();
    /** Routes every request: the page's document is served (a fixture, or `inline` HTML), the rest refused. */
    const serve = async (url: string, htmlFor: (requested: string) => string | null) => {
      await page.route('**/*', async (route) => {
        const requested = route.request().url();
        const html = route.request().resourceType() === 'document' ? htmlFor(requested) : null;
        if (html !== null) {
          session.served.push(html);
          await route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
        } else {
          session.refused.push(requested);
          await route.abort();
        }
      });
      await page.goto(url);
    };
    const session: Session = {
      page,
      errors: [],
      refused: [],
      served: [],
      expectFailures: false,
      failures: async () => (await reportedFailures(extensionContext)).reduce((sum, tab) => sum + tab.count, 0),
      open: (url, map) =>
        serve(url, (requested) => {
          const name = pageFor(map, requested);
          return name ? fixtureHtml(name) : null;
        }),
      openHtml: (url, html) => serve(url, (requested) => (requested === url ? html : null)),
    };
    collectPageErrors(page, session.errors);
    await use(session);
    // No post the content scripts could not read, unless the test is about that.
    if (!session.expectFailures) {
      const reported = (await reportedFailures(extensionContext)).filter((tab) => tab.count > 0);
      if (reported.length > 0) throw new Error(`content scripts reported failures: ${JSON.stringify(reported)}`);
    }
    await page.close();
  },
});

export { expect } from '@playwright/test';

/** The popup page for the tab showing `url` (as if opened from that tab's toolbar button). */
export async function popupFor(extension: ExtensionPages, url: string): Promise<Page> {
  const probe = await extension.open('popup.html');
  const tabId = await probe.evaluate(
    (pattern) => new Promise<number>((resolve) => chrome.tabs.query({ url: pattern }, (tabs) => resolve(tabs[0]?.id ?? -1))),
    `${url.replace(/\/[^/]*$/, '')}/*`,
  );
  await probe.close();
  return extension.open(`popup.html?tab=${tabId}`);
}
