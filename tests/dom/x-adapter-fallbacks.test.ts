// @vitest-environment happy-dom
/**
 * The X adapter's fallbacks, which the recorded pages rarely exercise (mutation testing found no
 * test running them): a post with no permalink (promoted) named by its avatar, a quote named by its
 * avatar, absolute permalinks on X's hosts and on others, and the profile JSON-LD's odd shapes. The
 * markup is X's, cut down to the parts each rule reads (docs/x-dom.md).
 */
import { describe, expect, it } from 'vitest';
import { readPost, readProfileHeader, readProfileIdentity } from '../../src/sites/x/adapter';
import { placeMarkup } from '../support/dom';

/** An article as X renders it, from its inner markup. */
const article = (inner: string) => placeMarkup(`<article data-testid="tweet">${inner}</article>`);

const permalink = (href: string) => `<a href="${href}"><time datetime="2024-05-01T12:00:00.000Z">May 1</time></a>`;

describe('X posts without the usual permalink', () => {
  it('names a promoted post’s author by its avatar when there is no permalink and no author link', () => {
    const post = readPost(article('<div data-testid="UserAvatar-Container-SomeLeader"></div><div data-testid="tweetText">Ad</div>'));
    expect(post).toMatchObject({ author: 'SomeLeader', statusId: null, time: null });
  });

  it('prefers the author line’s profile link to the avatar, skipping its links that are not profiles', () => {
    const post = readPost(
      article(
        '<div data-testid="UserAvatar-Container-AvatarName"></div>' +
          '<div data-testid="User-Name"><a href="/i/status/1">Ad</a><a href="/LineName">Line Name</a></div>',
      ),
    );
    expect(post.author).toBe('LineName');
  });

  it('never takes the author from a quote’s author line or avatar', () => {
    const quote = '<div role="link"><div data-testid="User-Name"><a href="/QuotedName">Q</a></div><div data-testid="UserAvatar-Container-QuotedName"></div></div>';
    expect(readPost(article(`<div data-testid="UserAvatar-Container-OwnName"></div>${quote}`)).author).toBe('OwnName');
    expect(readPost(article(quote)).author).toBeNull();
    // Nor from a 2021-style @handle link inside the quote.
    const quote2021 = '<div role="link"><a href="/QuotedName"><div dir="ltr"><span>@QuotedName</span></div></a><time datetime="2024-04-30T08:00:00.000Z">Apr 30</time></div>';
    expect(readPost(article(quote2021)).author).toBeNull();
  });

  it('reads 2021’s @handle span last, and never the one in a social-context row', () => {
    const span = (handle: string) => `<a href="/${handle}"><div dir="ltr"><span>@${handle}</span></div></a>`;
    const reposted = `<div data-testid="socialContext">${span('Reposter')}</div>`;
    expect(readPost(article(`${reposted}${span('Author2021')}`)).author).toBe('Author2021');
    expect(readPost(article(reposted)).author).toBeNull();
    // An avatar outranks the span.
    expect(readPost(article(`${span('SpanName')}<div data-testid="UserAvatar-Container-AvatarName"></div>`)).author).toBe('AvatarName');
  });

  it('reads 2021’s author from the span that is a @handle, passing over one that is not, spaces aside', () => {
    expect(readPost(article('<a href="/Author2021"><div dir="ltr"><span>Author 2021</span></div><div dir="ltr"><span>@Author2021</span></div></a>')).author).toBe('Author2021');
    expect(readPost(article('<a href="/Author2021"><div dir="ltr"><span> @Author2021\n</span></div></a>')).author).toBe('Author2021');
  });

  it('names nobody from an avatar whose testid carries no handle', () => {
    expect(readPost(article('<div data-testid="UserAvatar-Container-"></div>')).author).toBeNull();
  });

  it('reads an absolute permalink on X’s own hosts, and only there', () => {
    expect(readPost(article(permalink('https://x.com/SomeLeader/status/1790000000000000001'))).statusId).toBe('1790000000000000001');
    expect(readPost(article(permalink('https://mobile.twitter.com/SomeLeader/status/1790000000000000002'))).author).toBe('SomeLeader');
    // Another site's address with the same path is not this post's permalink.
    expect(readPost(article(permalink('https://notx.com/SomeLeader/status/1790000000000000003')))).toMatchObject({ author: null, statusId: null });
    expect(readPost(article(permalink('https://x.com.evil.example/SomeLeader/status/1790000000000000004')))).toMatchObject({ author: null, statusId: null });
    // Not an address at all.
    expect(readPost(article(permalink('http://[broken')))).toMatchObject({ author: null, statusId: null });
  });

  it('names a quote’s author by its avatar when its author line has no @handle', () => {
    const post = readPost(
      article(
        `${permalink('/Quoter/status/1790000000000000005')}<div role="link"><div data-testid="UserAvatar-Container-QuotedLeader"></div>` +
          '<time datetime="2024-04-30T08:00:00.000Z">Apr 30</time></div>',
      ),
    );
    expect(post.author).toBe('Quoter');
    expect(post.quoted).toMatchObject({ author: 'QuotedLeader', time: '2024-04-30T08:00:00.000Z' });
  });
});

describe('the profile page’s JSON-LD', () => {
  const schema = (json: string) => {
    const script = document.createElement('script');
    script.type = 'application/ld+json';
    script.setAttribute('data-testid', 'UserProfileSchema-test');
    script.textContent = json;
    document.head.replaceChildren(script);
    return document;
  };
  const entity = (additionalName: unknown, identifier: unknown) => JSON.stringify({ mainEntity: { additionalName, identifier } });

  it('reads the handle and the numeric id, given as a string or a number', () => {
    expect(readProfileIdentity(schema(entity('SomeLeader', '25073877')))).toEqual({ handle: 'SomeLeader', userId: '25073877' });
    expect(readProfileIdentity(schema(entity('SomeLeader', 25073877)))).toEqual({ handle: 'SomeLeader', userId: '25073877' });
  });

  it('gives nothing for an id that is not all digits, a missing or invalid handle, or malformed JSON', () => {
    expect(readProfileIdentity(schema(entity('SomeLeader', '25073877x')))).toBeNull();
    expect(readProfileIdentity(schema(entity('SomeLeader', 'x25073877')))).toBeNull();
    expect(readProfileIdentity(schema(entity('SomeLeader', { id: 1 })))).toBeNull();
    expect(readProfileIdentity(schema(entity(undefined, '25073877')))).toBeNull();
    // Values that would read as a handle or an id once turned into text are still not one.
    expect(readProfileIdentity(schema(entity(12345, '25073877')))).toBeNull();
    expect(readProfileIdentity(schema(entity('SomeLeader', ['25073877'])))).toBeNull();
    expect(readProfileIdentity(schema(entity('not a handle!', '25073877')))).toBeNull();
    expect(readProfileIdentity(schema('{"mainEntity": '))).toBeNull();
  });
});

describe('the profile header', () => {
  const header = () => placeMarkup('<div data-testid="UserName"><span>Some Leader</span><div><span>@SomeLeader</span></div></div>');

  it('names the handle only on that profile’s own path', () => {
    expect(readProfileHeader(header(), '/SomeLeader')).toBe('SomeLeader');
    expect(readProfileHeader(header(), '/someleader/')).toBe('SomeLeader');
    expect(readProfileHeader(header(), '/AnotherLeader')).toBeNull();
    // A reserved path is no profile, whatever the header says.
    expect(readProfileHeader(header(), '/home')).toBeNull();
    expect(readProfileHeader(header(), '/SomeLeader/status/1')).toBeNull();
  });

  it('names nobody from a header with no @handle span yet', () => {
    expect(readProfileHeader(placeMarkup('<div data-testid="UserName"><span>Some Leader</span></div>'), '/SomeLeader')).toBeNull();
  });
});
