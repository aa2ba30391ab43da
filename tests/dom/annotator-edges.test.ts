// @vitest-environment happy-dom
/**
 * The annotator's decisions at their edges, on the recorded home and profile pages (mutation testing
 * found each unguarded): a quote is matched at its own date, not the quoting post's; the "authors"
 * option governs profile headers too; markers the page changes on any target are put back; an overlay
 * moved out of its post is drawn again; only badged posts count as annotated.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { type RunningAnnotator, startSite } from '../../src/content/start-site';
import { xSite } from '../../src/sites/x';
import { datasetTrackingOn, type TrackedAccount } from '../support/dataset';
import { installFixture, manualFrames } from '../support/dom';
import { createLocalLookup } from '../support/local-lookup';

let running: RunningAnnotator | undefined;
afterEach(() => running?.stop());

function start(fixture: string, url: string, tracked: Array<string | TrackedAccount>, show = { author: true, quoted: true, reposter: true }) {
  installFixture(fixture, url);
  const frames = manualFrames();
  running = startSite(xSite, { doc: document, lookup: createLocalLookup(datasetTrackingOn('x', ...tracked)), display: { density: 'badge', show }, schedule: frames.schedule });
  return frames;
}
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
});
