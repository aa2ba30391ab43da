// @vitest-environment happy-dom
/**
 * The Truth Social adapter's rules at their edges, where mutation testing found code no test could
 * tell from a broken version (docs/mutation.md): links of a nested post, the permalink without a
 * time, the ReTruth row's conditions (another account, in any case, on another server), dates from
 * `<time>` or the id, kinds, and where overlays go. Markup is truthsocial.com's, cut down.
 */
import { describe, expect, it } from 'vitest';
import { createTruthSocialSite } from '../../src/sites/truthsocial/adapter';
import { parseMarkup, setPageUrl } from '../support/dom';

function page(markup: string) {
  setPageUrl('https://truthsocial.com/');
  document.body.replaceChildren(parseMarkup(`<div id="root">${markup}</div>`));
  const site = createTruthSocialSite(document);
  const element = (id: string) => document.getElementById(id)!;
  return { site, element, read: (id: string) => site.readPost(element(id)) };
}

const ID = '112233445566778899';
const status = (id: string, inner: string) => `<div id="${id}" data-testid="status">${inner}</div>`;
const permalink = (user: string, postId = ID, datetime: string | null = '2024-05-01T12:00:00.000Z') =>
  `<a class="permalink" href="/@${user}/posts/${postId}">${datetime ? `<time datetime="${datetime}">1h</time>` : '1h'}</a>`;
const retruthRow = (href: string) => `<div data-testid="status-info"><a id="reposter" href="${href}">Someone</a> ReTruthed</div>`;
const content = '<div data-markup="true">text</div>';

describe('a post’s own links', () => {
  it('never include a post nested in it', () => {
    const { read } = page(status('outer', `<div id="head">${permalink('Outer')}</div>${content}${status('inner', permalink('Inner', '999999999999999999'))}`));
    expect(read('outer')).toMatchObject({ author: { handle: 'Outer' }, statusId: ID, time: Date.parse('2024-05-01T12:00:00.000Z') });
    expect(read('inner')).toMatchObject({ author: { handle: 'Inner' }, statusId: '999999999999999999' });
  });

  it('never take a nested post’s permalink, even when the nested post comes first', () => {
    const { read } = page(status('outer', `${status('inner', permalink('Inner', '999999999999999999'))}<a href="/@Outer">Outer</a>${permalink('Outer')}`));
    expect(read('outer')).toMatchObject({ author: { handle: 'Outer' }, statusId: ID });
  });

  it('take a post link without a time for the permalink when no link holds one, and date it by its id', () => {
    const { read } = page(status('p', `<a href="/@Author">Author</a>${permalink('Author', ID, null)}`));
    expect(read('p')).toMatchObject({ kind: 'post', author: { platform: 'truthsocial', handle: 'Author' }, statusId: ID, quoted: null });
    expect(read('p').time).toBe(Math.floor(Number(ID) / 65536));
  });

  it('take the post link for the permalink, not a profile link before it that also holds a time', () => {
    const { read } = page(status('p', `<a href="/@Someone"><time datetime="2020-01-01T00:00:00.000Z">joined 2020</time></a>${permalink('Author')}${content}`));
    expect(read('p')).toMatchObject({ author: { handle: 'Author' }, statusId: ID, time: Date.parse('2024-05-01T12:00:00.000Z') });
  });

  it('name nobody when there is no post link at all', () => {
    const { read } = page(status('p', `<a href="/@Author">Author</a>${content}`));
    expect(read('p')).toMatchObject({ author: null, statusId: null, time: null, reposter: null });
  });
});

describe('the ReTruth row', () => {
  it('names another account that comes first, in the status-info row', () => {
    const { read } = page(status('p', `${retruthRow('/@Reposter')}${permalink('Author')}${content}`));
    expect(read('p').reposter).toEqual({ platform: 'truthsocial', handle: 'Reposter' });
  });

  it('is not the author’s own account, in any case, nor a row outside status-info', () => {
    expect(page(status('p', `${retruthRow('/@author')}${permalink('Author')}`)).read('p').reposter).toBeNull();
    expect(page(status('p', `<div><a href="/@Reposter">Someone</a></div>${permalink('Author')}`)).read('p').reposter).toBeNull();
  });

  it('is another account when the same name is on another server', () => {
    const { read } = page(status('p', `${retruthRow('/@Author@mastodon.example')}${permalink('Author')}`));
    expect(read('p').reposter).toEqual({ platform: 'mastodon', handle: 'Author@mastodon.example' });
  });

  it('is not a link to a post, nor present without a permalink', () => {
    expect(page(status('p', `${retruthRow(`/@Reposter/posts/${ID}`)}${permalink('Author', '999999999999999999')}`)).read('p').reposter).toBeNull();
    expect(page(status('p', retruthRow('/@Reposter'))).read('p').reposter).toBeNull();
  });
});

describe('overlay places', () => {
  it('the author’s: the row of the permalink, above the text; the reposter’s: its row', () => {
    const { site, read } = page(status('p', `<div id="body">${retruthRow('/@Reposter')}<div id="header">${permalink('Author')}</div>${content}</div>`));
    const post = read('p');
    expect(site.overlayAnchor(post, 'author')?.id).toBe('header');
    expect(site.overlayAnchor(post, 'reposter')?.getAttribute('data-testid')).toBe('status-info');
    expect(site.overlayAnchor(post, 'quoted')).toBeNull();
    expect(site.overlayAnchor(post, 'profile')).toBeNull();
  });

  it('none without a permalink or a ReTruth row', () => {
    const { site, read } = page(status('p', content));
    expect(site.overlayAnchor(read('p'), 'author')).toBeNull();
    expect(site.overlayAnchor(read('p'), 'reposter')).toBeNull();
  });
});

describe('finding posts', () => {
  it('finds each post and the post a node sits in', () => {
    const { site, element } = page(status('a', permalink('A')) + status('b', permalink('B')));
    expect(site.findPosts(document).map((el) => el.id)).toEqual(['a', 'b']);
    expect(site.enclosingPost(element('b').querySelector('time')!)?.id).toBe('b');
    expect(site.enclosingPost(element('root'))).toBeNull();
  });
});
