// @vitest-environment happy-dom
/**
 * The Mastodon adapter's rules at their edges, where mutation testing found code no test could tell
 * from a broken version (docs/mutation.md): which addresses name an account, the displayed account
 * agreeing with the link, ids and dates, the boost row, headers through in-app navigation, and the
 * Snowflake date's bounds. Markup is Mastodon's web UI (tests/fixtures/sites), cut down.
 */
import { describe, expect, it } from 'vitest';
import { acctRef, snowflakeTime } from '../../src/sites/mastodon/accounts';
import { createMastodonSite } from '../../src/sites/mastodon/adapter';
import { parseMarkup, setPageUrl } from '../support/dom';

function page(markup: string, path = '/home', host = 'social.example') {
  setPageUrl(`https://${host}${path}`);
  document.body.replaceChildren(parseMarkup(`<div id="root">${markup}</div>`));
  const site = createMastodonSite(document);
  const element = (id: string) => document.getElementById(id)!;
  return { site, element, read: (id: string) => site.readPost(element(id)) };
}

/** A timeline post: its author link (showing `shown`), a time link, optional `data-id`. */
const status = (id: string, href: string, shown: string | null, extra = '', dataId: string | null = '111') =>
  `<div class="status__wrapper"><div id="${id}" class="status"${dataId === null ? '' : ` data-id="${dataId}"`}>` +
  `<div class="status__info"><a class="status__display-name" href="${href}">${shown === null ? '' : `<span class="display-name__account">${shown}</span>`}</a></div>` +
  `${extra}<div class="status__content">text</div></div></div>`;

describe('the author link', () => {
  it('names a local account with the page’s host, and a remote one with its own', () => {
    const { read } = page(status('a', '/@alice', '@alice') + status('b', '/@bob@other.example', '@bob@other.example') + status('c', 'https://other.example/@carol', null));
    expect(read('a').author).toEqual({ platform: 'mastodon', handle: 'alice@social.example' });
    expect(read('b').author).toEqual({ platform: 'mastodon', handle: 'bob@other.example' });
    expect(read('c').author).toEqual({ platform: 'mastodon', handle: 'carol@other.example' });
  });

  it('reads a post as a post, with its author from a link written with http: as well as https:', () => {
    const { read } = page(status('a', 'http://other.example/@carol', null) + status('b', 'https://other.example/@dave', null));
    expect(read('a')).toMatchObject({ kind: 'post', author: { platform: 'mastodon', handle: 'carol@other.example' } });
    expect(read('b')).toMatchObject({ kind: 'post', author: { platform: 'mastodon', handle: 'dave@other.example' } });
  });

  it('names nobody, and places no author overlay, for a post without an author link', () => {
    const { site, read } = page('<div class="status__wrapper"><div id="p" class="status" data-id="111"><div class="status__content">text</div></div></div>');
    expect(read('p')).toMatchObject({ kind: 'post', author: null, statusId: '111' });
    expect(site.overlayAnchor(read('p'), 'author')).toBeNull();
  });

  it('reads a post taken out of the page (no parent, no wrapper) without failing', () => {
    // A post removed while its batch is read: nothing around it to hold a boost row.
    const post = parseMarkup('<div class="status" data-id="111"><a class="status__display-name" href="/@alice"></a></div>');
    setPageUrl('https://social.example/home');
    expect(createMastodonSite(document).readPost(post)).toMatchObject({ author: { handle: 'alice@social.example' }, reposter: null });
  });

  it('names nobody for an address that is not a web address, not an account, or not an address at all', () => {
    const { read } = page(
      status('a', 'javascript:alert(1)//@alice', null) + status('b', '/@alice/followers', null) + status('c', 'https://[broken', null) + status('d', 'ftp://social.example/@alice', null),
    );
    for (const id of ['a', 'b', 'c', 'd']) expect(read(id).author, id).toBeNull();
  });

  it('must agree with the account it displays, in any case, and the displayed host defaults to the page’s', () => {
    const { read } = page(
      status('same', '/@Alice', '@alice') +
        status('host', '/@alice', '@alice@social.example') +
        status('other', '/@alice', '@mallory') +
        status('remote', '/@alice', '@alice@other.example') +
        status('bare', '/@alice@other.example', 'alice@other.example') +
        status('truth', 'https://truthsocial.com/@realDonaldTrump', '@realDonaldTrump@truthsocial.com') +
        status('fake', 'https://truthsocial.com/@realDonaldTrump', '@realDonaldTrump'),
    );
    expect(read('same').author?.handle).toBe('Alice@social.example');
    expect(read('host').author?.handle).toBe('alice@social.example');
    expect(read('other').author).toBeNull();
    expect(read('remote').author).toBeNull();
    expect(read('bare').author?.handle).toBe('alice@other.example');
    expect(read('truth').author).toEqual({ platform: 'truthsocial', handle: 'realDonaldTrump' });
    // "@realDonaldTrump" on social.example is that server's account, not Truth Social's.
    expect(read('fake').author).toBeNull();
  });

  it('reads the displayed account without the whitespace around it in the markup', () => {
    const { read } = page(status('padded', '/@alice', '\n  @alice\n') + status('other', '/@alice', '\n  @mallory\n'));
    expect(read('padded').author?.handle).toBe('alice@social.example');
    expect(read('other').author).toBeNull();
  });
});

describe('ids and dates', () => {
  it('take the id from data-id, else from the time link; the date from <time>, else from the id', () => {
    const time = (href: string, datetime?: string) => `<a class="status__relative-time" href="${href}">${datetime ? `<time datetime="${datetime}">1h</time>` : '1h'}</a>`;
    const { read } = page(
      status('attr', '/@alice', null, time('/@alice/999', '2024-05-01T12:00:00.000Z'), '112233445566778899') +
        status('link', '/@alice', null, time('/@alice/112233445566778899'), null) +
        status('none', '/@alice', null, '', null),
    );
    expect(read('attr')).toMatchObject({ statusId: '112233445566778899', time: Date.parse('2024-05-01T12:00:00.000Z') });
    expect(read('link')).toMatchObject({ statusId: '112233445566778899', time: snowflakeTime('112233445566778899') });
    expect(read('link').time).not.toBeNull();
    expect(read('none')).toMatchObject({ statusId: null, time: null });
  });

  it('dates a Snowflake id from 2016 to a day ahead, and nothing before Mastodon 2.0', () => {
    const now = Date.UTC(2026, 0, 1);
    const idAt = (ms: number) => (BigInt(ms) * 65536n).toString();
    expect(snowflakeTime(idAt(Date.UTC(2020, 0, 1)), now)).toBe(Date.UTC(2020, 0, 1));
    expect(snowflakeTime(idAt(Date.UTC(2016, 0, 1)), now)).toBe(Date.UTC(2016, 0, 1));
    expect(snowflakeTime(idAt(Date.UTC(2016, 0, 1) - 1), now)).toBeNull();
    expect(snowflakeTime(idAt(now + 86_400_000), now)).toBe(now + 86_400_000);
    expect(snowflakeTime(idAt(now + 86_400_001), now)).toBeNull();
    expect(snowflakeTime('12345678901234', now)).toBeNull(); // an old sequence id: 1970
    expect(snowflakeTime('not a number', now)).toBeNull();
    expect(snowflakeTime(null, now)).toBeNull();
  });
});

describe('the boost row', () => {
  const prepend = (icon: string) =>
    `<div class="status__prepend"><i class="${icon}"></i><a class="status__display-name" id="booster" href="/@bob"><span>Bob</span></a> boosted</div>`;

  it('is a boost only with the boost icon, and its overlay goes on the row', () => {
    const boosted = `<div class="status__wrapper">${prepend('fa fa-retweet')}<div id="p" class="status" data-id="1"><a class="status__display-name" href="/@alice"></a></div></div>`;
    const other = `<div class="status__wrapper">${prepend('fa fa-reply')}<div id="q" class="status" data-id="2"><a class="status__display-name" href="/@alice"></a></div></div>`;
    const { site, read } = page(boosted + other);
    expect(read('p').reposter).toEqual({ platform: 'mastodon', handle: 'bob@social.example' });
    expect(site.overlayAnchor(read('p'), 'reposter')?.className).toBe('status__prepend');
    expect(read('q').reposter).toBeNull();
    expect(site.overlayAnchor(read('q'), 'reposter')).toBeNull();
  });
});

describe('overlay places', () => {
  it('places the author’s overlay on the author row, and none for a role a post does not have', () => {
    const { site, read } = page(status('p', '/@alice', '@alice'));
    expect(site.overlayAnchor(read('p'), 'author')?.className).toBe('status__info');
    expect(site.overlayAnchor(read('p'), 'quoted')).toBeNull();
    expect(site.overlayAnchor(read('p'), 'profile')).toBeNull();
  });
});

describe('profile headers', () => {
  const header = '<div id="h" class="account__header"><h1 id="name">Alice</h1></div>';

  it('are read on a profile’s address only, named by the address, and follow navigation', () => {
    const { site, element } = page(header + status('p', '/@alice', null), '/@alice');
    expect(site.findPosts(document).map((el) => el.id)).toEqual(['p', 'h']);
    expect(site.readPost(element('h'))).toMatchObject({ kind: 'profile', author: { platform: 'mastodon', handle: 'alice@social.example' } });
    expect(site.overlayAnchor(site.readPost(element('h')), 'profile')?.id).toBe('name');
    expect(site.enclosingPost(element('name'))?.id).toBe('h');
    expect(site.refresh?.([])).toBe(false);
    history.pushState({}, '', '/@alice/111');
    expect(site.refresh?.([])).toBe(true);
    expect(site.findPosts(document).map((el) => el.id)).toEqual(['p']);
  });

  it('name a remote profile by the host in the address', () => {
    const { site, element } = page(header, '/@bob@other.example');
    expect(site.readPost(element('h')).author).toEqual({ platform: 'mastodon', handle: 'bob@other.example' });
  });
});

describe('acctRef', () => {
  it('is Truth Social for truthsocial.com with or without www, in any case; Mastodon elsewhere', () => {
    expect(acctRef('realDonaldTrump', 'WWW.TruthSocial.com')).toEqual({ platform: 'truthsocial', handle: 'realDonaldTrump' });
    expect(acctRef('alice', 'www.social.example')).toEqual({ platform: 'mastodon', handle: 'alice@social.example' });
    expect(acctRef('alice', 'awww.social.example')).toEqual({ platform: 'mastodon', handle: 'alice@awww.social.example' });
  });
});
