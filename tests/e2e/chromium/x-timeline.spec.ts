import { chromium, type Page } from '@playwright/test';
import { expect, reportedRun, test } from '../support/chromium';
import { fixtureHtml, isPageOwnRequest, rawFixture, renderNextPage } from '../support/pages';
import { ALL_X_HOSTS, EXPECTED_MARKERS, HANDOVER_IDS, HANDOVER_MARKERS, HANDOVERS, HOME, HOME_IDS, LEGACY_HOME, PROFILE, SEARCH, STATUS, X_PAGES } from '../support/routes';
import { XPage } from '../support/x-page';
import { coverageWords } from '../support/coverage';
import { endOf, startOf } from '../../../src/dataset/dates';

/** Profile page: the header, pinned and regular posts by @khamenei_ir, and one repost by it (third cell). */
const PROFILE_MARKERS = ['profile x-khamenei-ir', 'author x-khamenei-ir', 'author x-khamenei-ir', 'reposter x-khamenei-ir', ...Array<string>(3).fill('author x-khamenei-ir')];

test.describe('Precedent on X in Chromium', () => {
  test.afterEach(async ({ session }) => {
    // No console error, and nothing fetched that the page itself did not reference.
    expect(session.errors).toEqual([]);
    expect(session.refused.filter((url) => !isPageOwnRequest(url, session.served))).toEqual([]);
  });

  test('badges exactly the tracked posts on the home timeline', async ({ session }) => {
    await session.open(HOME, X_PAGES);
    const x = new XPage(session.page);
    await x.waitForMarkers(EXPECTED_MARKERS.home.length);
    expect(await x.markers()).toEqual(EXPECTED_MARKERS.home);
    // Never on the spoof, in the DM drawer or in "Who to follow".
    await expect(x.post(HOME_IDS.spoof).locator('precedent-annotation')).toHaveCount(0);
    await expect(session.page.locator('[data-testid="DMDrawer"] precedent-annotation, [data-testid="UserCell"] precedent-annotation')).toHaveCount(0);
    await expect(x.badge(x.post(HOME_IDS.trump))).toContainText('President of the United States · personal account');
  });

  test.describe('on every page type', () => {
    for (const [name, url, expected] of [
      ['status page', STATUS, EXPECTED_MARKERS.status],
      ['search', SEARCH, EXPECTED_MARKERS.search],
    ] as const) {
      test(name, async ({ session }) => {
        await session.open(url, X_PAGES);
        const x = new XPage(session.page);
        await x.waitForMarkers(expected.length);
        expect(await x.markers()).toEqual(expected);
      });
    }

    test('profile page, with the pinned post and a repost', async ({ session }) => {
      await session.open(PROFILE, X_PAGES);
      const x = new XPage(session.page);
      await x.waitForMarkers(7);
      expect(await x.markers()).toEqual(PROFILE_MARKERS);
      // The header names the account in full; its own posts carry the minimal badge: icon and count.
      const header = session.page.locator('precedent-annotation[data-role="profile"] button.badge');
      await expect(header).toContainText('Ali Khamenei');
      const own = session.page.locator('article precedent-annotation[data-role="author"] button.badge').first();
      await expect(own).toHaveClass(/badge--compact/);
      expect((await own.boundingBox())!.width).toBeLessThan((await header.boundingBox())!.width / 2);
      await expect(own).toHaveAccessibleName(/^Precedent: .+ · official account · \d+ actions on X \(Twitter\)/);
    });

    test('on every declared X host', async ({ session }) => {
      for (const host of ALL_X_HOSTS) {
        await session.page.unrouteAll();
        await session.open(`https://${host}/i/fixture-home`, { [`${host}/i/fixture-home`]: 'x/home-2025.html' });
        const x = new XPage(session.page);
        await x.waitForMarkers(EXPECTED_MARKERS.home.length);
        expect(await x.markers(), host).toEqual(EXPECTED_MARKERS.home);
      }
    });

    test('the 2021 markup on twitter.com', async ({ session, extensionContext }) => {
      await session.open(LEGACY_HOME, X_PAGES);
      // None of the 2021 capture's authors is tracked: the script says it read the page, annotated
      // nothing and waits for nothing; then nothing is there.
      await expect.poll(() => reportedRun(extensionContext, 'x', LEGACY_HOME)).toMatchObject({ state: 'annotating', annotated: 0, waiting: 0 });
      expect(await new XPage(session.page).markers()).toEqual([]);
      await expect(session.page.locator('article')).toHaveCount(6);
    });
  });

  test('names the holder of an office on the post’s date, and each administration’s @POTUS', async ({ session }) => {
    await session.open(HANDOVERS, X_PAGES);
    const x = new XPage(session.page);
    await x.waitForMarkers(HANDOVER_MARKERS.length);
    expect(await x.markers()).toEqual(HANDOVER_MARKERS);
    await expect(x.badge(x.post(HANDOVER_IDS.kremlin2011))).toContainText('President of Russia: Dmitry Medvedev');
    await expect(x.badge(x.post(HANDOVER_IDS.kremlin2013))).toContainText('President of Russia: Vladimir Putin');
    await expect(x.badge(x.post(HANDOVER_IDS.elysee2014))).toContainText('President of France: François Hollande');
    await expect(x.badge(x.post(HANDOVER_IDS.elysee2020))).toContainText('President of France: Emmanuel Macron');
    await expect(x.badge(x.post(HANDOVER_IDS.elysee2005))).not.toContainText(/Sarkozy|Hollande|Macron/);
    // From 20 January 2025 @POTUS is the second Trump administration's: never Biden's.
    await expect(x.badge(x.post(HANDOVER_IDS.potus2025))).toContainText('President of the United States');
    expect(await x.post(HANDOVER_IDS.potus2025).getAttribute('data-precedent-account')).toBe('x-potus-trump-2025');

    const kremlin = x.post(HANDOVER_IDS.kremlin2011);
    await x.badge(kremlin).click();
    await expect(x.panel(kremlin)).toContainText("Held on this post's date by Dmitry Medvedev");
    await expect(x.panel(kremlin)).toContainText('Held today by Vladimir Putin');

    for (const [id, person] of [
      [HANDOVER_IDS.potus2016, 'Barack Obama'],
      [HANDOVER_IDS.potus2018, 'Donald Trump'],
      [HANDOVER_IDS.potus2022, 'Joe Biden'],
    ] as const) {
      const post = x.post(id);
      await x.badge(post).click();
      await expect(x.panel(post).locator('h2'), id).toContainText(person);
    }
  });

  test('opens the record with the mouse, inside the post, without opening the post', async ({ session }) => {
    await session.open(HOME, X_PAGES);
    const x = new XPage(session.page);
    const post = x.post(HOME_IDS.trump);
    await x.badge(post).click();
    const panel = x.panel(post);
    await expect(panel).toBeVisible();
    expect(session.page.url()).toBe(HOME);
    await expect(x.badge(post)).toHaveAttribute('aria-expanded', 'true');
    await expect(panel.locator('h2')).toContainText('Donald Trump');
    await expect(panel).toContainText('Permanent suspension');
    await expect(panel).toContainText('Reinstated');
    // Newest first, in the account's own timeline and in the one for its entity's other accounts: no
    // event lists before one that ended earlier ("2023-04", a check shown again after the removal of
    // "2023-04-20", may come first: the dates share a span and the record says which came after).
    for (const list of await panel.locator('ol.events').all()) {
      const dates = await list.locator('.event__date').evaluateAll((els) => els.map((el) => el.getAttribute('datetime')!));
      dates.slice(1).forEach((older, index) => expect(startOf(older), `${older} after ${dates[index]}`).toBeLessThanOrEqual(endOf(dates[index]!)));
    }
    const told = await panel.locator('ol.events').first().locator('.event__date').evaluateAll((els) => els.slice(0, 2).map((el) => el.getAttribute('datetime')));
    expect(told).toEqual(['2023-04', '2023-04-20']);
    // Sources open in a new tab, https only.
    const links = await panel.locator('a').evaluateAll((els) => els.map((a) => [a.getAttribute('href'), a.getAttribute('target'), a.getAttribute('rel')]));
    expect(links.length).toBeGreaterThan(10);
    for (const [href, target, rel] of links) {
      expect(href).toMatch(/^https:\/\//);
      expect(target).toBe('_blank');
      expect(rel).toContain('noopener');
    }
    await expect(panel.locator('.panel__footer')).toContainText(/Precedent dataset \d+\.\d+\.\d+/);
    // The tally is not the press record: the panel says how much of the checklist the record holds.
    const { recorded, listed, percent } = coverageWords();
    const caveat = panel.locator('.panel__coverage');
    await expect(caveat).toContainText(`Precedent holds ${recorded} of the ${listed} reported actions it has listed (${percent}%)`);
    await expect(caveat.getByRole('link', { name: 'What is left out, and why' })).toHaveAttribute('href', /^https:\/\/.*\/docs\/coverage\.md$/);
  });

  test('shows each clause as it stood on the post date', async ({ session }) => {
    await session.open(HOME, X_PAGES);
    const x = new XPage(session.page);
    // A 2020 post: the COVID-19 rule was in force. A 2025 post: it had ended in November 2022.
    const trump = x.post(HOME_IDS.trump);
    await x.badge(trump).click();
    await expect(x.panel(trump)).toContainText('as in force on May 29, 2020');
    await expect(x.panel(trump).locator('.clause--in-force', { hasText: 'COVID-19' })).toHaveCount(1);
    const khamenei = x.post(HOME_IDS.khameneiReposted);
    await x.badge(khamenei).click();
    await expect(x.panel(khamenei).locator('.clause--ended', { hasText: 'COVID-19' })).toContainText('ended Nov 23, 2022');
  });

  test('opens and closes with the keyboard', async ({ session }) => {
    await session.open(HOME, X_PAGES);
    const x = new XPage(session.page);
    const post = x.post(HOME_IDS.khameneiReposted);
    const badge = x.badge(post);
    await badge.focus();
    await session.page.keyboard.press('Enter');
    await expect(x.panel(post)).toBeVisible();
    await expect(badge).toHaveAttribute('aria-expanded', 'true');
    // Focus moves into the panel, a labelled region, so that screen readers announce it.
    await expect(x.panel(post)).toBeFocused();
    await expect(x.panel(post)).toHaveAttribute('role', 'region');
    await session.page.keyboard.press('Escape');
    await expect(x.panel(post)).toHaveCount(0);
    await expect(badge).toBeFocused();
    await session.page.keyboard.press('Space');
    await expect(x.panel(post)).toBeVisible();
    expect(session.page.url()).toBe(HOME);
  });

  test('follows recycled cells: the old overlay goes, the right one comes', async ({ session }) => {
    await session.open(HOME, X_PAGES);
    const x = new XPage(session.page);
    await x.waitForMarkers(EXPECTED_MARKERS.home.length);
    // X reuses the Trump cell for the untracked post: it swaps the cell's content in place.
    await session.page.evaluate(({ from, to }) => {
      const cellOf = (id: string) => document.querySelector(`a[href$="/status/${id}"] > time`)!.closest('[data-testid="cellInnerDiv"]')!;
      const target = cellOf(from);
      const source = cellOf(to).firstElementChild!.cloneNode(true);
      target.replaceChildren(source);
    }, { from: HOME_IDS.trump, to: HOME_IDS.untracked });
    await expect.poll(() => x.markers()).toEqual(EXPECTED_MARKERS.home.slice(1));
    // ...and React patching an article in place to show a tracked post again.
    await session.page.evaluate(({ id }) => {
      const article = document.querySelectorAll(`a[href$="/status/${id}"] > time`)[0]!.closest('article')!;
      for (const link of article.querySelectorAll('a[href^="/lena_ortiz_dev"]')) link.setAttribute('href', link.getAttribute('href')!.replace('/lena_ortiz_dev', '/realDonaldTrump'));
    }, { id: HOME_IDS.untracked });
    await expect.poll(() => x.markers()).toEqual(['author x-realdonaldtrump', ...EXPECTED_MARKERS.home.slice(1)]);
    await expect(session.page.locator('precedent-annotation')).toHaveCount(EXPECTED_MARKERS.home.length);
  });

  test('badges the first post of a handle in the frame that first paints it (the badges travel with the script)', async ({ session, extensionContext }) => {
    await session.open(HOME, X_PAGES);
    const x = new XPage(session.page);
    await x.waitForMarkers(EXPECTED_MARKERS.home.length);
    const html = rawFixture('x/handovers-2025.html');
    session.served.push(html);
    // In the page: render a column of handles not seen yet (@POTUS, the Kremlin, the Élysée), then
    // look in the first rendering update after it. A ResizeObserver callback runs after every
    // animation-frame callback (the content script works in one) and layout, just before paint: what
    // it sees is what that frame shows.
    await session.page.evaluate(`window.precedentTestRender = ${renderNextPage.toString()}`);
    const badgedInFirstFrame = await session.page.evaluate(
      (source) =>
        new Promise<number>((resolve) => {
          (window as unknown as { precedentTestRender(html: string): void }).precedentTestRender(source);
          const tick = document.createElement('div');
          tick.style.cssText = 'position: fixed; inset: 0 auto auto 0; width: 1px; height: 1px; visibility: hidden;';
          document.body.append(tick);
          new ResizeObserver((_, observer) => {
            observer.disconnect();
            tick.remove();
            resolve(document.querySelectorAll('main article[data-precedent-account] precedent-annotation').length);
          }).observe(tick);
        }),
      html,
    );
    expect(badgedInFirstFrame).toBe(HANDOVER_MARKERS.length);
    expect(await x.markers()).toEqual(HANDOVER_MARKERS);
    // No answer was awaited, yet the diagnostics still learn the new count once the page settles.
    await expect.poll(() => reportedRun(extensionContext, 'x', HOME)).toMatchObject({ state: 'annotating', annotated: HANDOVER_MARKERS.length, waiting: 0 });
  });

  test('survives single-page navigation, back and forward', async ({ session }) => {
    await session.open(HOME, X_PAGES);
    const x = new XPage(session.page);
    await x.waitForMarkers(EXPECTED_MARKERS.home.length);
    // X renders the next page's column and pushes its URL; the script is not reloaded.
    const render = (file: string) => {
      const html = rawFixture(file);
      session.served.push(html);
      return session.page.evaluate(renderNextPage, html);
    };
    await session.page.evaluate(() => history.pushState({}, '', '/khamenei_ir'));
    await render('x/profile-2025.html');
    await expect.poll(() => x.markers()).toEqual(PROFILE_MARKERS);
    await session.page.evaluate(() => history.back());
    await session.page.waitForURL(HOME);
    await render('x/home-2025.html');
    await expect.poll(() => x.markers()).toEqual(EXPECTED_MARKERS.home);
    await session.page.evaluate(() => history.forward());
    await session.page.waitForURL(PROFILE);
    await render('x/profile-2025.html');
    await expect.poll(() => x.markers()).toHaveLength(7);
  });

  test('matches the page theme: light, dim and dark', async ({ session }) => {
    for (const [url, file, theme, background] of [
      [HOME, 'x/home-2025.html', 'light', 'rgb(247, 249, 249)'],
      ['https://x.com/home?dim', 'x/home-2025-dim.html', 'dim', 'rgb(30, 39, 50)'],
      ['https://x.com/home?dark', 'x/home-2025-dark.html', 'dark', 'rgb(22, 24, 28)'],
    ] as const) {
      await session.page.unrouteAll();
      await session.open(url, { [url.replace('https://', '')]: file });
      const badge = session.page.locator('precedent-annotation button.badge').first();
      await expect(badge).toBeVisible();
      await expect(session.page.locator('precedent-annotation').first()).toHaveAttribute('data-theme', theme);
      expect(await badge.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe(background);
    }
  });

  test('does not move X’s columns: the post lays out as it does without Precedent, panel open', async ({ session }) => {
    await session.open(HOME, X_PAGES);
    const x = new XPage(session.page);
    await x.waitForMarkers(EXPECTED_MARKERS.home.length);
    await x.badge(x.post(HOME_IDS.trump)).click();
    await expect(x.panel(x.post(HOME_IDS.trump))).toBeVisible();
    // The same recorded page in a browser without the extension.
    const plain = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
    const bare = await plain.newPage({ viewport: { width: 1280, height: 900 } });
    await bare.route('**/*', (route) => (route.request().url() === HOME ? route.fulfill({ contentType: 'text/html', body: fixtureHtml('x/home-2025.html') }) : route.abort()));
    await bare.goto(HOME);
    const geometry = (page: Page) =>
      page.evaluate((id) => {
        const article = document.querySelector(`a[href$="/status/${id}"] > time`)!.closest('article')!;
        const text = article.querySelector('[data-testid="tweetText"]')!.parentElement!;
        const column = text.parentElement!; // X's content column, which the overlay sits in
        const [a, t, c] = [article.getBoundingClientRect(), text.getBoundingClientRect(), column.getBoundingClientRect()];
        return { articleX: a.x, articleWidth: a.width, textX: t.x, textWidth: t.width, columnWidth: c.width };
      }, HOME_IDS.trump);
    const [withPrecedent, without] = [await geometry(session.page), await geometry(bare)];
    await plain.close();
    expect(withPrecedent).toEqual(without);
  });

  test('reads in its own language’s direction, on the page’s side (beside the author)', async ({ session, extension }) => {
    await session.open(HOME, X_PAGES);
    // X in Persian: the document and its app root are right-to-left.
    await session.page.evaluate(() => {
      document.documentElement.setAttribute('dir', 'rtl');
      document.documentElement.setAttribute('lang', 'fa');
      document.querySelector('main')!.closest('[dir]')!.setAttribute('dir', 'rtl');
    });
    const x = new XPage(session.page);
    const host = x.post(HOME_IDS.trump).locator('precedent-annotation');
    const badge = x.badge(x.post(HOME_IDS.trump));
    const edges = async () => {
      const [hostBox, badgeBox] = [(await host.boundingBox())!, (await badge.boundingBox())!];
      return { left: Math.abs(hostBox.x - badgeBox.x) < 2, right: Math.abs(hostBox.x + hostBox.width - (badgeBox.x + badgeBox.width)) < 2 };
    };
    // English overlay (the browser's language here) on a right-to-left page: it reads left to right,
    // but sits at the page's start, the right edge, where the author is.
    expect(await edges()).toEqual({ left: false, right: true });
    expect(await badge.evaluate((el) => getComputedStyle(el).direction)).toBe('ltr');
    // Persian overlay: the same side.
    const options = await extension.open('options.html');
    await options.locator('#language').selectOption('fa');
    await expect(badge).toContainText('اقدام');
    expect((await edges()).right).toBe(true);
    expect(await badge.evaluate((el) => getComputedStyle(el).direction)).toBe('rtl');
    await badge.click();
    await expect(x.panel(x.post(HOME_IDS.trump))).toBeVisible();
  });
});
