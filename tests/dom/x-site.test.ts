// @vitest-environment happy-dom
/**
 * X as the annotator reads it (src/sites/x/site.ts), on the recorded profile and home pages: which
 * posts are the profile's own (the minimal badge), what the repost and quote records carry, and which
 * text changes matter. Mutation testing found these decisions untested in the DOM tier.
 */
import { describe, expect, it } from 'vitest';
import { createXSite } from '../../src/sites/x/site';
import { installFixture, parseMarkup, placeMarkup, setPageUrl } from '../support/dom';

const PROFILE = 'https://x.com/khamenei_ir';

function posts(fixture: string, url: string) {
  const doc = installFixture(fixture, url);
  const site = createXSite(doc);
  return { doc, site, read: site.findPosts(doc).map((element) => site.readPost(element)) };
}

describe('X posts as the annotator reads them', () => {
  it('on a profile page, marks the account’s own posts as such, and not the post it reposted', () => {
    const { read } = posts('x/profile-2025.html', PROFILE);
    const own = read.filter((post) => post.kind === 'post' && post.author?.handle?.toLowerCase() === 'khamenei_ir');
    const others = read.filter((post) => post.kind === 'post' && post.author?.handle?.toLowerCase() !== 'khamenei_ir');
    expect(own.length).toBeGreaterThan(0);
    expect(own.every((post) => post.onOwnProfile === true)).toBe(true);
    expect(others.map((post) => [post.author?.handle, post.onOwnProfile])).toEqual([['ghazal_daily', false]]);
    expect(others[0]!.reposter).toEqual({ platform: 'x', handle: 'khamenei_ir' });
  });

  it('marks no post as its author’s own away from a profile page, and reads no repost or quote where there is none', () => {
    const { read } = posts('x/home-2025.html', 'https://x.com/home');
    expect(read.some((post) => post.onOwnProfile)).toBe(false);
    const plain = read.filter((post) => post.x && post.x.retweeter === null && post.x.quoted === null);
    expect(plain.length).toBeGreaterThan(0);
    expect(plain.every((post) => post.reposter === null && post.quoted === null)).toBe(true);
    const quoting = read.filter((post) => post.quoted !== null);
    expect(quoting.length).toBeGreaterThan(0);
    expect(quoting.every((post) => post.quoted!.author === null || post.quoted!.author.platform === 'x')).toBe(true);
  });

  it('lends the page’s user id to the profile’s own handle only', () => {
    const { read } = posts('x/profile-2025.html', PROFILE);
    const header = read.find((post) => post.kind === 'profile');
    expect(header?.author?.userId).toMatch(/^\d+$/);
    const repost = read.find((post) => post.author?.handle === 'ghazal_daily');
    expect(repost?.author?.userId).toBeNull();
  });

  it('settles a plain post from its permalink alone, never a profile header; and finds nothing around a node in neither', () => {
    const { doc, site } = posts('x/profile-2025.html', PROFILE);
    const header = site.findPosts(doc).find((element) => element.matches('[data-testid="UserName"]'))!;
    const plain = site.findPosts(doc).find((element) => element.matches('article') && !element.querySelector('div[role="link"], [data-testid="socialContext"]'))!;
    expect(site.simpleAuthor?.(plain)).toEqual({ platform: 'x', handle: expect.stringMatching(/^khamenei_ir$/i), userId: expect.stringMatching(/^\d+$/) });
    expect(site.simpleAuthor?.(header)).toBeNull();
    // A node outside every post and header (the page's own chrome), on a profile page.
    expect(site.enclosingPost(doc.body)).toBeNull();
  });

  it('gives a quote whose author cannot be read no author at all', () => {
    setPageUrl('https://x.com/home');
    const article = placeMarkup(
      '<article data-testid="tweet"><a href="/SomeLeader/status/1790000000000000001"><time datetime="2024-05-01T12:00:00.000Z">May 1</time></a>' +
        '<div role="link"><time datetime="2024-04-01T12:00:00.000Z">Apr 1</time><div lang="en">quoted text</div></div></article>',
    );
    const read = createXSite(document).readPost(article);
    expect(read.quoted?.element.getAttribute('role')).toBe('link');
    expect(read.quoted?.author).toBeNull();
  });

  it('watches text changes inside the profile header on a profile page, and nowhere else', () => {
    const profile = posts('x/profile-2025.html', PROFILE);
    const headerText = profile.doc.querySelector('[data-testid="UserName"] span')!.firstChild!;
    const postText = profile.doc.querySelector('[data-testid="tweetText"]')!;
    expect(profile.site.textMatters?.(headerText)).toBe(true);
    expect(profile.site.textMatters?.(postText)).toBe(false);
    const home = posts('x/home-2025.html', 'https://x.com/home');
    expect(home.site.textMatters?.(home.doc.querySelector('[data-testid="tweetText"]')!)).toBe(false);
  });
});

describe('X’s page context through in-app navigation (refresh)', () => {
  const schemaFor = (handle: string, id: string) => {
    const script = document.createElement('script');
    script.type = 'application/ld+json';
    script.setAttribute('data-testid', 'UserProfileSchema-test');
    script.textContent = JSON.stringify({ mainEntity: { additionalName: handle, identifier: id } });
    return script;
  };
  /** A bare profile page at `path`: a header naming `headerHandle`, and the JSON-LD if given. */
  function profilePage(path: string, headerHandle: string, schema?: HTMLScriptElement) {
    setPageUrl(`https://x.com${path}`);
    document.head.replaceChildren(...(schema ? [schema] : []));
    document.body.replaceChildren(parseMarkup(`<div data-testid="UserName"><span>Name</span><div><span>@${headerHandle}</span></div></div>`));
    const site = createXSite(document);
    const header = () => site.findPosts(document).find((element) => element.matches('[data-testid="UserName"]'))!;
    return { site, header, read: () => site.readPost(header()) };
  }

  it('says nothing changed when neither the address nor an awaited id did', () => {
    const { site } = profilePage('/SomeLeader', 'SomeLeader', schemaFor('SomeLeader', '111'));
    expect(site.refresh?.([document.body])).toBe(false);
    const home = profilePage('/home', 'SomeLeader');
    expect(home.site.refresh?.([document.body])).toBe(false);
  });

  it('picks up the id when its JSON-LD is added after the header, or its text is replaced inside it', () => {
    const { site, read } = profilePage('/SomeLeader', 'SomeLeader');
    expect(read().author).toEqual({ platform: 'x', handle: 'SomeLeader', userId: null });
    // Unrelated additions while waiting: nothing changed.
    const other = document.createElement('div');
    document.body.append(other);
    expect(site.refresh?.([other])).toBe(false);
    // The script added whole.
    const schema = schemaFor('SomeLeader', '111');
    document.head.append(schema);
    expect(site.refresh?.([schema, other])).toBe(true);
    expect(read().author).toEqual({ platform: 'x', handle: 'SomeLeader', userId: '111' });
    // Found: no longer waiting, so later additions change nothing.
    expect(site.refresh?.([schemaFor('SomeLeader', '222')])).toBe(false);

    // On another profile whose JSON-LD arrives as new text inside the same script.
    const next = profilePage('/NextLeader', 'NextLeader', schemaFor('SomeLeader', '111'));
    expect(next.read().author?.userId).toBeNull();
    const script = document.head.querySelector('script')!;
    script.textContent = JSON.stringify({ mainEntity: { additionalName: 'NextLeader', identifier: '333' } });
    expect(next.site.refresh?.([script.firstChild!])).toBe(true);
    expect(next.read().author).toEqual({ platform: 'x', handle: 'NextLeader', userId: '333' });
  });

  it('on navigation, drops the last profile’s id until the new one renders, and never lends the old id to the new header', () => {
    const { site, read } = profilePage('/SomeLeader', 'SomeLeader', schemaFor('SomeLeader', '111'));
    expect(read().author?.userId).toBe('111');
    // X changes the address first and reuses the header with the next profile's text.
    history.pushState({}, '', '/NextLeader');
    document.querySelector('[data-testid="UserName"] div span')!.textContent = '@NextLeader';
    // Before the batch's refresh: the id on hand is the last profile's, so the header names nobody.
    expect(read().author).toBeNull();
    expect(site.refresh?.([document.body])).toBe(true);
    // The old JSON-LD names another account: the header is read without an id.
    expect(read().author).toEqual({ platform: 'x', handle: 'NextLeader', userId: null });
    // The new profile's own posts are its own.
    const post = parseMarkup('<article data-testid="tweet"><a href="/NextLeader/status/1790000000000000001"><time datetime="2024-05-01T12:00:00.000Z">May 1</time></a></article>');
    document.body.append(post);
    expect(site.readPost(post).onOwnProfile).toBe(true);
    // Same address again: nothing changed.
    expect(site.refresh?.([document.body])).toBe(false);
    // Away from profiles: posts are no longer a profile's own, headers are not looked for.
    history.pushState({}, '', '/home');
    expect(site.refresh?.([document.body])).toBe(true);
    expect(site.findPosts(document)).toEqual([post]);
    expect(site.textMatters?.(document.querySelector('[data-testid="UserName"] span')!.firstChild!)).toBe(false);
  });
});

describe('the profile page’s user id and header, at their edges', () => {
  const SCHEMA = 'script[type="application/ld+json"][data-testid="UserProfileSchema-test"]';
  const headerOf = (site: ReturnType<typeof createXSite>, doc: Document) => site.findPosts(doc).find((element) => element.matches('[data-testid="UserName"]'))!;

  it('keeps the id found at start through batches that hold no JSON-LD', () => {
    const { doc, site } = posts('x/profile-2025.html', PROFILE);
    expect(site.refresh?.([doc.body.appendChild(parseMarkup('<div>unrelated</div>'))])).toBe(false);
    expect(site.readPost(headerOf(site, doc)).author?.userId).toMatch(/^\d+$/);
  });

  it('finds an id that renders late in any node of the batch, then keeps it', () => {
    const doc = installFixture('x/profile-2025.html', PROFILE);
    const schema = doc.querySelector(SCHEMA)!;
    schema.remove();
    const site = createXSite(doc);
    expect(site.readPost(headerOf(site, doc)).author?.userId).toBeNull();
    const unrelated = doc.body.appendChild(parseMarkup('<div>unrelated</div>'));
    doc.body.append(schema);
    expect(site.refresh?.([unrelated, schema])).toBe(true);
    expect(site.readPost(headerOf(site, doc)).author?.userId).toMatch(/^\d+$/);
    expect(site.refresh?.([doc.body.appendChild(parseMarkup('<div>later</div>'))])).toBe(false);
    expect(site.readPost(headerOf(site, doc)).author?.userId).toMatch(/^\d+$/);
  });

  it('gives a header that names another account than the address no author, and reads no permalink in a header', () => {
    const { doc, site } = posts('x/profile-2025.html', PROFILE);
    const header = headerOf(site, doc);
    header.append(parseMarkup('<a href="/someone_else/status/1790000000000000001"><time datetime="2024-05-01T12:00:00.000Z">May 1</time></a>'));
    expect(site.simpleAuthor?.(header)).toBeNull();
    for (const span of header.querySelectorAll('span')) if (span.textContent?.trim().toLowerCase() === '@khamenei_ir') span.textContent = '@someone_else';
    expect(site.readPost(header)).toMatchObject({ kind: 'profile', author: null });
  });

  it('looks for a profile header around a node on a profile page only', () => {
    const { doc, site } = posts('x/profile-2025.html', 'https://x.com/home');
    const inHeader = doc.querySelector('[data-testid="UserName"] span')!;
    expect(site.enclosingPost(inHeader)).toBeNull();
  });
});
