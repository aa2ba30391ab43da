/**
 * A dataset pack in Firefox ESR: imported through the options page's file input, it badges the
 * open X tab's post by the account only the pack tracks, marked as the user's; a bad file is
 * refused with its problem named; removing the pack takes the badge away. (The Chromium spec,
 * tests/e2e/chromium/packs.spec.ts, covers more cases and backups.)
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import type { ElementHandle } from 'puppeteer-core';
import { launchFirefox, openExtensionPage, openInFirefox, reportedFailures, until } from '../support/firefox';
import { accountPack } from '../support/pack';
import { EXPECTED_MARKERS, HOME, HOME_IDS, X_PAGES } from '../support/routes';

const packMarker = (id: string) => {
  const article = document.querySelector(`a[href$="/status/${id}"] > time`)?.closest('article');
  const root = article?.querySelector('precedent-annotation')?.shadowRoot;
  return { account: article?.getAttribute('data-precedent-account') ?? null, overlay: root !== undefined && root !== null };
};

test('a pack imported in the options page badges the open X tab, and is removed again', async () => {
  const browser = await launchFirefox();
  try {
    const dir = mkdtempSync(join(tmpdir(), 'precedent-pack-'));
    writeFileSync(join(dir, 'my-pack.json'), JSON.stringify(accountPack));
    writeFileSync(join(dir, 'broken.json'), '{"format": 1,');

    const session = await openInFirefox(browser, HOME, X_PAGES);
    await until(session.page, () => document.querySelectorAll('[data-precedent-account]').length, (n) => n >= EXPECTED_MARKERS.home.length);
    const options = await openExtensionPage(browser, 'options.html');
    const input = (await options.$('#pack-file')) as ElementHandle<HTMLInputElement>;

    await input.uploadFile(join(dir, 'broken.json'));
    const refused = await until(options, () => document.querySelector('[role="alert"] li')?.textContent ?? '', (text) => text !== '');
    expect(refused).toMatch(/^broken\.json: is not valid JSON/);

    await input.uploadFile(join(dir, 'my-pack.json'));
    const status = await until(options, () => document.querySelector('[role="status"]')?.textContent ?? '', (text) => text !== '');
    expect(status).toBe('Imported “my-pack.json”: adds 1 leader or body, 1 account.');
    expect(await until(session.page, packMarker, (m) => m.account !== null, HOME_IDS.untracked)).toEqual({ account: 'x-pack-test-minister', overlay: true });

    await options.click('.packs__row button');
    expect(await until(session.page, packMarker, (m) => m.account === null, HOME_IDS.untracked)).toEqual({ account: null, overlay: false });
    expect(session.errors).toEqual([]);
    expect(await reportedFailures(browser)).toBe(0);
  } finally {
    await browser.close();
  }
});
