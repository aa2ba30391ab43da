/**
 * Beyond x.com in Firefox ESR: a publisher's page with every kind of embed (X and Bluesky,
 * unrendered and rendered in the platforms' frames) and a Mastodon server, each switched on from
 * the options page (a real permission request); and Bluesky and Truth Social, built in.
 */
import { expect, test } from '@playwright/test';
import type { Browser } from 'puppeteer-core';
import { openExtensionPage, openInFirefox, until, sharedFirefox } from '../support/firefox';
import { isPageOwnRequest } from '../support/pages';
import { BLUESKY, BLUESKY_GOVERNMENT, MASTODON_GOVERNMENT, MASTODON_HOME, NEWS, OTHER_MARKERS, OTHER_PAGES, TRUTH_SOCIAL_PROFILE } from '../support/routes';

const markers = () =>
  [...document.querySelectorAll('[data-precedent-account]')].map((el) => `${el.getAttribute('data-precedent-role')} ${el.getAttribute('data-precedent-account')}`);

async function switchOn(browser: Browser, host: string): Promise<void> {
  const options = await openExtensionPage(browser, 'options.html');
  await options.type('#add-site', host);
  await options.click('form.sites__add button[type="submit"]');
  await until(options, () => document.querySelector('.sites')?.textContent ?? '', (t) => t.includes(host));
  await options.close();
}

test.describe('Other sites in Firefox ESR', () => {
  const firefox = sharedFirefox();
  let browser: Browser;
  test.beforeEach(() => {
    browser = firefox();
  });

  test('a news page with X and Bluesky embeds, unrendered and in their frames, once switched on', async () => {
    const news = await openInFirefox(browser, NEWS, OTHER_PAGES);
    const frameOf = (host: string) => news.page.frames().find((frame) => new URL(frame.url()).hostname === host);
    const xFrame = frameOf('platform.twitter.com')!;
    const bskyFrame = frameOf('embed.bsky.app')!;
    expect(xFrame).toBeDefined();
    expect(bskyFrame).toBeDefined();
    // Not switched on yet: the page and its frames stay bare.
    expect(await news.page.evaluate(markers)).toEqual([]);

    await switchOn(browser, 'news.example');
    // The page: the unrendered X embed by its permalink (not the spoof; the unrendered Bluesky embed
    // names only a DID, which the dataset does not hold).
    expect(await until(news.page, markers, (m) => m.length > 0)).toEqual(['claimed x-realdonaldtrump']);
    // Inside the frames, live, without a reload: X's post by its permalink, Bluesky's by the handle Bluesky rendered.
    expect(await until(xFrame, markers, (m) => m.length > 0)).toEqual(['author x-realdonaldtrump']);
    expect(await until(bskyFrame, markers, (m) => m.length > 0)).toEqual(['author bluesky-jd-vance-1']);
    const badge = () => document.querySelector('precedent-annotation')?.shadowRoot?.querySelector('button.badge')?.textContent ?? '';
    expect(await until(bskyFrame, badge, (text) => text.length > 0)).toContain('Vice President of the United States');

    // Switched off from the options page: the frames follow.
    const options = await openExtensionPage(browser, 'options.html');
    await options.click('.sites__row button.button');
    expect(await until(xFrame, () => document.querySelectorAll('precedent-annotation').length, (n) => n === 0)).toBe(0);
    expect(await until(bskyFrame, () => document.querySelectorAll('precedent-annotation').length, (n) => n === 0)).toBe(0);
    await options.close();
    expect(news.errors).toEqual([]);
    expect(news.refused.filter((url) => !isPageOwnRequest(url, news.served))).toEqual([]);
    await news.page.close();
  });

  test('a Mastodon server switched on: remote Truth Social posts and their boosts, and a government account', async () => {
    await switchOn(browser, 'social.example.net');
    const mastodon = await openInFirefox(browser, MASTODON_HOME, OTHER_PAGES);
    expect(await until(mastodon.page, markers, (m) => m.length >= OTHER_MARKERS.mastodon.length)).toEqual(OTHER_MARKERS.mastodon);
    expect(mastodon.errors).toEqual([]);
    await mastodon.page.close();
    // The German federal government's account on its own server, social.bund.de, as this server shows it.
    const government = await openInFirefox(browser, MASTODON_GOVERNMENT, OTHER_PAGES);
    expect(await until(government.page, markers, (m) => m.length >= OTHER_MARKERS.mastodonGovernment.length)).toEqual(OTHER_MARKERS.mastodonGovernment);
    expect(government.errors).toEqual([]);
    await government.page.close();
  });

  test('Bluesky and Truth Social, built in', async () => {
    for (const [url, expected] of [
      [BLUESKY.feed, OTHER_MARKERS.blueskyFeed],
      [BLUESKY.profile, OTHER_MARKERS.blueskyProfile],
      [BLUESKY_GOVERNMENT, OTHER_MARKERS.blueskyGovernment],
      [TRUTH_SOCIAL_PROFILE, OTHER_MARKERS.truthSocial],
    ] as const) {
      const session = await openInFirefox(browser, url, OTHER_PAGES);
      expect(await until(session.page, markers, (m) => m.length >= expected.length), url).toEqual(expected);
      expect(session.errors).toEqual([]);
      await session.page.close();
    }
  });
});
