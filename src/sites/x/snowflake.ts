/**
 * The date inside an X status id: posts whose markup shows no date (an embed frame's) are dated from
 * their id, so a handle's dated claims can still be checked.
 */
/** X ids are Snowflakes: milliseconds since X's epoch (2010-11-04) shifted left 22 bits. */
export function xSnowflakeTime(id: string): number | null {
  if (id.length < 17) return null; // before November 2010, ids were a sequence
  return Math.floor(Number(id) / 4194304) + 1288834974657;
}
