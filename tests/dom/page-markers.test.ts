// @vitest-environment happy-dom
/**
 * The public marker and the overlay's tag belong to Precedent: a page that sets the marker on a post
 * does not keep it (nothing but Precedent carries it), a page element named like Precedent's hosts
 * neither hides the posts inside it nor gets deleted as a leftover.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { removeLeftovers } from '../../src/content/leftovers';
import { type RunningAnnotator, startSite } from '../../src/content/start-site';
import { mountAnnotation } from '../../src/overlay/mount';
import { xSite } from '../../src/sites/x';
import { datasetTracking } from '../support/dataset';
import { installFixture, manualFrames } from '../support/dom';
import { createLocalLookup } from '../support/local-lookup';
import { summariseForBadge } from '../../src/dataset/badge-summary';

let running: RunningAnnotator | undefined;
afterEach(() => running?.stop());

const HOME_TRUMP = '1266237079679930402';
const UNTRACKED = '1933167692215226385';
const post = (id: string) => document.querySelector(`a[href$="/status/${id}"] > time`)!.closest('article')!;

function start() {
  const frames = manualFrames();
  running = startSite(xSite, { doc: document, lookup: createLocalLookup(datasetTracking('realDonaldTrump')), schedule: frames.schedule });
  return frames;
}

describe('markers and hosts the page controls', () => {
  it('takes a marker the page set off an untracked post, and puts its own back on a tracked one', async () => {
    installFixture('x/home-2025.html');
    post(UNTRACKED).setAttribute('data-precedent-account', 'x-leader-realdonaldtrump');
    post(UNTRACKED).setAttribute('data-precedent-role', 'author');
    const frames = start();
    expect(post(UNTRACKED).hasAttribute('data-precedent-account')).toBe(false);
    expect(post(HOME_TRUMP).getAttribute('data-precedent-account')).toBe('x-leader-realdonaldtrump');
    // Set later, by the page: on the untracked post, and a wrong account on the tracked one.
    post(UNTRACKED).setAttribute('data-precedent-account', 'x-leader-realdonaldtrump');
    post(HOME_TRUMP).setAttribute('data-precedent-account', 'x-someone-else');
    await frames.flush();
    expect(post(UNTRACKED).hasAttribute('data-precedent-account')).toBe(false);
    expect(post(HOME_TRUMP).getAttribute('data-precedent-account')).toBe('x-leader-realdonaldtrump');
  });

  it('reads posts inside a page element that shares the overlay’s tag', async () => {
    installFixture('x/home-2025.html');
    const frames = start();
    const trump = post(HOME_TRUMP);
    const cell = trump.closest('[data-testid="cellInnerDiv"]')!;
    const copy = cell.cloneNode(true) as HTMLElement;
    copy.querySelectorAll('precedent-annotation').forEach((host) => host.remove());
    copy.querySelector('article')!.removeAttribute('data-precedent-account');
    copy.querySelector('article')!.removeAttribute('data-precedent-role');
    const wrapper = document.createElement('precedent-annotation');
    wrapper.append(copy);
    cell.after(wrapper);
    await frames.flush();
    expect(copy.querySelector('article')!.getAttribute('data-precedent-account')).toBe('x-leader-realdonaldtrump');
  });

  it('removes only the hosts an earlier Precedent left, never a page element that shares the tag', () => {
    installFixture('x/home-2025.html');
    const pageOwn = document.createElement('precedent-annotation');
    pageOwn.textContent = 'the page’s own content';
    document.body.append(pageOwn);
    const anchor = post(HOME_TRUMP).querySelector('[data-testid="User-Name"]')!;
    // A host as an earlier Precedent made it.
    const lookup = createLocalLookup(datasetTracking('realDonaldTrump'));
    const profile = lookup.profile('x-leader-realdonaldtrump')!;
    const leftover = mountAnnotation(anchor, { summary: summariseForBadge(profile), profile, records: lookup.records, role: 'author', at: Date.now(), open: false, panelId: 'p', onToggle: () => undefined }, 'light').host;
    expect(removeLeftovers(document)).toBe(1);
    expect(leftover.isConnected).toBe(false);
    expect(pageOwn.isConnected).toBe(true);
  });

  it('takes off the markers an earlier Precedent left on the page’s posts', () => {
    installFixture('x/home-2025.html');
    // As a destroyed predecessor left them: the author's marker, and a role without its account.
    post(HOME_TRUMP).setAttribute('data-precedent-account', 'x-leader-realdonaldtrump');
    post(HOME_TRUMP).setAttribute('data-precedent-role', 'author');
    post(UNTRACKED).setAttribute('data-precedent-role', 'quoted');
    removeLeftovers(document);
    expect(document.querySelectorAll('[data-precedent-account], [data-precedent-role]')).toHaveLength(0);
  });
});
