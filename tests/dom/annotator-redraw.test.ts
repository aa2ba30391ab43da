// @vitest-environment happy-dom
/**
 * When the annotator draws a post's overlays again and when it leaves them be (src/content/annotator.ts;
 * each case found unguarded by mutation testing): every overlay of a post must still be in place, not
 * just one; an overlay beside its post (a publisher's embed) is in place; each reposter's panel opens
 * on its own; a role the adapter has no place for is skipped without failing the post; each badge
 * names its own panel; and the index spares the full read of posts it rules out.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { type RunningAnnotator, startAnnotating, startSite } from '../../src/content/start-site';
import type { SiteAdapter } from '../../src/sites/site-adapter';
import { embedsSite } from '../../src/sites/embeds';
import { xSite } from '../../src/sites/x';
import { datasetTracking } from '../support/dataset';
import { installFixture, manualFrames } from '../support/dom';
import { createLocalLookup } from '../support/local-lookup';

let running: RunningAnnotator | undefined;
afterEach(() => running?.stop());

/** X's annotator on a fixture, its adapter changed by `adapt` (default: as it is). */
function start(fixture: string, url: string, handles: string[], adapt: (adapter: SiteAdapter) => SiteAdapter = (adapter) => adapter, onError?: (error: unknown) => void) {
  installFixture(fixture, url);
  const frames = manualFrames();
  const { adapter, readTheme } = xSite.setUp(document);
  running = startAnnotating({ doc: document, lookup: createLocalLookup(datasetTracking(...handles)), schedule: frames.schedule, readTheme, adapter: adapt(adapter), ...(onError && { onError }) });
  return frames;
}
const badgeIn = (host: Element) => host.shadowRoot!.querySelector<HTMLButtonElement>('button.badge')!;

describe('the annotator redraws', () => {
  it('a post whose second overlay the page moved away, though its first is in place', async () => {
    // The post by @civicdatadesk quotes @realDonaldTrump: an author overlay and a quote overlay.
    const frames = start('x/home-2025.html', 'https://x.com/home', ['civicdatadesk', 'realDonaldTrump']);
    const quoteHost = document.querySelector('precedent-annotation[data-role="quoted"]')!;
    const post = quoteHost.closest('article')!;
    expect(post.querySelector('precedent-annotation[data-role="author"]')).not.toBeNull();
    document.body.append(quoteHost);
    await frames.flush();
    expect(post.querySelector('precedent-annotation[data-role="quoted"]')).not.toBeNull();
  });

  it('nothing when the page touches an embed whose overlay sits beside it', async () => {
    installFixture('real/news-page-blockquote-embed-2021.html', 'https://zpravy.aktualne.cz/sport/fotbal/article/');
    const frames = manualFrames();
    running = startSite(embedsSite, { doc: document, lookup: createLocalLookup(datasetTracking('WestHam')), schedule: frames.schedule });
    const embed = document.querySelector('blockquote.twitter-tweet')!;
    const host = document.querySelector('precedent-annotation')!;
    expect(host.parentNode).toBe(embed.parentNode);
    await frames.flush();
    // The publisher's script adds a node inside the blockquote: the embed is read again.
    embed.append(document.createElement('span'));
    await frames.flush();
    expect(document.querySelector('precedent-annotation')).toBe(host);
  });

  it('each reposter’s panel closed until its own badge opens it', async () => {
    // @mranti retweets two posts: two reposter badges for one account.
    const frames = start('real/x-home-timeline-2021.html', 'https://twitter.com/home', ['radiosweden', 'asatarbair', 'mranti']);
    const [first, second] = [...document.querySelectorAll('precedent-annotation[data-role="reposter"]')];
    badgeIn(first!).click();
    expect(badgeIn(first!).getAttribute('aria-expanded')).toBe('true');
    // The second retweet is drawn again (its overlay moved away by the page): its panel stays closed.
    const secondPost = second!.closest('article')!;
    document.body.append(second!);
    await frames.flush();
    const redrawn = secondPost.querySelector('precedent-annotation[data-role="reposter"]')!;
    expect(redrawn).not.toBe(second);
    expect(badgeIn(redrawn).getAttribute('aria-expanded')).toBe('false');
  });
});

describe('the annotator reads a post again', () => {
  it('when X renders its author line after the post itself (a node added inside the post, not a new post)', async () => {
    installFixture('x/home-2025.html', 'https://x.com/home');
    const post = [...document.querySelectorAll('article')].find((article) => article.querySelector('a[href="/realDonaldTrump"]') && !article.querySelector('div[role="link"]'))!;
    const line = post.querySelector('[data-testid="User-Name"]')!;
    const [parent, next] = [line.parentNode!, line.nextSibling];
    line.remove();
    for (const time of post.querySelectorAll('time')) time.remove();
    const frames = manualFrames();
    const { adapter, readTheme } = xSite.setUp(document);
    running = startAnnotating({ doc: document, lookup: createLocalLookup(datasetTracking('realDonaldTrump')), schedule: frames.schedule, readTheme, adapter });
    expect(post.querySelector('precedent-annotation')).toBeNull();
    parent.insertBefore(line, next);
    await frames.flush();
    expect(post.querySelector('precedent-annotation[data-role="author"]')).not.toBeNull();
  });
});

describe('the annotator', () => {
  it('skips a role the adapter has no place for, and still badges the post’s other roles', () => {
    const errors: unknown[] = [];
    start(
      'x/home-2025.html',
      'https://x.com/home',
      ['civicdatadesk', 'realDonaldTrump'],
      (adapter) => ({ ...adapter, overlayAnchor: (post, role) => (role === 'quoted' ? null : adapter.overlayAnchor(post, role)) }),
      (error) => errors.push(error),
    );
    expect(errors).toEqual([]);
    expect(document.querySelector('precedent-annotation[data-role="quoted"]')).toBeNull();
    expect(document.querySelector('precedent-annotation[data-role="author"]')).not.toBeNull();
  });

  it('gives each badge the id of its own panel', () => {
    start('x/home-2025.html', 'https://x.com/home', ['civicdatadesk', 'realDonaldTrump']);
    const hosts = [...document.querySelectorAll('precedent-annotation')];
    expect(hosts.length).toBeGreaterThan(1);
    for (const host of hosts) {
      badgeIn(host).click();
      const controls = badgeIn(host).getAttribute('aria-controls')!;
      expect(host.shadowRoot!.getElementById(controls)?.tagName).toBe('SECTION');
    }
    expect(new Set(hosts.map((host) => badgeIn(host).getAttribute('aria-controls'))).size).toBe(hosts.length);
  });

  it('reads in full only the posts whose author the index cannot rule out', () => {
    const fullyRead: HTMLElement[] = [];
    let adapter!: SiteAdapter;
    start('x/home-2025.html', 'https://x.com/home', ['khamenei_ir'], (original) => {
      adapter = original;
      return { ...original, readPost: (element) => (fullyRead.push(element), original.readPost(element)) };
    });
    const ruledOut = [...document.querySelectorAll<HTMLElement>('article')].filter((article) => {
      const simple = adapter.simpleAuthor!(article);
      return simple !== null && simple.handle?.toLowerCase() !== 'khamenei_ir';
    });
    expect(ruledOut.length).toBeGreaterThan(3);
    expect(fullyRead.filter((element) => ruledOut.includes(element))).toEqual([]);
    expect(document.querySelector('article[data-precedent-account="x-leader-khamenei-ir"]')).not.toBeNull();
  });
});
