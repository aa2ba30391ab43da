/**
 * A consistency lens taken away: every use of one clause (actions, reversals, decisions to take
 * none) as CSV, one line each, and as JSON with the clause and the events in full.
 */
import type { ClauseUse } from './queries';
import { accountLabelAt } from './queries';
import { csvText } from './csv';
import { startOf } from './dates';
import type { DatasetMeta, PolicyRecord } from './schema';

export interface LensUses {
  applied: readonly ClauseUse[];
  undone: readonly ClauseUse[];
  noAction: readonly ClauseUse[];
}

const COLUMNS = ['clause', 'clause id', 'use', 'entity', 'entity id', 'date', 'account (handle or name)', 'action', 'summary', 'sources', 'event id'];

const byKind = (uses: LensUses) =>
  [
    ...uses.applied.map((use) => ['action', use] as const),
    ...uses.undone.map((use) => ['reversal', use] as const),
    ...uses.noAction.map((use) => ['no action taken', use] as const),
  ];

export function lensCsv(policy: PolicyRecord, uses: LensUses): string {
  const rows = byKind(uses).map(([kind, { event, account, entity }]) => [
    policy.name,
    policy.id,
    kind,
    entity.names.en,
    entity.id,
    event.date,
    // The handle without its "@": a cell starting with "@" would be defused with an apostrophe.
    accountLabelAt(account, startOf(event.date)).replace(/^@/, ''),
    event.action,
    event.summary,
    event.sources.map((source) => source.url).join(' '),
    event.id,
  ]);
  return csvText(COLUMNS, rows);
}

export function lensJson(policy: PolicyRecord, uses: LensUses, meta: DatasetMeta): string {
  const uses_ = byKind(uses).map(([kind, { event, account, entity }]) => ({ use: kind, entity: { id: entity.id, name: entity.names.en }, account: account.id, event }));
  return `${JSON.stringify({ dataset: meta, clause: policy, uses: uses_ }, null, 2)}\n`;
}
