// @vitest-environment happy-dom
/**
 * The Bluesky adapter and annotator on the bsky.app fixtures (feed, thread, profile; markup from
 * bluesky-social/social-app, tests/fixtures/sites/README.md): authors by the handle Bluesky puts in
 * the post's test id, custom domains and DIDs, reposts and both kinds of quote, bidi marks, spoofs.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { type RunningAnnotator, startSite } from '../../src/content/start-site';
import { blueskySite } from '../../src/sites/bluesky';
import { createLocalLookup } from '../support/local-lookup';
import { createBlueskySite } from '../../src/sites/bluesky/adapter';
import { cleanHandle } from '../../src/sites/bluesky/handle';
import { tidTime } from '../../src/sites/bluesky/tid';
import { datasetTrackingOn } from '../support/dataset';
import { installFixture, manualFrames } from '../support/dom';

const FEED = 'https://bsky.app/';
const VANCE = 'jd-vance-1.bsky.social';
const LULA = 'lulaoficial.bsky.social';

let running: RunningAnnotator | undefined;
afterEach(() => running?.stop());

const posts = (url: string, fixture: string) => {
  installFixture(`sites/${fixture}`, url);
  const site = createBlueskySite(document);
  return site.findPosts(document).map((element) => site.readPost(element));
};

/** "role account" for each marker, in document order. */
const markers = () =>
  [...document.querySelectorAll('[data-precedent-account]')].map((el) => `${el.getAttribute('data-precedent-role')} ${el.getAttribute('data-precedent-account')}`);

function start(fixture: string, url: string, ...tracked: Parameters<typeof datasetTrackingOn>[1][]) {
  installFixture(`sites/${fixture}`, url);
  running = startSite(blueskySite, { doc: document, lookup: createLocalLookup(datasetTrackingOn('bluesky', ...tracked)), schedule: manualFrames().schedule });
}

describe('Bluesky adapter', () => {
  it('reads every feed item: author from the test id, rkey, date from the TID, repost row, quotes', () => {
    const read = posts(FEED, 'bluesky-feed-2025.html').map((post) => ({
      author: post.author?.handle ?? post.author?.userId ?? null,
      rkey: post.statusId,
      reposter: post.reposter?.handle ?? null,
      quoted: post.quoted?.author?.handle ?? null,
      quotedRkey: post.quoted?.statusId ?? null,
    }));
    expect(read).toEqual([
      { author: 'civicdesk.example.org', rkey: '3m4vippdqvv2b', reposter: null, quoted: VANCE, quotedRkey: null },
      { author: VANCE, rkey: '3m24yhuew5v2b', reposter: null, quoted: null, quotedRkey: null },
      { author: 'mira-reads.bsky.social', rkey: '3m4x3tu2s5v2b', reposter: null, quoted: null, quotedRkey: null },
      { author: LULA, rkey: '3lyhwccmxnv2b', reposter: 'mira-reads.bsky.social', quoted: null, quotedRkey: null },
      { author: 'civicdesk.example.org', rkey: '3m4vippdqvv2b', reposter: VANCE, quoted: null, quotedRkey: null },
      { author: 'mira-reads.bsky.social', rkey: '3m4x3tu2s5v2b', reposter: null, quoted: LULA, quotedRkey: '3lyhwccmxnv2b' },
      { author: 'jd-vance-1.bsky.social.evil.net', rkey: '3lsyevzkffv2b', reposter: null, quoted: null, quotedRkey: null },
      { author: 'jd-vance-l.bsky.social', rkey: '3lsyevzkffv2b', reposter: null, quoted: null, quotedRkey: null },
      { author: 'mira-reads.bsky.social', rkey: '3m4x3tu2s5v2b', reposter: null, quoted: null, quotedRkey: null },
      // "From <feed>" links to a feed, not a person: no reposter.
      { author: 'civicdesk.example.org', rkey: '3m4vippdqvv2b', reposter: null, quoted: null, quotedRkey: null },
      // handle.invalid: Bluesky links by DID, and so the author is the DID.
      { author: 'did:plc:fixtureinvalidaaaaaaaaaa', rkey: '3m4x3tu2s5v2b', reposter: null, quoted: null, quotedRkey: null },
      { author: VANCE, rkey: '3lrvwaoaanv2b', reposter: null, quoted: null, quotedRkey: null },
    ]);
  });

  it('dates posts by their record key (a TID) and strips Bluesky’s bidi marks', () => {
    expect(new Date(tidTime('3lrvwaoaanv2b')!).toISOString()).toBe('2025-06-18T21:10:00.000Z');
    expect(tidTime('not-a-tid')).toBeNull();
    expect(tidTime('2222222222222')).toBeNull(); // 1970: not a Bluesky post
    expect(cleanHandle('\u00a0\u202a@JD-Vance-1.bsky.social\u202c')).toBe(VANCE);
    expect(cleanHandle('@jd-vance-1.bsky.social\u200b')).toBeNull(); // zero-width space: not a handle
    expect(cleanHandle('jd-vance-1.bsky.sосial')).toBeNull(); // Cyrillic
  });

  it('thread: the focal post (no permalink of its own) takes its rkey from the address', () => {
    const read = posts(`https://bsky.app/profile/${VANCE}/post/3m24yhuew5v2b`, 'bluesky-thread-2025.html');
    expect(read.map((post) => [post.author?.handle, post.statusId])).toEqual([
      [VANCE, '3m24yhuew5v2b'],
      ['mira-reads.bsky.social', '3m4x3tu2s5v2b'],
      [LULA, '3lyhwccmxnv2b'],
    ]);
  });
});

describe('Bluesky annotator', () => {
  it('feed: tracked authors, the tracked reposter, both quotes; spoofs, mentions and feeds stay bare', async () => {
    start('bluesky-feed-2025.html', FEED, VANCE, LULA);
    expect(markers()).toEqual([
      'quoted bluesky-leader-jd-vance-1-bsky-social',
      'author bluesky-leader-jd-vance-1-bsky-social',
      'author bluesky-leader-lulaoficial-bsky-social',
      'reposter bluesky-leader-jd-vance-1-bsky-social',
      'quoted bluesky-leader-lulaoficial-bsky-social',
      'author bluesky-leader-jd-vance-1-bsky-social',
    ]);
    // The author's overlay sits after the name/time row and before the text.
    const item = document.querySelector(`[data-testid="feedItem-by-${VANCE}"]`)!;
    const host = item.querySelector('precedent-annotation')!;
    expect(host.nextElementSibling?.getAttribute('data-testid')).toBe('contentHider-post');
  });

  it('a handle is only tracked from the date it was taken: earlier posts stay bare', () => {
    start('bluesky-feed-2025.html', FEED, { handle: VANCE, from: '2025-09-01' });
    // The October post and the repost (now) and the quote (of the October post) are in; the June post is not.
    expect(markers()).toEqual([
      'quoted bluesky-leader-jd-vance-1-bsky-social',
      'author bluesky-leader-jd-vance-1-bsky-social',
      'reposter bluesky-leader-jd-vance-1-bsky-social',
    ]);
  });

  it('matches by DID where the dataset has it, whatever the handle shows', () => {
    start('bluesky-feed-2025.html', FEED, { handle: 'someone-else.example.com', userId: 'did:plc:fixtureinvalidaaaaaaaaaa' });
    expect(markers()).toEqual(['author bluesky-leader-someone-else-example-com']);
  });

  it('thread: the focal post and a tracked reply', () => {
    start('bluesky-thread-2025.html', `https://bsky.app/profile/${VANCE}/post/3m24yhuew5v2b`, VANCE, LULA);
    expect(markers()).toEqual(['author bluesky-leader-jd-vance-1-bsky-social', 'author bluesky-leader-lulaoficial-bsky-social']);
  });

  it('profile: the header (own role), own posts and the repost; a mention in the bio stays bare', () => {
    start('bluesky-profile-2025.html', `https://bsky.app/profile/${VANCE}`, VANCE, LULA);
    expect(markers()).toEqual([
      'profile bluesky-leader-jd-vance-1-bsky-social',
      'author bluesky-leader-jd-vance-1-bsky-social',
      'reposter bluesky-leader-jd-vance-1-bsky-social',
      'author bluesky-leader-jd-vance-1-bsky-social',
    ]);
    const header = document.querySelector('[data-testid="profileHeaderDisplayName"]')!;
    expect(header.nextElementSibling?.tagName.toLowerCase()).toBe('precedent-annotation');
  });

  it('the same header on another profile’s address stays bare', () => {
    start('bluesky-profile-2025.html', 'https://bsky.app/profile/mira-reads.bsky.social', VANCE);
    expect(document.querySelector('[data-testid="profileHeaderDisplayName"][data-precedent-account]')).toBeNull();
  });

  it('removes everything on stop', () => {
    start('bluesky-feed-2025.html', FEED, VANCE, LULA);
    running!.stop();
    expect(markers()).toEqual([]);
    expect(document.querySelectorAll('precedent-annotation')).toHaveLength(0);
  });
});

describe('Bluesky fallbacks that a page could abuse', () => {
  const site = () => createBlueskySite(document);
  const posts = () => [...document.querySelectorAll<HTMLElement>('[data-testid^="feedItem-by-"]')];
  const link = (href: string, text: string) => {
    const anchor = document.createElement('a');
    anchor.setAttribute('href', href);
    anchor.textContent = text;
    return anchor;
  };

  it('a quote labelled "Post by handle.invalid" never takes a post link inside the quoted text for its author', () => {
    installFixture('sites/bluesky-feed-2025.html', FEED);
    const quote = document.querySelector<HTMLElement>('div[role="link"][aria-label^="Post by"]')!;
    const post = quote.closest<HTMLElement>('[data-testid^="feedItem-by-"]')!;
    quote.setAttribute('aria-label', 'Post by handle.invalid');
    for (const old of quote.querySelectorAll('a')) old.remove();
    let text = quote.querySelector('[data-testid="postText"]');
    if (!text) {
      text = document.createElement('div');
      text.setAttribute('data-testid', 'postText');
      quote.append(text);
    }
    text.append(link(`/profile/${VANCE}/post/3m24yhuew5v2b`, 'see this'));
    expect(site().readPost(post).quoted?.author).toBeNull();
  });

  it('a bare profile link placed above the author row is not a repost row', () => {
    installFixture('sites/bluesky-feed-2025.html', FEED);
    const post = posts().find((candidate) => !candidate.querySelector('a[aria-label^="Reposted by"]'))!;
    post.prepend(link(`/profile/${VANCE}`, 'JD Vance'));
    expect(site().readPost(post).reposter).toBeNull();
    // The real repost row still is one.
    const reposted = posts().find((candidate) => candidate.querySelector('a[aria-label^="Reposted by"]'))!;
    expect(site().readPost(reposted).reposter).not.toBeNull();
  });
});
