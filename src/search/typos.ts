/**
 * Typo tolerance for the popup's search: whether two words are within a few edits of each other
 * (a letter added, dropped, changed, or two neighbours swapped: "khamenie", "bolsanaro").
 */

/** How many edits a word of this length may carry and still match: none below five letters. */
export function editsAllowed(length: number): number {
  if (length < 5) return 0;
  return length < 9 ? 1 : 2;
}

/** The dynamic programme's rows, grown as needed and reused by every call. */
let rows = new Int32Array(64);

/**
 * Whether `a` and `b` are at most `max` edits apart (optimal string alignment: insertions,
 * deletions, substitutions and adjacent transpositions). Gives up as soon as a row exceeds `max`.
 */
export function withinEdits(a: string, b: string, max: number): boolean {
  if (Math.abs(a.length - b.length) > max) return false;
  if (a === b) return true;
  const width = b.length + 1;
  // Three rows, reused between calls: a keystroke runs this over every word of every name.
  if (rows.length < width * 3) rows = new Int32Array(width * 3 * 2);
  let before = 0;
  let previous = width;
  let current = width * 2;
  for (let j = 0; j < width; j += 1) rows[previous + j] = j;
  for (let i = 1; i <= a.length; i += 1) {
    rows[current] = i;
    let best = i;
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(rows[previous + j]! + 1, rows[current + j - 1]! + 1, rows[previous + j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, rows[before + j - 2]! + 1);
      rows[current + j] = value;
      if (value < best) best = value;
    }
    if (best > max) return false;
    [before, previous, current] = [previous, current, before];
  }
  return rows[previous + b.length]! <= max;
}
