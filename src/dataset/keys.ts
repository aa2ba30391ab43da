/**
 * The one key format under which an account can be met on a page: each handle it ever held (lower
 * case) and its platform user id. The build's Bloom filter (src/matching/index-keys.ts), the
 * background's and content scripts' indexes (src/matching/matcher.ts), the packs' key lists and the
 * dataset's clash checks (./integrity.ts) all use these functions, so they cannot drift apart.
 */
import type { MatchableAccount } from './compiled';

export const handleKey = (platform: string, handle: string) => `${platform}:h:${handle.toLowerCase()}`;
export const userIdKey = (platform: string, userId: string) => `${platform}:i:${userId}`;

export function accountKeys(account: MatchableAccount): string[] {
  const keys = account.handles.map((claim) => handleKey(account.platform, claim.handle));
  if (account.userId) keys.push(userIdKey(account.platform, account.userId));
  return [...new Set(keys)];
}

/** Whether a post can ever match the account: it has a handle or an id (one recorded only by name has neither). */
export const matchesPosts = (account: MatchableAccount): boolean => accountKeys(account).length > 0;
