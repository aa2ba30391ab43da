/**
 * The popup in Chromium: search across scripts, record views, the policies view and the
 * consistency lens, all from the bundled dataset (the popup page is opened in a tab).
 */
import { expect, reportedFailures, test } from '../support/chromium';
import { coverageWords } from '../support/coverage';

test.describe('Popup lookup in Chromium', () => {
  test('search box is focused on open and finds accounts by handle, name in three scripts, country and office', async ({ extension }) => {
    const popup = await extension.open('popup.html');
    const box = popup.getByRole('searchbox');
    await expect(box).toBeFocused();
    const firstResult = popup.locator('.result').first();
    for (const [query, expected] of [
      ['@khamenei_ir', 'Ali Khamenei'],
      ['khamenei_ir', 'Ali Khamenei'],
      ['خامنه ای', 'Ali Khamenei'], // Persian, typed with a space instead of the zero-width non-joiner
      ['خامنه‌اي', 'Ali Khamenei'], // Arabic yeh instead of the Persian one
      ['путин', 'Vladimir Putin'], // Cyrillic, lower case
      ['Мишустин', 'Mikhail Mishustin'],
      ['erdogan', 'Recep Tayyip Erdoğan'], // no diacritics
      ['LULA DA SILVA', 'Luiz Inácio Lula da Silva'],
      ['khamenie', 'Ali Khamenei'], // letters swapped
      ['bolsanaro', 'Jair Bolsonaro'], // a letter changed
    ] as const) {
      await box.fill(query);
      await expect(firstResult, query).toContainText(expected);
    }
    // Country by name (in another language too) and by code; office titles.
    await box.fill('Brasil');
    await expect(popup.locator('.result', { hasText: 'Jair Bolsonaro' })).toHaveCount(1);
    await box.fill('NG');
    await expect(popup.locator('.result', { hasText: 'Muhammadu Buhari' })).toHaveCount(1);
    await box.fill('supreme leader');
    await expect(firstResult).toContainText('Ali Khamenei');
    // A result names the office, the country, the platforms and the count of actions on record.
    await box.fill('realDonaldTrump');
    await expect(firstResult).toContainText('Donald Trump');
    await expect(firstResult).toContainText('X (Twitter)');
    await expect(firstResult).toContainText(/\d+ actions on all platforms/);
    await box.fill('zzzz-no-such-leader');
    await expect(popup.getByRole('status')).toContainText('Nothing on record matches');
    await expect(popup.locator('.result')).toHaveCount(0);
  });

  test('search forgives spellings, ranks leaders first and narrows by filters', async ({ extension }) => {
    const popup = await extension.open('popup.html');
    const box = popup.getByRole('searchbox');
    const names = () => popup.locator('.result .result__name > span:first-child').allTextContents();
    // Other languages' spellings and letters.
    for (const [query, name] of [['Трамп', 'Donald Trump'], ['ترامپ', 'Donald Trump'], ['خامنئي', 'Ali Khamenei'], ['khamenie', 'Ali Khamenei']] as const) {
      await box.fill(query);
      await expect(popup.locator('.result').first()).toContainText(name);
    }
    // A country puts its head of state or government before its embassies and outlets.
    await box.fill('iran');
    await expect(popup.locator('.result').first()).toContainText('Ali Khamenei');
    await box.fill('russia');
    await expect(popup.locator('.result').nth(2)).toBeVisible();
    expect((await names()).slice(0, 3)).toContain('Vladimir Putin');
    // Filters: state media with an account on TikTok; the box can stay empty.
    await box.fill('');
    await popup.locator('details.filters > summary').click();
    await popup.getByLabel('Kind of record').selectOption({ label: 'State media' });
    await popup.getByLabel('Platform').selectOption({ label: 'TikTok' });
    await expect(popup.locator('details.filters > summary')).toHaveText('Filters (2)');
    const results = popup.locator('.result');
    await expect(results.first()).toBeVisible();
    const count = await results.count();
    expect(count).toBeGreaterThan(0);
    await expect(popup.getByRole('status')).toHaveText(count === 1 ? '1 result' : `${count} results`);
    for (const result of await results.all()) await expect(result.locator('.platform--tiktok')).toHaveCount(1);
    // A query within the filters, and none left when they exclude it.
    await box.fill('khamenei');
    await expect(popup.getByRole('status')).toHaveText('Nothing on record matches “khamenei”.');
    await popup.getByRole('button', { name: 'Clear filters' }).click();
    await expect(popup.locator('.result').first()).toContainText('Ali Khamenei');
  });

  test('a long list says how many it holds, and shows them all on demand', async ({ extension }) => {
    const popup = await extension.open('popup.html');
    await popup.getByRole('searchbox').fill('china');
    const status = popup.getByRole('status');
    await expect(status).toHaveText(/^30 of \d+ results$/);
    const total = Number(/of (\d+)/.exec((await status.textContent()) ?? '')![1]);
    expect(total).toBeGreaterThan(30);
    await expect(popup.locator('.result')).toHaveCount(30);
    await popup.getByRole('button', { name: `Show all ${total}` }).click();
    await expect(popup.locator('.result')).toHaveCount(total);
    await expect(status).toHaveText(`${total} results`);
    // A new query starts short again.
    await popup.getByRole('searchbox').fill('chin');
    await expect(popup.locator('.result')).toHaveCount(30);
  });

  test('results are keyboard navigable and open the record', async ({ extension }) => {
    const popup = await extension.open('popup.html');
    await expect(popup.getByRole('searchbox')).toBeFocused(); // rendered (keys typed before that go nowhere)
    await popup.keyboard.type('khamenei');
    await popup.keyboard.press('ArrowDown');
    await expect(popup.locator('.result').first()).toBeFocused();
    await popup.keyboard.press('Enter');
    await expect(popup).toHaveURL(/#\/entity\/ali-khamenei$/);
    const record = popup.locator('article.panel');
    await expect(record.getByRole('heading', { level: 2 })).toContainText('Ali Khamenei');
    // Every account with what attributes it, every event with its sources (https only).
    await expect(record.locator('.account')).not.toHaveCount(0);
    await expect(record.locator('.events > li')).not.toHaveCount(0);
    const hrefs = await record.locator('a[target="_blank"]').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(hrefs.length).toBeGreaterThan(5);
    for (const href of hrefs) expect(href).toMatch(/^https:\/\//);
    // Each event has a "report a correction" link to a prefilled issue.
    await expect(record.locator('.event__links a').first()).toHaveAttribute('href', /\/issues\/new\?title=Correction/);
    // Back returns to the same results.
    await popup.getByRole('link', { name: /Back/ }).click();
    await expect(popup.getByRole('searchbox')).toHaveValue('khamenei');
  });

  test('an account view is linkable and shows what the on-post panel shows', async ({ extension }) => {
    const popup = await extension.open('popup.html#/account/x-realdonaldtrump');
    const panel = popup.locator('section.panel');
    await expect(panel).toContainText('Donald Trump');
    await expect(panel).toContainText('Permanent suspension');
    await expect(panel).toContainText('Relevant policy clauses');
  });

  test('the policies view lists every clause with its dates', async ({ extension }) => {
    const popup = await extension.open('popup.html#/policies');
    await expect(popup.getByRole('heading', { name: 'X (Twitter) clauses' })).toBeVisible();
    await expect(popup.locator('.clause').nth(19)).toBeVisible();
    await expect(popup.locator('.clause', { hasText: 'Government and state-affiliated media account labels' })).toContainText(/2020.*–.*2023/);
  });

  test('consistency lens: one clause applied to several leaders, beside the documented no-action case', async ({ extension }) => {
    const popup = await extension.open('popup.html#/policies');
    await popup.getByRole('link', { name: 'COVID-19 misleading information policy' }).click();
    await expect(popup).toHaveURL(/#\/clause\/x-covid19-misleading-information$/);
    const rows = popup.locator('.lens__table').first().locator('tbody tr');
    const leaders = await rows.locator('th > a').allTextContents();
    for (const leader of ['Ali Khamenei', 'Donald Trump', 'Jair Bolsonaro', 'Nicolás Maduro']) expect(leaders).toContain(leader);
    await expect(popup.getByText(/leaders or bodies/)).toBeVisible();
    // The world-leaders clause: the 2020 decision to leave Khamenei's posts up is listed as no action.
    await popup.goto(popup.url().replace(/#.*/, '#/clause/x-world-leaders'));
    const noAction = popup.locator('.lens__table').last();
    await expect(noAction).toContainText('Ali Khamenei');
    await expect(noAction).toContainText('No action after review');
  });

  test('footer gives the dataset version, date, counts, the share of the checklist held and the changelog', async ({ extension }) => {
    const popup = await extension.open('popup.html');
    const foot = popup.locator('footer.foot');
    await expect(foot).toContainText(/Dataset \d+\.\d+\.\d+/);
    await expect(foot).toContainText(/\d+ leaders and bodies · \d+ accounts · \d+ events/);
    await expect(foot.getByRole('link', { name: 'Changelog' })).toHaveAttribute('href', /^https:\/\/.*CHANGELOG\.md$/);
    const { recorded, listed, percent } = coverageWords();
    const coverage = foot.getByRole('link', { name: `Holds ${recorded} of ${listed} listed actions (${percent}%)` });
    await expect(coverage).toHaveAttribute('href', /^https:\/\/.*\/docs\/coverage\.md$/);
  });

  test('the popup tells how many posts Precedent could not read on the current tab, and the options page lists them', async ({ extension }) => {
    // A tab whose content script reported failures (an extension page in a tab stands in for one:
    // the background keeps what each tab's scripts report, whoever sent it).
    const reporter = await extension.open('options.html');
    const tabId = await reporter.evaluate(async () => {
      // Its own tab, without the "tabs" permission (older Chromium hides extension pages' URLs from tabs.query).
      const tab = await new Promise<{ id?: number } | undefined>((resolve) => chrome.tabs.getCurrent(resolve));
      await chrome.runtime.sendMessage({ type: 'precedent:failures', count: 3, samples: ['TypeError: unreadable post'] });
      return tab?.id ?? -1;
    });
    const popup = await extension.open(`popup.html?tab=${tabId}`);
    await expect(popup.locator('.failures')).toContainText('Posts Precedent could not read on this page: 3');
    await popup.getByText('What went wrong').click();
    await expect(popup.locator('.failures__details li')).toHaveText(['TypeError: unreadable post']);
    const options = await extension.open('options.html');
    await expect(options.locator('#diagnostics-title')).toHaveText('Diagnostics');
    await expect(options.locator('.failures')).toContainText('Posts Precedent could not read on this page: 3');
    // Closing the tab forgets its failures.
    await reporter.close();
    await expect.poll(async () => (await reportedFailures(extension.context)).length).toBe(0);
  });
});
