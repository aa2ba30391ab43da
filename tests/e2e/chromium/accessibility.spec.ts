/**
 * Accessibility (axe-core, WCAG 2.x A and AA rules): no violation in the popup, the options page or
 * the open on-post panel. The X page around the panel is X's, not ours: only Precedent's hosts are
 * checked there.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test, type Session } from '../support/chromium';
import { HOME, HOME_IDS, X_PAGES } from '../support/routes';
import { XPage } from '../support/x-page';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

async function violations(page: Page, include?: string) {
  // The panel fades in (120 ms): checked mid-fade, its text would read as too faint. Wait for it.
  await page.evaluate(async () => {
    await Promise.all(document.getAnimations().map((animation) => animation.finished));
  });
  const builder = new AxeBuilder({ page }).withTags(TAGS);
  if (include) builder.include(include);
  const { violations: found } = await builder.analyze();
  return found.map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join('; ')})`);
}

/** The home timeline with the Trump post's panel open, checked by axe. */
async function openTrumpPanel(session: Session): Promise<{ x: XPage; post: ReturnType<XPage['post']> }> {
  await session.open(HOME, X_PAGES);
  const x = new XPage(session.page);
  const post = x.post(HOME_IDS.trump);
  await x.badge(post).click();
  await expect(x.panel(post)).toBeVisible();
  expect(await violations(session.page, 'precedent-annotation')).toEqual([]);
  return { x, post };
}

test.describe('Accessibility in Chromium', () => {
  test('the popup: search, an entity record, the policies, a clause lens and a comparison', async ({ extension }) => {
    const popup = await extension.open('popup.html');
    await popup.getByRole('searchbox').fill('khamenei');
    await expect(popup.locator('.results li').first()).toBeVisible();
    expect(await violations(popup)).toEqual([]);
    await popup.locator('details.filters > summary').click();
    await popup.getByLabel('Platform').selectOption('x');
    await expect(popup.locator('details.filters > summary')).toHaveText('Filters (1)');
    expect(await violations(popup), 'filters').toEqual([]);
    for (const view of ['#/entity/ali-khamenei', '#/account/x-realdonaldtrump', '#/policies', '#/clause/x-world-leaders', '#/compare/donald-trump,ali-khamenei', '#/compare']) {
      await popup.evaluate((hash) => (location.hash = hash), view);
      await expect(popup.locator('main.main > :not(.crumb)').first()).toBeVisible();
      expect(await violations(popup), view).toEqual([]);
    }
  });

  test('the options page with a refused file, and the options and popup in light, dim and dark', async ({ extension }) => {
    const options = await extension.open('options.html');
    await expect(options.getByRole('heading', { name: 'Sites' })).toBeVisible();
    expect(await violations(options)).toEqual([]);
    await options.locator('#pack-file').setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{') });
    await expect(options.getByRole('alert')).toBeVisible();
    expect(await violations(options)).toEqual([]);
    // In each theme the user can choose (X's own three).
    for (const [label, theme] of [['Light', 'light'], ['Dim', 'dim'], ['Dark', 'dark']] as const) {
      await options.getByLabel(label, { exact: true }).check();
      await expect(options.locator('html')).toHaveAttribute('data-theme', theme);
      expect(await violations(options), theme).toEqual([]);
      const popup = await extension.open('popup.html#/entity/donald-trump');
      await expect(popup.locator('article.panel')).toBeVisible();
      expect(await violations(popup), `popup ${theme}`).toEqual([]);
      await popup.close();
    }
  });

  test('the badge and the open panel on X’s light page, in the light and the dark theme (chosen)', async ({ session, extension }) => {
    const { x, post } = await openTrumpPanel(session);

    const options = await extension.open('options.html');
    await options.getByLabel('Dark', { exact: true }).check();
    await expect(session.page.locator('precedent-annotation[data-theme="dark"]').first()).toBeAttached();
    await x.badge(post).click();
    await expect(x.panel(post)).toBeVisible();
    expect(await violations(session.page, 'precedent-annotation')).toEqual([]);
  });

  for (const language of ['fa', 'ar'] as const) {
    test(`right to left (${language}): the popup, the options page and the open panel`, async ({ session, extension }) => {
      const options = await extension.open('options.html');
      await options.locator('#language').selectOption(language);
      await expect(options.locator('html')).toHaveAttribute('dir', 'rtl');
      expect(await violations(options)).toEqual([]);
      const popup = await extension.open('popup.html');
      await popup.getByRole('searchbox').fill('khamenei');
      await expect(popup.locator('.results li').first()).toBeVisible();
      expect(await violations(popup)).toEqual([]);
      await popup.evaluate(() => (location.hash = '#/entity/ali-khamenei'));
      await expect(popup.locator('article.panel')).toBeVisible();
      expect(await violations(popup)).toEqual([]);

      await openTrumpPanel(session);
    });
  }

  for (const theme of ['dim', 'dark'] as const) {
    test(`the open panel on X’s ${theme} theme, following the page`, async ({ session }) => {
      await session.open(`https://x.com/home?${theme}`, { [`x.com/home?${theme}`]: `x/home-2025-${theme}.html` });
      const annotation = session.page.locator(`precedent-annotation[data-theme="${theme}"][data-role="author"]`).first();
      await annotation.locator('button.badge').click();
      await expect(annotation.locator('section.panel')).toBeVisible();
      expect(await violations(session.page, 'precedent-annotation')).toEqual([]);
    });
  }
});
