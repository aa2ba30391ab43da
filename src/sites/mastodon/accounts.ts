/**
 * Mastodon addresses as the dataset keys them. A local account's link says `/@user`: the server
 * is the page's own host. An account on truthsocial.com is a Truth Social account (its own
 * platform in the dataset), wherever it is seen from.
 */
import type { AccountRef } from '../site-adapter';

export const TRUTH_SOCIAL_HOST = 'truthsocial.com';

export function acctRef(user: string, host: string): AccountRef {
  const server = host.toLowerCase().replace(/^www\./, '');
  return server === TRUTH_SOCIAL_HOST ? { platform: 'truthsocial', handle: user } : { platform: 'mastodon', handle: `${user}@${server}` };
}

/**
 * Mastodon's ids are Snowflakes: milliseconds since 1970 shifted left 16 bits. The id a server gives a
 * post is its own copy's, made when the post arrived, so it dates the post to within federation delay.
 */
export function snowflakeTime(id: string | null, now: number = Date.now()): number | null {
  // Before 2.0 (2017) ids were a sequence: small numbers, which read as 1970 and fail the bounds
  // below, as does a missing id (0) or one that is no number (NaN).
  const ms = Math.floor(Number(id) / 65536);
  return ms >= Date.UTC(2016, 0, 1) && ms <= now + 86_400_000 ? ms : null;
}
