/**
 * How a content script finds out whether a post's author is tracked, and what the record says: the
 * interface the annotator reads (src/content/annotator.ts). The extension's implementation asks the
 * background (src/content/remote-lookup.ts); the DOM tests use one over a dataset in memory.
 */
import type { BadgeSummary } from '../dataset/badge-summary';
import type { MatchableAccount } from '../dataset/compiled';
import { handleKey, userIdKey } from '../dataset/keys';
import { normaliseHandle } from '../dataset/handles';
import type { AccountProfile, RecordLookup } from '../dataset/queries';
import type { AuthorRef } from './matcher';

/** The answer is on its way: show nothing yet, ask again on `onResolved`. */
export const PENDING = 'pending';

export interface AccountLookup {
  /** False when the author is surely not tracked (no date check, no message): the per-post fast path. */
  mightTrack(ref: AuthorRef): boolean;
  match(ref: AuthorRef): MatchableAccount | null | typeof PENDING;
  /** What the badge shows: known for every account `match` returned. */
  summary(accountId: string): BadgeSummary | null;
  /** The panel's detail; null until asked for (`requestProfile`) and answered. */
  profile(accountId: string): AccountProfile | null;
  /** Asks for the detail of an account the script knows only by its summary (answers fire `onResolved`). */
  requestProfile(accountId: string): void;
  /** Whether asking for the detail failed for good (the panel says so). */
  profileFailed(accountId: string): boolean;
  records: RecordLookup;
  /** Subscribes to "some pending lookups were answered"; returns the unsubscribe. */
  onResolved(listener: () => void): () => void;
}

/** The keys a post's author could be indexed under. */
export function lookupKeys({ platform, handle, userId }: AuthorRef): string[] {
  const keys: string[] = [];
  const normalised = handle === null ? null : normaliseHandle(handle, platform);
  if (normalised) keys.push(handleKey(platform, normalised));
  if (userId) keys.push(userIdKey(platform, userId));
  return keys;
}
