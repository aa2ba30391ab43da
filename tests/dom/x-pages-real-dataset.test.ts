// @vitest-environment happy-dom
/**
 * The whole content-script loop with the bundled dataset on each 2025 fixture: markers on exactly
 * the posts by, reposted by or quoting tracked accounts, never on spoofs, mentions, UserCells or DMs.
 * Lookups go the extension's way: the bundled index, then the background's answer.
 */
import dataset from 'virtual:precedent-dataset';
import { afterEach, describe, expect, it } from 'vitest';
import { type RunningAnnotator, startSite } from '../../src/content/start-site';
import { xSite } from '../../src/sites/x';
import { readBackgroundTheme } from '../../src/sites/page-theme';
import { installFixture, manualFrames } from '../support/dom';
import { answered, backgroundLookup } from '../support/lookup';

const markers = () =>
  [...document.querySelectorAll('[data-precedent-account]')].map((el) => {
    const article = el.closest('article');
    if (!article) return `${el.getAttribute('data-precedent-role')} ${el.getAttribute('data-precedent-account')} header`;
    const status = article.querySelector('a[href*="/status/"] > time')?.parentElement?.getAttribute('href') ?? 'no-status';
    return `${el.getAttribute('data-precedent-role')} ${el.getAttribute('data-precedent-account')} ${el.tagName === 'ARTICLE' ? 'article' : 'quote'} ${status}`;
  });

let running: RunningAnnotator | undefined;
afterEach(() => running?.stop());

const start = async (name: string, url: string) => {
  installFixture(`x/${name}.html`, url);
  running = startSite(xSite, { doc: document, lookup: backgroundLookup(dataset).lookup, schedule: manualFrames().schedule });
  await answered();
};

describe('content script with the bundled dataset', () => {
  it('home: the tracked author, the repost of a tracked post, quotes of tracked posts, a tracked reposter', async () => {
    await start('home-2025', 'https://x.com/home');
    expect(markers()).toEqual([
      'author x-realdonaldtrump article /realDonaldTrump/status/1266237079679930402',
      'author x-khamenei-ir article /khamenei_ir/status/1932732034053050419',
      'quoted x-realdonaldtrump quote /civicdatadesk/status/1933117763220410436',
      'reposter x-khamenei-ir article /ghazal_daily/status/1932509316510650487',
      'quoted x-realdonaldtrump quote /harborlightnews/status/1933142236984250555',
    ]);
    // Nothing outside posts: the spoof @realDonaIdTrump, the mention, the DM drawer and UserCells.
    for (const host of document.querySelectorAll('precedent-annotation')) expect(host.closest('article')).not.toBeNull();
    expect(document.querySelector('[data-testid="UserCell"] precedent-annotation, [data-testid="DMDrawer"] precedent-annotation')).toBeNull();
  });

  it('status page: the focal post and a tracked reply', async () => {
    await start('status-2025', 'https://x.com/realDonaldTrump/status/1266237079679935485');
    expect(markers()).toEqual([
      'author x-realdonaldtrump article /realDonaldTrump/status/1266237079679935485',
      expect.stringMatching(/^author x-khamenei-ir article \/khamenei_ir\/status\/\d+$/),
    ]);
  });

  it('profile page: every own post, the pinned one, and the marker on a repost', async () => {
    await start('profile-2025', 'https://x.com/khamenei_ir');
    const found = markers();
    expect(found.filter((m) => m.startsWith('author x-khamenei-ir'))).toHaveLength(5);
    expect(found.filter((m) => m.startsWith('reposter x-khamenei-ir'))).toHaveLength(1);
    // The profile header too, with its own role, badged right after the name block.
    expect(found[0]).toBe('profile x-khamenei-ir header');
    const header = document.querySelector('[data-testid="UserName"]')!;
    expect(header.nextElementSibling?.tagName.toLowerCase()).toBe('precedent-annotation');
    // The header carries the full badge; the account's own posts a minimal one, others' the full one.
    const badgeOf = (host: Element) => host.shadowRoot!.querySelector('button.badge')!;
    expect(badgeOf(header.nextElementSibling!).classList.contains('badge--compact')).toBe(false);
    const hosts = [...document.querySelectorAll('article precedent-annotation')];
    const compact = hosts.filter((host) => badgeOf(host).classList.contains('badge--compact'));
    expect(compact.map((host) => host.getAttribute('data-role'))).toEqual(Array<string>(5).fill('author'));
    expect(hosts.filter((host) => host.getAttribute('data-role') === 'reposter').every((host) => !badgeOf(host).classList.contains('badge--compact'))).toBe(true);
  });

  it('a post of its own author on someone else’s page keeps the full badge', async () => {
    await start('home-2025', 'https://x.com/home');
    expect(document.querySelectorAll('article precedent-annotation').length).toBeGreaterThan(0);
    for (const host of document.querySelectorAll('article precedent-annotation')) expect(host.shadowRoot!.querySelector('.badge--compact')).toBeNull();
  });

  it('search: tracked author and quote; the spoof and the People module stay bare', async () => {
    await start('search-2025', 'https://x.com/search?q=sanctions&src=typed_query');
    expect(markers()).toEqual([
      expect.stringMatching(/^author x-realdonaldtrump article /),
      expect.stringMatching(/^quoted x-khamenei-ir quote /),
    ]);
  });

  it.each([
    ['home-2025', 'light'],
    ['home-2025-dim', 'dim'],
    ['home-2025-dark', 'dark'],
  ])('%s: overlays take the page theme (%s)', async (name, theme) => {
    await start(name, 'https://x.com/home');
    expect(readBackgroundTheme(document)).toBe(theme);
    const hosts = [...document.querySelectorAll('precedent-annotation')];
    expect(hosts.length).toBeGreaterThan(0);
    for (const host of hosts) expect(host.getAttribute('data-theme')).toBe(theme);
  });

  it('repaints when X switches theme, without re-mounting', async () => {
    const frames = manualFrames();
    installFixture('x/home-2025.html', 'https://x.com/home');
    running = startSite(xSite, { doc: document, lookup: backgroundLookup(dataset).lookup, schedule: frames.schedule });
    await answered();
    const host = document.querySelector('precedent-annotation')!;
    document.body.style.backgroundColor = 'rgb(0, 0, 0)';
    await frames.flush();
    expect(host.isConnected).toBe(true);
    expect(host.getAttribute('data-theme')).toBe('dark');
  });
});

describe('X Pro (pro.x.com)', () => {
  it('badges posts in every column, as on x.com', async () => {
    await start('pro-2025', 'https://pro.x.com/i/decks/1866000000000000000');
    const columns = [...document.querySelectorAll('[data-testid="multi-column-layout-column-content"]')];
    expect(columns).toHaveLength(3);
    const perColumn = columns.map((column) =>
      [...column.querySelectorAll('[data-precedent-account]')].map((el) => `${el.getAttribute('data-precedent-role')} ${el.getAttribute('data-precedent-account')}`),
    );
    // The cells are home-2025's and profile-2025's, so each column carries what those pages do.
    expect(perColumn).toEqual([
      ['author x-realdonaldtrump', 'author x-khamenei-ir', 'quoted x-realdonaldtrump', 'reposter x-khamenei-ir'],
      ['author x-khamenei-ir', 'author x-khamenei-ir', 'reposter x-khamenei-ir', 'author x-khamenei-ir'],
      ['quoted x-realdonaldtrump'],
    ]);
  });
});
