/**
 * The record as a reader meets it, in Chromium: the panel sums it up first (counts, then what the
 * platform did, in a line), shows the latest events and the rest on demand, closes with its own
 * button, lets the page scroll on at its end, and says the same counts as the popup's search and
 * the record page.
 */
import { readFileSync } from 'node:fs';
import type { Locator } from '@playwright/test';
import { expect, test } from '../support/chromium';
import { isPageOwnRequest, rawFixture } from '../support/pages';
import { HANDOVER_IDS, HANDOVERS, HOME, HOME_IDS, X_PAGES } from '../support/routes';
import { XPage } from '../support/x-page';

const counts = (scope: Locator) => scope.locator('.glance__count').allTextContents();
const story = (scope: Locator) => scope.locator('.glance__story').first();

test.describe('The record at a glance in Chromium', () => {
  test.afterEach(async ({ session }) => {
    expect(session.errors).toEqual([]);
    expect(session.refused.filter((url) => !isPageOwnRequest(url, session.served))).toEqual([]);
  });

  test('the panel opens on a summary line for each leader', async ({ session }) => {
    await session.open(HOME, X_PAGES);
    const x = new XPage(session.page);
    const trump = x.post(HOME_IDS.trump);
    await x.badge(trump).click();
    const panel = x.panel(trump);
    // What happened to the account, in the order it happened, then the post actions by count.
    // The reinstatement's day or only its month: the record dates it as precisely as its sources do.
    await expect(story(panel)).toContainText(/Permanent suspension[^·]*\(.*Jan 8, 2021\) · Reinstated \(Nov (19, )?2022\)/);
    await expect(story(panel)).toContainText(/\d+ posts removed · \d+ posts behind a notice · \d+ posts labelled/);
    // The check shown again days after the purge of 20 April 2023 is dated only "Apr 2023": the record
    // says it came after (`after`), and the line and the timeline tell it so.
    await expect(story(panel)).toContainText(/Account label removed \(Apr 20, 2023\) · Account labelled ×\d+ \(latest Apr 2023\)/);
    const told = await panel.locator('ol.events').first().locator(':scope > li').evaluateAll((items) => items.map((li) => li.className));
    expect(told.slice(0, 2)).toEqual(['event event--account-labelled', 'event event--account-label-removed']);
    // The summary comes before the timeline, the attribution waits behind a disclosure.
    const order = await panel.evaluate((el) => ['.glance', 'ol.events'].map((selector) => [...el.querySelectorAll('*')].indexOf(el.querySelector(selector)!)));
    expect(order[0]).toBeLessThan(order[1]!);
    await expect(panel.locator('details.panel__provenance')).not.toHaveAttribute('open');
    await expect(panel.locator('details.panel__provenance .sources')).toBeHidden();

    const khamenei = x.post(HOME_IDS.khameneiReposted);
    await x.badge(khamenei).click();
    await expect(story(x.panel(khamenei))).toContainText(/Temporary suspension ×\d+ \(latest [A-Z][a-z]{2} \d{4}\)/);

    await session.open(HANDOVERS, X_PAGES);
    const biden = x.post(HANDOVER_IDS.potus2022);
    await x.badge(biden).click();
    // Biden's line: the July 2020 hijack of @JoeBiden (Twitter's lock and its removal of the
    // hijackers' tweet), two account labels (@POTUS's government label in 2021, the grey government
    // check Snopes saw in April 2023), his posts' labels.
    await expect(story(x.panel(biden))).toContainText(/^Account locked \(Jul 15, 2020\) · Account labelled ×2 \(latest Apr 2023\) · 1 post removed · \d+ posts? labelled$/);
    // Notes for the record's editors stay in the data.
    await expect(x.panel(biden).locator('details.panel__provenance')).toContainText('renamed @POTUS');
    await expect(x.panel(biden)).not.toContainText("'to' is");
  });

  test('the latest three events first, all on demand; Close closes', async ({ session }) => {
    await session.open(HOME, X_PAGES);
    const x = new XPage(session.page);
    const post = x.post(HOME_IDS.trump);
    await x.badge(post).click();
    const panel = x.panel(post);
    const own = panel.locator('ol.events').first().locator(':scope > li');
    await expect(own).toHaveCount(3);
    const more = panel.locator('button.fold').first();
    const total = Number(/\d+/.exec((await more.textContent()) ?? '')?.[0]);
    expect(total).toBeGreaterThan(3);
    await more.click();
    await expect(own).toHaveCount(total);
    await expect(more).toHaveText('Show fewer');

    await panel.getByRole('button', { name: 'Close' }).click();
    await expect(panel).toHaveCount(0);
    await expect(x.badge(post)).toBeFocused();
    await expect(x.badge(post)).toHaveAttribute('aria-expanded', 'false');
  });

  test('no scroll trap: at the panel’s end the wheel scrolls the timeline on', async ({ session }) => {
    await session.page.setViewportSize({ width: 1280, height: 700 });
    await session.open(HOME, X_PAGES);
    const x = new XPage(session.page);
    const post = x.post(HOME_IDS.trump);
    await x.badge(post).click();
    const panel = x.panel(post);
    await panel.locator('button.fold').first().click();
    // A long record scrolls inside the panel; take it to its end.
    await expect.poll(() => panel.evaluate((el) => el.scrollHeight > el.clientHeight)).toBe(true);
    await panel.evaluate((el) => el.scrollTo({ top: el.scrollHeight }));
    await expect.poll(() => panel.evaluate((el) => Math.ceil(el.scrollTop + el.clientHeight) >= el.scrollHeight)).toBe(true);
    const box = (await panel.boundingBox())!;
    const before = await session.page.evaluate(() => window.scrollY);
    await session.page.mouse.move(box.x + box.width / 2, box.y + Math.min(box.height / 2, 200));
    await session.page.mouse.wheel(0, 300);
    // By most of the wheel's 300 px, not by a pixel of layout settling.
    await expect.poll(() => session.page.evaluate(() => window.scrollY)).toBeGreaterThan(before + 100);
  });

  test('one count everywhere: badge, panel, search result and record page', async ({ session, extension }) => {
    await session.open(HOME, X_PAGES);
    const x = new XPage(session.page);
    const post = x.post(HOME_IDS.trump);
    const badgeCount = (await x.badge(post).locator('.badge__count-long').textContent()) ?? '';
    expect(badgeCount).toMatch(/^\d+ actions on X \(Twitter\)$/);
    await x.badge(post).click();
    const [onX, onAll] = await counts(x.panel(post));
    expect(onX).toBe(badgeCount);
    expect(onAll).toMatch(/^\d+ actions on all platforms$/);
    expect(Number(/\d+/.exec(onAll!)![0])).toBeGreaterThan(Number(/\d+/.exec(onX!)![0]));

    const popup = await extension.open('popup.html');
    await popup.getByRole('searchbox').fill('realDonaldTrump');
    await expect(popup.locator('.result').first().locator('.result__count')).toHaveText(onAll!);
    await popup.locator('.result').first().click();
    await expect(popup).toHaveURL(/#\/entity\/donald-trump$/);
    const record = popup.locator('article.panel');
    expect(await counts(record)).toEqual([onAll]);
    // Each platform's line; X's starts with the same story as the panel's.
    await expect(record.locator('.glance__story[data-platform="x"]')).toContainText(/^On X \(Twitter\): .*Reinstated \(Nov (19, )?2022\)/);
    await expect(record.locator('.glance__story[data-platform="facebook"]')).toContainText(/^On Facebook: /);
  });

  test('former holders say so, with their term, in search results and on their record', async ({ extension }) => {
    const popup = await extension.open('popup.html');
    const box = popup.getByRole('searchbox');
    await box.fill('buhari');
    await expect(popup.locator('.result', { hasText: 'Muhammadu Buhari' }).locator('.result__what')).toContainText('President of Nigeria (former, 2015–2023)');
    await box.fill('tinubu');
    const tinubu = popup.locator('.result', { hasText: 'Tinubu' }).locator('.result__what');
    await expect(tinubu).toContainText('President of Nigeria');
    await expect(tinubu).not.toContainText('former');
    await box.fill('joe biden');
    await popup.locator('.result', { hasText: 'Joe Biden' }).first().click();
    // Anchored: his vice-presidency ("Vice President of the United States") is listed too.
    await expect(popup.locator('article.panel ul.panel__offices li', { hasText: /^President of the United States/ })).toContainText('former');
  });

  test('an account no dated source gives a handle for is found by name, with its record, and says its posts are not badged', async ({ extension }) => {
    const popup = await extension.open('popup.html');
    await popup.getByRole('searchbox').fill('Radio New Zealand');
    await popup.locator('.result', { hasText: 'Radio New Zealand' }).first().click();
    const account = popup.locator('article.panel li.account', { hasText: 'X (Twitter)' }).first();
    await expect(account).toContainText("No dated source states this account's handle, so its posts are not badged.");
    await expect(account.locator('.account__head a')).not.toContainText('@');
    await expect(popup.locator('article.panel ol.events')).toContainText(/label/i);
  });

  test('the badge follows X’s font size and shortens, never cuts, in a narrow column', async ({ session }) => {
    /** The badge at X's root font size; `column`: the post's content column narrowed to that width, as on a 430 px phone. */
    const badgeAt = async (fontSize: number, column?: number) => {
      await session.openHtml(HOME, rawFixture('x/home-2025.html').replace('font-size: 15px;', `font-size: ${fontSize}px;`));
      const x = new XPage(session.page);
      const badge = x.badge(x.post(HOME_IDS.trump));
      await expect(badge).toBeVisible();
      return badge.evaluate(async (el, width) => {
        const host = (el.getRootNode() as ShadowRoot).host as HTMLElement;
        if (width) host.parentElement!.style.setProperty('max-width', `${width}px`, 'important');
        await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
        const who = el.querySelector('.badge__who')!;
        const shown = (selector: string) => getComputedStyle(el.querySelector(selector)!).display !== 'none';
        return {
          fontSize: parseFloat(getComputedStyle(el).fontSize),
          nameCut: who.scrollWidth > who.clientWidth + 1,
          kind: shown('.badge__kind'),
          longCount: shown('.badge__count-long'),
          shortCount: shown('.badge__count-short') ? el.querySelector('.badge__count-short')!.textContent : null,
          inside: el.getBoundingClientRect().right <= host.parentElement!.getBoundingClientRect().right + 1,
        };
      }, column);
    };
    expect(await badgeAt(15)).toMatchObject({ fontSize: 13, nameCut: false, kind: true, longCount: true, shortCount: null, inside: true });
    // X's font-size setting (the page's root font size) scales the badge with the posts.
    expect((await badgeAt(17)).fontSize).toBeCloseTo((17 * 13) / 15, 1);
    // A phone's column (430 px wide, less the avatar and margins): the kind and the count's
    // platform go, the name and the count stay whole.
    const narrow = await badgeAt(17, 340);
    expect(narrow).toMatchObject({ nameCut: false, kind: false, longCount: false, inside: true });
    expect(narrow.shortCount).toMatch(/^\d+ actions$/);
  });

  test('takes the record away: a citation copied, the record downloaded as JSON and CSV, a correction as text or a pack', async ({ extension }) => {
    const popup = await extension.open('popup.html#/entity/donald-trump');
    // What reaches the clipboard, recorded on its way (Chromium grants no clipboard reads to an
    // extension's page from outside); the real write still happens, and its failure would show.
    await popup.evaluate(() => {
      const write = navigator.clipboard.writeText.bind(navigator.clipboard);
      const copies: string[] = [];
      Object.assign(window, { copies });
      navigator.clipboard.writeText = (text: string) => (copies.push(text), write(text));
    });
    const record = popup.locator('article.panel');
    const first = record.locator('ol.events > li').first();
    await first.getByRole('button', { name: 'Copy citation' }).click();
    await expect(first.getByRole('status')).toHaveText('Copied');
    const copied = await popup.evaluate(() => (window as unknown as { copies: string[] }).copies.join());
    const eventDate = await first.locator('.event__date').getAttribute('datetime');
    expect(copied).toMatch(new RegExp(`^Donald Trump \\([^,]+, [a-z]+\\): [a-z-]+, ${eventDate}\\.\n`));
    expect(copied).toMatch(/\nSources:\n- .+, “.+”(, [\d-]+)?\. https:\/\/\S+\n/);
    expect(copied).toMatch(/\nPrecedent dataset \d+\.\d+\.\d+ \(\d{4}-\d{2}-\d{2}\), event [a-z0-9-]+\.$/);

    const [json] = await Promise.all([popup.waitForEvent('download'), record.getByRole('button', { name: 'Download this record (JSON)' }).click()]);
    expect(json.suggestedFilename()).toBe('precedent-donald-trump.json');
    const parsed = JSON.parse(readFileSync((await json.path())!, 'utf8')) as { entity: { id: string }; events: unknown[] };
    expect(parsed.entity.id).toBe('donald-trump');
    const eventCount = await record.locator('ol.events > li').count();
    expect(parsed.events).toHaveLength(eventCount);

    const [csv] = await Promise.all([popup.waitForEvent('download'), record.getByRole('button', { name: 'Download its events (CSV)' }).click()]);
    expect(csv.suggestedFilename()).toBe('precedent-donald-trump.csv');
    const lines = readFileSync((await csv.path())!, 'utf8').trimEnd().split('\r\n');
    expect(lines[0]).toBe('"date","platform","account (handle or name)","action","policies","summary","sources","event id"');
    expect(lines.length).toBeGreaterThan(eventCount); // a header, then a row per event (summaries may hold line breaks)

    // The sources, each once, for reference managers and as text.
    const [ris] = await Promise.all([popup.waitForEvent('download'), record.getByRole('button', { name: 'Sources for reference managers (RIS)' }).click()]);
    expect(ris.suggestedFilename()).toBe('precedent-donald-trump-sources.ris');
    const risRecords = readFileSync((await ris.path())!, 'utf8').trimEnd().split('\r\n\r\n');
    const urls = new Set(await record.locator('ol.events .sources a').evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href)));
    expect(risRecords).toHaveLength(urls.size);
    for (const entry of risRecords) expect(entry).toMatch(/^TY {2}- NEWS\r\nTI {2}- .+\r\n(.+\r\n)*UR {2}- https:\/\/\S+\r\nN1 {2}- Cited by Precedent dataset .+\r\nER {2}- ?$/);
    const [bib] = await Promise.all([popup.waitForEvent('download'), record.getByRole('button', { name: 'Sources as BibTeX' }).click()]);
    expect(readFileSync((await bib.path())!, 'utf8').match(/^@online\{precedent-\d+,$/gm)).toHaveLength(urls.size);
    await record.getByRole('button', { name: 'Copy all sources' }).click();
    const allSources = await popup.evaluate(() => (window as unknown as { copies: string[] }).copies.at(-1) ?? '');
    expect(allSources.trimEnd().split('\n').filter((line) => / https:\/\/\S+$/.test(line)).length).toBeGreaterThanOrEqual(urls.size);

    // A correction without the project's site: the report as text, and the record as a pack to edit.
    await record.getByRole('button', { name: 'Copy the correction report as text' }).click();
    await expect(record.locator(':scope > p.panel__open').last().locator('.copied')).toHaveText('Copied');
    const report = await popup.evaluate(() => (window as unknown as { copies: string[] }).copies.at(-1) ?? '');
    expect(report).toMatch(/^Correction: entity donald-trump\n\nRecord: entity `donald-trump` \(Donald Trump\)\nDataset version: \d+\.\d+\.\d+\n/);
    const [draft] = await Promise.all([popup.waitForEvent('download'), record.getByRole('button', { name: 'Download this record as a pack to correct' }).click()]);
    const pack = JSON.parse(readFileSync((await draft.path())!, 'utf8')) as { format: number; entities: Array<{ id: string }>; events: unknown[] };
    expect(pack.format).toBe(1);
    expect(pack.entities.map((entity) => entity.id)).toEqual(['donald-trump']);
    expect(pack.events).toHaveLength(eventCount);
  });
});

