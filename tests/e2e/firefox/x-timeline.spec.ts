import { expect, test } from '@playwright/test';
import type { Browser } from 'puppeteer-core';
import { launchFirefox, openInFirefox, reportedFailures, until, type FirefoxSession } from '../support/firefox';
import { isPageOwnRequest, rawFixture, renderNextPage } from '../support/pages';
import { coverageWords } from '../support/coverage';
import { EXPECTED_MARKERS, HANDOVER_IDS, HANDOVER_MARKERS, HANDOVERS, HOME, HOME_IDS, STATUS, X_PAGES } from '../support/routes';

const markers = () =>
  [...document.querySelectorAll('[data-precedent-account]')].map((el) => `${el.getAttribute('data-precedent-role')} ${el.getAttribute('data-precedent-account')}`);

/** State of the author badge and panel of the post with this status id, read inside its shadow root. */
const badgeState = (id: string) => {
  const article = document.querySelector(`a[href$="/status/${id}"] > time`)!.closest('article')!;
  const root = article.querySelector('precedent-annotation[data-role="author"]')?.shadowRoot;
  const button = root?.querySelector('button');
  return { expanded: button?.getAttribute('aria-expanded') ?? null, panel: root?.querySelector('section.panel')?.textContent ?? null };
};

test.describe('Precedent on X in Firefox ESR', () => {
  let browser: Browser;
  let session: FirefoxSession;

  test.beforeAll(async () => {
    browser = await launchFirefox();
  });
  test.afterAll(async () => {
    await browser?.close();
  });
  test.afterEach(async () => {
    expect(session.errors).toEqual([]);
    expect(await reportedFailures(browser)).toBe(0);
    expect(session.refused.filter((url) => !isPageOwnRequest(url, session.served))).toEqual([]);
    await session.page.close();
  });

  test('badges exactly the tracked posts on the home timeline', async () => {
    session = await openInFirefox(browser, HOME, X_PAGES);
    expect(await until(session.page, markers, (m) => m.length >= EXPECTED_MARKERS.home.length)).toEqual(EXPECTED_MARKERS.home);
  });

  test('names the holder of an office on the post’s date, and each administration’s @POTUS', async () => {
    session = await openInFirefox(browser, HANDOVERS, X_PAGES);
    expect(await until(session.page, markers, (m) => m.length >= HANDOVER_MARKERS.length)).toEqual(HANDOVER_MARKERS);
    const badgeText = (id: string) => {
      const article = document.querySelector(`a[href$="/status/${id}"] > time`)!.closest('article')!;
      return article.querySelector('precedent-annotation')?.shadowRoot?.querySelector('button')?.textContent ?? '';
    };
    expect(await session.page.evaluate(badgeText, HANDOVER_IDS.kremlin2011)).toContain('President of Russia: Dmitry Medvedev');
    expect(await session.page.evaluate(badgeText, HANDOVER_IDS.kremlin2013)).toContain('President of Russia: Vladimir Putin');
    expect(await session.page.evaluate(badgeText, HANDOVER_IDS.elysee2005)).not.toMatch(/Sarkozy|Hollande|Macron/);
  });

  test('badges the focal post and a tracked reply on a status page', async () => {
    session = await openInFirefox(browser, STATUS, X_PAGES);
    expect(await until(session.page, markers, (m) => m.length >= 2)).toEqual(EXPECTED_MARKERS.status);
  });

  test('opens the panel with the mouse and with the keyboard', async () => {
    session = await openInFirefox(browser, HOME, X_PAGES);
    await until(session.page, markers, (m) => m.length >= EXPECTED_MARKERS.home.length);
    const badge = await session.page.evaluateHandle((id) => {
      const article = document.querySelector(`a[href$="/status/${id}"] > time`)!.closest('article')!;
      return article.querySelector('precedent-annotation[data-role="author"]')!.shadowRoot!.querySelector('button')!;
    }, HOME_IDS.trump);
    await badge.click();
    const open = await until(session.page, badgeState, (state) => state.expanded === 'true' && state.panel !== null, HOME_IDS.trump);
    expect(open.panel).toContain('Permanent suspension');
    // The record says how much of the checklist it holds, as in Chromium.
    const { recorded, listed, percent } = coverageWords();
    expect(open.panel).toContain(`Not a complete record: Precedent holds ${recorded} of the ${listed} reported actions it has listed (${percent}%).`);
    expect(session.page.url()).toBe(HOME);
    // Keyboard: Escape closes, Enter opens again.
    await session.page.keyboard.press('Escape');
    expect(await until(session.page, badgeState, (state) => state.expanded === 'false', HOME_IDS.trump)).toMatchObject({ panel: null });
    await badge.focus();
    await session.page.keyboard.press('Enter');
    const reopened = await until(session.page, badgeState, (state) => state.expanded === 'true' && state.panel !== null, HOME_IDS.trump);
    expect(reopened.panel).toContain('Donald Trump');
  });

  test('follows a recycled cell', async () => {
    session = await openInFirefox(browser, HOME, X_PAGES);
    await until(session.page, markers, (m) => m.length >= EXPECTED_MARKERS.home.length);
    await session.page.evaluate(
      (from, to) => {
        const cellOf = (id: string) => document.querySelector(`a[href$="/status/${id}"] > time`)!.closest('[data-testid="cellInnerDiv"]')!;
        cellOf(from).replaceChildren(cellOf(to).firstElementChild!.cloneNode(true));
      },
      HOME_IDS.trump,
      HOME_IDS.untracked,
    );
    expect(await until(session.page, markers, (m) => m.length === EXPECTED_MARKERS.home.length - 1)).toEqual(EXPECTED_MARKERS.home.slice(1));
  });

  test('follows single-page navigation to a profile and back', async () => {
    session = await openInFirefox(browser, HOME, X_PAGES);
    await until(session.page, markers, (m) => m.length >= EXPECTED_MARKERS.home.length);
    const swapTo = async (path: string, file: string) => {
      const html = rawFixture(file);
      session.served.push(html);
      await session.page.evaluate((nextPath) => history.pushState({}, '', nextPath), path);
      await session.page.evaluate(renderNextPage, html);
    };
    await swapTo('/khamenei_ir', 'x/profile-2025.html');
    // The header, then the posts.
    expect(await until(session.page, markers, (m) => m.length === 7 && m.every((x) => x.endsWith('x-khamenei-ir')))).toHaveLength(7);
    // On the account's own profile its posts carry the minimal badge; elsewhere the full one.
    const compactRoles = () =>
      [...document.querySelectorAll('article precedent-annotation')].filter((host) => host.shadowRoot?.querySelector('.badge--compact')).map((host) => host.getAttribute('data-role'));
    expect(await until(session.page, compactRoles, (roles) => roles.length === 5)).toEqual(Array<string>(5).fill('author'));
    await swapTo('/home', 'x/home-2025.html');
    expect(await until(session.page, markers, (m) => m.length === EXPECTED_MARKERS.home.length)).toEqual(EXPECTED_MARKERS.home);
    expect(await session.page.evaluate(compactRoles)).toEqual([]);
  });

  test('takes the dark theme', async () => {
    session = await openInFirefox(browser, 'https://x.com/home?dark', { 'x.com/home?dark': 'x/home-2025-dark.html' });
    const themes = await until(
      session.page,
      () => [...document.querySelectorAll('precedent-annotation')].map((host) => host.getAttribute('data-theme')),
      (list) => list.length > 0,
    );
    expect(new Set(themes)).toEqual(new Set(['dark']));
  });
});
