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
    expect(readProfileIdentity(document)).toEqual({ handle: 'khamenei_ir', userId: '27966935' });
  });

  it('gives none on pages without it', () => {
    const document = loadFixture('x/home-2025.html').document as unknown as Document;
    expect(readProfileIdentity(document)).toBeNull();
  });
});

describe('social-context rows that are not reposts', () => {
  const HEART = 'M16.697 5.5c-1.222-.06-2.679.51-3.89 2.16l-.805 1.09-.806-1.09C9.984 6.01 8.526 5.44 7.304 5.5';
  const PERSON = 'M5.651 19h12.698c-.337-1.8-1.023-3.21-1.945-4.19C15.318 13.65 13.838 13 12 13s-3.317.65-4.404 1.81c-.922.98-1.608 2.39-1.945 4.19z';

  /** home-2025.html's repost of a @khamenei_ir post by @northwind_wx, its row rewritten as X writes other rows. */
  function rewritten(iconPath: string | null, words: string, href: string) {
    const document = loadFixture('x/home-2025.html').document as unknown as Document;
    const context = document.querySelector('a[href="/northwind_wx"] [data-testid="socialContext"]')!;
    const article = context.closest('article')!;
    const link = context.closest('a')!;
    link.setAttribute('href', href);
    context.textContent = words;
    const icon = article.querySelector('svg path[d^="M4.75 3.79"]')!;
    if (iconPath === null) icon.closest('svg')!.remove();
    else icon.setAttribute('d', iconPath);
    return readPost(article as HTMLElement);
  }

  it('reads the real repost row as a repost', () => {
    expect(rewritten('M4.75 3.79l4.603 4.3-1.706 1.82L6 8.38v7.37', 'Northwind Weather reposted', '/northwind_wx').retweeter).toBe('northwind_wx');
  });

  it('takes neither "liked" nor "Followed by" rows for reposts, in any language', () => {
    expect(rewritten(HEART, 'Khamenei.ir liked', '/khamenei_ir').retweeter).toBeNull();
    expect(rewritten(PERSON, 'Followed by Donald J. Trump', '/realDonaldTrump').retweeter).toBeNull();
    expect(rewritten(HEART, 'Khamenei.ir پسندید', '/khamenei_ir').retweeter).toBeNull();
    // A repost row in another language is still known by its icon.
    expect(rewritten('M4.75 3.79l4.603 4.3-1.706 1.82L6 8.38v7.37', 'Khamenei.ir بازپست کرد', '/khamenei_ir').retweeter).toBe('khamenei_ir');
  });
});
