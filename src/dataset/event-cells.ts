/**
 * An event as the exports' tables write it (the comparison's and the consistency lens's CSV): what
 * kind of use it is, then its own cells. One place, so that both tables say the same thing.
 */
import type { CompiledAccount } from './compiled';
import { startOf } from './dates';
import { accountLabelAt } from './queries';
import type { EventRecord } from './schema';
import { isEnforcementAction } from './tally';

/** "action", "reversal" (a reinstatement, a label removed) or "no action taken". */
export function useKind(event: EventRecord): string {
  if (isEnforcementAction(event)) return 'action';
  return event.action === 'no-action' ? 'no action taken' : 'reversal';
}

/** The event's cells, as the headers EVENT_COLUMNS name them. */
export const EVENT_COLUMNS = ['date', 'account (handle or name)', 'action', 'summary', 'sources', 'event id'];

export function eventCells(event: EventRecord, account: CompiledAccount): string[] {
  return [
    event.date,
    // The handle without its "@": a cell starting with "@" would be defused with an apostrophe.
    accountLabelAt(account, startOf(event.date)).replace(/^@/, ''),
    event.action,
    event.summary,
    event.sources.map((source) => source.url).join(' '),
    event.id,
  ];
}
