/**
 * The end-to-end hostile page: the recorded 2025 home timeline, into which the page itself (as X
 * does) inserts generated hostile posts (tests/support/hostile-posts.ts) in batches, one per frame,
 * plus hand-written ones. Shared by the Chromium and Firefox specs; runs in the page's own world.
 */
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { hostilePosts, isGenuine, type PostSpec } from '../../support/hostile-posts';

/** Every X handle the built extension's dataset tracks, lower case (strangers must avoid them). */
export function trackedHandles(): Set<string> {
  const built = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../../.output/chrome-mv3/dataset.json'), 'utf8')) as {
    accounts: Array<{ platform: string; handles: Array<{ handle: string }> }>;
  };
  return new Set(built.accounts.filter((a) => a.platform === 'x').flatMap((a) => a.handles.map((h) => h.handle.toLowerCase())));
}

/** A tracked account whose handle the bundled dataset holds at the posts' date (2025-06-12). */
export const TRACKED = 'realDonaldTrump';
export const TRACKED_ACCOUNT = 'x-realdonaldtrump';

const node = (tag: string, attrs: Record<string, string> = {}, children: PostSpec[] = [], text?: string): PostSpec => ({ tag, attrs, children, text });

/** Hand-written variants (13) the generators do not make: markup-looking attributes, bidi in handles, broken structure. */
function handWritten(): Array<{ post: PostSpec; genuine: boolean }> {
  const at = '2025-06-12T10:00:00.000Z';
  const line = (handle: string, name: string) =>
    node('div', { 'data-testid': 'User-Name' }, [node('a', { href: `/${handle}` }, [node('span', {}, [], name)]), node('a', { href: `/${handle}` }, [node('span', {}, [], `@${handle}`)])]);
  const post = (handle: string, id: string, extra: PostSpec[] = [], name = 'Donald J. Trump') =>
    node('article', { 'data-testid': 'tweet', role: 'article' }, [line(handle, name), node('a', { href: `/${handle}/status/${id}` }, [node('time', { datetime: at }, [], '2h')]), ...extra]);
  return [
    { post: post('realDonaIdTrump', '1900000000000000001'), genuine: false },
    { post: post('rеalDonaldTrump', '1900000000000000002'), genuine: false },
    { post: post('realDonaldTrump\u200b', '1900000000000000003'), genuine: false },
    { post: post('real_DonaldTrump', '1900000000000000004'), genuine: false },
    { post: post('someone', '1900000000000000005', [node('div', { 'data-testid': 'tweetText' }, [node('a', { href: '/realDonaldTrump' }, [], '@realDonaldTrump')])]), genuine: false },
    { post: post('someone', '1900000000000000006', [], '\u202eDonald J. Trump <img src=x onerror=alert(1)>'), genuine: false },
    // No permalink (X renders promoted posts so): the author line alone names the author, and it is the tracked one.
    { post: node('article', { 'data-testid': 'tweet' }, [line('realDonaldTrump', 'x')]), genuine: true },
    { post: node('article', { 'data-testid': 'tweet' }, [line('realDonaIdTrump', 'Donald J. Trump')]), genuine: false },
    { post: node('article', { 'data-testid': 'tweet' }, [node('a', { href: 'javascript:alert(1)' }, [node('time', { datetime: at })])]), genuine: false },
    { post: node('article', { 'data-testid': 'tweet' }, [node('a', { href: '/realDonaldTrump/../evil/status/1900000000000000009' }, [node('time', { datetime: at })])]), genuine: false },
    { post: node('article', { 'data-testid': 'tweet', 'aria-label': '<script>alert(1)</script>'.repeat(5000) }, []), genuine: false },
    { post: post('realDonaldTrump', '1900000000000000011', [node('article', { 'data-testid': 'tweet' }, [post('evil', '1900000000000000012')])]), genuine: true },
    { post: post('REALDONALDTRUMP', '1900000000000000013', [], '<b>bold</b>'), genuine: true },
  ];
}

/**
 * `generated` seeded posts (one in 25 genuine) and the hand-written ones, in a fixed order. Strangers
 * never take a handle the bundled dataset tracks (`tracked`: its handles, lower case).
 */
export function hostileCorpus(generated: number, tracked: ReadonlySet<string>) {
  const { spoofPost, genuinePost } = hostilePosts(TRACKED, (handle) => tracked.has(handle.toLowerCase()));
  const posts = fc.sample(fc.oneof({ arbitrary: spoofPost, weight: 24 }, { arbitrary: genuinePost, weight: 1 }), { numRuns: generated, seed: 2027 });
  return [...posts.map((post) => ({ post, genuine: isGenuine(post, TRACKED) })), ...handWritten()];
}

/** Runs in the page: appends the posts as timeline cells, `perFrame` per animation frame. */
export function insertPosts({ posts, perFrame }: { posts: PostSpec[]; perFrame: number }): Promise<void> {
  const build = (spec: PostSpec): Element => {
    const element = document.createElement(spec.tag);
    for (const [name, value] of Object.entries(spec.attrs ?? {})) element.setAttribute(name, value);
    if (spec.text !== undefined) element.append(spec.text);
    for (const child of spec.children ?? []) element.append(build(child));
    return element;
  };
  const timeline = document.querySelector('[aria-label="Timeline: Your Home Timeline"] > div')!;
  return new Promise((done) => {
    let next = 0;
    const frame = () => {
      for (const spec of posts.slice(next, next + perFrame)) {
        const cell = document.createElement('div');
        cell.setAttribute('data-testid', 'cellInnerDiv');
        cell.append(build(spec));
        timeline.append(cell);
      }
      next += perFrame;
      if (next < posts.length) requestAnimationFrame(frame);
      else done();
    };
    requestAnimationFrame(frame);
  });
}

/** Runs in the page: what Precedent did. */
export function readOutcome() {
  const hosts = [...document.querySelectorAll('precedent-annotation')];
  const roots = hosts.map((host) => host.shadowRoot).filter((root): root is ShadowRoot => root !== null);
  return {
    markers: [...document.querySelectorAll('[data-precedent-account]')].map((el) => `${el.getAttribute('data-precedent-role')} ${el.getAttribute('data-precedent-account')}`),
    injected: roots.flatMap((root) => [...root.querySelectorAll('img, script, iframe, object, embed, b')].map((el) => el.tagName)),
    unsafeLinks: roots.flatMap((root) => [...root.querySelectorAll('a[href]')].map((a) => a.getAttribute('href')!).filter((href) => !href.startsWith('https:'))),
  };
}
