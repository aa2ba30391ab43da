/**
 * What the content scripts ship instead of the dataset, built at build time: a Bloom filter over
 * every tracked account's keys (src/dataset/keys.ts) and, while they are small enough, the badge
 * summaries of every account on the platforms a script reads (src/dataset/badge-summary.ts). With the
 * summaries a tracked post is matched and badged in the frame that first paints it; without them
 * (a large dataset, or the user's packs) the first post of a handle waits one round trip to the
 * background (src/content/remote-lookup.ts).
 */
import { summariseForBadge, type BadgeSummary } from '../dataset/badge-summary';
import type { CompiledDataset } from '../dataset/compiled';
import { accountKeys, matchesPosts } from '../dataset/keys';
import { createQueries } from '../dataset/queries';
import type { Platform } from '../dataset/schema';
import { createBloom, serialiseBloom, type SerialisedBloom } from './bloom';

/** What the content scripts ship instead of the dataset. */
export interface ContentIndex {
  bloom: SerialisedBloom;
  /** Number of keys in the filter (for the benchmark and the README). */
  keys: number;
  /** Every account of these platforms that a post can match (one with a handle or id), with its badge; absent when over the size budget. */
  shipped?: { platforms: Platform[]; badges: BadgeSummary[] };
}

/** 0.1 %: one post in a thousand by an untracked author costs a message to the background. */
export const INDEX_FALSE_POSITIVE_RATE = 0.001;

export interface ShipBadges {
  /** The platforms whose posts the script reads. */
  platforms: readonly Platform[];
  /** Whether these summaries may ship (the build weighs them against its budget: scripts/lib/dataset-plugin.ts). */
  fits(badges: readonly BadgeSummary[]): boolean;
}

export function buildContentIndex(dataset: CompiledDataset, ship?: ShipBadges): ContentIndex {
  const keys = [...new Set(dataset.accounts.flatMap(accountKeys))];
  const index: ContentIndex = { bloom: serialiseBloom(createBloom(keys, INDEX_FALSE_POSITIVE_RATE)), keys: keys.length };
  if (!ship) return index;
  const badges = shippedBadges(dataset, ship.platforms);
  return ship.fits(badges) ? { ...index, shipped: { platforms: [...ship.platforms], badges } } : index;
}

/** The badge summaries of every account on these platforms, as a content script carries them. */
export function shippedBadges(dataset: CompiledDataset, platforms: readonly Platform[]): BadgeSummary[] {
  const queries = createQueries(dataset);
  return (
    dataset.accounts
      // An account named without a handle or id can never match a post: carrying it costs heap for nothing.
      .filter((account) => platforms.includes(account.platform) && matchesPosts(account))
      .map((account) => {
        const { latest, ...badge } = summariseForBadge(queries.profile(account.id)!);
        // The latest event's one-line summary comes with the panel's detail: it is a third of the weight.
        return latest ? { ...badge, latest: { action: latest.action, date: latest.date } } : badge;
      })
  );
}
