// @vitest-environment happy-dom
/**
 * The badges a content script carries (a small dataset: src/matching/index-keys.ts): a tracked post
 * is badged in the same pass that reads it, with no message to the background; the panel's detail is
 * asked for when the reader reaches for the badge, the panel says it is loading until it comes, and
 * says so in words if it cannot come. (Focus following from the placeholder to the record is checked
 * in a real browser: tests/e2e/chromium/other-sites.spec.ts, the profile header's panel.)
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createLookupService } from '../../src/background/lookup-service';
import { createRemoteLookup } from '../../src/content/remote-lookup';
import { type RunningAnnotator, startSite } from '../../src/content/start-site';
import type { Display } from '../../src/overlay/types';
import { buildContentIndex } from '../../src/matching/index-keys';
import type { LookupReply } from '../../src/messaging/protocol';
import { xSite } from '../../src/sites/x';
import { datasetTracking } from '../support/dataset';
import { installFixture, manualFrames } from '../support/dom';
import { answered } from '../support/lookup';

const HOME_TRUMP = '1266237079679930402';
const dataset = datasetTracking('realDonaldTrump');
let running: RunningAnnotator | undefined;
afterEach(() => running?.stop());

/** Starts X's annotator on the recorded home timeline with the badges carried; `answer` decides each request's fate. */
function start(answer: (keys: string[]) => Promise<LookupReply>, density: Display['density'] = 'badge') {
  installFixture('x/home-2025.html');
  const requests: string[][] = [];
  const lookup = createRemoteLookup({
    index: buildContentIndex(dataset, { platforms: ['x'], fits: () => true }),
    meta: dataset.meta,
    request: (keys) => (requests.push(keys), answer(keys)),
    retryAfter: (_ms, retry) => retry(),
  });
  running = startSite(xSite, { doc: document, lookup, display: { density, show: { author: true, quoted: true, reposter: true } }, schedule: manualFrames().schedule });
  const host = document.querySelector(`a[href$="/status/${HOME_TRUMP}"] > time`)!.closest('article')!.querySelector('precedent-annotation')!;
  return { requests, shadow: host.shadowRoot! };
}

const service = createLookupService(dataset);
const badgeOf = (host: Element) => host.shadowRoot!.querySelector('button.badge')!;
const fromBackground = (keys: string[]) => Promise.resolve(JSON.parse(JSON.stringify(service.answer(keys))) as LookupReply);

describe('badges carried by the content script', () => {
  it('badges a tracked post in the pass that reads it, without asking the background', async () => {
    const { requests, shadow } = start(fromBackground);
    expect(shadow.querySelector('button.badge')?.textContent).toContain('Head of State of Testland');
    expect(shadow.querySelector('button.badge')?.textContent).toContain('1 action on X');
    // Not even for the detail, at "badge" density, until the reader reaches for the badge.
    await answered();
    expect(requests).toEqual([]);
  });

  it('fetches the panel’s detail when the reader points at the badge, and shows the panel once it has come', async () => {
    const { requests, shadow } = start(fromBackground);
    const badge = shadow.querySelector('button.badge')!;
    badge.dispatchEvent(new PointerEvent('pointerenter'));
    badge.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect(shadow.querySelector('.panel-pending')?.textContent).toBe('Loading the record…');
    expect(shadow.querySelector('.panel-pending')?.id).toBe(badge.getAttribute('aria-controls'));
    await answered();
    expect(requests).toEqual([['x:h:realdonaldtrump']]);
    expect(shadow.querySelector('.panel-pending')).toBeNull();
    expect(shadow.querySelector('.panel')?.textContent).toContain('The platform suspended @realDonaldTrump.');
  });

  it('says in words when the detail cannot be fetched, and keeps the badge', async () => {
    const { shadow } = start(() => Promise.reject(new Error('Could not establish connection.')));
    shadow.querySelector('button.badge')!.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    for (let attempt = 0; attempt < 5; attempt++) await answered();
    expect(shadow.querySelector('.panel-pending')?.textContent).toBe('The record could not be loaded. Reload the page to try again.');
    expect(shadow.querySelector('button.badge')?.textContent).toContain('Head of State of Testland');
  });

  it('at "summary" density, names the latest action at once and adds its words when the detail comes', async () => {
    const { requests, shadow } = start(fromBackground, 'summary');
    expect(shadow.querySelector('.summary')?.textContent).toBe('Latest: Permanent suspension, Jan 8, 2021.');
    await answered();
    expect(requests).toHaveLength(1);
    expect(shadow.querySelector('.summary')?.textContent).toBe('Latest: Permanent suspension, Jan 8, 2021. The platform suspended @realDonaldTrump.');
  });

  it('redraws an overlay only when its own account’s detail comes', async () => {
    // Two carried accounts; the page's own observers see every attribute Precedent sets on a host.
    installFixture('x/home-2025.html');
    const two = datasetTracking('realDonaldTrump', 'khamenei_ir');
    const twoService = createLookupService(two);
    const lookup = createRemoteLookup({
      index: buildContentIndex(two, { platforms: ['x'], fits: () => true }),
      meta: two.meta,
      request: (keys) => Promise.resolve(JSON.parse(JSON.stringify(twoService.answer(keys))) as LookupReply),
    });
    const frames = manualFrames();
    running = startSite(xSite, { doc: document, lookup, schedule: frames.schedule });
    await frames.flush();
    // An overlay belongs to the nearest marked element around it (a quote's, inside its post).
    const hostsOf = (id: string) => [...document.querySelectorAll('precedent-annotation')].filter((host) => host.parentElement!.closest('[data-precedent-account]')?.getAttribute('data-precedent-account') === id);
    const trump = 'x-leader-realdonaldtrump';
    const khamenei = 'x-leader-khamenei-ir';
    expect([hostsOf(trump).length, hostsOf(khamenei).length]).not.toContain(0);
    const touched = new Set<Node>();
    const observer = new MutationObserver((records) => records.forEach((record) => touched.add(record.target)));
    observer.observe(document.body, { attributes: true, subtree: true });
    const touchedOf = async (id: string) => {
      await frames.flush();
      const result = hostsOf(id).filter((host) => touched.has(host)).length;
      touched.clear();
      return result;
    };
    // Trump's detail comes: his overlays are redrawn, Khamenei's (still without theirs) are not.
    badgeOf(hostsOf(trump)[0]!).dispatchEvent(new PointerEvent('pointerenter'));
    await answered();
    expect(await touchedOf(khamenei)).toBe(0);
    // A post by Trump added now is drawn with his detail at hand: Khamenei's detail leaves it alone.
    const cell = document.querySelector(`a[href$="/status/${HOME_TRUMP}"] > time`)!.closest('[data-testid="cellInnerDiv"]')!;
    const copy = cell.cloneNode(true) as HTMLElement;
    copy.querySelectorAll('precedent-annotation').forEach((host) => host.remove());
    copy.querySelectorAll('[data-precedent-account]').forEach((target) => target.removeAttribute('data-precedent-account'));
    cell.after(copy);
    await frames.flush();
    const added = copy.querySelector('precedent-annotation')!;
    touched.clear();
    badgeOf(hostsOf(khamenei)[0]!).dispatchEvent(new PointerEvent('pointerenter'));
    await answered();
    await frames.flush();
    expect(touched.has(added)).toBe(false);
    expect(await touchedOf(khamenei)).toBeGreaterThan(0);
    observer.disconnect();
  });
});
