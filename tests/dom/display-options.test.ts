// @vitest-environment happy-dom
/**
 * "Which matches get a badge" (options: authors, quoted posts, reposts) on the home timeline, each
 * switched off alone: only that role's badges and markers go.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { type RunningAnnotator, startSite } from '../../src/content/start-site';
import { xSite } from '../../src/sites/x';
import { datasetTracking } from '../support/dataset';
import { installFixture, manualFrames } from '../support/dom';
import { createLocalLookup } from '../support/local-lookup';

let running: RunningAnnotator | undefined;
afterEach(() => running?.stop());

function roles(show: { author: boolean; quoted: boolean; reposter: boolean }) {
  installFixture('x/home-2025.html');
  running = startSite(xSite, {
    doc: document,
    lookup: createLocalLookup(datasetTracking('realDonaldTrump', 'khamenei_ir')),
    display: { density: 'badge', show },
    schedule: manualFrames().schedule,
  });
  return [...document.querySelectorAll('precedent-annotation')].map((host) => host.getAttribute('data-role')).sort();
}

describe('display options', () => {
  const all = { author: true, quoted: true, reposter: true };
  it('shows every role by default', () => {
    expect(roles(all)).toEqual(['author', 'author', 'quoted', 'quoted', 'reposter']);
  });
  it('hides quoted posts’ badges alone', () => {
    expect(roles({ ...all, quoted: false })).toEqual(['author', 'author', 'reposter']);
  });
  it('hides reposts’ badges alone', () => {
    expect(roles({ ...all, reposter: false })).toEqual(['author', 'author', 'quoted', 'quoted']);
  });
  it('hides authors’ badges alone', () => {
    expect(roles({ ...all, author: false })).toEqual(['quoted', 'quoted', 'reposter']);
  });
});
