/**
 * Partial dates ("2021", "2021-01", "2021-01-08") carry their precision in their length. A claim
 * dated "2021-01" covers the whole of January, so ranges use the earliest instant of a `from` and
 * the last instant of a `to`.
 */
export type DatePrecision = 'year' | 'month' | 'day';

export function precisionOf(date: string): DatePrecision {
  if (date.length === 4) return 'year';
  if (date.length === 7) return 'month';
  return 'day';
}

/** Epoch ms of the first instant (UTC) the partial date covers. */
export function startOf(date: string): number {
  const [year = 0, month = 1, day = 1] = date.split('-').map(Number);
  return Date.UTC(year, month - 1, day);
}

/** Epoch ms of the last instant (UTC) the partial date covers. */
export function endOf(date: string): number {
  const [year = 0, month, day] = date.split('-').map(Number);
  if (month === undefined) return Date.UTC(year + 1, 0, 1) - 1;
  if (day === undefined) return Date.UTC(year, month, 1) - 1;
  return Date.UTC(year, month - 1, day + 1) - 1;
}

/** Whether instant `at` falls within [from, to]; a missing bound is open, `null` means "still". */
export function isWithin(at: number, from: string | undefined, to: string | null | undefined): boolean {
  if (from !== undefined && at < startOf(from)) return false;
  if (to !== undefined && to !== null && at > endOf(to)) return false;
  return true;
}

/**
 * The range from the earliest `from` to the latest `to` of an account's handle claims: the time the
 * account record covers. A missing bound stays open; no claims at all is the open range.
 */
export function spanOf(ranges: ReadonlyArray<{ from?: string | undefined; to?: string | null | undefined }>): {
  from: string | undefined;
  to: string | null | undefined;
} {
  if (ranges.length === 0) return { from: undefined, to: undefined };
  const froms = ranges.map((range) => range.from);
  const tos = ranges.map((range) => range.to);
  const from = froms.includes(undefined) ? undefined : (froms as string[]).reduce((a, b) => (startOf(b) < startOf(a) ? b : a));
  const open = tos.some((to) => to === undefined || to === null);
  const to = open ? (tos.includes(null) ? null : undefined) : (tos as string[]).reduce((a, b) => (endOf(b) > endOf(a) ? b : a));
  return { from, to };
}

/** Whether two ranges of partial dates can share an instant. */
export function rangesOverlap(
  a: { from?: string | undefined; to?: string | null | undefined },
  b: { from?: string | undefined; to?: string | null | undefined },
): boolean {
  const aStart = a.from === undefined ? -Infinity : startOf(a.from);
  const bStart = b.from === undefined ? -Infinity : startOf(b.from);
  const aEnd = a.to === undefined || a.to === null ? Infinity : endOf(a.to);
  const bEnd = b.to === undefined || b.to === null ? Infinity : endOf(b.to);
  return aStart <= bEnd && bStart <= aEnd;
}

/** Whether two partial dates can name the same instant ("2023-04" and "2023-04-20" can). */
export function shareSpan(a: string, b: string): boolean {
  return rangesOverlap({ from: a, to: a }, { from: b, to: b });
}

/** Newest first; at equal starts, the more precise date first (a dated day beats "that month"). */
export function compareNewestFirst(a: string, b: string): number {
  return startOf(b) - startOf(a) || b.length - a.length;
}
