// @vitest-environment happy-dom
/**
 * The content script's loop on the real 2021 capture with a synthetic dataset: markers on exactly
 * the tracked posts, recycled nodes re-annotated, and a clean teardown.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type RunningAnnotator, startSite } from '../../src/content/start-site';
import { xSite } from '../../src/sites/x';
import { datasetTracking } from '../support/dataset';
import { installFixture, manualFrames } from '../support/dom';
import { createLocalLookup } from '../support/local-lookup';

const marked = () =>
  [...document.querySelectorAll('[data-precedent-account]')].map((el) => [
    el.getAttribute('data-precedent-role'),
    el.getAttribute('data-precedent-account'),
  ]);

describe('annotator on the 2021 markup', () => {
  let running: RunningAnnotator;
  let frames: ReturnType<typeof manualFrames>;

  beforeEach(() => {
    installFixture('real/x-home-timeline-2021.html', 'https://twitter.com/home');
    frames = manualFrames();
    // radiosweden: retweeted by mranti; asatarbair: quoted; mranti: reposter and author.
    running = startSite(xSite, { doc: document, lookup: createLocalLookup(datasetTracking('radiosweden', 'asatarbair', 'mranti')), schedule: frames.schedule });
  });
  afterEach(() => running.stop());

  it('marks exactly the posts by, quoting or reposted by tracked accounts', () => {
    expect(marked()).toEqual([
      ['author', 'x-leader-radiosweden'],
      ['reposter', 'x-leader-mranti'],
      ['quoted', 'x-leader-asatarbair'],
      ['reposter', 'x-leader-mranti'],
      ['author', 'x-leader-mranti'],
    ]);
    expect(document.querySelectorAll('precedent-annotation')).toHaveLength(6); // two on the first retweet (author + reposter), two on the quote retweet
  });

  it('renders a labelled, collapsed badge button in a shadow root', () => {
    const host = document.querySelector('article[data-precedent-role="author"] precedent-annotation[data-role="author"]')!;
    const button = host.shadowRoot!.querySelector('button')!;
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(button.textContent).toContain('Head of State of Testland · official account');
    expect(button.textContent).toContain('1 action on X');
  });

  it('follows a recycled node to the post it now shows', async () => {
    const article = document.querySelectorAll('article')[4]!; // @mranti's own post
    expect(article.getAttribute('data-precedent-account')).toBe('x-leader-mranti');
    // X reuses the cell for an untracked post: React rewrites the links in place.
    for (const link of article.querySelectorAll('a[href^="/mranti"]')) link.setAttribute('href', link.getAttribute('href')!.replace('/mranti', '/someone_else'));
    await frames.flush();
    expect(article.hasAttribute('data-precedent-account')).toBe(false);
    expect(article.querySelector('precedent-annotation')).toBeNull();
    // ...and back again.
    for (const link of article.querySelectorAll('a[href^="/someone_else"]')) link.setAttribute('href', link.getAttribute('href')!.replace('/someone_else', '/mranti'));
    await frames.flush();
    expect(article.getAttribute('data-precedent-account')).toBe('x-leader-mranti');
    expect(article.querySelectorAll('precedent-annotation')).toHaveLength(1);
  });

  it('annotates posts added later, in one batch', async () => {
    const timeline = document.querySelector('article')!.parentElement!;
    const copy = document.querySelectorAll('article')[4]!.cloneNode(true) as HTMLElement;
    copy.querySelectorAll('precedent-annotation').forEach((host) => host.remove());
    copy.removeAttribute('data-precedent-account');
    copy.removeAttribute('data-precedent-role');
    timeline.append(copy);
    expect(copy.hasAttribute('data-precedent-account')).toBe(false);
    await frames.flush();
    expect(copy.getAttribute('data-precedent-account')).toBe('x-leader-mranti');
  });

  it('restores an overlay X removed while re-rendering', async () => {
    const article = document.querySelectorAll('article')[4]!;
    article.querySelector('precedent-annotation')!.remove();
    await frames.flush();
    expect(article.querySelectorAll('precedent-annotation')).toHaveLength(1);
  });

  it('removes every overlay and marker on stop', () => {
    running.stop();
    expect(marked()).toEqual([]);
    expect(document.querySelectorAll('precedent-annotation')).toHaveLength(0);
  });
});
