/**
 * The per-site switch and the options in Chromium, live on an open X tab: no reload anywhere.
 */
import { expect, popupFor, test } from '../support/chromium';
import { EXPECTED_MARKERS, HOME, HOME_IDS, X_PAGES } from '../support/routes';
import { XPage } from '../support/x-page';

test.describe('Per-site switch and options in Chromium', () => {
  test('switching X off removes every overlay and marker at once; on brings them back', async ({ session, extension }) => {
    await session.open(HOME, X_PAGES);
    const x = new XPage(session.page);
    await x.waitForMarkers(EXPECTED_MARKERS.home.length);
    const popup = await popupFor(extension, HOME);
    const toggle = popup.getByRole('switch', { name: 'Precedent on x.com' });
    await expect(toggle).toHaveAttribute('aria-checked', 'true');
    await expect(popup.locator('.site__what')).toContainText('X (Twitter)');

    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-checked', 'false');
    await expect(session.page.locator('precedent-annotation')).toHaveCount(0);
    await expect(session.page.locator('[data-precedent-account], [data-precedent-role]')).toHaveCount(0);

    await toggle.click();
    await x.waitForMarkers(EXPECTED_MARKERS.home.length);
    expect(await x.markers()).toEqual(EXPECTED_MARKERS.home);
    // The choice persists: a new page load follows it.
    await toggle.click();
    await session.page.reload();
    await session.page.waitForLoadState('load');
    await expect(session.page.locator('article').first()).toBeVisible();
    await expect(session.page.locator('precedent-annotation')).toHaveCount(0);
    expect(session.errors).toEqual([]);
  });

  test('options apply live: summary density, roles to show, theme', async ({ session, extension }) => {
    await session.open(HOME, X_PAGES);
    const x = new XPage(session.page);
    await x.waitForMarkers(EXPECTED_MARKERS.home.length);
    const options = await extension.open('options.html');

    await options.getByLabel('Badge with a one-line summary of the record').check();
    const trump = x.post(HOME_IDS.trump);
    await expect(trump.locator('precedent-annotation p.summary')).toContainText(/^Latest: /);

    await options.getByLabel('Reposts by tracked accounts').uncheck();
    await expect(session.page.locator('precedent-annotation[data-role="reposter"]')).toHaveCount(0);
    await expect(session.page.locator('precedent-annotation[data-role="author"]')).not.toHaveCount(0);

    await options.getByLabel('Dark', { exact: true }).check();
    await expect(session.page.locator('precedent-annotation[data-theme="dark"]').first()).toBeAttached();
    await expect(session.page.locator('precedent-annotation:not([data-theme="dark"])')).toHaveCount(0);

    // Options themselves persist across a reload of the page.
    await options.reload();
    await expect(options.getByLabel('Dark', { exact: true })).toBeChecked();
    await expect(options.getByLabel('Reposts by tracked accounts')).not.toBeChecked();
  });

  test('a corrupt or future-version stored value falls back field by field', async ({ session, extension }) => {
    const options = await extension.open('options.html');
    await options.evaluate(() =>
      chrome.storage.local.set({ settings: { version: 99, sites: { x: 'yes' }, density: 'summary', theme: 7, show: null, extra: '<b>' } }),
    );
    await session.open(HOME, X_PAGES);
    const x = new XPage(session.page);
    await x.waitForMarkers(EXPECTED_MARKERS.home.length);
    // The valid field (density) is kept; the invalid ones take their defaults.
    await expect(x.post(HOME_IDS.trump).locator('precedent-annotation p.summary')).toBeAttached();
    await options.reload();
    await expect(options.getByLabel('Follow the site (and the system)')).toBeChecked();
    await expect(options.getByRole('switch', { name: 'Precedent on X (Twitter)' })).toHaveAttribute('aria-checked', 'true');
  });

  test('from the on-post panel, a clause opens its consistency lens in a new tab', async ({ session, extensionContext }) => {
    await session.open(HOME, X_PAGES);
    const x = new XPage(session.page);
    await x.waitForMarkers(EXPECTED_MARKERS.home.length);
    const trump = x.post(HOME_IDS.trump);
    await x.badge(trump).click();
    const panel = x.panel(trump);
    const opened = extensionContext.waitForEvent('page');
    await panel.locator('.clause').first().getByRole('button', { name: 'Where this clause was applied' }).click();
    const lens = await opened;
    await expect(lens).toHaveURL(/popup\.html#\/clause\/[a-z0-9-]+$/);
    await expect(lens.locator('.lens')).toContainText('Consistency lens');
    await lens.close();
    // The full record opens the same way.
    const openedRecord = extensionContext.waitForEvent('page');
    await panel.getByRole('button', { name: 'Open the full record' }).click();
    const record = await openedRecord;
    await expect(record).toHaveURL(/popup\.html#\/entity\/donald-trump$/);
    await record.close();
  });

  test('a page script that forges clicks on the panel opens no tab; the reader’s click opens one', async ({ session, extensionContext }) => {
    await session.open(HOME, X_PAGES);
    const x = new XPage(session.page);
    await x.waitForMarkers(EXPECTED_MARKERS.home.length);
    const trump = x.post(HOME_IDS.trump);
    await x.badge(trump).click();
    const open = x.panel(trump).getByRole('button', { name: 'Open the full record' });
    await expect(open).toBeVisible();
    const before = extensionContext.pages().length;
    // The page reaches into the open shadow root and clicks 30 times: untrusted events.
    await session.page.evaluate((id) => {
      const article = document.querySelector(`a[href$="/status/${id}"] > time`)!.closest('article')!;
      const buttons = [...article.querySelector('precedent-annotation')!.shadowRoot!.querySelectorAll<HTMLButtonElement>('button.linkish')];
      for (let i = 0; i < 30; i++) for (const button of buttons) button.click();
    }, HOME_IDS.trump);
    // Then the reader clicks once; messages from one content script arrive in order, so any tab the
    // forged clicks had asked for would already be open when the reader's appears.
    const opened = extensionContext.waitForEvent('page');
    await open.click();
    const record = await opened;
    await expect(record).toHaveURL(/popup\.html#\/entity\/donald-trump$/);
    expect(extensionContext.pages().length).toBe(before + 1);
    await record.close();
  });
});
