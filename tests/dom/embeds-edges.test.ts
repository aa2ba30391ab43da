// @vitest-environment happy-dom
/**
 * The publisher-page embeds adapter at its edges (src/sites/embeds/adapter.ts), where mutation
 * testing found rules no test could tell from a broken version: the permalink is the blockquote's
 * last status link, its date is read only when the link's text is one, a Bluesky blockquote is read
 * from its AT URI alone, and the overlay goes beside the blockquote for the claim only.
 */
import { describe, expect, it } from 'vitest';
import { embedsAdapter, enclosingEmbed, readEmbed } from '../../src/sites/embeds/adapter';
import { placeMarkup } from '../support/dom';

const tweet = (inner: string) => placeMarkup(`<blockquote class="twitter-tweet">${inner}</blockquote>`);

describe('an X blockquote', () => {
  it('takes the last status link for its permalink, dated by the link’s text when it is a date', () => {
    const quote = tweet(
      '<p>Text with <a href="https://twitter.com/Someone/status/111">a status link</a></p>— Name (@Name) <a href="https://twitter.com/SomeLeader/status/222?ref_src=twsrc">  May 29, 2020  </a>',
    );
    expect(readEmbed(quote)).toMatchObject({ platform: 'x', author: 'SomeLeader', statusId: '222', time: Date.parse('May 29, 2020') });
  });

  it('reads an ISO time in the permalink’s text with the page’s line breaks around it', () => {
    // Untrimmed, V8 refuses an ISO date-time with spaces around it: the post would have no date.
    const quote = tweet('<a href="https://twitter.com/SomeLeader/status/222">\n  2020-05-29T22:21:00Z\n</a>');
    expect(readEmbed(quote)?.time).toBe(Date.UTC(2020, 4, 29, 22, 21));
  });

  it('has no date when the link’s text is none, and nothing without a status link or with a foreign one', () => {
    expect(readEmbed(tweet('<a href="https://x.com/SomeLeader/status/222">pic</a>'))).toMatchObject({ statusId: '222', time: null });
    expect(readEmbed(tweet('<a href="https://x.com/SomeLeader">profile</a>'))).toBeNull();
    expect(readEmbed(tweet('<a href="https://evil.example/SomeLeader/status/222">May 29, 2020</a>'))).toBeNull();
  });
});

describe('a Bluesky blockquote', () => {
  const bsky = (uri: string) => placeMarkup(`<blockquote class="bluesky-embed" data-bluesky-uri="${uri}"><p>text</p><a href="https://bsky.app/profile/someone.bsky.social/post/3m24yhuew5v2b">link</a></blockquote>`);

  it('is read from its AT URI alone: the DID and the record key, never a link inside', () => {
    expect(readEmbed(bsky('at://did:plc:abcdefghijklmnopqrstuvwx/app.bsky.feed.post/3m24yhuew5v2b'))).toMatchObject({
      platform: 'bluesky',
      author: null,
      did: 'did:plc:abcdefghijklmnopqrstuvwx',
      statusId: '3m24yhuew5v2b',
    });
    expect(readEmbed(bsky('https://bsky.app/profile/someone.bsky.social/post/3m24yhuew5v2b'))).toBeNull();
  });
});

describe('the embeds as posts', () => {
  it('read as claims, with nothing when the blockquote names no post, and the overlay beside the claim only', () => {
    const quote = tweet('<a href="https://twitter.com/SomeLeader/status/222">May 29, 2020</a>');
    const post = embedsAdapter.readPost(quote);
    expect(post).toMatchObject({ kind: 'post', statusId: '222', author: { platform: 'x', handle: 'SomeLeader', userId: null }, claimed: true });
    expect(embedsAdapter.overlayAnchor(post, 'claimed')).toBe(quote);
    expect(embedsAdapter.overlayAnchor(post, 'author')).toBeNull();
    const empty = embedsAdapter.readPost(tweet('<p>no link</p>'));
    expect(empty).toMatchObject({ statusId: null, author: null, time: null });
  });

  it('find the embed a changed node sits in', () => {
    const quote = tweet('<p id="inside">text</p>');
    expect(enclosingEmbed(quote.querySelector('#inside')!.firstChild!)).toBe(quote);
    expect(embedsAdapter.findPosts(quote.querySelector('#inside')!)).toEqual([quote]);
  });
});
