// @vitest-environment happy-dom
/**
 * The Bluesky adapter's rules at their edges, where mutation testing found code no test could tell
 * from a broken version (docs/mutation.md): which links are a post's own, the author row, the repost
 * row's conditions, the focal post's record key, quotes by label and by link, where overlays go.
 * Markup is bsky.app's (tests/fixtures/sites/bluesky-feed-2025.html), cut down to what each rule reads.
 */
import { describe, expect, it } from 'vitest';
import { createBlueskySite } from '../../src/sites/bluesky/adapter';
import { parseMarkup, setPageUrl } from '../support/dom';

const RKEY = '3m24yhuew5v2b';
const OTHER_RKEY = '3m24yhuew5v2c';
const DID = 'did:plc:abcdefghijklmnopqrstuvwx';

function at(path: string) {
  setPageUrl(`https://bsky.app${path}`);
}

/** Markup written here (never page text), parsed and put in the document; the site reads it at `path`. */
function page(markup: string, path = '/') {
  at(path);
  document.body.replaceChildren(parseMarkup(`<div id="root">${markup}</div>`));
  const site = createBlueskySite(document);
  const element = (id: string) => document.getElementById(id)!;
  return { site, element, read: (id: string) => site.readPost(element(id)) };
}

const feedItem = (id: string, handle: string, inner: string) => `<div id="${id}" data-testid="feedItem-by-${handle}">${inner}</div>`;
const text = (words = 'Post text') => `<div data-testid="postText">${words}</div>`;
const authorRow = (handle: string, rkey = RKEY) =>
  `<div class="row"><a href="/profile/${handle}">Name</a><a href="/profile/${handle}/post/${rkey}">3h</a></div>`;
const repostRow = (handle: string) => `<div class="repost"><a href="/profile/${handle}" aria-label="Reposted by ${handle}">Reposted by</a></div>`;

describe('a post’s own links', () => {
  it('never counts links inside its quote or a post nested in it', () => {
    const { read } = page(
      feedItem(
        'outer',
        'alice.bsky.social',
        `<div id="head"></div>${text()}<div role="link" aria-label="Post by carol.bsky.social"><a href="/profile/mallory.bsky.social/post/${OTHER_RKEY}">q</a></div>` +
          feedItem('inner', 'bob.bsky.social', authorRow('bob.bsky.social')),
      ),
    );
    // The outer post has no permalink of its own: the quote's and the nested post's are not it.
    expect(read('outer')).toMatchObject({ statusId: null, author: { handle: 'alice.bsky.social' }, authorLink: null });
    expect(read('outer').quoted?.author).toEqual({ platform: 'bluesky', handle: 'carol.bsky.social' });
    expect(read('inner')).toMatchObject({ statusId: RKEY, quoted: null });
  });

  it('never takes the permalink of a post nested in it, even one by the same author', () => {
    const { read, element } = page(
      feedItem('outer', 'alice.bsky.social', `<a id="name" href="/profile/alice.bsky.social">Alice</a>${text()}` + feedItem('inner', 'alice.bsky.social', authorRow('alice.bsky.social', OTHER_RKEY))),
    );
    expect(read('outer')).toMatchObject({ statusId: null, authorLink: element('name') });
    expect(read('inner').statusId).toBe(OTHER_RKEY);
  });

  it('never takes the quote of a post nested in it for its own', () => {
    const { read } = page(
      feedItem('outer', 'alice.bsky.social', `${authorRow('alice.bsky.social')}${text()}` + feedItem('inner', 'bob.bsky.social', '<div role="link" aria-label="Post by carol.bsky.social"></div>')),
    );
    expect(read('outer').quoted).toBeNull();
    expect(read('inner').quoted?.author).toEqual({ platform: 'bluesky', handle: 'carol.bsky.social' });
  });

  it('never takes the permalink of a post it quotes, even one by the same author', () => {
    const { read } = page(
      `<div id="focal" data-testid="postThreadItem-by-alice.bsky.social"><a href="/profile/alice.bsky.social">Alice</a>${text()}` +
        `<div role="link"><a href="/profile/alice.bsky.social/post/${OTHER_RKEY}">1d</a></div></div>`,
      `/profile/alice.bsky.social/post/${RKEY}`,
    );
    expect(read('focal').statusId).toBe(RKEY);
    expect(read('focal').quoted).toMatchObject({ author: { handle: 'alice.bsky.social' }, statusId: OTHER_RKEY });
  });

  it('names nobody when the test id carries no handle, whatever the links say', () => {
    const { read } = page(`<div id="p" data-testid="feedItem-by-">${authorRow('alice.bsky.social')}${text()}</div>`);
    expect(read('p')).toMatchObject({ author: null, statusId: null });
  });
});

describe('an author whose handle failed verification', () => {
  it('is the DID of the post’s own permalink, and only a DID', () => {
    const { read } = page(
      feedItem('p', 'handle.invalid', `<div><a href="/profile/${DID}">Name</a><a href="/profile/${DID}/post/${RKEY}">3h</a></div>${text()}`) +
        feedItem('q', 'handle.invalid', `${authorRow('alice.bsky.social')}${text()}`),
    );
    expect(read('p')).toMatchObject({ author: { platform: 'bluesky', handle: null, userId: DID }, statusId: RKEY });
    expect(read('q')).toMatchObject({ author: null, statusId: null });
  });
});

describe('the author row', () => {
  it('is the permalink when there is one', () => {
    const { read, element } = page(feedItem('p', 'alice.bsky.social', `${authorRow('alice.bsky.social')}${text()}`));
    expect(read('p').authorLink).toBe(element('p').querySelector(`a[href$="${RKEY}"]`));
  });

  it('else the last link to the author before the text: not one after it, nor a post link of another', () => {
    const { read, element } = page(
      feedItem(
        'p',
        'alice.bsky.social',
        '<a id="avatar" href="/profile/alice.bsky.social">avatar</a><div><a id="name" href="/profile/alice.bsky.social">Alice</a></div>' +
          `<a href="/profile/bob.bsky.social/post/${OTHER_RKEY}">other post</a>${text()}<a id="after" href="/profile/alice.bsky.social">Alice again</a>`,
      ),
    );
    expect(read('p').authorLink).toBe(element('name'));
  });

  it('is the last link to the author when the post has no text', () => {
    const { read, element } = page(feedItem('p', 'alice.bsky.social', '<a href="/profile/alice.bsky.social">avatar</a><a id="name" href="/profile/alice.bsky.social">Alice</a>'));
    expect(read('p').authorLink).toBe(element('name'));
  });
});

describe('the repost row', () => {
  const post = (row: string, body = `${authorRow('alice.bsky.social')}${text()}`) => page(feedItem('p', 'alice.bsky.social', row + body)).read('p');

  it('is a labelled link to someone else, in a row of its own above the author', () => {
    expect(post(repostRow('bob.bsky.social')).reposter).toEqual({ platform: 'bluesky', handle: 'bob.bsky.social' });
  });

  it('is not a link without Bluesky’s label', () => {
    expect(post('<div><a href="/profile/bob.bsky.social">Bob</a></div>').reposter).toBeNull();
  });

  it('is not a link to the author, nor to a post', () => {
    expect(post(repostRow('alice.bsky.social')).reposter).toBeNull();
    expect(post(`<div><a href="/profile/bob.bsky.social/post/${OTHER_RKEY}" aria-label="Reposted by bob">x</a></div>`).reposter).toBeNull();
  });

  it('is not a labelled link inside the author’s row or the text’s', () => {
    expect(
      post('', `<div class="row"><a href="/profile/bob.bsky.social" aria-label="Reposted by bob">Bob</a><a href="/profile/alice.bsky.social/post/${RKEY}">3h</a></div>${text()}`)
        .reposter,
    ).toBeNull();
    expect(post('', `<div><a href="/profile/bob.bsky.social" aria-label="Reposted by bob">Bob</a>${text()}</div>${authorRow('alice.bsky.social')}`).reposter).toBeNull();
  });

  it('is not a link below the author row, nor one in a post whose author row is missing', () => {
    expect(post('', `${authorRow('alice.bsky.social')}${repostRow('bob.bsky.social')}${text()}`).reposter).toBeNull();
    expect(post(repostRow('bob.bsky.social'), text()).reposter).toBeNull();
  });
});

describe('a thread’s focal post', () => {
  it('takes its record key from the address when its author is the address’s', () => {
    const { read } = page(
      `<div id="focal" data-testid="postThreadItem-by-alice.bsky.social"><a href="/profile/alice.bsky.social">Alice</a>${text()}</div>` +
        `<div id="reply" data-testid="postThreadItem-by-bob.bsky.social"><a href="/profile/bob.bsky.social">Bob</a>${text()}</div>`,
      `/profile/alice.bsky.social/post/${RKEY}`,
    );
    expect(read('focal').statusId).toBe(RKEY);
    expect(read('focal').time).not.toBeNull();
    expect(read('reply').statusId).toBeNull();
  });

  it('is the only post that takes it: a reply by the same author keeps its own', () => {
    const { read } = page(
      `<div id="focal" data-testid="postThreadItem-by-alice.bsky.social"><a href="/profile/alice.bsky.social">Alice</a>${text()}</div>` +
        `<div id="reply" data-testid="postThreadItem-by-alice.bsky.social">${authorRow('alice.bsky.social', OTHER_RKEY)}${text()}</div>`,
      `/profile/alice.bsky.social/post/${RKEY}`,
    );
    expect(read('focal').statusId).toBe(RKEY);
    expect(read('reply').statusId).toBe(OTHER_RKEY);
  });

  it('is not made up on a profile page: a post without a permalink there has no record key', () => {
    const { read } = page(feedItem('p', 'alice.bsky.social', `<a href="/profile/alice.bsky.social">Alice</a>${text()}`), '/profile/alice.bsky.social');
    expect(read('p').statusId).toBeNull();
    expect(read('p').kind).toBe('post');
  });
});

describe('profile headers', () => {
  const header = '<div id="h" data-testid="profileHeaderDisplayName"><span id="name">Alice</span></div>';

  it('are posts of their own only on a profile’s address, and follow in-app navigation', () => {
    const { site, element } = page(header + feedItem('p', 'alice.bsky.social', authorRow('alice.bsky.social')), '/profile/alice.bsky.social');
    expect(site.findPosts(document).map((el) => el.id)).toEqual(['p', 'h']);
    expect(site.enclosingPost(element('name'))?.id).toBe('h');
    expect(site.readPost(element('h'))).toMatchObject({ kind: 'profile', author: { handle: 'alice.bsky.social' } });
    expect(site.refresh?.([])).toBe(false);
    history.pushState({}, '', '/');
    expect(site.refresh?.([])).toBe(true);
    expect(site.findPosts(document).map((el) => el.id)).toEqual(['p']);
    expect(site.enclosingPost(element('name'))).toBeNull();
  });
});

describe('quotes', () => {
  const quoting = (quote: string) => page(feedItem('p', 'alice.bsky.social', `${authorRow('alice.bsky.social')}${text()}${quote}`)).read('p').quoted;

  it('by label name the handle; by link, the linked post’s author and record key', () => {
    expect(quoting('<div role="link" aria-label="Post by Carol.bsky.social"><div>c</div></div>')).toMatchObject({ author: { handle: 'carol.bsky.social' }, statusId: null });
    expect(quoting(`<div role="link"><a href="/profile/carol.bsky.social">Carol</a><a href="/profile/carol.bsky.social/post/${OTHER_RKEY}">1d</a></div>`)).toMatchObject({
      author: { handle: 'carol.bsky.social' },
      statusId: OTHER_RKEY,
    });
  });

  it('take the record key only from a link to the labelled author’s post', () => {
    expect(quoting(`<div role="link" aria-label="Post by carol.bsky.social"><a href="/profile/carol.bsky.social/post/${OTHER_RKEY}">1d</a></div>`)?.statusId).toBe(OTHER_RKEY);
    expect(quoting(`<div role="link" aria-label="Post by carol.bsky.social"><a href="/profile/mallory.bsky.social/post/${OTHER_RKEY}">1d</a></div>`)).toMatchObject({
      author: { handle: 'carol.bsky.social' },
      statusId: null,
    });
  });

  it('never take the record key from a link inside the quoted text, even to the labelled author’s post', () => {
    // Carol's quoted text links another of her posts: that is not the quoted post.
    expect(
      quoting(`<div role="link" aria-label="Post by carol.bsky.social"><div data-testid="postText">see <a href="/profile/carol.bsky.social/post/${OTHER_RKEY}">my earlier post</a></div></div>`),
    ).toMatchObject({ author: { handle: 'carol.bsky.social' }, statusId: null });
  });

  it('pass over links that name no profile or post (a feed) for the post link', () => {
    expect(
      quoting(`<div role="link"><a href="/profile/carol.bsky.social/feed/news">Carol's feed</a><a href="/profile/carol.bsky.social/post/${OTHER_RKEY}">1d</a></div>`),
    ).toMatchObject({ author: { handle: 'carol.bsky.social' }, statusId: OTHER_RKEY });
  });

  it('labelled with something that is no handle name nobody, not even from a link', () => {
    expect(quoting(`<div role="link" aria-label="Post by not_a_handle!"><a href="/profile/carol.bsky.social/post/${OTHER_RKEY}">1d</a></div>`)?.author).toBeNull();
    expect(quoting(`<div role="link" aria-label="Post by not_a_handle!"><a href="/profile/${DID}/post/${OTHER_RKEY}">1d</a></div>`)?.author).toBeNull();
  });

  it('labelled "handle.invalid" fall back to a DID link only', () => {
    expect(quoting(`<div role="link" aria-label="Post by handle.invalid"><a href="/profile/${DID}/post/${OTHER_RKEY}">1d</a></div>`)).toMatchObject({
      author: { userId: DID },
      statusId: OTHER_RKEY,
    });
    expect(quoting(`<div role="link" aria-label="Post by handle.invalid"><a href="/profile/carol.bsky.social/post/${OTHER_RKEY}">1d</a></div>`)?.author).toBeNull();
  });
});

describe('overlay places', () => {
  it('the quote’s: the row of its first child; the reposter’s: its row; the author’s: the author row, above the text', () => {
    const { site, element } = page(
      feedItem(
        'p',
        'alice.bsky.social',
        `${repostRow('bob.bsky.social')}<div id="author-row">${authorRow('alice.bsky.social')}</div>${text()}` +
          `<div role="link" aria-label="Post by carol.bsky.social"><div id="quote-head"><span>Carol</span></div><div>quoted</div></div>`,
      ),
    );
    const post = site.readPost(element('p'));
    expect(site.overlayAnchor(post, 'quoted')?.id).toBe('quote-head');
    expect(site.overlayAnchor(post, 'reposter')?.className).toBe('repost');
    expect(site.overlayAnchor(post, 'author')?.id).toBe('author-row');
    expect(site.overlayAnchor(post, 'profile')).toBe(element('p'));
  });

  it('the author’s stops at the row above the text when both sit in one block', () => {
    const { site, element } = page(feedItem('p', 'alice.bsky.social', `<div id="content"><div id="author-row">${authorRow('alice.bsky.social')}</div>${text()}</div>`));
    expect(site.overlayAnchor(site.readPost(element('p')), 'author')?.id).toBe('author-row');
  });

  it('none for a quote, a reposter or an author the post does not have', () => {
    const { site, element } = page(feedItem('p', 'alice.bsky.social', text()));
    const post = site.readPost(element('p'));
    expect(site.overlayAnchor(post, 'quoted')).toBeNull();
    expect(site.overlayAnchor(post, 'reposter')).toBeNull();
    expect(site.overlayAnchor(post, 'author')).toBeNull();
  });
});
