/**
 * Screenshot tests with committed baselines (tests/e2e/chromium/screenshots.spec.ts-snapshots/):
 * the open panel on the recorded timeline in X's light and dark themes, in English, Persian (right
 * to left, Solar Hijri dates with their Gregorian companions) and Arabic (right to left). Rendered with the fonts .ci/run installs (DejaVu, Liberation,
 * Noto); `npx playwright test screenshots --update-snapshots` rewrites them after a deliberate change.
 */
import { expect, test } from '../support/chromium';

const PAGES = { light: ['https://x.com/home', 'x/home-2025.html'], dark: ['https://x.com/home?dark', 'x/home-2025-dark.html'] } as const;

for (const language of ['en', 'fa', 'ar'] as const) {
  for (const theme of ['light', 'dark'] as const) {
    test(`the open panel, ${language}, ${theme}`, async ({ session, extension }) => {
      if (language !== 'en') {
        const options = await extension.open('options.html');
        await options.locator('#language').selectOption(language);
        await expect(options.locator('html')).toHaveAttribute('lang', language);
      }
      const [url, file] = PAGES[theme];
      await session.open(url, { [url.replace('https://', '')]: file });
      // The first tracked author's post on each page (a post by @realDonaldTrump on both).
      const annotation = session.page.locator('article[data-precedent-account="x-realdonaldtrump"] precedent-annotation[data-role="author"]').first();
      await annotation.locator('button.badge').click();
      const panel = annotation.locator('section.panel');
      await expect(panel).toBeVisible();
      // Settled: the panel has taken focus (it does on opening) and every font has loaded.
      await expect(panel).toBeFocused();
      await session.page.evaluate(() => document.fonts.ready.then(() => undefined));
      await session.page.mouse.move(0, 0);
      // The recorded timeline's stand-in virtual list re-stacks its cells a frame after the panel
      // changes the post's height: let it finish before the shot.
      await session.page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
      await expect(panel).toHaveScreenshot(`panel-${language}-${theme}.png`, { animations: 'disabled', caret: 'hide', maxDiffPixelRatio: 0.01 });
    });
  }
}
