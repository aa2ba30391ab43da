/**
 * The comparison in Chromium: reached from the on-post panel ("Compare with…"), the popup's
 * navigation and the consistency lens; Trump and Khamenei side by side, clause by clause, with the
 * same counts as the search, and the table taken away as CSV and JSON.
 */
import { readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from '../support/chromium';
import { isPageOwnRequest } from '../support/pages';
import { HOME, HOME_IDS, X_PAGES } from '../support/routes';
import { XPage } from '../support/x-page';

/** The cell of `column` (0-based) under the clause row whose heading is `clause`, in one platform's table. */
const cell = (table: Locator, clause: string | RegExp, column: number) =>
  table.locator('tr.compare__rule', { has: table.page().getByRole('columnheader', { name: clause }) }).locator('xpath=following-sibling::tr[1]').locator('td').nth(column);

async function addToComparison(page: Page, query: string, name: string) {
  await page.getByLabel('Add a person or body').fill(query);
  await page.locator('.compare__option', { hasText: name }).first().click();
}

test.describe('Comparison in Chromium', () => {
  test.afterEach(async ({ session }) => {
    expect(session.errors).toEqual([]);
    expect(session.refused.filter((url) => !isPageOwnRequest(url, session.served))).toEqual([]);
  });

  test('from the panel: Trump and Khamenei, clause by clause, with the same counts as the search', async ({ session, extension, extensionContext }) => {
    await session.open(HOME, X_PAGES);
    const x = new XPage(session.page);
    const trump = x.post(HOME_IDS.trump);
    await x.badge(trump).click();
    const opened = extensionContext.waitForEvent('page');
    await x.panel(trump).getByRole('button', { name: 'Compare with…' }).click();
    const page = await opened;
    await expect(page).toHaveURL(/popup\.html#\/compare\/donald-trump$/);
    await expect(page.getByText('Add at least two people or bodies to compare.')).toBeVisible();
    await addToComparison(page, 'khamenie', 'Ali Khamenei');
    await expect(page).toHaveURL(/#\/compare\/donald-trump,ali-khamenei$/);

    const xTable = page.locator('section.compare__platform', { has: page.getByRole('heading', { name: 'X (Twitter)', exact: true }) });
    await expect(xTable.locator('thead th')).toHaveText(['Donald Trump', 'Ali Khamenei']);
    // The counts rows, over every platform, add up to what the search says for each.
    const counts = await xTable.locator('td.compare__count').allTextContents();
    const column = async (at: number) => {
      let sum = 0;
      for (const table of await page.locator('section.compare__platform').all()) sum += Number(await table.locator('td.compare__count').nth(at).textContent());
      return sum;
    };
    const popup = await extension.open('popup.html');
    for (const [name, query, at] of [['Donald Trump', 'realDonaldTrump', 0], ['Ali Khamenei', 'khamenei', 1]] as const) {
      await popup.getByRole('searchbox').fill(query);
      await expect(popup.locator('.result', { hasText: name }).first().locator('.result__count')).toHaveText(`${await column(at)} actions on all platforms`);
    }
    // A rule applied to both comes before a rule applied to one; each cell holds dated actions.
    const rules = await xTable.locator('tr.compare__rule th').allTextContents();
    expect(rules[0]).toBe('Enforcement actions on this platform');
    const bothActed = rules.indexOf('COVID-19 misleading information policy');
    const oneActed = rules.indexOf('Glorification of violence policy');
    expect(bothActed).toBeGreaterThan(0);
    expect(oneActed).toBeGreaterThan(bothActed);
    await expect(cell(xTable, 'COVID-19 misleading information policy', 0).locator('.compare__event summary').first()).toHaveText(/^\S.* [A-Z][a-z]{2} (\d{1,2}, )?\d{4}$/);
    await expect(cell(xTable, 'Glorification of violence policy', 1)).toHaveText('None on record');
    // Instagram: Khamenei's account was acted on; Trump has no Instagram account on record.
    const instagram = page.locator('section.compare__platform', { has: page.getByRole('heading', { name: 'Instagram', exact: true }) });
    await expect(instagram.locator('td').filter({ hasText: 'No account on Instagram on record' })).toHaveCount(await instagram.locator('tr.compare__rule').count() - 1);
    // An event opens to its summary and sources.
    const first = cell(xTable, 'COVID-19 misleading information policy', 1).locator('details').first();
    await first.locator('summary').click();
    await expect(first.locator('.sources a').first()).toHaveAttribute('href', /^https:\/\//);

    // The table taken away: CSV with a line per event and per empty cell; JSON with the events.
    const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download this comparison (CSV)' }).click()]);
    expect(csv.suggestedFilename()).toBe('precedent-compare-donald-trump-ali-khamenei.csv');
    const lines = readFileSync((await csv.path())!, 'utf8').split('\r\n');
    expect(lines[0]).toBe('"platform","clause","clause id","entity","entity id","status","date","account (handle or name)","action","summary","sources","event id"');
    expect(lines.filter((line) => line.startsWith('"x","Glorification of violence policy","x-glorification-of-violence","Ali Khamenei","ali-khamenei","none-on-record"'))).toHaveLength(1);
    expect(lines.filter((line) => line.startsWith('"x","Glorification of violence policy","x-glorification-of-violence","Donald Trump","donald-trump","action",'))).toHaveLength(2);
    const [json] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download this comparison (JSON)' }).click()]);
    const taken = JSON.parse(readFileSync((await json.path())!, 'utf8')) as { compared: Array<{ id: string; actions: { byPlatform: { x: number } } }> };
    expect(taken.compared.map(({ id, actions }) => [id, String(actions.byPlatform.x)])).toEqual([['donald-trump', counts[0]], ['ali-khamenei', counts[1]]]);

    // Removing one leaves the comparison waiting for a second.
    await page.getByRole('button', { name: 'Remove Ali Khamenei from the comparison' }).click();
    await expect(page).toHaveURL(/#\/compare\/donald-trump$/);
    await expect(page.locator('section.compare__platform')).toHaveCount(0);
  });

  test('from the consistency lens: the chosen rows open side by side; from the popup, a tab of its own', async ({ extension, extensionContext }) => {
    const popup = await extension.open('popup.html#/clause/x-covid19-misleading-information');
    // The lens's table taken away: a line per use (once the table is drawn: the popup reads the dataset first).
    await expect(popup.locator('.lens__table tbody tr').first()).toBeVisible();
    const rows = await popup.locator('.lens__table tbody tr').count();
    const [csv] = await Promise.all([popup.waitForEvent('download'), popup.getByRole('button', { name: 'Download this table (CSV)' }).click()]);
    expect(csv.suggestedFilename()).toBe('precedent-lens-x-covid19-misleading-information.csv');
    const lines = readFileSync((await csv.path())!, 'utf8').trimEnd().split('\r\n');
    expect(lines[0]).toBe('"clause","clause id","use","entity","entity id","date","account (handle or name)","action","summary","sources","event id"');
    expect(lines.filter((line) => line.startsWith('"COVID-19 misleading information policy","x-covid19-misleading-information",'))).toHaveLength(rows);
    const link = popup.locator('.lens__compare');
    await expect(link).toHaveText('Tick two to four rows to compare them side by side.');
    await expect(link.locator('a')).toHaveCount(0);
    await popup.getByRole('checkbox', { name: 'Select Donald Trump to compare' }).first().check();
    await popup.getByRole('checkbox', { name: 'Select Ali Khamenei to compare' }).first().check();
    await expect(link).toHaveText('Compare the selected (2)');
    await link.locator('a').click();
    await expect(popup).toHaveURL(/#\/compare\/donald-trump,ali-khamenei$/);
    // In the popup's 400 px, the comparison offers a tab of its own, where it reads as a page.
    await expect(popup.getByRole('button', { name: 'Open in a tab' })).toBeHidden();
    await popup.setViewportSize({ width: 400, height: 600 });
    const opened = extensionContext.waitForEvent('page');
    await popup.getByRole('button', { name: 'Open in a tab' }).click();
    const tab = await opened;
    await expect(tab).toHaveURL(/popup\.html#\/compare\/donald-trump,ali-khamenei$/);
    await tab.setViewportSize({ width: 1280, height: 800 });
    const main = await tab.locator('main.main').boundingBox();
    expect(main!.width).toBeLessThanOrEqual(960);
    expect(main!.x).toBeGreaterThan(100); // centred, not pinned to the left
    await expect(tab.getByRole('link', { name: 'Compare', exact: true })).toHaveAttribute('aria-current', 'page');
    // Printed, it is the record alone: no navigation, buttons or search box.
    await tab.emulateMedia({ media: 'print' });
    await expect(tab.locator('header.bar')).toBeHidden();
    await expect(tab.locator('.compare__add')).toBeHidden();
    await expect(tab.locator('.compare__table').first()).toBeVisible();
    await tab.emulateMedia({ media: 'screen' });
    await expect(tab.locator('header.bar')).toBeVisible();
  });
});
