/**
 * Extension lifecycle in Firefox. Firefox destroys a removed add-on's content scripts without any
 * callback (disable, uninstall, the first half of an update), so they cannot take their overlays
 * away. It does remove the add-on's injected style sheets, and overlays are shown only by that
 * sheet (src/overlay/page.css): once it goes, whatever the dead script left is hidden. Installed
 * again, the new content script removes the leftovers and annotates the open tab afresh, with no
 * duplicate. Its own browser, since removing the add-on would disturb the shared one.
 */
import { expect, test } from '@playwright/test';
import { FIREFOX_EXTENSION_DIR, launchFirefox, openInFirefox, until } from '../support/firefox';
import { EXPECTED_MARKERS, HOME, X_PAGES } from '../support/routes';

const ADDON_ID = 'precedent@precedent.extension';
const overlays = () => {
  const hosts = [...document.querySelectorAll('precedent-annotation')];
  return {
    hosts: hosts.length,
    shown: hosts.filter((host) => host.getBoundingClientRect().height > 0).length,
    markers: document.querySelectorAll('[data-precedent-account]').length,
    posts: document.querySelectorAll('article[data-testid="tweet"]').length,
  };
};

test('a removed add-on leaves nothing visible in open tabs; reinstalled, it annotates them once', async () => {
  const browser = await launchFirefox();
  try {
    const session = await openInFirefox(browser, HOME, X_PAGES);
    const before = await until(session.page, overlays, (state) => state.shown >= EXPECTED_MARKERS.home.length);

    await browser.uninstallExtension(ADDON_ID);
    const removed = await until(session.page, overlays, (state) => state.shown === 0, undefined, 15_000);
    // X's own posts are untouched.
    expect(removed.posts).toBe(before.posts);

    await browser.installExtension(FIREFOX_EXTENSION_DIR);
    const again = await until(session.page, overlays, (state) => state.shown >= EXPECTED_MARKERS.home.length, undefined, 15_000);
    expect(again).toEqual(before);
    expect(session.errors).toEqual([]);
  } finally {
    await browser.close();
  }
});
