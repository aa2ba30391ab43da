/**
 * Beyond x.com in Chromium: Bluesky (feed, thread, profile), Truth Social, the X profile header and
 * X Pro's columns, with the bundled dataset; the popup's switch for the new built-in sites; and
 * embed frames staying inert on a page the user has not switched on.
 */
import { expect, popupFor, reportedRun, test } from '../support/chromium';
import { isPageOwnRequest } from '../support/pages';
import { BLUESKY, BLUESKY_GOVERNMENT, NEWS, OTHER_MARKERS, OTHER_PAGES, PROFILE, TRUTH_SOCIAL_PROFILE, X_PAGES } from '../support/routes';
import { XPage } from '../support/x-page';

test.describe('Other sites in Chromium', () => {
  test.afterEach(async ({ session }) => {
    expect(session.errors).toEqual([]);
    expect(session.refused.filter((url) => !isPageOwnRequest(url, session.served))).toEqual([]);
  });

  for (const [name, url, expected] of [
    ['Bluesky feed', BLUESKY.feed, OTHER_MARKERS.blueskyFeed],
    ['Bluesky thread', BLUESKY.thread, OTHER_MARKERS.blueskyThread],
    ['Bluesky profile', BLUESKY.profile, OTHER_MARKERS.blueskyProfile],
    ['a government account on Bluesky', BLUESKY_GOVERNMENT, OTHER_MARKERS.blueskyGovernment],
    ['Truth Social profile', TRUTH_SOCIAL_PROFILE, OTHER_MARKERS.truthSocial],
  ] as const) {
    test(name, async ({ session }) => {
      await session.open(url, OTHER_PAGES);
      const page = new XPage(session.page);
      await page.waitForMarkers(expected.length);
      expect(await page.markers()).toEqual(expected);
    });
  }

  test('the Bluesky record opens from its badge: the suspension and reinstatement, sourced', async ({ session }) => {
    await session.open(BLUESKY.feed, OTHER_PAGES);
    const page = new XPage(session.page);
    await page.waitForMarkers(OTHER_MARKERS.blueskyFeed.length);
    const item = session.page.locator('[data-testid="feedItem-by-jd-vance-1.bsky.social"]').first();
    const badge = page.badge(item);
    await expect(badge).toContainText('Vice President of the United States');
    // The suspension is an action; the reinstatement undoes one and is not counted as another.
    await expect(badge).toContainText('1 action on Bluesky');
    await badge.click();
    const panel = page.panel(item);
    await expect(panel).toContainText('Temporary suspension');
    await expect(panel).toContainText('Reinstatement');
    await expect(panel.locator('ol.events a[href^="https://www.indy100.com/"]').first()).toBeVisible();
    // Inside Bluesky's post, under its name row and above its text.
    await expect(item.locator('precedent-annotation + [data-testid="contentHider-post"]')).toHaveCount(1);
  });

  test('the X profile header gets the badge and the panel', async ({ session }) => {
    await session.open(PROFILE, X_PAGES);
    const x = new XPage(session.page);
    await x.waitForMarkers(7);
    const header = session.page.locator('[data-testid="UserName"] + precedent-annotation[data-role="profile"]');
    await expect(header.locator('button.badge')).toContainText('Ali Khamenei · official account');
    await header.locator('button.badge').click();
    await expect(header.locator('section.panel')).toBeFocused();
  });

  test('X Pro: posts in every column', async ({ session }) => {
    await session.open('https://pro.x.com/i/decks/1866000000000000000', { 'pro.x.com/i/decks/1866000000000000000': 'x/pro-2025.html' });
    const x = new XPage(session.page);
    await x.waitForMarkers(9);
    const perColumn = await session.page.$$eval('[data-testid="multi-column-layout-column-content"]', (columns) =>
      columns.map((column) => column.querySelectorAll('[data-precedent-account]').length),
    );
    expect(perColumn).toEqual([4, 4, 1]);
  });

  test('the popup switches Bluesky off and on, live', async ({ session, extension }) => {
    await session.open(BLUESKY.feed, OTHER_PAGES);
    const page = new XPage(session.page);
    await page.waitForMarkers(OTHER_MARKERS.blueskyFeed.length);
    const popup = await popupFor(extension, BLUESKY.feed);
    await expect(popup.locator('.site__what')).toContainText('Bluesky');
    const toggle = popup.getByRole('switch', { name: 'Precedent on bsky.app' });
    await toggle.click();
    await expect(session.page.locator('precedent-annotation')).toHaveCount(0);
    await toggle.click();
    await page.waitForMarkers(OTHER_MARKERS.blueskyFeed.length);
  });

  test('the popup finds accounts on every platform by their handles', async ({ extension }) => {
    const popup = await extension.open('popup.html');
    const box = popup.getByRole('searchbox');
    const firstResult = popup.locator('.result').first();
    for (const [query, name, platform] of [
      ['@jd-vance-1.bsky.social', 'JD Vance', 'Bluesky'],
      ['lulaoficial.bsky.social', 'Luiz Inácio Lula da Silva', 'Bluesky'],
      ['BidenHQ', 'Joe Biden', 'Truth Social'],
    ] as const) {
      await box.fill(query);
      await expect(firstResult, query).toContainText(name);
      await expect(firstResult, query).toContainText(platform);
    }
    // The record: the Bluesky suspension and reinstatement, with the platform named.
    await box.fill('jd-vance-1');
    await firstResult.click();
    await expect(popup).toHaveURL(/#\/entity\/jd-vance$/);
    const record = popup.locator('article.panel');
    await expect(record.locator('.account', { hasText: '@jd-vance-1.bsky.social' })).toContainText('Bluesky');
    await expect(record.locator('.events')).toContainText('Temporary suspension');
  });

  test('embed frames on a page the user has not switched on stay bare', async ({ session, extensionContext }) => {
    await session.open(NEWS, OTHER_PAGES);
    // Both frames load (served), and their content script asks whose page this is: a page whose
    // switch is off (or, where the browser does not tell the background the tab's address, one it
    // must wait for); each frame says so, and then nothing is there.
    await expect(session.page.frameLocator('iframe[data-tweet-id]').locator('a[href*="/status/"]')).toHaveCount(1);
    await expect(session.page.frameLocator('iframe[data-bluesky-id]').locator('time')).toHaveCount(1);
    const frames = session.page.frames().filter((frame) => frame !== session.page.mainFrame());
    expect(frames).toHaveLength(2);
    for (const frame of frames) await expect.poll(() => reportedRun(extensionContext, 'embed-frames', frame.url()), frame.url()).toMatchObject({ state: expect.stringMatching(/^(off|waiting)$/) });
    for (const frame of session.page.frames()) expect(await frame.locator('precedent-annotation').count(), frame.url()).toBe(0);
  });
});
