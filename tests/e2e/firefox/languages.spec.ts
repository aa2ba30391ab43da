/**
 * Languages in Firefox ESR: chosen on the options page, the overlay on an open X tab and the options
 * page switch to Persian live, right to left, with Solar Hijri dates.
 */
import { expect, test } from '@playwright/test';
import { launchFirefox, openExtensionPage, openInFirefox, reportedFailures, until } from '../support/firefox';
import { EXPECTED_MARKERS, HOME, HOME_IDS, X_PAGES } from '../support/routes';

const badge = (id: string) => {
  const article = document.querySelector(`a[href$="/status/${id}"] > time`)?.closest('article');
  const root = article?.querySelector('precedent-annotation[data-role="author"]')?.shadowRoot;
  const div = root?.querySelector('div');
  const button = root?.querySelector('button');
  const text = article?.querySelector('[data-testid="tweetText"]');
  return {
    text: button?.textContent ?? '',
    dir: div?.getAttribute('dir') ?? null,
    lang: div?.getAttribute('lang') ?? null,
    // Where the badge starts against the post text: beside the author in every direction.
    offset: button && text ? Math.round(button.getBoundingClientRect().left - text.getBoundingClientRect().left) : null,
  };
};

test('Persian, live: the overlay on an open X tab and the options page', async () => {
  const browser = await launchFirefox();
  try {
    const session = await openInFirefox(browser, HOME, X_PAGES);
    await until(session.page, () => document.querySelectorAll('[data-precedent-account]').length, (n) => n >= EXPECTED_MARKERS.home.length);
    expect((await session.page.evaluate(badge, HOME_IDS.trump)).text).toContain('actions on X (Twitter)');

    const options = await openExtensionPage(browser, 'options.html');
    await options.select('#language', 'fa');
    expect(await until(options, () => [document.documentElement.lang, document.documentElement.dir], ([lang]) => lang === 'fa')).toEqual(['fa', 'rtl']);
    const persian = await until(session.page, badge, (state) => state.lang === 'fa', HOME_IDS.trump);
    expect(persian).toMatchObject({ dir: 'rtl', lang: 'fa' });
    expect(persian.text).toContain('اقدام در ایکس');
    expect(Math.abs(persian.offset!)).toBeLessThan(24);
    expect(session.errors).toEqual([]);
    expect(await reportedFailures(browser)).toBe(0);
  } finally {
    await browser.close();
  }
});
