// @vitest-environment happy-dom
/**
 * Spoofs that need a whole page rather than a generated post: a tracked handle linked from a
 * profile's bio, and a handle used outside the dates it belonged to the tracked account. The page is
 * profile-2025.html (@khamenei_ir's profile; its bio links to @ghazal_daily, whose one post on the
 * page is reposted by @khamenei_ir).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { type RunningAnnotator, startSite } from '../../src/content/start-site';
import { xSite } from '../../src/sites/x';
import { compileDataset } from '../../src/dataset/compile';
import type { CompiledDataset } from '../../src/dataset/compiled';
import { createLocalLookup } from '../support/local-lookup';
import { datasetTracking } from '../support/dataset';
import { installFixture, manualFrames } from '../support/dom';
import { entityFile, files, policyFile, source } from '../support/records';

let running: RunningAnnotator | undefined;
afterEach(() => running?.stop());

/** The markers on the profile page with this dataset, as "role account @ status id". */
function markersOnProfile(dataset: CompiledDataset): string[] {
  installFixture('x/profile-2025.html', 'https://x.com/khamenei_ir');
  running = startSite(xSite, { doc: document, lookup: createLocalLookup(dataset), schedule: manualFrames().schedule });
  return [...document.querySelectorAll('[data-precedent-account]')].map((element) => {
    const permalink = element.querySelector('a[href*="/status/"] > time')?.parentElement?.getAttribute('href') ?? '';
    return `${element.getAttribute('data-precedent-role')} ${element.getAttribute('data-precedent-account')} @ ${permalink.replace(/^.*\/status\//, '')}`;
  });
}

/** @khamenei_ir as held by the tracked account only between `from` and `to`. */
function heldBetween(from: string, to: string | null): CompiledDataset {
  const entity = entityFile({
    accounts: [{ id: 'x-test-leader', platform: 'x', kind: 'official', language: 'en', handles: [{ handle: 'khamenei_ir', from, to }], sources: [source] }],
  });
  const result = compileDataset(files(['entities/test-leader.json', entity], ['policies/x-test-policy.json', policyFile()]), new Date('2026-11-27'));
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.dataset;
}

describe('spoofs on a whole page', () => {
  it('a tracked handle linked from the bio badges only that account’s own post, not the profile', () => {
    expect(markersOnProfile(datasetTracking('ghazal_daily'))).toEqual(['author x-leader-ghazal-daily @ 1939398460830657219']);
  });

  it('a profile header naming a tracked handle on another account’s page stays bare', () => {
    installFixture('x/profile-2025.html', 'https://x.com/ghazal_daily');
    running = startSite(xSite, { doc: document, lookup: createLocalLookup(datasetTracking('khamenei_ir', 'ghazal_daily')), schedule: manualFrames().schedule });
    expect(document.querySelector('[data-testid="UserName"][data-precedent-account]')).toBeNull();
  });

  it('a handle the tracked account left before these posts badges none of them', () => {
    expect(markersOnProfile(heldBetween('2010-01', '2015-12'))).toEqual([]);
  });

  it('a handle the tracked account took over mid-page badges only the posts from then on', () => {
    expect(markersOnProfile(heldBetween('2025-06-28', null))).toEqual([
      // The header shows the account as it is now, which the tracked account holds.
      'profile x-test-leader @ ',
      'author x-test-leader @ 1939598529131457202',
      'reposter x-test-leader @ 1939398460830657219',
      'author x-test-leader @ 1938925343339457236',
    ]);
  });
});
