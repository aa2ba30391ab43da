/**
 * Imported dataset packs and backups, end to end in Chromium: a pack imported on the options page
 * puts a badge (marked as the user's own record) on a post whose author only the pack tracks, in an
 * X tab already open, with no reload; removing it takes the badge away; a bad file is refused with
 * its problems named and changes nothing; a backup exported and restored brings the pack back.
 */
import type { Page } from '@playwright/test';
import { expect, test } from '../support/chromium';
import { accountPack, source } from '../support/pack';
import { EXPECTED_MARKERS, HOME, HOME_IDS, X_PAGES } from '../support/routes';
import { XPage } from '../support/x-page';

const pack = {
  ...accountPack,
  events: [
    {
      id: 'pack-test-minister-2024-label',
      account: 'x-pack-test-minister',
      platform: 'x',
      date: '2024-05-01',
      action: 'post-labelled',
      policies: [],
      summary: 'A test label <img src=x onerror=alert(1)>.',
      sources: [source],
    },
  ],
  policies: [],
};
const asFile = (name: string, value: unknown) => ({ name, mimeType: 'application/json', buffer: Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)) });

async function importFile(options: Page, input: '#pack-file' | '#backup-file', file: ReturnType<typeof asFile>) {
  await options.locator(input).setInputFiles(file);
}

test.describe('Dataset packs in Chromium', () => {
  test('a pack adds a badge live, marked as the user’s; removing it takes the badge away', async ({ session, extension }) => {
    await session.open(HOME, X_PAGES);
    const x = new XPage(session.page);
    await x.waitForMarkers(EXPECTED_MARKERS.home.length);
    const options = await extension.open('options.html');
    await expect(options.getByText('No packs imported')).toBeVisible();

    await importFile(options, '#pack-file', asFile('my-pack.json', pack));
    await expect(options.getByRole('status')).toHaveText('Imported “my-pack.json”: adds 1 leader or body, 1 account, 1 event.');
    await options.getByText('What it adds and corrects').click();
    await expect(options.locator('.packs__refs li')).toHaveText([/Pack Test Minister/, /@lena_ortiz_dev \(x\)/, /2024-05-01: A test label/]);

    // The open X tab follows without a reload.
    const post = x.post(HOME_IDS.untracked);
    await expect(post).toHaveAttribute('data-precedent-account', 'x-pack-test-minister');
    await x.badge(post).click();
    const panel = x.panel(post);
    // Pack names are direction-isolated (U+2068 … U+2069) inside the sentence.
    await expect(panel.locator('.pack-notice')).toHaveText(/imported packs: “\u2068my-pack\.json\u2069”\. They are not from Precedent’s reviewed dataset/);
    await expect(panel.locator('.event__pack')).toHaveText('From your pack “\u2068my-pack.json\u2069”');
    // Markup in a pack is text.
    await expect(panel.locator('.event__summary')).toHaveText('A test label <img src=x onerror=alert(1)>.');
    await expect(panel.locator('img')).toHaveCount(0);
    expect(await x.markers()).toContain('author x-pack-test-minister');

    // The popup searches the pack's records too.
    const popup = await extension.open('popup.html');
    await popup.getByRole('searchbox').fill('Pack Test');
    await expect(popup.getByText('Pack Test Minister').first()).toBeVisible();
    await expect(popup.getByRole('button', { name: 'plus your imported pack' })).toBeVisible();

    await options.getByRole('button', { name: 'Remove my-pack.json' }).click();
    await expect(options.getByRole('status')).toHaveText('Removed “my-pack.json”.');
    await expect(post.locator('precedent-annotation')).toHaveCount(0);
    // The content script restarts with the new keys: the bundled badges come back as they were.
    await expect.poll(() => x.markers()).toEqual(EXPECTED_MARKERS.home);
    expect(session.errors).toEqual([]);
  });

  test('a bad pack is refused with file, path and reason, and nothing changes', async ({ session, extension }) => {
    const options = await extension.open('options.html');
    await importFile(options, '#pack-file', asFile('first.json', pack));
    await expect(options.getByRole('status')).toContainText('Imported “first.json”');
    const before = await options.evaluate(() => chrome.storage.local.get(null));

    const clash = { ...pack, entities: [{ ...pack.entities[0], id: 'other' }], accounts: [{ ...pack.accounts[0], id: 'x-other', entity: 'other', handles: [{ handle: 'realDonaldTrump' }] }], events: [] };
    const cases: Array<[string, unknown, RegExp]> = [
      ['broken.json', '{"format": 1,', /^broken\.json: is not valid JSON/],
      ['http.json', { ...pack, events: [{ ...pack.events[0], sources: [{ ...source, url: 'javascript:alert(1)' }] }] }, /^http\.json › events\.0\.sources\.0\.url: must be an https:\/\/ URL$/],
      ['clash.json', clash, /^clash\.json › accounts\.0\.handles: handle "realDonaldTrump" is also claimed by account "x-realdonaldtrump" \(the bundled dataset\)/],
      ['big.json', 'x'.repeat(2 * 1024 * 1024 + 1), /^big\.json: is too large: 2,097,153 bytes, over the limit of 2 MB$/],
    ];
    for (const [name, value, problem] of cases) {
      await importFile(options, '#pack-file', asFile(name, value));
      const alert = options.getByRole('alert');
      await expect(alert.locator('p')).toHaveText(`“${name}” was not imported, and nothing changed. Fix these problems and import it again:`);
      await expect(alert.locator('li').first()).toHaveText(problem);
    }
    expect(await options.evaluate(() => chrome.storage.local.get(null))).toEqual(before);

    // The bundled badges are untouched.
    await session.open(HOME, X_PAGES);
    const x = new XPage(session.page);
    await x.waitForMarkers(EXPECTED_MARKERS.home.length + 1);
    expect(session.errors).toEqual([]);
  });

  test('a backup exported and restored brings back the settings and the pack', async ({ extension }) => {
    const options = await extension.open('options.html');
    await importFile(options, '#pack-file', asFile('my-pack.json', pack));
    await expect(options.getByRole('status')).toContainText('Imported');
    await options.getByLabel('Dark', { exact: true }).check();

    const [download] = await Promise.all([options.waitForEvent('download'), options.getByRole('button', { name: 'Export settings and packs' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^precedent-backup-\d{4}-\d{2}-\d{2}\.json$/);
    const path = await download.path();
    const { readFileSync } = await import('node:fs');
    const text = readFileSync(path, 'utf8');
    expect(JSON.parse(text)).toMatchObject({ format: 'precedent-backup', version: 1, settings: { theme: 'dark' }, packs: [{ name: 'my-pack.json' }] });

    await options.evaluate(() => chrome.storage.local.clear());
    await options.reload();
    await expect(options.getByText('No packs imported')).toBeVisible();
    await importFile(options, '#backup-file', asFile('backup.json', text));
    await expect(options.getByRole('status')).toHaveText('Restored your settings and 1 pack.');
    await expect(options.getByLabel('Dark', { exact: true })).toBeChecked();
    await expect(options.locator('.packs__row')).toHaveCount(1);

    await importFile(options, '#backup-file', asFile('not-a-backup.json', pack));
    await expect(options.getByRole('alert').locator('li').first()).toHaveText(/^not-a-backup\.json › format: must be "precedent-backup"$/);
    await expect(options.locator('.packs__row')).toHaveCount(1);
  });

  test('a stored pack whose import date cannot be read is still listed, said to be of unknown date, and removable', async ({ extension }) => {
    const options = await extension.open('options.html');
    await expect(options.getByText('No packs imported')).toBeVisible();
    // What an older version or a hand edit may have left in storage.
    await options.evaluate(
      (document) => chrome.storage.local.set({ packs: { version: 1, packs: [{ id: 'odd.json', name: 'odd.json', importedAt: 'not a date', document }] } }),
      { ...pack, format: 1, meta: { version: '1.0.0', date: '2026-11-01' } },
    );
    await expect(options.locator('.packs__row')).toContainText('odd.json');
    await expect(options.locator('.packs__row')).toContainText('imported date unknown');
    await options.getByRole('button', { name: 'Remove odd.json' }).click();
    await expect(options.getByRole('status')).toHaveText('Removed “odd.json”.');
    await expect(options.getByText('No packs imported')).toBeVisible();
  });
});
