/**
 * The content scripts' lookup (src/matching/account-lookup.ts), a client of the background.
 *
 * The content scripts do not carry the dataset (it grows with every account; see
 * docs/benchmarks.md). They carry a Bloom filter of every tracked handle and user id, which answers
 * "surely not tracked", for almost every post, in constant time and without allocation. Only a
 * "maybe" asks the background, once per handle per page (answers, positive or negative, are
 * cached), in one message per microtask however many posts asked. Until the answer comes the post
 * is "pending"; the annotator re-reads pending posts when `onResolved` fires.
 *
 * While the dataset is small the script also carries every account of its platforms with its badge
 * summary (src/matching/index-keys.ts): those are matched exactly, at once, and badged in the frame
 * that paints the post; only the panel's detail is asked for, when the reader reaches for it. The
 * user's packs can change any record, so with packs installed every key asks the background.
 */
import { summariseForBadge, type BadgeSummary } from '../dataset/badge-summary';
import type { MatchableAccount } from '../dataset/compiled';
import { accountKeys } from '../dataset/keys';
import type { DatasetMeta, PolicyRecord } from '../dataset/schema';
import type { AccountProfile } from '../dataset/queries';
import { lookupKeys, PENDING, type AccountLookup } from '../matching/account-lookup';
import { mightContain, parseBloom } from '../matching/bloom';
import type { ContentIndex } from '../matching/index-keys';
import { createAccountIndex } from '../matching/matcher';
import { MAX_LOOKUP_KEYS, type LookupReply } from '../messaging/protocol';
import { selfTimed } from './self-timing';

export interface RemoteLookupOptions {
  index: ContentIndex;
  /** Keys of accounts in the user's imported packs (src/packs/pack-store.ts), which the bundled index cannot know. */
  packKeys?: readonly string[];
  meta: DatasetMeta;
  /** Sends the keys to the background (src/messaging/protocol.ts). */
  request(keys: string[]): Promise<LookupReply>;
  now?: () => number;
  onError?: (error: unknown) => void;
  /** Waits before asking again after a failure (default: setTimeout); tests pass their own. */
  retryAfter?: (ms: number, callback: () => void) => void;
}

/**
 * A failed lookup is asked again after these delays (the background may still be starting, or was
 * stopped mid-answer); after the last, the posts show no badge rather than asking forever.
 */
export const RETRY_DELAYS_MS = [250, 1000, 4000];

export function createRemoteLookup(options: RemoteLookupOptions): AccountLookup {
  const bloom = parseBloom(options.index.bloom);
  const packKeys = new Set(options.packKeys);
  const accounts = createAccountIndex<MatchableAccount>(options.now);
  const summaries = new Map<string, BadgeSummary>();
  const profiles = new Map<string, AccountProfile>();
  /** Keys answered (found or not) and keys asked but not yet answered. */
  const answered = new Set<string>();
  const asked = new Set<string>();
  /** Keys of the shipped accounts, and their platforms: there the answer is exact and already here. */
  const shippedKeys = new Set<string>();
  const shippedPlatforms = new Set<string>();
  const shipped = packKeys.size === 0 ? options.index.shipped : undefined;
  shipped?.platforms.forEach((platform) => shippedPlatforms.add(platform));
  // Indexed on the first post of those platforms, not at start: a page with none pays nothing.
  let unindexed = shipped?.badges;
  const indexShipped = () => {
    if (!unindexed) return;
    for (const badge of unindexed) {
      accounts.add(badge.account);
      if (!summaries.has(badge.account.id)) summaries.set(badge.account.id, badge);
      for (const key of accountKeys(badge.account)) {
        shippedKeys.add(key);
        // Answered already: every account that ever held the key is among the shipped ones.
        answered.add(key);
      }
    }
    unindexed = undefined;
  };
  const carried = (key: string) => shippedKeys.has(key);
  const maybeInFilter = (key: string) => mightContain(bloom, key) || packKeys.has(key);
  /** How a platform's keys are told apart: exactly where its accounts are carried, else by the filter. */
  const trackedOn = (platform: string) => {
    if (!shippedPlatforms.has(platform)) return maybeInFilter;
    indexShipped();
    return carried;
  };
  /** Accounts whose detail was asked for, and those for which asking failed for good. */
  const detailAsked = new Set<string>();
  const detailFailed = new Set<string>();
  const policies = new Map<string, PolicyRecord>();
  const packOf = new Map<string, string>();
  let queued: string[] = [];
  const listeners = new Set<() => void>();
  const failures = new Map<string, number>();
  const retryAfter = options.retryAfter ?? ((ms, callback) => setTimeout(callback, ms));

  // The background's answers re-render posts: the content script's own time (./self-timing.ts).
  const settle = selfTimed((keys: string[], reply: LookupReply | null) => {
    if (reply) {
      reply.accounts.forEach((account) => accounts.add(account));
      for (const profile of reply.profiles) {
        profiles.set(profile.account.id, profile);
        summaries.set(profile.account.id, summariseForBadge(profile));
      }
      reply.policies.forEach((policy) => policies.set(policy.id, policy));
      reply.packs.forEach(([id, pack]) => packOf.set(id, pack));
    }
    for (const key of keys) {
      asked.delete(key);
      answered.add(key);
    }
    // An answer for an account's keys carries its profile if the background has it: without it
    // (the message failed for good, or the background no longer knows the account), none will come.
    // (`profileFailed` lets a profile that did come, or comes later with another answer, win.)
    for (const id of detailAsked) {
      const own = keysOf(id);
      if (keys.some((key) => own.includes(key))) detailFailed.add(id);
    }
    listeners.forEach((listener) => listener());
  });

  const flush = selfTimed(() => {
    const all = queued;
    queued = [];
    for (let start = 0; start < all.length; start += MAX_LOOKUP_KEYS) send(all.slice(start, start + MAX_LOOKUP_KEYS));
  });

  const fail = selfTimed((keys: string[], error: unknown) => {
    options.onError?.(error);
    const attempt = failures.get(keys[0]!) ?? 0;
    if (attempt >= RETRY_DELAYS_MS.length) return settle(keys, null);
    keys.forEach((key) => failures.set(key, attempt + 1));
    // Still "asked": the posts keep waiting, and nobody queues these keys again meanwhile.
    retryAfter(RETRY_DELAYS_MS[attempt]!, () => send(keys));
  });

  const send = (keys: string[]) => {
    let request: Promise<LookupReply>;
    try {
      request = options.request(keys);
    } catch (error) {
      // The extension context is gone (updated, disabled): sendMessage throws rather than rejects.
      request = Promise.reject(error);
    }
    request.then(
      (reply) => settle(keys, reply),
      (error: unknown) => fail(keys, error),
    );
  };

  const keysOf = (accountId: string) => {
    indexShipped();
    const summary = summaries.get(accountId);
    return summary ? accountKeys(summary.account) : [];
  };

  const ask = (key: string) => {
    if (asked.has(key)) return;
    asked.add(key);
    if (queued.length === 0) queueMicrotask(flush);
    queued.push(key);
  };

  return {
    mightTrack: (ref) => lookupKeys(ref).some(trackedOn(ref.platform)),
    match(ref) {
      const maybe = lookupKeys(ref).filter(trackedOn(ref.platform));
      // Almost every post ends here: no key of its author is tracked.
      if (maybe.length === 0) return null;
      const missing = maybe.filter((key) => !answered.has(key));
      if (missing.length > 0) {
        missing.forEach(ask);
        return PENDING;
      }
      return accounts.match(ref);
    },
    summary(id) {
      indexShipped();
      return summaries.get(id) ?? null;
    },
    profile: (id) => profiles.get(id) ?? null,
    requestProfile(id) {
      if (profiles.has(id) || detailAsked.has(id)) return;
      detailAsked.add(id);
      // The background answers by key: the account's keys bring its profile (and any other
      // account that ever held them, as for a match).
      keysOf(id).forEach(ask);
    },
    profileFailed: (id) => detailFailed.has(id) && !profiles.has(id),
    records: { meta: options.meta, policy: (id) => policies.get(id) ?? null, packOf: (id) => packOf.get(id) },
    onResolved(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
