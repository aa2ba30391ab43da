/**
 * The X adapter against the 2025-style fixtures (tests/fixtures/x/README.md): every post in document
 * order with its status id, author, reposter, quote and time, as listed in <fixture>.expected.json.
 */
import { describe, expect, it } from 'vitest';
import { findPostElements, overlayAnchor, readPost, readProfileIdentity } from '../../src/sites/x/adapter';
import { selectors } from '../../src/sites/x/selectors';
import { loadFixture, readExpected } from '../support/dom';

interface ExpectedPost {
  statusId: string | null;
  author: string;
  retweeter: string | null;
  quotedAuthor: string | null;
  quotedStatusId: string | null;
  time: string | null;
  promoted: boolean;
}

const PAGES = {
  'home-2025': 'https://x.com/home',
  'home-2025-dark': 'https://x.com/home',
  'home-2025-dim': 'https://x.com/home',
  'status-2025': 'https://x.com/realDonaldTrump/status/1266237079679935485',
  'profile-2025': 'https://x.com/khamenei_ir',
  'search-2025': 'https://x.com/search?q=sanctions&src=typed_query',
};

describe.each(Object.entries(PAGES))('X adapter on %s', (name, url) => {
  const document = loadFixture(`x/${name}.html`, url).document as unknown as Document;
  const expected = readExpected<ExpectedPost[]>(`x/${name}.expected.json`);
  const posts = findPostElements(document).map((article) => readPost(article));

  it('reads every post as listed', () => {
    expect(
      posts.map((post) => ({
        statusId: post.statusId,
        author: post.author,
        retweeter: post.retweeter,
        quotedAuthor: post.quoted?.author ?? null,
        quotedStatusId: post.quoted?.statusId ?? null,
        time: post.time,
        promoted: post.time === null,
      })),
    ).toEqual(expected);
  });

  it('ignores UserCells and the DM drawer, whose tweetText sits outside any post', () => {
    for (const post of posts) expect(post.element.closest('[data-testid="UserCell"], [data-testid="DMDrawer"]')).toBeNull();
    const strayTexts = [...document.querySelectorAll('[data-testid="tweetText"]')].filter((text) => !text.closest('article'));
    if (name.startsWith('home')) expect(strayTexts.length).toBeGreaterThan(0);
  });

  it('places author overlays between the author line and the post text', () => {
    for (const post of posts) {
      const anchor = overlayAnchor(post, 'author');
      expect(anchor, `${post.author}`).not.toBeNull();
      expect(anchor!.querySelector(selectors.userName) ?? anchor!.closest(selectors.userName)).not.toBeNull();
      const text = [...post.element.querySelectorAll('[data-testid="tweetText"]')].find((t) => !post.quoted?.element.contains(t));
      if (text) expect(anchor!.compareDocumentPosition(text) & 4).toBeTruthy();
      if (post.quoted) expect(post.quoted.element.contains(anchor!)).toBe(false);
    }
  });

  it('places quote overlays inside the quote block', () => {
    for (const post of posts.filter((p) => p.quoted)) {
      const anchor = overlayAnchor(post, 'quoted');
      expect(post.quoted!.element.contains(anchor!)).toBe(true);
    }
  });
});

describe('profile page identity', () => {
  it('reads the handle and numeric user id from the JSON-LD', () => {
    const document = loadFixture('x/profile-2025.html', PAGES['profile-2025']).document as unknown as Document;
    expect(readProfileIdentity(document)).toEqual({ handle: 'khamenei_ir', userId: '1000000000000000001' });
  });

  it('gives none on pages without it', () => {
    const document = loadFixture('x/home-2025.html').document as unknown as Document;
    expect(readProfileIdentity(document)).toBeNull();
  });
});
