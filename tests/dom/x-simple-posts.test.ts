// @vitest-environment happy-dom
/**
 * The annotator's fast path (simplePostAuthor) may only settle a post that readPost would read as
 * that same author with nothing else to badge: no repost row, no quote. Checked on every post of
 * every X fixture, 2021 and 2025 markup. What one scan records of each post (scanPosts) must
 * answer exactly as the queries it spares.
 */
import { describe, expect, it } from 'vitest';
import { findPostElements, readPost, scanPosts, simplePostAuthor, type PostFacts } from '../../src/sites/x/adapter';
import { loadFixture, parseMarkup } from '../support/dom';

const FIXTURES = [
  'x/home-2025.html',
  'x/home-2025-dark.html',
  'x/status-2025.html',
  'x/profile-2025.html',
  'x/search-2025.html',
  'real/x-home-timeline-2021.html',
];

describe.each(FIXTURES)('fast path on %s', (name) => {
  const document = loadFixture(name).document as unknown as Document;
  const posts = findPostElements(document);

  it('agrees with the full read wherever it answers, and answers for most plain posts', () => {
    let answered = 0;
    for (const article of posts) {
      const simple = simplePostAuthor(article);
      const post = readPost(article);
      if (simple === null) continue;
      answered++;
      expect({ author: simple, retweeter: post.retweeter, quoted: post.quoted }).toEqual({ author: post.author, retweeter: null, quoted: null });
    }
    // Cards and "Pinned" rows look like quotes and reposts to the fast path: those posts take the
    // full read, which is only slower.
    const plain = posts
      .map(readPost)
      .filter((post) => !post.retweeter && !post.quoted && post.statusId && !post.element.querySelector('div[role="link"], [data-testid="socialContext"]'));
    expect(answered).toBe(plain.length);
    expect(answered).toBeGreaterThan(0);
  });
});

/** The facts the queries would give: what `scanPosts` must record. */
const queried = (article: HTMLElement): PostFacts => ({
  notSimple: article.querySelector('div[role="link"], [data-testid="socialContext"], article') !== null,
  firstTime: article.querySelector<HTMLElement>('time[datetime]'),
});

describe.each(FIXTURES)('one scan on %s', (name) => {
  const document = loadFixture(name).document as unknown as Document;

  it('records, for every post of the page, what the queries would find', () => {
    const facts = new Map<HTMLElement, PostFacts>();
    const posts = scanPosts(document, facts);
    expect(posts).toEqual(findPostElements(document));
    expect(posts.length).toBeGreaterThan(0);
    for (const article of document.querySelectorAll<HTMLElement>('article')) expect(facts.get(article)).toEqual(queried(article));
    for (const article of posts) expect(simplePostAuthor(article, facts.get(article))).toBe(simplePostAuthor(article));
  });

  it('records the posts wholly inside a subtree, the post itself among them, and not the post enclosing it', () => {
    for (const article of findPostElements(document)) {
      const cell = article.parentElement!;
      const facts = new Map<HTMLElement, PostFacts>();
      expect(scanPosts(cell, facts)).toContain(article);
      expect(facts.get(article)).toEqual(queried(article));
      const fromItself = new Map<HTMLElement, PostFacts>();
      scanPosts(article, fromItself);
      expect(fromItself.get(article)).toEqual(queried(article));
      const inner = article.querySelector('time[datetime]')?.parentElement;
      if (!inner) continue;
      const fromInside = new Map<HTMLElement, PostFacts>();
      expect(scanPosts(inner, fromInside)).toContain(article);
      expect(fromInside.has(article)).toBe(false);
    }
  });
});

describe('one scan, on markup the fixtures lack', () => {
  const post = (handle: string, id: string, extra = '') =>
    `<article data-testid="tweet"><a href="/${handle}/status/${id}"><time datetime="2025-01-0${id.length % 9}T00:00:00Z"></time></a>${extra}</article>`;

  it('keeps the first of two times, and a later sibling post does not mark an earlier one', () => {
    const root = parseMarkup(`<div><div>${post('first', '1', '<a href="/other/status/2"><time datetime="2025-02-01T00:00:00Z"></time></a>')}</div><div>${post('second', '3', '<div role="link"></div>')}</div></div>`);
    const facts = new Map<HTMLElement, PostFacts>();
    const [first, second] = scanPosts(root, facts);
    expect(facts.get(first!)).toEqual({ notSimple: false, firstTime: first!.querySelector('time') });
    expect(simplePostAuthor(first!, facts.get(first!))).toBe('first');
    expect(facts.get(second!)?.notSimple).toBe(true);
  });

  it('marks a post holding a nested post, and both posts are found', () => {
    const root = parseMarkup(`<div>${post('outer', '1', post('inner', '22'))}</div>`);
    const facts = new Map<HTMLElement, PostFacts>();
    const posts = scanPosts(root, facts);
    expect(posts).toHaveLength(2);
    expect(posts.map((article) => facts.get(article))).toEqual(posts.map(queried));
    expect(facts.get(posts[0]!)?.notSimple).toBe(true);
  });

  it('scans the root itself when it is the post', () => {
    const root = parseMarkup(post('alone', '5'));
    const facts = new Map<HTMLElement, PostFacts>();
    expect(scanPosts(root, facts)).toEqual([root]);
    expect(facts.get(root)).toEqual(queried(root));
  });
});
