/**
 * Bluesky posts carry no machine-readable date in the DOM (the visible "3h" and the tooltip are
 * localised), but a post's record key is usually a TID: 13 base32-sortable characters encoding a
 * 64-bit number whose top 53 bits below the sign bit are microseconds since 1970 (AT Protocol spec,
 * "Record Key" / "TID"). The date a handle claim is checked against comes from there.
 */
const ALPHABET = '234567abcdefghijklmnopqrstuvwxyz';
const TID = /^[234567abcdefghij][234567abcdefghijklmnopqrstuvwxyz]{12}$/;
/** Bluesky opened in 2023; a TID before that is some other kind of key. */
const EARLIEST = Date.UTC(2022, 0, 1);

/** Epoch ms of a TID record key, or null when `rkey` is not a plausible TID. */
export function tidTime(rkey: string, now: number = Date.now()): number | null {
  if (!TID.test(rkey)) return null;
  let value = 0;
  // 65 bits in a double lose the lowest ~11 bits: the clock id and under 2 µs of the time.
  for (const char of rkey) value = value * 32 + ALPHABET.indexOf(char);
  const ms = Math.floor(value / 1024 / 1000);
  return ms >= EARLIEST && ms <= now + 86_400_000 ? ms : null;
}
