/**
 * Switching Precedent on for another site, in Firefox ESR: the optional host permission is really
 * requested (from a trusted click; the prompt is auto-accepted by a test pref), the content script
 * is registered and injected into the open tab, and giving the site back removes everything live.
 * Also the X switch from the popup, and the popup's search in three scripts.
 */
import { expect, test } from '@playwright/test';
import type { Browser, Page } from 'puppeteer-core';
import { openExtensionPage, openInFirefox, until, sharedFirefox } from '../support/firefox';
import { EXPECTED_MARKERS, HOME, X_PAGES } from '../support/routes';

const NEWS = 'https://news.example/2026/11/article';

/** A publisher's article with three unrendered embeds, as a CMS writes them (x-dom.md section 4). */
const NEWS_HTML = `<!doctype html><html lang="en"><head><title>Article</title></head><body><article>
<h1>What the president posted</h1>
<blockquote class="twitter-tweet" data-lang="en"><p lang="en" dir="ltr">Tracked post.</p>&mdash; Donald J. Trump (@realDonaldTrump) <a href="https://twitter.com/realDonaldTrump/status/1266237079679930402?ref_src=twsrc%5Etfw">May 28, 2020</a></blockquote>
<p>Meanwhile a football club posted:</p>
<blockquote class="twitter-tweet"><p lang="en" dir="ltr">Highlights</p>&mdash; West Ham United (@WestHam) <a href="https://twitter.com/WestHam/status/1454931184966770696?ref_src=twsrc%5Etfw">October 31, 2021</a></blockquote>
<blockquote class="twitter-tweet"><p lang="en" dir="ltr">Spoof</p>&mdash; Donald J. Trump (@realDonaldTrump) <a href="https://twitter.com/WestHam/status/1454931184966770697">October 31, 2021</a></blockquote>
</article></body></html>`;

const markers = () => [...document.querySelectorAll('[data-precedent-account]')].map((el) => el.getAttribute('data-precedent-account'));
const hosts = () => document.querySelectorAll('precedent-annotation').length;

async function openNews(browser: Browser): Promise<Page> {
  const page = await browser.newPage();
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    if (request.url() === NEWS) void request.respond({ status: 200, contentType: 'text/html; charset=utf-8', body: NEWS_HTML });
    else void request.abort();
  });
  await page.goto(NEWS, { waitUntil: 'load' });
  return page;
}

const permissions = (page: Page) => page.evaluate(() => browser.permissions.getAll());
const tabIdOf = (page: Page, pattern: string) =>
  page.evaluate(async (p) => (await browser.tabs.query({ url: p }))[0]?.id ?? -1, pattern);

test.describe('Other sites, the popup switch and lookup in Firefox ESR', () => {
  const firefox = sharedFirefox();
  let browser: Browser;
  test.beforeEach(() => {
    browser = firefox();
  });

  test('a site is switched on from the options page, annotated live, and switched off from the popup', async () => {
    const news = await openNews(browser);
    expect(await news.evaluate(hosts)).toBe(0); // not a built-in site: nothing until the user says so

    const options = await openExtensionPage(browser, 'options.html');
    await options.type('#add-site', 'news.example');
    await options.click('form.sites__add button[type="submit"]');
    // Annotated in the already open tab, without a reload: only the tracked author's embed.
    expect(await until(news, markers, (m) => m.length > 0)).toEqual(['x-realdonaldtrump']);
    expect(await news.evaluate(hosts)).toBe(1);
    const granted = await permissions(options);
    expect(granted.origins).toContain('https://news.example/*');
    expect(granted.permissions).toContain('scripting');
    expect(await until(options, () => document.querySelector('.sites')?.textContent ?? '', (t) => t.includes('https://news.example'))).toContain(
      'https://news.example',
    );

    // The popup for that tab shows the site on; switching it off gives the permission back.
    const tabId = await tabIdOf(options, 'https://news.example/*');
    const popup = await openExtensionPage(browser, `popup.html?tab=${tabId}`);
    const state = () => document.querySelector('[role="switch"]')?.getAttribute('aria-checked') ?? null;
    expect(await until(popup, state, (s) => s !== null)).toBe('true');
    await popup.click('[role="switch"]');
    expect(await until(news, hosts, (n) => n === 0)).toBe(0);
    expect(await news.evaluate(markers)).toEqual([]);
    expect(await until(popup, state, (s) => s === 'false')).toBe('false');
    const after = await permissions(popup);
    expect(after.origins).not.toContain('https://news.example/*');
    expect(after.permissions).not.toContain('scripting'); // given back with the last site

    // And on again from the popup: asked for, granted, annotated.
    await popup.click('[role="switch"]');
    expect(await until(news, markers, (m) => m.length > 0)).toEqual(['x-realdonaldtrump']);
    // A fresh load of the page is annotated by the registered content script.
    await news.reload({ waitUntil: 'load' });
    expect(await until(news, markers, (m) => m.length > 0)).toEqual(['x-realdonaldtrump']);

    // Removed from the options page: gone from the page at once.
    await options.click('.sites__row button.button');
    expect(await until(news, hosts, (n) => n === 0)).toBe(0);
    for (const page of [news, options, popup]) await page.close();
  });

  test('the popup switches X off and on in an open tab, live', async () => {
    const x = await openInFirefox(browser, HOME, X_PAGES);
    const xMarkers = () => document.querySelectorAll('[data-precedent-account]').length;
    await until(x.page, xMarkers, (n) => n >= EXPECTED_MARKERS.home.length);
    const probe = await openExtensionPage(browser, 'popup.html');
    const tabId = await tabIdOf(probe, 'https://x.com/*');
    await probe.close();
    const popup = await openExtensionPage(browser, `popup.html?tab=${tabId}`);
    const state = () => document.querySelector('[role="switch"]')?.getAttribute('aria-checked') ?? null;
    expect(await until(popup, state, (s) => s !== null)).toBe('true');
    await popup.click('[role="switch"]');
    expect(await until(x.page, hosts, (n) => n === 0)).toBe(0);
    expect(await x.page.evaluate(xMarkers)).toBe(0);
    await popup.click('[role="switch"]');
    expect(await until(x.page, xMarkers, (n) => n >= EXPECTED_MARKERS.home.length)).toBe(EXPECTED_MARKERS.home.length);
    expect(x.errors).toEqual([]);
    await popup.close();
    await x.page.close();
  });

  test('the popup finds accounts in Latin, Persian and Cyrillic script, and through a typo', async () => {
    const popup = await openExtensionPage(browser, 'popup.html');
    const first = () => document.querySelector('.result')?.textContent ?? '';
    for (const [query, expected] of [
      ['khamenei', 'Ali Khamenei'],
      ['خامنه ای', 'Ali Khamenei'],
      ['путин', 'Vladimir Putin'],
      ['bolsanaro', 'Jair Bolsonaro'],
    ] as const) {
      await popup.evaluate(() => {
        const box = document.querySelector<HTMLInputElement>('#search')!;
        box.select();
      });
      await popup.type('#search', query);
      expect(await until(popup, first, (text) => text.includes(expected)), query).toContain(expected);
      await popup.evaluate(() => {
        const box = document.querySelector<HTMLInputElement>('#search')!;
        box.value = '';
        box.dispatchEvent(new Event('input', { bubbles: true }));
      });
    }
    await popup.close();
  });

  test('the popup says how many results it found and shows them all on demand', async () => {
    const popup = await openExtensionPage(browser, 'popup.html');
    await popup.type('#search', 'china');
    const status = () => document.querySelector('#search-status')?.textContent ?? '';
    const some = await until(popup, status, (text) => /^30 of \d+ results$/.test(text));
    const total = Number(/of (\d+)/.exec(some)![1]);
    expect(await popup.evaluate(() => document.querySelectorAll('.result').length)).toBe(30);
    await popup.click('.results__all');
    expect(await until(popup, () => document.querySelectorAll('.result').length, (n) => n > 30)).toBe(total);
    expect(await popup.evaluate(status)).toBe(`${total} results`);
    await popup.close();
  });

  test('the consistency lens lists several leaders for one clause, and the options apply to an open X tab', async () => {
    const lens = await openExtensionPage(browser, 'popup.html#/clause/x-covid19-misleading-information');
    const leaders = () => [...document.querySelectorAll('.lens__table tbody th > a')].map((a) => a.textContent);
    const listed = await until(lens, leaders, (names) => names.length > 0);
    for (const leader of ['Ali Khamenei', 'Donald Trump', 'Jair Bolsonaro', 'Nicolás Maduro']) expect(listed).toContain(leader);
    await lens.close();

    const x = await openInFirefox(browser, HOME, X_PAGES);
    await until(x.page, () => document.querySelectorAll('[data-precedent-account]').length, (n) => n >= EXPECTED_MARKERS.home.length);
    const options = await openExtensionPage(browser, 'options.html');
    await options.click('input[name="density"][value="summary"]');
    await options.click('input[name="theme"][value="dark"]');
    const summaries = () =>
      [...document.querySelectorAll('precedent-annotation')].filter((host) => host.getAttribute('data-theme') === 'dark' && host.shadowRoot?.querySelector('p.summary')).length;
    expect(await until(x.page, summaries, (n) => n >= EXPECTED_MARKERS.home.length)).toBeGreaterThanOrEqual(EXPECTED_MARKERS.home.length);
    await options.evaluate('browser.storage.local.clear()'); // the next tests start from the defaults
    expect(x.errors).toEqual([]);
    await options.close();
    await x.page.close();
  });
});
