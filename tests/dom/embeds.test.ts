// @vitest-environment happy-dom
/**
 * Embedded X posts on a publisher's page: the adapter on the real aktualne.cz capture, and the
 * embeds annotator on it with a synthetic dataset (tracked, untracked, spoofed and late embeds).
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startSite, type RunningAnnotator } from '../../src/content/start-site';
import { embedsSite } from '../../src/sites/embeds';
import { findEmbeds, readEmbed } from '../../src/sites/embeds/adapter';
import { datasetTracking } from '../support/dataset';
import { installFixture, loadFixture, manualFrames } from '../support/dom';
import { createLocalLookup } from '../support/local-lookup';

/** Test input: the markup a publisher's page might hold (parsed, as the browser would). */
const setMarkup = (element: Element, html: string) => element.replaceChildren(document.createRange().createContextualFragment(html));

const NEWS = 'real/news-page-blockquote-embed-2021.html';
const NEWS_URL = 'https://zpravy.aktualne.cz/sport/fotbal/article/';

describe('embeds adapter on the real news page', () => {
  it('reads the permalink’s author, status id and date', () => {
    const { document } = loadFixture(NEWS, NEWS_URL);
    const embeds = findEmbeds(document as unknown as Document);
    expect(embeds).toHaveLength(1);
    const post = readEmbed(embeds[0]!);
    expect(post).toMatchObject({ author: 'WestHam', statusId: '1454931184966770696', time: Date.parse('October 31, 2021') });
  });

  it('takes the author from the permalink, never from the visible name line', () => {
    const { document } = loadFixture(NEWS, NEWS_URL);
    const embed = findEmbeds(document as unknown as Document)[0]!;
    setMarkup(embed, '<p>x</p>— Donald J. Trump (@realDonaldTrump) <a href="https://twitter.com/WestHam/status/1">Jan 1, 2021</a>');
    expect(readEmbed(embed)?.author).toBe('WestHam');
    for (const href of ['javascript:alert(1)', 'https://evil.example/realDonaldTrump/status/1', '/realDonaldTrump/status/1', 'https://twitter.com/realDonaldTrump']) {
      setMarkup(embed, `<a href="${href}">May 28, 2020</a>`);
      expect(readEmbed(embed), href).toBeNull();
    }
  });
});

describe('embeds annotator', () => {
  let frames: ReturnType<typeof manualFrames>;
  let running: RunningAnnotator;
  const markers = () =>
    [...document.querySelectorAll('[data-precedent-account]')].map((el) => `${el.getAttribute('data-precedent-role')} ${el.getAttribute('data-precedent-account')}`);

  beforeEach(() => {
    installFixture(NEWS, NEWS_URL);
    frames = manualFrames();
    running = startSite(embedsSite, { doc: document, lookup: createLocalLookup(datasetTracking('WestHam')), schedule: frames.schedule });
  });
  afterEach(() => running.stop());

  it('badges the tracked embed beside it, as the publisher’s claim, not as the post’s author', () => {
    expect(markers()).toEqual(['claimed x-leader-westham']);
    const embed = document.querySelector('blockquote.twitter-tweet')!;
    const host = embed.nextElementSibling!;
    expect(host.tagName.toLowerCase()).toBe('precedent-annotation');
    expect(embed.querySelector('precedent-annotation')).toBeNull();
    const badge = host.shadowRoot!.querySelector<HTMLButtonElement>('button.badge')!;
    expect(badge.textContent).toContain('Not verified: this embed names');
    expect(badge.textContent).toContain('Head of State of Testland');
    badge.click();
    expect(host.shadowRoot!.querySelector('.panel__claim')?.textContent).toContain('The platform has not shown the post here');
  });

  it('never takes a status link’s handle as the author: X ignores it, so anyone can write one', async () => {
    // "— Leader (@WestHam)" over a link to some other account's post, with WestHam's handle in it.
    const article = document.querySelector('blockquote.twitter-tweet')!.parentElement!;
    const forged = document.createElement('blockquote');
    forged.className = 'twitter-tweet';
    setMarkup(forged, '<p>forged</p>— West Ham United (@WestHam) <a href="https://twitter.com/WestHam/status/1454931184966770697">October 31, 2021</a>');
    article.append(forged);
    await frames.flush();
    expect(markers()).toEqual(['claimed x-leader-westham', 'claimed x-leader-westham']);
    expect(document.querySelector('[data-precedent-role="author"]')).toBeNull();
  });

  it('annotates embeds the publisher adds later, and ignores spoofs', async () => {
    const article = document.querySelector('blockquote.twitter-tweet')!.parentElement!;
    const late = document.createElement('blockquote');
    late.className = 'twitter-tweet';
    setMarkup(late, '<p>later</p>— West Ham United (@WestHam) <a href="https://x.com/WestHam/status/99">November 1, 2021</a>');
    const spoof = document.createElement('blockquote');
    spoof.className = 'twitter-tweet';
    setMarkup(spoof, '<p>spoof</p>— West Ham United (@WestHam) <a href="https://twitter.com/WestHamm/status/98">November 1, 2021</a>');
    article.append(late, spoof);
    await frames.flush();
    expect(markers()).toEqual(['claimed x-leader-westham', 'claimed x-leader-westham']);
    expect(document.querySelectorAll('precedent-annotation')).toHaveLength(2);
  });

  it('takes the overlay away with the embed when the publisher’s script replaces it', async () => {
    // The overlay sits beside the blockquote, not inside it: it does not go with the blockquote by itself.
    const embed = document.querySelector('blockquote.twitter-tweet')!;
    expect(document.querySelectorAll('precedent-annotation')).toHaveLength(1);
    // The batch of Precedent's own markers first: the removal comes in a later one.
    await frames.flush();
    embed.replaceWith(document.createElement('div'));
    await frames.flush();
    expect(document.querySelectorAll('precedent-annotation')).toHaveLength(0);
  });

  it('removes every overlay and marker on stop', () => {
    running.stop();
    expect(markers()).toEqual([]);
    expect(document.querySelectorAll('precedent-annotation')).toHaveLength(0);
  });
});
