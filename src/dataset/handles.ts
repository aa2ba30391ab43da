/**
 * What a handle looks like on each platform, in the one form the dataset, the index and the
 * matcher share (lower case, no "@"). A string that is not a valid handle of its platform is never
 * a tracked handle: lookalikes (Cyrillic letters, zero-width or bidi characters, an extra "@") fail
 * here before any lookup. No DOM, no zod: the content scripts carry this file.
 *
 * - X: 1–15 letters, digits, underscores.
 * - Truth Social: a Mastodon username (letters, digits, underscores; up to 30), local to truthsocial.com.
 * - Mastodon: the full account address `user@host` (a bare `user` means nothing without its server).
 * - Bluesky: a domain name (`name.bsky.social`, `example.gov`), per the AT Protocol handle rules.
 * - Other platforms (Facebook, YouTube): not matched on pages; their handles are kept as given.
 */
import type { PLATFORMS } from './vocabulary';

type Platform = (typeof PLATFORMS)[number];

const X_HANDLE = /^[a-z0-9_]{1,15}$/;
const MASTODON_USER = /^[a-z0-9_](?:[a-z0-9_.-]{0,28}[a-z0-9_])?$/;
const LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;
/** did:plc (24 base32 characters) and did:web (a domain) are the two DID methods Bluesky accepts. */
const DID = /^did:(?:plc:[a-z2-7]{24}|web:[a-z0-9.-]{1,253})$/;

/** Top-level domains the AT Protocol refuses in handles (`handle.invalid` is Bluesky's "unverified"). */
const RESERVED_TLDS = new Set(['alt', 'arpa', 'example', 'internal', 'invalid', 'local', 'localhost', 'onion']);

/** A DNS name of at least two labels whose last label does not start with a digit (AT Protocol's rule). */
export function isDomainName(value: string): boolean {
  if (value.length > 253) return false;
  const labels = value.split('.');
  return labels.length >= 2 && labels.every((label) => LABEL.test(label)) && !/^[0-9]/.test(labels[labels.length - 1]!);
}

/** A Bluesky handle: a domain name outside the reserved top-level domains. */
function isBlueskyHandle(value: string): boolean {
  return isDomainName(value) && !RESERVED_TLDS.has(value.slice(value.lastIndexOf('.') + 1));
}

export function isDid(value: string): boolean {
  return DID.test(value);
}

/** `raw` (with or without a leading "@") in its platform's canonical form, or null if it is not one. */
export function normaliseHandle(raw: string, platform: Platform = 'x'): string | null {
  const handle = (raw.startsWith('@') ? raw.slice(1) : raw).toLowerCase();
  switch (platform) {
    case 'x':
      return X_HANDLE.test(handle) ? handle : null;
    case 'truthsocial':
      return MASTODON_USER.test(handle) ? handle : null;
    case 'mastodon': {
      const at = handle.indexOf('@');
      if (at < 0) return null;
      return MASTODON_USER.test(handle.slice(0, at)) && isDomainName(handle.slice(at + 1)) ? handle : null;
    }
    case 'bluesky':
      return isBlueskyHandle(handle) ? handle : null;
    default:
      return handle.length <= 100 && /^[a-z0-9_.@-]+$/.test(handle) ? handle : null; // `+`: never empty
  }
}

/** Why a dataset handle is not valid on its platform, or null when it is. */
export function handleProblem(handle: string, platform: Platform): string | null {
  if (normaliseHandle(handle, platform) !== null && !handle.startsWith('@')) return null;
  switch (platform) {
    case 'x':
      return `"${handle}" is not a valid X handle (1-15 letters, digits, _)`;
    case 'truthsocial':
      return `"${handle}" is not a valid Truth Social username (letters, digits, _, up to 30)`;
    case 'mastodon':
      return `"${handle}" is not a full Mastodon address (user@server.example)`;
    case 'bluesky':
      return `"${handle}" is not a valid Bluesky handle (a domain name such as name.bsky.social)`;
    default:
      return `"${handle}" is not a bare handle`;
  }
}

/** Why a dataset user id is not valid on its platform (Bluesky: a DID; Mastodon: none; elsewhere: digits), or null. */
export function userIdProblem(userId: string, platform: Platform): string | null {
  if (platform === 'bluesky') return isDid(userId) ? null : `"${userId}" is not a Bluesky DID (did:plc:… or did:web:…)`;
  // A Mastodon account's numeric id is only unique on its own server, and the id key has no server
  // in it: two servers' account 109… would be one key. Mastodon accounts match by user@server.
  if (platform === 'mastodon') return `"${userId}": a Mastodon id is unique only on its server; match by the full handle`;
  return /^\d{1,25}$/.test(userId) ? null : `"${userId}" must be the numeric platform id as a string`;
}
