/**
 * The order of events in time where their dates alone cannot tell it. A partial date covers a span
 * ("2023-04" is all of April), so a check shown again on an account, reported only by its month, and
 * the removal of 20 April it undid share a span: sorted by first instant, the return would read as
 * coming first. Within a shared span, an event that names the other in `after` (its sources say it
 * came later) is the later, and a reinstatement is later than a suspension or lock of the same
 * account; otherwise the dates decide, as everywhere (`compareNewestFirst`).
 */
import { compareNewestFirst, shareSpan } from './dates';
import type { Action, EventRecord } from './schema';

export type OrderedEvent = Pick<EventRecord, 'date' | 'action'> & Partial<Pick<EventRecord, 'id' | 'account' | 'after'>>;

/** What a reinstatement undoes: the account taken down or its owner shut out. */
const UNDONE_BY_REINSTATEMENT: ReadonlySet<Action> = new Set<Action>(['temporary-suspension', 'indefinite-suspension', 'permanent-suspension', 'account-locked']);

/** Whether `later` is known to come after `earlier` when their dates share a span. */
function knownLater(later: OrderedEvent, earlier: OrderedEvent): boolean {
  if (later.after !== undefined && later.after === earlier.id) return true;
  const sameAccount = later.account === undefined || earlier.account === undefined || later.account === earlier.account;
  return sameAccount && later.action === 'reinstatement' && UNDONE_BY_REINSTATEMENT.has(earlier.action);
}

/** Newest first (negative when `a` is the later), as `compareNewestFirst`, but knowing what dates cannot say. */
export function compareEventsNewestFirst(a: OrderedEvent, b: OrderedEvent): number {
  if (shareSpan(a.date, b.date)) {
    if (knownLater(a, b)) return -1;
    if (knownLater(b, a)) return 1;
  }
  return compareNewestFirst(a.date, b.date);
}

/** The compiled dataset's order: newest first, then by id, so that the bundled and a pack-merged list of the same events agree. */
export function compareDatasetEvents(a: EventRecord, b: EventRecord): number {
  return compareEventsNewestFirst(a, b) || a.id.localeCompare(b.id);
}
