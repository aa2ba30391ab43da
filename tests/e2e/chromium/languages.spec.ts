/**
 * The interface in the user's language, live: chosen on the options page, the overlays on an open X
 * tab, the options page itself and the popup switch to it at once, right to left for Persian and
 * Arabic, with dates in the Persian (Solar Hijri) calendar unless the user picks the Gregorian.
 */
import type { Locator } from '@playwright/test';
import { expect, test } from '../support/chromium';
import { EXPECTED_MARKERS, HOME, HOME_IDS, X_PAGES } from '../support/routes';
import { XPage } from '../support/x-page';

/** Long records show their latest events first: unfold every list, so that older events can be read. */
async function unfold(panel: Locator): Promise<void> {
  const folded = panel.locator('button.fold[aria-expanded="false"]');
  while ((await folded.count()) > 0) await folded.first().click();
}

test.describe('Languages in Chromium', () => {
  test('Persian: overlays, options and popup switch live, right to left, Solar Hijri dates', async ({ session, extension }) => {
    await session.open(HOME, X_PAGES);
    const x = new XPage(session.page);
    await x.waitForMarkers(EXPECTED_MARKERS.home.length);
    const post = x.post(HOME_IDS.trump);
    await expect(x.badge(post)).toContainText('actions on X (Twitter)');

    const options = await extension.open('options.html');
    await options.locator('#language').selectOption('fa');
    // The options page itself.
    await expect(options.locator('html')).toHaveAttribute('dir', 'rtl');
    await expect(options.locator('html')).toHaveAttribute('lang', 'fa');
    await expect(options.getByRole('heading', { level: 1 })).toContainText('تنظیمات');

    // The open X tab, without a reload.
    await expect(x.badge(post)).toContainText('اقدام در ایکس');
    const root = post.locator('precedent-annotation[data-role="author"] > div').first();
    await expect(root).toHaveAttribute('dir', 'rtl');
    await expect(root).toHaveAttribute('lang', 'fa');
    // On this left-to-right page the right-to-left badge stays on the author's side.
    const [badgeBox, textBox] = await Promise.all([x.badge(post).boundingBox(), post.locator('[data-testid="tweetText"]').first().boundingBox()]);
    expect(Math.abs(badgeBox!.x - textBox!.x)).toBeLessThan(24);
    await x.badge(post).click();
    const panel = x.panel(post);
    await expect(panel.locator('h3').first()).toHaveText('اقدام‌های ثبت‌شده');
    await unfold(panel);
    // The permanent suspension of 8 January 2021, in the Solar Hijri calendar.
    await expect(panel.locator('time[datetime="2021-01-08"]').first()).toHaveText('۱۹ دی ۱۳۹۹');
    // Beside it, the Gregorian date the English summaries quote.
    await expect(panel.locator('time[datetime="2021-01-08"] + .event__date-also').first()).toHaveText(/^\(۸ .+ ۲۰۲۱\)$/);

    // Gregorian, for those who prefer it.
    await options.getByRole('radio', { name: 'میلادی' }).check();
    await x.badge(post).click();
    await unfold(x.panel(post));
    await expect(x.panel(post).locator('time[datetime="2021-01-08"]').first()).toHaveText(/۲۰۲۱/);

    const popup = await extension.open('popup.html');
    await expect(popup.locator('html')).toHaveAttribute('dir', 'rtl');
    await expect(popup.getByRole('searchbox')).toHaveAccessibleName('جست‌وجوی رهبران، حساب‌ها، کشورها، مناصب');
    // The name in the reader's language first, in the results and on the record.
    await popup.getByRole('searchbox').fill('khamenei');
    await expect(popup.locator('.result').first().locator('.result__name > span').first()).toHaveText('سید علی خامنه‌ای');
    await popup.locator('.result').first().click();
    await expect(popup.locator('h2.panel__name > bdi')).toHaveText('سید علی خامنه‌ای');
    await expect(popup.locator('h2.panel__name .panel__native').first()).toHaveText('Ali Khamenei');
    expect(session.errors).toEqual([]);
  });

  test('Arabic, Spanish and Russian badges; back to the browser’s language', async ({ session, extension }) => {
    await session.open(HOME, X_PAGES);
    const x = new XPage(session.page);
    await x.waitForMarkers(EXPECTED_MARKERS.home.length);
    const badge = x.badge(x.post(HOME_IDS.trump));
    const options = await extension.open('options.html');
    for (const [language, words, dir] of [
      ['ar', 'إجراءً على', 'rtl'],
      ['es', 'medidas en', 'ltr'],
      ['ru', ' мер', 'ltr'],
      ['browser', 'actions on', 'ltr'],
    ] as const) {
      await options.locator('#language').selectOption(language);
      await expect(badge).toContainText(words);
      await expect(options.locator('html')).toHaveAttribute('dir', dir);
    }
    expect(session.errors).toEqual([]);
  });
});
