/**
 * Decides which dataset account, if any, authored a post. Knows nothing of the DOM.
 *
 * Rules (data-standards.md): a numeric user id, when the page exposes one, outranks the handle;
 * a handle only matches within the dates it belonged to the account (@POTUS changes hands); one
 * platform account that changed owner (a transition account renamed @WhiteHouse) is several records
 * sharing its id over separate dates, and the post's date picks among them; the
 * handle must match exactly, ignoring only ASCII case, so lookalikes (Cyrillic letters, zero-width
 * characters, an extra underscore) never match.
 */
import type { MatchableAccount } from '../dataset/compiled';
import { isWithin, spanOf } from '../dataset/dates';
import type { Platform } from '../dataset/schema';
import { normaliseHandle } from '../dataset/handles';
import { handleKey, userIdKey } from '../dataset/keys';

export interface AuthorRef {
  platform: Platform;
  handle: string | null;
  /** The platform's own id for the account, when the page exposes it: X's numeric id, a Bluesky DID. */
  userId?: string | null;
  /** When the post was made (epoch ms); undefined for posts without a date (promoted posts). */
  at?: number | undefined;
}

export interface Matcher<A extends MatchableAccount = MatchableAccount> {
  match(ref: AuthorRef): A | null;
}

interface HandleClaim<A> {
  account: A;
  from: string | undefined;
  to: string | null | undefined;
}

export interface AccountIndex<A extends MatchableAccount = MatchableAccount> extends Matcher<A> {
  /** Adds an account (a second add of the same id is ignored). */
  add(account: A): void;
  has(accountId: string): boolean;
}

/**
 * A matcher that can grow: the content scripts start empty and add the accounts the background
 * sends for the handles and ids they meet. For any post, the answer equals a matcher over the whole
 * dataset as long as every account that ever held its handle or id has been added.
 */
export function createAccountIndex<A extends MatchableAccount = MatchableAccount>(now: () => number = Date.now): AccountIndex<A> {
  const byHandle = new Map<string, HandleClaim<A>[]>();
  /** Each record holding an id, with the dates its handle claims span (the post's date picks among several). */
  const byUserId = new Map<string, Array<{ account: A; span: ReturnType<typeof spanOf> }>>();
  const ids = new Set<string>();
  return {
    add(account) {
      if (ids.has(account.id)) return;
      ids.add(account.id);
      if (account.userId) {
        const key = userIdKey(account.platform, account.userId);
        byUserId.set(key, [...(byUserId.get(key) ?? []), { account, span: spanOf(account.handles) }]);
      }
      for (const claim of account.handles) {
        const key = handleKey(account.platform, claim.handle);
        const claims = byHandle.get(key) ?? [];
        claims.push({ account, from: claim.from, to: claim.to });
        byHandle.set(key, claims);
      }
    },
    has: (accountId) => ids.has(accountId),
    match({ platform, handle, userId, at }) {
      const instant = at ?? now();
      if (userId) {
        const byId = byUserId.get(userIdKey(platform, userId));
        if (byId?.length === 1) return byId[0]!.account;
        // Records sharing an id cover separate dates (integrity.ts): the one covering the post's date.
        // Between them the account's owner is not on record, so no one is named, whatever the handle.
        if (byId) return byId.find(({ span }) => isWithin(instant, span.from, span.to))?.account ?? null;
      }
      const normalised = handle === null ? null : normaliseHandle(handle, platform);
      if (normalised === null) return null;
      const claim = byHandle.get(handleKey(platform, normalised))?.find((c) => isWithin(instant, c.from, c.to));
      if (!claim) return null;
      // The page names a user id the dataset gives to no account: if this handle's account has a
      // known, different id, the handle now belongs to someone else.
      if (userId && claim.account.userId && claim.account.userId !== userId) return null;
      return claim.account;
    },
  };
}

export function createMatcher<A extends MatchableAccount>(accounts: readonly A[], now: () => number = Date.now): Matcher<A> {
  const index = createAccountIndex<A>(now);
  accounts.forEach((account) => index.add(account));
  return index;
}
