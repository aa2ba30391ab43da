// @vitest-environment happy-dom
/**
 * The annotator's decisions at their edges, on the recorded home and profile pages (mutation testing
 * found each unguarded): a quote is matched at its own date, not the quoting post's; the "authors"
 * option governs profile headers too; markers the page changes on any target are put back; an overlay
 * moved out of its post is drawn again; only badged posts count as annotated; a panel closes again,
 * and opens closed for the next post or profile an element shows; the badge turns compact on the
 * author's own profile; a post the page merely touches keeps its overlay; a post that cannot be read,
 * bare text in a batch or a change outside any post breaks nothing; a restyle that keeps the theme
 * touches no overlay.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { type RunningAnnotator, startAnnotating, startSite } from '../../src/content/start-site';
import { xSite } from '../../src/sites/x';
import { datasetTrackingOn, type TrackedAccount } from '../support/dataset';
import { installFixture, manualFrames, navigateXProfile } from '../support/dom';
import { createLocalLookup } from '../support/local-lookup';

let running: RunningAnnotator | undefined;
afterEach(() => running?.stop());

function start(fixture: string, url: string, tracked: Array<string | TrackedAccount>, show = { author: true, quoted: true, reposter: true }, onError?: (error: unknown) => void) {
  installFixture(fixture, url);
  const frames = manualFrames();
  running = startSite(xSite, { doc: document, lookup: createLocalLookup(datasetTrackingOn('x', ...tracked)), display: { density: 'badge', show }, schedule: frames.schedule, ...(onError && { onError }) });
  return frames;
}
const HOME_TRUMP = '1266237079679930402';
const post = (id: string) => document.querySelector(`a[href$="/status/${id}"] > time`)!.closest('article')!;
const badgeIn = (host: Element) => host.shadowRoot!.querySelector<HTMLButtonElement>('button.badge')!;
const roles = () => [...document.querySelectorAll('precedent-annotation')].map((host) => host.getAttribute('data-role')).sort();

describe('the annotator', () => {
  it('matches a quoted post at its own date: a handle taken later does not badge older quotes', () => {
    // The home page quotes two @realDonaldTrump posts of June and July 2020 in posts of June 2025.
    start('x/home-2025.html', 'https://x.com/home', [{ handle: 'realDonaldTrump', from: '2021-01-01' }]);
    expect(roles()).toEqual([]);
    running!.stop();
    start('x/home-2025.html', 'https://x.com/home', [{ handle: 'realDonaldTrump', from: '2020-06-01' }]);
    expect(roles()).toEqual(['quoted', 'quoted']);
  });

  it('lets the "authors" option hide a profile header’s badge too', () => {
    start('x/profile-2025.html', 'https://x.com/khamenei_ir', ['khamenei_ir'], { author: false, quoted: true, reposter: true });
    expect(roles()).not.toContain('profile');
    running!.stop();
    start('x/profile-2025.html', 'https://x.com/khamenei_ir', ['khamenei_ir']);
    expect(roles()).toContain('profile');
  });

  it('puts back a marker the page changed on any of a post’s targets', async () => {
    const frames = start('x/home-2025.html', 'https://x.com/home', ['civicdatadesk', 'realDonaldTrump']);
    const quote = document.querySelector<HTMLElement>('[data-precedent-role="quoted"]')!;
    const post = quote.closest('article')!;
    expect(post.getAttribute('data-precedent-role')).toBe('author');
    const original = quote.getAttribute('data-precedent-account');
    quote.setAttribute('data-precedent-account', 'forged');
    await frames.flush();
    expect(quote.getAttribute('data-precedent-account')).toBe(original);
  });

  it('draws an overlay again when the page moves it out of its post', async () => {
    const frames = start('x/home-2025.html', 'https://x.com/home', ['khamenei_ir']);
    const host = document.querySelector<HTMLElement>('precedent-annotation[data-role="author"]')!;
    const post = host.closest('article')!;
    document.body.append(host);
    await frames.flush();
    expect(post.querySelector('precedent-annotation[data-role="author"]')).not.toBeNull();
  });

  it('counts only the posts it badged as annotated', () => {
    start('x/home-2025.html', 'https://x.com/home', ['khamenei_ir']);
    const badged = new Set([...document.querySelectorAll('precedent-annotation')].map((host) => host.closest('article')));
    expect(running!.annotator.size()).toBe(badged.size);
    expect(badged.size).toBeGreaterThan(0);
  });

  it('closes a panel when its badge is pressed again', () => {
    start('x/home-2025.html', 'https://x.com/home', ['khamenei_ir']);
    const host = document.querySelector('precedent-annotation[data-role="author"]')!;
    badgeIn(host).click();
    expect(host.shadowRoot!.querySelector('section.panel')).not.toBeNull();
    badgeIn(host).click();
    expect(host.shadowRoot!.querySelector('section.panel')).toBeNull();
    expect(badgeIn(host).getAttribute('aria-expanded')).toBe('false');
  });

  it('opens a recycled cell’s panel closed when it shows another author’s post without a permalink', async () => {
    const frames = start('x/home-2025.html', 'https://x.com/home', ['realDonaldTrump', 'khamenei_ir']);
    const article = post(HOME_TRUMP);
    // Without its permalink (as promoted posts come), a post is known by its author alone.
    article.querySelector(`a[href$="/status/${HOME_TRUMP}"]`)!.remove();
    await frames.flush();
    const badge = () => badgeIn(article.querySelector('precedent-annotation[data-role="author"]')!);
    badge().click();
    expect(badge().getAttribute('aria-expanded')).toBe('true');
    // X reuses the cell for another tracked author's post, also without a permalink.
    for (const link of article.querySelectorAll('a[href^="/realDonaldTrump"]')) link.setAttribute('href', link.getAttribute('href')!.replace('/realDonaldTrump', '/khamenei_ir'));
    await frames.flush();
    expect(article.getAttribute('data-precedent-account')).toBe('x-leader-khamenei-ir');
    expect(badge().getAttribute('aria-expanded')).toBe('false');
  });

  it('opens the next profile’s panel closed when X reuses the header for it', async () => {
    const frames = start('x/profile-2025.html', 'https://x.com/khamenei_ir', [{ handle: 'khamenei_ir', userId: '27966935' }, { handle: 'realDonaldTrump', userId: '25073877' }]);
    const profileBadge = () => badgeIn(document.querySelector('precedent-annotation[data-role="profile"]')!);
    profileBadge().click();
    expect(profileBadge().getAttribute('aria-expanded')).toBe('true');
    await navigateXProfile(frames, 'khamenei_ir', { handle: 'realDonaldTrump', userId: '25073877' });
    await frames.flush();
    const header = document.querySelector<HTMLElement>('[data-testid="UserName"]')!;
    expect(header.getAttribute('data-precedent-account')).toBe('x-leader-realdonaldtrump');
    expect(profileBadge().getAttribute('aria-expanded')).toBe('false');
  });

  it('turns the author’s badges compact when the page becomes the author’s profile', async () => {
    const frames = start('x/profile-2025.html', 'https://x.com/home', ['khamenei_ir']);
    const compact = () => [...document.querySelectorAll('article precedent-annotation[data-role="author"]')].map((host) => host.shadowRoot!.querySelector('.badge--compact') !== null);
    expect(compact().length).toBeGreaterThan(0);
    expect(compact()).not.toContain(true);
    // The same posts, still on the page, now on their author's profile. Without the profile's
    // JSON-LD, the posts read exactly as before: only their place has changed.
    document.querySelector('script[data-testid="UserProfileSchema-test"]')!.remove();
    history.pushState({}, '', '/khamenei_ir');
    document.body.append(document.createElement('div'));
    await frames.flush();
    expect(compact().length).toBeGreaterThan(0);
    expect(compact()).not.toContain(false);
  });

  it('keeps a post’s overlay, open panel and all, when the page merely touches the post', async () => {
    const frames = start('x/home-2025.html', 'https://x.com/home', ['khamenei_ir']);
    const host = document.querySelector('precedent-annotation[data-role="author"]')!;
    const article = host.closest('article')!;
    badgeIn(host).click();
    // React sets an attribute again, to the value it had.
    const permalink = article.querySelector('a[href*="/status/"]')!;
    permalink.setAttribute('href', permalink.getAttribute('href')!);
    await frames.flush();
    expect(article.querySelector('precedent-annotation[data-role="author"]')).toBe(host);
    expect(host.shadowRoot!.querySelector('section.panel')).not.toBeNull();
  });

  it('badges the other posts when one cannot be read, with no error handler given', () => {
    installFixture('x/home-2025.html', 'https://x.com/home');
    const { adapter, readTheme } = xSite.setUp(document);
    const unreadable = post(HOME_TRUMP);
    running = startAnnotating({
      doc: document,
      lookup: createLocalLookup(datasetTrackingOn('x', 'realDonaldTrump', 'khamenei_ir')),
      schedule: manualFrames().schedule,
      readTheme,
      adapter: {
        ...adapter,
        readPost: (element) => {
          if (element === unreadable) throw new Error('markup the adapter does not know');
          return adapter.readPost(element);
        },
      },
    });
    expect(unreadable.hasAttribute('data-precedent-account')).toBe(false);
    expect(document.querySelector('article[data-precedent-account="x-leader-khamenei-ir"]')).not.toBeNull();
  });

  it('reads the posts of a batch that also added bare text', async () => {
    const frames = start('x/home-2025.html', 'https://x.com/home', ['khamenei_ir']);
    const cell = document.querySelector('article[data-precedent-account]')!.closest('[data-testid="cellInnerDiv"]')!;
    const copy = cell.cloneNode(true) as HTMLElement;
    copy.querySelectorAll('precedent-annotation').forEach((host) => host.remove());
    copy.querySelector('article')!.removeAttribute('data-precedent-account');
    copy.querySelector('article')!.removeAttribute('data-precedent-role');
    cell.after(document.createTextNode(' '), copy);
    await frames.flush();
    expect(copy.querySelector('article')!.getAttribute('data-precedent-account')).toBe('x-leader-khamenei-ir');
  });

  it('reports no failure for a page change outside any post', async () => {
    const errors: unknown[] = [];
    const frames = start('x/home-2025.html', 'https://x.com/home', ['khamenei_ir'], undefined, (error) => errors.push(error));
    const outside = [...document.querySelectorAll('a[href]')].find((link) => !link.closest('article'))!;
    outside.setAttribute('href', outside.getAttribute('href')!);
    await frames.flush();
    expect(errors).toEqual([]);
  });

  it('touches no overlay when the page restyles without changing its theme', async () => {
    const frames = start('x/home-2025.html', 'https://x.com/home', ['khamenei_ir']);
    expect(document.querySelector('precedent-annotation')).not.toBeNull();
    const touched: Node[] = [];
    const observer = new MutationObserver((records) => records.forEach((record) => touched.push(record.target)));
    observer.observe(document.body, { attributes: true, subtree: true });
    // A class X toggles for its own layout: the background, hence the theme, stays light.
    document.body.classList.add('restyled');
    await frames.flush();
    observer.disconnect();
    expect(touched.filter((node) => node.nodeName === 'PRECEDENT-ANNOTATION')).toEqual([]);
  });
});
