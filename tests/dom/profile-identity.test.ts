// @vitest-environment happy-dom
/**
 * On a profile page X exposes the numeric user id (JSON-LD); matching prefers it over the handle.
 * profile-2025.html is @khamenei_ir's profile with its real id 27966935 (the one the dataset cites).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { type RunningAnnotator, startSite } from '../../src/content/start-site';
import { xSite } from '../../src/sites/x';
import { compileDataset } from '../../src/dataset/compile';
import type { CompiledDataset } from '../../src/dataset/compiled';
import { installFixture, manualFrames, navigateXProfile } from '../support/dom';
import { datasetTrackingOn } from '../support/dataset';
import { entityFile, files, policyFile, source } from '../support/records';
import { createLocalLookup } from '../support/local-lookup';
import { isProfilePath } from '../../src/sites/x/adapter';

function datasetWithAccount(account: { handle: string; userId?: string }): CompiledDataset {
  const entity = entityFile({
    accounts: [{ id: 'x-test-leader', platform: 'x', kind: 'official', language: 'en', handles: [{ handle: account.handle }], sources: [source], ...(account.userId ? { userId: account.userId, userIdSource: source } : {}) }],
  });
  const result = compileDataset(files(['entities/test-leader.json', entity], ['policies/x-test-policy.json', policyFile()]), new Date('2026-11-27'));
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.dataset;
}

let running: RunningAnnotator | undefined;
afterEach(() => running?.stop());

const authorMarkers = (dataset: CompiledDataset) => {
  installFixture('x/profile-2025.html', 'https://x.com/khamenei_ir');
  running = startSite(xSite, { doc: document, lookup: createLocalLookup(dataset), schedule: manualFrames().schedule });
  return document.querySelectorAll('[data-precedent-role="author"]').length;
};

describe('matching on a profile page', () => {
  it('matches by the page’s user id even when the dataset knows the account under an older handle', () => {
    expect(authorMarkers(datasetWithAccount({ handle: 'old_handle', userId: '27966935' }))).toBe(5);
  });

  it('refuses the handle when the dataset’s account has another id: the handle changed hands', () => {
    expect(authorMarkers(datasetWithAccount({ handle: 'khamenei_ir', userId: '42' }))).toBe(0);
  });

  it('falls back to the handle when the dataset has no id for the account', () => {
    expect(authorMarkers(datasetWithAccount({ handle: 'khamenei_ir' }))).toBe(5);
  });

  it('finds the id when X renders it after the posts, looking only at what was added', async () => {
    installFixture('x/profile-2025.html', 'https://x.com/khamenei_ir');
    const schema = document.querySelector('script[data-testid="UserProfileSchema-test"]')!;
    const parent = schema.parentElement!;
    schema.remove();
    const frames = manualFrames();
    running = startSite(xSite, { doc: document, lookup: createLocalLookup(datasetWithAccount({ handle: 'old_handle', userId: '27966935' })), schedule: frames.schedule });
    expect(document.querySelectorAll('[data-precedent-role="author"]')).toHaveLength(0);
    parent.append(schema);
    await frames.flush();
    expect(document.querySelectorAll('[data-precedent-role="author"]')).toHaveLength(5);
  });

  it('follows in-app navigation to another profile that also has the JSON-LD, even when X updates only the header’s text', async () => {
    installFixture('x/profile-2025.html', 'https://x.com/khamenei_ir');
    const frames = manualFrames();
    const dataset = datasetTrackingOn('x', { handle: 'khamenei_ir', userId: '27966935' }, { handle: 'realDonaldTrump', userId: '25073877' });
    running = startSite(xSite, { doc: document, lookup: createLocalLookup(dataset), schedule: frames.schedule });
    const header = document.querySelector<HTMLElement>('[data-testid="UserName"]')!;
    expect(header.getAttribute('data-precedent-account')).toBe('x-leader-khamenei-ir');

    // The address first (a batch runs while the old JSON-LD is in place), then a new JSON-LD, then
    // the same header with new text.
    await navigateXProfile(frames, 'khamenei_ir', { handle: 'realDonaldTrump', userId: '25073877' });
    await frames.flush();
    expect(header.getAttribute('data-precedent-role')).toBe('profile');
    expect(header.getAttribute('data-precedent-account')).toBe('x-leader-realdonaldtrump');
  });

  it('does not take X’s own routes for profiles', () => {
    for (const path of ['/home', '/explore', '/notifications', '/messages', '/Search', '/i', '/settings'])
      expect(isProfilePath(path), path).toBe(false);
    for (const path of ['/khamenei_ir', '/realDonaldTrump/', '/homer']) expect(isProfilePath(path), path).toBe(true);
  });
});
