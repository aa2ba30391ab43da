/**
 * The background's half of matching: it holds the whole dataset and answers the content scripts'
 * lookups (src/messaging/protocol.ts) with the accounts behind the keys they ask for and those
 * accounts' profiles. The content script then matches dates itself (src/matching/account-lookup.ts).
 */
import type { CompiledAccount, CompiledDataset } from '../dataset/compiled';
import { createQueries, type AccountProfile } from '../dataset/queries';
import type { PolicyRecord } from '../dataset/schema';
import { accountKeys } from '../matching/index-keys';
import type { LookupReply } from '../messaging/protocol';

export interface LookupService {
  answer(keys: readonly string[]): LookupReply;
}

export function createLookupService(dataset: CompiledDataset): LookupService {
  const queries = createQueries(dataset);
  const byKey = new Map<string, CompiledAccount[]>();
  for (const account of dataset.accounts) {
    for (const key of accountKeys(account)) byKey.set(key, [...(byKey.get(key) ?? []), account]);
  }

  return {
    answer(keys) {
      const accounts = new Map<string, CompiledAccount>();
      for (const key of keys) for (const account of byKey.get(key) ?? []) accounts.set(account.id, account);
      const profiles = [...accounts.keys()]
        .map((id) => queries.profile(id))
        .filter((profile): profile is AccountProfile => profile !== null);
      const policies = new Map<string, PolicyRecord>();
      for (const profile of profiles) {
        const events = [...profile.events, ...profile.otherEvents.map(({ event }) => event)];
        for (const id of events.flatMap((event) => event.policies)) {
          const policy = queries.policy(id);
          if (policy) policies.set(id, policy);
        }
        profile.policies.forEach((policy) => policies.set(policy.id, policy));
      }
      return { accounts: [...accounts.values()], profiles, policies: [...policies.values()] };
    },
  };
}

/**
 * The service over the packaged dataset, loaded on the first lookup and kept while the background
 * lives (a service worker that was stopped loads it again). A failed load is tried again next time.
 */
export function loadLookupService(load: () => Promise<CompiledDataset>): () => Promise<LookupService> {
  let service: Promise<LookupService> | undefined;
  return () => {
    service ??= load().then(createLookupService, (error: unknown) => {
      service = undefined;
      throw error;
    });
    return service;
  };
}

/** Reads the dataset the build packaged as a file (its own extension URL: not a network request). */
export const packagedDataset = (url: string) => (): Promise<CompiledDataset> =>
  fetch(url).then((response) => response.json() as Promise<CompiledDataset>);
