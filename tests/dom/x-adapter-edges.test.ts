// @vitest-environment happy-dom
/**
 * The X adapter's rules at their edges, where mutation testing found code no test could tell from a
 * broken version (docs/mutation.md): a quote's status id from its media links, the author line's
 * last `@handle`, a post nested in a post, cards that are not quotes, repost rows without an icon,
 * and where the quote's and the reposter's overlays go. Markup is X's, cut down to what each rule
 * reads (docs/x-dom.md); each case names the mistake it guards against.
 */
import { describe, expect, it } from 'vitest';
import { enclosingPost, findPostElements, overlayAnchor, readPost, simplePostAuthor } from '../../src/sites/x/adapter';
import { REPOST_ICON_PATHS } from '../../src/sites/x/selectors';
import { placeMarkup } from '../support/dom';

const article = (inner: string) => placeMarkup(`<article data-testid="tweet">${inner}</article>`);
const permalink = (href: string, datetime = '2024-05-01T12:00:00.000Z') => `<a href="${href}"><time datetime="${datetime}">May 1</time></a>`;
/** A 2025 author line: display name, then the `@handle` span, then the permalink. */
const authorLine = (name: string, handle: string, status: string) =>
  `<div data-testid="User-Name"><a href="/${handle}"><span>${name}</span></a><div><span>@${handle}</span></div>${permalink(`/${handle}/status/${status}`)}</div>`;
/** A quote as X renders it: a `div[role=link]` with an author line that has no links. */
const quote = (inner: string) => `<div role="link" id="quote">${inner}</div>`;
const quoteLine = (name: string, handle: string) =>
  `<div data-testid="User-Name"><span>${name}</span><span>@${handle}</span><time datetime="2024-04-30T08:00:00.000Z">Apr 30</time></div>`;

describe('a quote’s status id', () => {
  it('comes from a media link of the quote’s own author, whatever its case, the first one found', () => {
    const post = readPost(
      article(
        authorLine('Quoter', 'Quoter', '1790000000000000001') +
          quote(
            quoteLine('Some Leader', 'SomeLeader') +
              '<a href="/someone_else/status/1790000000000000009/photo/1">img</a>' +
              '<a href="/someleader/status/1790000000000000002/photo/1">img</a>' +
              '<a href="/SomeLeader/status/1790000000000000003/video/1">video</a>',
          ),
      ),
    );
    expect(post.quoted).toMatchObject({ author: 'SomeLeader', statusId: '1790000000000000002', time: '2024-04-30T08:00:00.000Z' });
  });

  it('is not taken from a media link off X, and such a link does not stop the quote being read', () => {
    // A status-like path on another host is no status path at all (pathOf gives nothing to match).
    const post = readPost(
      article(authorLine('Quoter', 'Quoter', '1790000000000000001') + quote(quoteLine('Some Leader', 'SomeLeader') + '<a href="https://example.com/SomeLeader/status/1790000000000000002/photo/1">img</a>')),
    );
    expect(post.quoted).toMatchObject({ author: 'SomeLeader', statusId: null, time: '2024-04-30T08:00:00.000Z' });
  });

  it('is not taken from media links when the quote names no author', () => {
    const post = readPost(article(authorLine('Quoter', 'Quoter', '1790000000000000001') + quote('<time datetime="2024-04-30T08:00:00.000Z">Apr 30</time><a href="/SomeLeader/status/1790000000000000002/photo/1">img</a>')));
    expect(post.quoted).toMatchObject({ author: null, statusId: null, time: '2024-04-30T08:00:00.000Z' });
  });

  it('falls back to a permalink around the quote’s own time', () => {
    const post = readPost(
      article(
        authorLine('Quoter', 'Quoter', '1790000000000000001') +
          quote(`<div data-testid="User-Name"><span>Some Leader</span><span>@SomeLeader</span>${permalink('/SomeLeader/status/1790000000000000004', '2024-04-29T08:00:00.000Z')}</div>`),
      ),
    );
    expect(post.statusId).toBe('1790000000000000001');
    expect(post.quoted).toMatchObject({ author: 'SomeLeader', statusId: '1790000000000000004', time: '2024-04-29T08:00:00.000Z' });
  });
});

describe('the author line’s @handle', () => {
  it('is the last leaf "@…" span: a display name that reads "@SomeLeader" is not the handle', () => {
    const post = readPost(article(authorLine('Quoter', 'Quoter', '1') + quote(quoteLine('@SomeLeader', 'Impostor'))));
    expect(post.quoted?.author).toBe('Impostor');
  });

  it('skips spans that hold other elements, and mentions in the quoted text', () => {
    const post = readPost(
      article(
        authorLine('Quoter', 'Quoter', '1') +
          quote(
            '<div data-testid="User-Name"><span>Name</span><span>@Quoted</span><span>@Wrapper<b>x</b></span></div>' +
              '<div lang="en" dir="auto"><span>@MentionedLeader</span></div>',
          ),
      ),
    );
    expect(post.quoted?.author).toBe('Quoted');
  });

  it('skips mentions in the quoted text when the quote has no author line either', () => {
    const post = readPost(
      article(
        authorLine('Quoter', 'Quoter', '1') +
          quote('<span>@Quoted</span><time datetime="2024-04-30T08:00:00.000Z">Apr 30</time><div lang="en" dir="auto"><span>@MentionedLeader</span></div>'),
      ),
    );
    expect(post.quoted?.author).toBe('Quoted');
  });

  it('must be a whole valid handle, spaces around it aside', () => {
    const read = (text: string) => readPost(article(authorLine('Quoter', 'Quoter', '1') + quote(`<div data-testid="User-Name"><span>Name</span><span>${text}</span></div>`))).quoted?.author;
    expect(read('  @SomeLeader  ')).toBe('SomeLeader');
    expect(read('@Some Leader')).toBeNull();
    expect(read('@SixteenCharsLong')).toBeNull();
    expect(read('@SomeLeader!')).toBeNull();
    expect(read('@Some@Leader')).toBeNull();
  });
});

describe('a post inside a post', () => {
  const nested = () =>
    article(
      '<article data-testid="tweet" id="inner">' +
        permalink('/InnerAuthor/status/1790000000000000010') +
        '</article>' +
        authorLine('Outer', 'OuterAuthor', '1790000000000000011'),
    );

  it('is not read as the outer post: the outer post’s own permalink and author line are', () => {
    const outer = nested();
    expect(readPost(outer)).toMatchObject({ author: 'OuterAuthor', statusId: '1790000000000000011' });
    expect(readPost(outer.querySelector<HTMLElement>('#inner')!)).toMatchObject({ author: 'InnerAuthor', statusId: '1790000000000000010' });
  });

  it('makes the outer post too complex for the fast path', () => {
    expect(simplePostAuthor(nested())).toBeNull();
  });

  it('is found once each, and from inside either by its enclosing post', () => {
    const outer = nested();
    const inner = outer.querySelector<HTMLElement>('#inner')!;
    expect(findPostElements(document)).toEqual([outer, inner]);
    expect(findPostElements(inner)).toEqual([inner]);
    // A node inside a post is not a post: the annotator finds that post from the node's parent.
    expect(findPostElements(inner.querySelector('time')!)).toEqual([]);
    expect(enclosingPost(inner.querySelector('time')!)).toBe(inner);
  });
});

describe('which elements count as posts', () => {
  it('finds posts under a node, not the post it sits in (enclosingPost does, once per changed parent)', () => {
    const post = article(`<div id="body">${authorLine('Leader', 'SomeLeader', '1')}</div>`);
    expect(findPostElements(post.querySelector('#body')!)).toEqual([]);
    expect(enclosingPost(post.querySelector('#body')!)).toBe(post);
    expect(findPostElements(post)).toEqual([post]);
  });

  it('takes no post from a marker that sits in no article', () => {
    placeMarkup(`<div data-testid="tweet">${authorLine('Leader', 'SomeLeader', '1')}</div>`);
    expect(findPostElements(document)).toEqual([]);
  });

  it('takes no article without a post marker', () => {
    const bare = placeMarkup(`<article>${authorLine('Leader', 'SomeLeader', '1')}</article>`);
    expect(findPostElements(document)).toEqual([]);
    expect(enclosingPost(bare.querySelector('time')!)).toBeNull();
    expect(findPostElements(bare.querySelector('time')!)).toEqual([]);
  });
});

describe('cards and nested links', () => {
  it('does not read a card (a link block with no author line or time) as a quote', () => {
    const post = readPost(article(authorLine('Leader', 'SomeLeader', '1') + '<div role="link"><span>example.com</span><span>@NotAnAuthor</span></div>'));
    expect(post.quoted).toBeNull();
    expect(post.author).toBe('SomeLeader');
  });

  it('takes the outermost link block as the quote when blocks nest', () => {
    const post = readPost(article(authorLine('Quoter', 'Quoter', '1') + `<div role="link" id="outer">${quoteLine('Some Leader', 'SomeLeader')}<div role="link" id="card"><span>card</span></div></div>`));
    expect(post.quoted?.element.id).toBe('outer');
    expect(post.quoted?.author).toBe('SomeLeader');
  });

  it('takes the outermost link block as the quote when the author line sits in an inner one', () => {
    const post = readPost(article(authorLine('Quoter', 'Quoter', '1') + `<div role="link" id="outer"><div role="link" id="inner">${quoteLine('Some Leader', 'SomeLeader')}</div></div>`));
    expect(post.quoted?.element.id).toBe('outer');
    expect(post.quoted?.author).toBe('SomeLeader');
  });

  it('does not count a quote that belongs to a post nested inside this one', () => {
    const post = readPost(article(authorLine('Outer', 'OuterAuthor', '1') + `<article data-testid="tweet">${permalink('/InnerAuthor/status/2')}${quote(quoteLine('Some Leader', 'SomeLeader'))}</article>`));
    expect(post.quoted).toBeNull();
  });
});

describe('repost rows', () => {
  const row = (inner: string) =>
    article(`<div><div><svg>${inner}</svg></div><a href="/Reposter"><span data-testid="socialContext">Some Reposter reposted</span></a></div>${authorLine('Leader', 'SomeLeader', '1')}`);

  it('reads the English wording when the row has no icon', () => {
    const post = article(`<a href="/Reposter"><span data-testid="socialContext">Some Reposter reposted</span></a>${authorLine('Leader', 'SomeLeader', '1')}`);
    expect(readPost(post).retweeter).toBe('Reposter');
  });

  it('does not take a row without an icon whose words are not a repost’s', () => {
    const post = article(`<a href="/Reposter"><span data-testid="socialContext">Some Reposter replied</span></a>${authorLine('Leader', 'SomeLeader', '1')}`);
    expect(readPost(post).retweeter).toBeNull();
  });

  it('reads the repost icon in any language, and the wording beside an icon it does not know', () => {
    const french = article(
      `<div><div><svg><path d="M4.75 3.79l4.603 4.3 and the rest"></path></svg></div><a href="/Reposter"><span data-testid="socialContext">Some Reposter a reposté</span></a></div>${authorLine('Leader', 'SomeLeader', '1')}`,
    );
    expect(readPost(french).retweeter).toBe('Reposter');
    expect(readPost(row('<path d="M0 0 unknown icon"></path>')).retweeter).toBe('Reposter');
  });

  it('puts the reposter’s overlay at the row, above the author line', () => {
    const post = readPost(row('<path d="M4.75 3.79l4.603 4.3"></path>'));
    const anchor = overlayAnchor(post, 'reposter')!;
    expect(anchor.querySelector('[data-testid="socialContext"]')).not.toBeNull();
    expect(anchor.contains(post.element.querySelector('[data-testid="User-Name"]'))).toBe(false);
  });

  it('has no place for a reposter’s overlay on a post nobody reposted', () => {
    expect(overlayAnchor(readPost(article(authorLine('Leader', 'SomeLeader', '1'))), 'reposter')).toBeNull();
  });

  it('has no place for a reposter’s overlay when the row is not a link', () => {
    const post = readPost(article(`<span data-testid="socialContext">Pinned</span>${authorLine('Leader', 'SomeLeader', '1')}`));
    expect(overlayAnchor(post, 'reposter')).toBeNull();
  });
});

describe('the quote’s overlay', () => {
  it('goes right after the quote’s author line, before the quoted text', () => {
    const post = readPost(
      article(
        authorLine('Quoter', 'Quoter', '1') +
          `<div data-testid="tweetText">outer text</div>` +
          quote(`<div id="head">${quoteLine('Some Leader', 'SomeLeader')}</div><div data-testid="tweetText" id="quoted-text">quoted text</div>`),
      ),
    );
    expect(overlayAnchor(post, 'quoted')?.id).toBe('head');
  });

  it('uses the quote’s time when it has no author line', () => {
    const post = readPost(
      article(authorLine('Quoter', 'Quoter', '1') + quote(`<div data-testid="UserAvatar-Container-SomeLeader"></div><div id="head"><time datetime="2024-04-30T08:00:00.000Z">Apr 30</time></div><div data-testid="tweetText">quoted</div>`)),
    );
    expect(overlayAnchor(post, 'quoted')?.id).toBe('head');
  });

  it('has none when there is no quote', () => {
    expect(overlayAnchor(readPost(article(authorLine('Leader', 'SomeLeader', '1'))), 'quoted')).toBeNull();
  });
});

describe('the author’s overlay', () => {
  it('goes after the author line and before the post text, never inside the quote', () => {
    const post = readPost(
      article(
        `<div id="top"><div id="line">${authorLine('Quoter', 'Quoter', '1')}</div><div data-testid="tweetText">own text</div></div>` +
          quote(quoteLine('Some Leader', 'SomeLeader')) +
          '<div role="group">actions</div>',
      ),
    );
    expect(overlayAnchor(post, 'author')?.id).toBe('line');
  });

  it('has no place when the post shows no author line of its own, not even in its quote’s', () => {
    // As when X has not rendered the line yet: the quote's author line is not the post's.
    const post = readPost(article(`${permalink('/SomeLeader/status/1')}<div data-testid="tweetText">text</div>${quote(quoteLine('Quoted', 'QuotedLeader'))}<div role="group">actions</div>`));
    expect(overlayAnchor(post, 'author')).toBeNull();
    expect(overlayAnchor(post, 'quoted')).not.toBeNull();
  });

  it('uses the 2021 author link, not a social-context span, when there is no author-line testid', () => {
    const post = readPost(
      article(
        '<a href="/Reposter"><div dir="ltr"><span data-testid="socialContext">@Reposter</span></div></a>' +
          '<div id="line"><a href="/SomeLeader"><div dir="ltr"><span>@SomeLeader</span></div></a></div>' +
          '<div lang="en" dir="auto">text</div>',
      ),
    );
    expect(post.author).toBe('SomeLeader');
    expect(overlayAnchor(post, 'author')?.id).toBe('line');
  });
});

describe('what a quote, a wrapper or an action bar must not lend the post', () => {
  it('a post with no permalink of its own (an ad) takes no author or id from its quote’s permalink', () => {
    const post = readPost(
      article(
        `<div data-testid="User-Name"><a href="/advertiser"><span>Advertiser</span></a><div><span>@advertiser</span></div></div>` +
          quote(permalink('/realDonaldTrump/status/1790000000000000009')),
      ),
    );
    expect({ author: post.author, statusId: post.statusId }).toEqual({ author: 'advertiser', statusId: null });
  });

  it('a link block around the whole post is not its quote', () => {
    placeMarkup(`<div role="link" id="wrapper"><article data-testid="tweet">${authorLine('Author', 'author', '1790000000000000001')}${quote(quoteLine('Quoted', 'quoted_one'))}</article></div>`);
    const post = readPost(document.querySelector<HTMLElement>('article')!);
    expect(post.quoted?.element.id).toBe('quote');
    expect(post.quoted?.author).toBe('quoted_one');
  });

  it('a "liked" row with no icon of its own is no repost, whatever icons the action bar holds', () => {
    const post = readPost(
      article(
        `<div><div><a href="/liker"><span data-testid="socialContext">Liker liked</span></a></div></div>` +
          authorLine('Author', 'author', '1790000000000000001') +
          `<div role="group"><svg viewBox="0 0 24 24"><path d="${REPOST_ICON_PATHS[0]} 1.36 1.46z"></path></svg></div>`,
      ),
    );
    expect(post.retweeter).toBeNull();
  });
});
