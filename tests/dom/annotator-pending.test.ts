// @vitest-environment happy-dom
/**
 * Posts that wait for the background's answer (src/content/pending-posts.ts): counted while they
 * wait, badged when it comes; a post the page removed meanwhile is left alone; and an annotator
 * stopped meanwhile (the site switched off, the extension updated) draws nothing when it comes.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { type RunningAnnotator, startSite } from '../../src/content/start-site';
import { xSite } from '../../src/sites/x';
import { datasetTracking } from '../support/dataset';
import { installFixture, manualFrames } from '../support/dom';
import { answered, backgroundLookup } from '../support/lookup';

let running: RunningAnnotator | undefined;
afterEach(() => running?.stop());

/** X's annotator on the recorded home timeline, its lookup a client of the background (nothing carried). */
function start() {
  installFixture('x/home-2025.html');
  const { lookup } = backgroundLookup(datasetTracking('khamenei_ir', 'realDonaldTrump'));
  running = startSite(xSite, { doc: document, lookup, schedule: manualFrames().schedule });
  return running;
}
const khameneiPost = () => document.querySelector('a[href*="/khamenei_ir/status/"]')!.closest('article')!;
const annotated = () => document.querySelectorAll('[data-precedent-account], precedent-annotation').length;

describe('posts waiting for the background', () => {
  it('are counted while they wait and badged when the answer comes', async () => {
    const { annotator } = start();
    // Posts by, quoting or reposted by either account.
    const waiting = annotator.waiting();
    expect(waiting).toBeGreaterThan(1);
    expect(annotated()).toBe(0);
    await answered();
    expect([annotator.waiting(), annotator.size()]).toEqual([0, waiting]);
    expect(khameneiPost().getAttribute('data-precedent-account')).toBe('x-leader-khamenei-ir');
  });

  it('leave a post the page removed meanwhile unmarked, and uncounted', async () => {
    const { annotator } = start();
    const waiting = annotator.waiting();
    const removed = khameneiPost();
    removed.remove();
    await answered();
    expect(removed.hasAttribute('data-precedent-account')).toBe(false);
    expect(removed.querySelector('precedent-annotation')).toBeNull();
    expect(annotator.size()).toBe(waiting - 1);
  });

  it('get nothing drawn when the annotator stopped before the answer came', async () => {
    start().stop();
    await answered();
    expect(annotated()).toBe(0);
  });
});
