/**
 * An account lookup over a dataset held in memory, for the DOM tests: the same interface as the
 * content scripts' client of the background (src/content/remote-lookup.ts), never pending.
 */
import { summariseForBadge } from '../../src/dataset/badge-summary';
import type { CompiledDataset } from '../../src/dataset/compiled';
import { accountKeys } from '../../src/dataset/keys';
import { createQueries } from '../../src/dataset/queries';
import { lookupKeys, type AccountLookup } from '../../src/matching/account-lookup';
import { createMatcher } from '../../src/matching/matcher';

export function createLocalLookup(dataset: CompiledDataset): AccountLookup {
  const queries = createQueries(dataset);
  const matcher = createMatcher(dataset.accounts);
  const keys = new Set(dataset.accounts.flatMap(accountKeys));
  return {
    mightTrack: (ref) => lookupKeys(ref).some((key) => keys.has(key)),
    match: (ref) => matcher.match(ref),
    summary: (id) => {
      const profile = queries.profile(id);
      return profile ? summariseForBadge(profile) : null;
    },
    profile: (id) => queries.profile(id),
    requestProfile: () => undefined,
    profileFailed: () => false,
    records: queries,
    onResolved: () => () => undefined,
  };
}

