/**
 * A consistency lens taken away: every use of one clause (actions, reversals, decisions to take
 * none) as CSV, one line each, and as JSON with the clause and the events in full.
 */
import type { ClauseUse } from './queries';
import { csvText } from './csv';
import { eventCells, EVENT_COLUMNS, useKind } from './event-cells';
import type { DatasetMeta, PolicyRecord } from './schema';

export interface LensUses {
  applied: readonly ClauseUse[];
  undone: readonly ClauseUse[];
  noAction: readonly ClauseUse[];
}

const COLUMNS = ['clause', 'clause id', 'use', 'entity', 'entity id', ...EVENT_COLUMNS];

const inOrder = (uses: LensUses) => [...uses.applied, ...uses.undone, ...uses.noAction];

export function lensCsv(policy: PolicyRecord, uses: LensUses): string {
  const rows = inOrder(uses).map(({ event, account, entity }) => [policy.name, policy.id, useKind(event), entity.names.en, entity.id, ...eventCells(event, account)]);
  return csvText(COLUMNS, rows);
}

export function lensJson(policy: PolicyRecord, uses: LensUses, meta: DatasetMeta): string {
  const taken = inOrder(uses).map(({ event, account, entity }) => ({ use: useKind(event), entity: { id: entity.id, name: entity.names.en }, account: account.id, event }));
  return `${JSON.stringify({ dataset: meta, clause: policy, uses: taken }, null, 2)}\n`;
}
