/**
 * Extension lifecycle: when the extension is reloaded (as on an update) while an X tab is open, the
 * orphaned content script removes its overlays and markers and stops at the page's next change (X's
 * timeline changes constantly), without a page error. It never polls to find out. Its own browser,
 * since reloading the extension would disturb the shared one.
 */
import { expect, test } from '@playwright/test';
import { launchWithExtension } from '../../../scripts/lib/chromium';
import { collectPageErrors } from '../support/chromium';
import { fixtureHtml, pageFor } from '../support/pages';
import { HOME, X_PAGES } from '../support/routes';

test('a reloaded extension leaves no overlay, marker or error behind in open tabs', async () => {
  const { context, close } = await launchWithExtension();
  try {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const page = await context.newPage();
    const errors: string[] = [];
    collectPageErrors(page, errors);
    await page.route('**/*', async (route) => {
      const name = route.request().resourceType() === 'document' ? pageFor(X_PAGES, route.request().url()) : null;
      await (name ? route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: fixtureHtml(name) }) : route.abort());
    });
    await page.goto(HOME);
    await expect(page.locator('precedent-annotation').first()).toBeAttached();
    expect(await page.locator('[data-precedent-account]').count()).toBeGreaterThan(0);

    // The extension reloads: its old content script is orphaned once the old background has gone.
    const gone = new Promise((resolve) => worker.once('close', resolve));
    await worker.evaluate('chrome.runtime.reload()').catch(() => undefined);
    await gone;
    // The page changes, as X's timeline does all the time.
    await page.evaluate(() => document.querySelector('[data-testid="primaryColumn"]')?.append(document.createElement('div')));

    await expect(page.locator('precedent-annotation')).toHaveCount(0, { timeout: 15_000 });
    await expect(page.locator('[data-precedent-account], [data-precedent-role]')).toHaveCount(0);
    // The page itself still works: X's own content is untouched.
    expect(await page.locator('article[data-testid="tweet"]').count()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
  } finally {
    await close();
  }
});
