/**
 * The comparison in Firefox ESR: Trump and Khamenei side by side, clause by clause; a third added
 * from the search box; the CSV the button builds (read on its way to the download).
 */
import { expect, test } from '@playwright/test';
import { openExtensionPage, sharedFirefox, until } from '../support/firefox';

const browser = sharedFirefox();

/** Each platform's table: its heading, column headings, counts, and clause rows with their cells' text. */
const tables = () =>
  [...document.querySelectorAll('section.compare__platform')].map((section) => ({
    platform: section.querySelector('h3')?.textContent ?? '',
    columns: [...section.querySelectorAll('thead th')].map((th) => th.textContent),
    counts: [...section.querySelectorAll('td.compare__count')].map((td) => Number(td.textContent)),
    rules: [...section.querySelectorAll('tr.compare__rule')].map((row) => ({
      rule: row.textContent ?? '',
      cells: [...(row.nextElementSibling?.querySelectorAll('td') ?? [])].map((td) => [...td.querySelectorAll('summary')].map((s) => s.textContent).join(' | ') || td.textContent),
    })),
  }));

test('Trump and Khamenei side by side, a third added, the table as CSV', async () => {
  const page = await openExtensionPage(browser(), 'popup.html#/compare/donald-trump,ali-khamenei');
  try {
    const shown = await until(page, tables, (found) => found.length > 0);
    const x = shown.find((table) => table.platform === 'X (Twitter)')!;
    expect(x.columns).toEqual(['Donald Trump', 'Ali Khamenei']);
    expect(x.counts.every((count) => count > 0)).toBe(true);
    const covid = x.rules.find((row) => row.rule === 'COVID-19 misleading information policy')!;
    expect(covid.cells.every((cell) => /[A-Z][a-z]{2} (\d{1,2}, )?\d{4}/.test(cell ?? ''))).toBe(true);
    expect(x.rules.find((row) => row.rule === 'Glorification of violence policy')!.cells[1]).toBe('None on record');
    expect(shown.find((table) => table.platform === 'Instagram')!.rules.some((row) => row.cells[0] === 'No account on Instagram on record')).toBe(true);

    // What the CSV button builds, read on its way to the download.
    await page.evaluate(() => {
      const texts: string[] = [];
      Object.assign(window, { texts });
      const create = URL.createObjectURL.bind(URL);
      URL.createObjectURL = (blob: Blob) => (void blob.text().then((text) => texts.push(text)), create(blob));
    });
    await page.evaluate(() => [...document.querySelectorAll('button')].find((button) => button.textContent === 'Download this comparison (CSV)')!.click());
    const csv = await until(page, () => (window as unknown as { texts: string[] }).texts[0] ?? '', (text) => text !== '');
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe('"platform","clause","clause id","entity","entity id","status","date","account (handle or name)","action","summary","sources","event id"');
    expect(lines.some((line) => line.startsWith('"x","Glorification of violence policy","x-glorification-of-violence","Ali Khamenei","ali-khamenei","none-on-record"'))).toBe(true);

    await page.type('#compare-add', 'bolsanaro');
    await until(page, () => document.querySelectorAll('.compare__option').length, (n) => n > 0);
    await page.evaluate(() => [...document.querySelectorAll<HTMLButtonElement>('.compare__option')].find((button) => button.textContent?.includes('Jair Bolsonaro'))!.click());
    const three = await until(page, tables, (found) => found[0]?.columns.length === 3);
    expect(three[0]!.columns).toEqual(['Donald Trump', 'Ali Khamenei', 'Jair Bolsonaro']);
    expect(page.url()).toMatch(/#\/compare\/donald-trump,ali-khamenei,jair-bolsonaro$/);
  } finally {
    await page.close();
  }
});
