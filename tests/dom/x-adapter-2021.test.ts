/**
 * The X adapter against a real 2021 capture: the tweet testid on an inner div, no User-Name, three
 * retweets, two quotes and a promoted post without <time>.
 */
import { describe, expect, it } from 'vitest';
import { findPostElements, overlayAnchor, readPost } from '../../src/sites/x/adapter';
import { loadFixture } from '../support/dom';

const window = loadFixture('real/x-home-timeline-2021.html', 'https://twitter.com/home');
const document = window.document as unknown as Document;
const posts = findPostElements(document).map((article) => readPost(article));
const summary = posts.map(({ statusId, author, retweeter, quoted, time }) => ({
  statusId,
  author,
  retweeter,
  quotedAuthor: quoted?.author ?? null,
  quotedTime: quoted?.time ?? null,
  time,
}));

describe('X adapter on the 2021 markup', () => {
  it('finds each post once, as its article, never a "Who to follow" cell', () => {
    expect(posts).toHaveLength(6);
    expect(posts.every((post) => post.element.tagName === 'ARTICLE')).toBe(true);
    expect(posts.some((post) => post.element.closest('[data-testid="UserCell"]'))).toBe(false);
  });

  it('reads status id, author, retweeter, quote and time of each post', () => {
    expect(summary).toEqual([
      { statusId: '1409413034334842881', author: 'wangzhian8848', retweeter: null, quotedAuthor: 'wangzhian8848', quotedTime: '2021-06-26T23:06:12.000Z', time: '2021-06-28T07:27:07.000Z' },
      { statusId: '1409411285435944960', author: 'radiosweden', retweeter: 'mranti', quotedAuthor: null, quotedTime: null, time: '2021-06-28T07:20:10.000Z' },
      { statusId: '1409248061096968197', author: 'NataliaAntonova', retweeter: 'mranti', quotedAuthor: 'asatarbair', quotedTime: '2021-06-27T00:58:59.000Z', time: '2021-06-27T20:31:34.000Z' },
      { statusId: '1409410720740130818', author: 'marklittlenews', retweeter: 'mranti', quotedAuthor: null, quotedTime: null, time: '2021-06-28T07:17:56.000Z' },
      { statusId: '1409407298976370689', author: 'mranti', retweeter: null, quotedAuthor: null, quotedTime: null, time: '2021-06-28T07:04:20.000Z' },
      { statusId: null, author: 'Valheimgame', retweeter: null, quotedAuthor: null, quotedTime: null, time: null },
    ]);
  });

  it('reads the original author of a retweet, not the retweeter whose link comes first', () => {
    const retweet = posts[1]!;
    const firstProfileLink = retweet.element.querySelector('a[href^="/"]');
    expect(firstProfileLink?.getAttribute('href')).toBe('/mranti');
    expect(retweet.author).toBe('radiosweden');
  });

  it('finds a place for the overlay below the author line and above the text', () => {
    for (const post of posts) {
      const anchor = overlayAnchor(post, 'author');
      expect(anchor, post.author ?? '').not.toBeNull();
      const text = post.element.querySelector('div[lang][dir="auto"]')!;
      // The anchor holds the author's handle but not the text, and comes before the text.
      expect(anchor!.textContent).toContain(`@${post.author}`);
      expect(anchor!.contains(text)).toBe(false);
      expect(anchor!.compareDocumentPosition(text) & 4 /* FOLLOWING */).toBeTruthy();
    }
  });

  it('places a quote overlay inside the quote block, above the quoted text, and a reposter marker above the post', () => {
    const quoted = posts[2]!;
    const quoteAnchor = overlayAnchor(quoted, 'quoted')!;
    expect(quoted.quoted!.element.contains(quoteAnchor)).toBe(true);
    expect(quoteAnchor.textContent).toContain('@asatarbair');
    // The 2021 quote keeps its author line and its text under one child: the overlay goes between them.
    const quotedText = quoted.quoted!.element.querySelector('div[lang]')!;
    expect(quoteAnchor.contains(quotedText)).toBe(false);
    expect(quoteAnchor.compareDocumentPosition(quotedText) & 4 /* FOLLOWING */).toBeTruthy();
    const reposterAnchor = overlayAnchor(quoted, 'reposter')!;
    expect(reposterAnchor.textContent).toContain('Retweeted');
    expect(reposterAnchor.textContent).not.toContain('@NataliaAntonova');
  });
});
