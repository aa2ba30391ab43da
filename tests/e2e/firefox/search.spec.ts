/**
 * The popup's search in Firefox ESR: other languages' spellings, leaders first on a country, and the
 * filters (state media on TikTok with an empty box).
 */
import { expect, test } from '@playwright/test';
import { openExtensionPage, sharedFirefox, until } from '../support/firefox';

const browser = sharedFirefox();

const firstNames = () => [...document.querySelectorAll('.result .result__name > span:first-child')].map((el) => el.textContent ?? '');

test('search forgives spellings, ranks leaders first and narrows by filters', async () => {
  const popup = await openExtensionPage(browser(), 'popup.html');
  try {
    const ask = async (query: string) => {
      await popup.click('input[type="search"]', { count: 3 });
      await popup.keyboard.press('Backspace');
      await popup.type('input[type="search"]', query);
      return until(popup, firstNames, (names) => names.length > 0);
    };
    expect((await ask('Трамп'))[0]).toBe('Donald Trump');
    expect((await ask('خامنئي'))[0]).toBe('Ali Khamenei');
    expect((await ask('iran'))[0]).toBe('Ali Khamenei');
    expect((await ask('russia')).slice(0, 3)).toContain('Vladimir Putin');

    await popup.click('input[type="search"]', { count: 3 });
    await popup.keyboard.press('Backspace');
    await popup.click('details.filters > summary');
    await popup.select('select[name="type"]', 'state-media');
    await popup.select('select[name="platform"]', 'tiktok');
    const shown = await until(
      popup,
      () => ({ summary: document.querySelector('details.filters > summary')?.textContent ?? '', chips: [...document.querySelectorAll('.result')].map((result) => result.querySelector('.platform--tiktok') !== null) }),
      (state) => state.chips.length > 0,
    );
    expect(shown.summary).toBe('Filters (2)');
    expect(shown.chips.every(Boolean)).toBe(true);
  } finally {
    await popup.close();
  }
});
