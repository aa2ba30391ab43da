/**
 * The background's half of matching: it holds the whole dataset and answers the content scripts'
 * lookups (src/messaging/protocol.ts) with the accounts behind the keys they ask for and those
 * accounts' profiles. The content script then matches dates itself (src/matching/account-lookup.ts).
 */
import type { CompiledAccount, CompiledDataset } from '../dataset/compiled';
import { createQueries, type AccountProfile } from '../dataset/queries';
import type { PolicyRecord } from '../dataset/schema';
import { accountKeys } from '../dataset/keys';
import type { LookupReply } from '../messaging/protocol';
import { applyPacks, type StoredPack } from '../packs/apply-packs';

export interface LookupService {
  answer(keys: readonly string[]): LookupReply;
}

export function createLookupService(dataset: CompiledDataset, origin: ReadonlyMap<string, string> = new Map()): LookupService {
  const queries = createQueries(dataset, origin);
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
      const ids = [
        ...profiles.flatMap((profile) => [profile.account.id, profile.entity.id, ...profile.events.map((event) => event.id)]),
        ...profiles.flatMap((profile) => profile.otherEvents.map(({ event }) => event.id)),
        ...policies.keys(),
      ];
      const packs = [...new Set(ids)].flatMap((id): Array<[string, string]> => {
        const pack = origin.get(id);
        return pack === undefined ? [] : [[id, pack]];
      });
      return { accounts: [...accounts.values()], profiles, policies: [...policies.values()], packs };
    },
  };
}

export interface LookupServiceLoader {
  (): Promise<LookupService>;
  /** Drops the loaded service: the next lookup loads the data again (the user's packs changed). */
  reset(): void;
}

/**
 * The service over the packaged dataset and the user's packs, loaded on the first lookup and kept
 * while the background lives (a service worker that was stopped loads it again). A failed load is
 * tried again next time.
 */
export function loadLookupService(load: () => Promise<CompiledDataset | AppliedData>): LookupServiceLoader {
  let service: Promise<LookupService> | undefined;
  const create = (data: CompiledDataset | AppliedData) => ('dataset' in data ? createLookupService(data.dataset, data.origin) : createLookupService(data));
  const loader = () => {
    const loading = (service ??= load().then(create, (error: unknown) => {
      if (service === loading) service = undefined;
      throw error;
    }));
    return loading;
  };
  return Object.assign(loader, { reset: () => void (service = undefined) });
}

/** The data with the origin of each record that comes from a pack. */
export interface AppliedData {
  dataset: CompiledDataset;
  origin: ReadonlyMap<string, string>;
}

/** The bundled dataset with the user's packs laid over it; packs that no longer fit are left out. */
export const withPacks =
  (bundled: () => Promise<CompiledDataset>, packs: () => Promise<readonly StoredPack[]>) => async (): Promise<AppliedData> =>
    applyPacks(await bundled(), await packs());
