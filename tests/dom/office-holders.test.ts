// @vitest-environment happy-dom
/**
 * Office accounts and moved handles, with the bundled dataset: a post names the holder of the office
 * on the post's date, never a holder whose term had not begun, and @POTUS badges each
 * administration's posts with its own president across the 2017, 2021 and 2025 handovers
 * (tests/fixtures/x/handovers-2025.html: posts by @POTUS, @KremlinRussia_E and @Elysee at dated
 * points either side of each change). Both ways the content script can know an account: asking the
 * background, and from the badges it carries (a small dataset: src/matching/index-keys.ts).
 */
import dataset from 'virtual:precedent-dataset';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Platform } from '../../src/dataset/schema';
import { type RunningAnnotator, startSite } from '../../src/content/start-site';
import { xSite } from '../../src/sites/x';
import { installFixture, manualFrames } from '../support/dom';
import { answered, backgroundLookup } from '../support/lookup';

/** The post by `handle` dated `day`: its marker, its badge's text, and (opened) its panel's name and holder lines. */
async function post(handle: string, day: string) {
  const article = [...document.querySelectorAll('article')].find(
    (candidate) => candidate.querySelector(`a[href^="/${handle}/status/"] > time`)?.getAttribute('datetime')?.startsWith(day),
  );
  if (!article) throw new Error(`no post by @${handle} on ${day} in the fixture`);
  const host = article.querySelector('precedent-annotation');
  const badge = host?.shadowRoot?.querySelector('button.badge');
  badge?.dispatchEvent(new MouseEvent('click', { bubbles: true }));
  // The panel's detail may be on its way from the background.
  await answered();
  const lines = [...(host?.shadowRoot?.querySelectorAll('.panel__seat p') ?? [])].map((line) => line.textContent?.trim());
  const name = host?.shadowRoot?.querySelector('.panel__name')?.firstChild?.textContent ?? '';
  return { account: article.getAttribute('data-precedent-account'), badge: badge?.textContent ?? '', lines, name };
}

describe.each<[string, Platform[]]>([
  ['asking the background', []],
  ['from the badges the script carries', ['x']],
])('%s', (_mode, ship) => {
  let running: RunningAnnotator | undefined;
  beforeAll(async () => {
    installFixture('x/handovers-2025.html', 'https://x.com/i/lists/1860000000000000001');
    const frames = manualFrames();
    running = startSite(xSite, { doc: document, lookup: backgroundLookup(dataset, undefined, ship).lookup, schedule: frames.schedule });
    await answered();
  });
  afterAll(() => running?.stop());

  describe('office accounts name the holder on the post’s date', () => {
    it('a Kremlin post from 2011 names President Medvedev, one from 2013 President Putin', async () => {
      const medvedev = await post('KremlinRussia_E', '2011-06-01');
      expect(medvedev.account).toBe('x-kremlinrussia-e');
      expect(medvedev.badge).toContain('President of Russia: Dmitry Medvedev');
      expect(medvedev.badge).not.toContain('Putin');
      expect(medvedev.lines).toEqual(['Account of the office of President of Russia (RU)', "Held on this post's date by Dmitry Medvedev", 'Held today by Vladimir Putin']);
      const putin = await post('KremlinRussia_E', '2013-06-01');
      expect(putin.badge).toContain('President of Russia: Vladimir Putin');
      expect(putin.lines).toEqual(['Account of the office of President of Russia (RU)', 'Held today by Vladimir Putin']);
    });

    it('an Élysée post names Hollande in 2014 and Macron in 2020, and nobody before its first holder on record', async () => {
      expect((await post('Elysee', '2014-06-01')).badge).toContain('President of France: François Hollande');
      expect((await post('Elysee', '2020-06-01')).badge).toContain('President of France: Emmanuel Macron');
      const early = await post('Elysee', '2005-06-01');
      expect(early.account).toBe('x-elysee');
      expect(early.badge).not.toMatch(/Sarkozy|Hollande|Macron/);
      expect(early.lines).toContain('No holder of this office is on record for this post\'s date');
    });
  });

  describe('@POTUS changes hands with each administration', () => {
    it.each([
      ['2016-06-01', 'x-potus44', 'Barack Obama'],
      ['2018-06-01', 'x-potus45', 'Donald Trump'],
      ['2022-06-01', 'x-potus-biden', 'Joe Biden'],
    ])('a post of %s is badged as %s (%s)', async (day, account, person) => {
      const found = await post('POTUS', day);
      expect(found.account).toBe(account);
      expect(found.badge).toContain('President of the United States');
      expect(found.name).toBe(person);
    });

    it('badges a 2025 @POTUS post with the second Trump administration, never Biden', async () => {
      const found = await post('POTUS', '2025-06-02');
      expect(found.account).toBe('x-potus-trump-2025');
      expect(found.badge).toContain('President of the United States');
      expect(found.name).toBe('Donald Trump');
    });
  });
});
