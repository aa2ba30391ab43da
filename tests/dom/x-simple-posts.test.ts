/**
 * The annotator's fast path (simplePostAuthor) may only settle a post that readPost would read as
 * that same author with nothing else to badge: no repost row, no quote. Checked on every post of
 * every X fixture, 2021 and 2025 markup.
 */
import { describe, expect, it } from 'vitest';
import { findPostElements, readPost, simplePostAuthor } from '../../src/sites/x/adapter';
import { loadFixture } from '../support/dom';

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
