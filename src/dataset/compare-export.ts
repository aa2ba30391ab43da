/**
 * A comparison taken away: as CSV, one line per clause, compared entity and event (and one line for
 * each empty cell, saying why it is empty, so that a spreadsheet shows the gaps the table shows), and
 * as JSON with the events and clauses in full.
 */
import { cellStatus, type Comparison } from './compare';
import { csvText } from './csv';
import { eventCells, EVENT_COLUMNS, useKind } from './event-cells';
import type { DatasetMeta } from './schema';

const COLUMNS = ['platform', 'clause', 'clause id', 'entity', 'entity id', 'status', ...EVENT_COLUMNS];

/** The "clause" cell of events under no stated rule. */
export const NO_CLAUSE = 'none stated';

export function comparisonCsv(comparison: Comparison): string {
  const rows: string[][] = [];
  for (const { platform, rows: clauses } of comparison.platforms)
    for (const row of clauses) {
      const clause = row.policy?.name ?? row.policyId ?? NO_CLAUSE;
      row.cells.forEach((cell, column) => {
        const { entity } = comparison.columns[column]!;
        const who = [platform, clause, row.policyId ?? '', entity.names.en, entity.id];
        const status = cellStatus(cell);
        if (cell.uses.length === 0) rows.push([...who, status, ...EVENT_COLUMNS.map(() => '')]);
        for (const { event, account } of cell.uses) rows.push([...who, useKind(event), ...eventCells(event, account)]);
      });
    }
  return csvText(COLUMNS, rows);
}

export function comparisonJson(comparison: Comparison, meta: DatasetMeta): string {
  const uses = comparison.platforms.flatMap(({ rows }) => rows.flatMap((row) => row.cells.flatMap((cell) => cell.uses)));
  const events = [...new Map(uses.map(({ event }) => [event.id, event])).values()];
  const policies = [...new Map(comparison.platforms.flatMap(({ rows }) => rows.flatMap((row) => (row.policy ? [[row.policy.id, row.policy] as const] : [])))).values()];
  const taken = {
    dataset: meta,
    compared: comparison.columns.map(({ entity, counts }) => ({ id: entity.id, name: entity.names.en, actions: counts })),
    platforms: comparison.platforms.map(({ platform, counts, rows }) => ({
      platform,
      actions: Object.fromEntries(comparison.columns.map(({ entity }, column) => [entity.id, counts[column]])),
      clauses: rows.map((row) => ({
        clause: row.policyId,
        cells: Object.fromEntries(
          comparison.columns.map(({ entity }, column) => {
            const cell = row.cells[column]!;
            return [entity.id, { status: cellStatus(cell), events: cell.uses.map(({ event }) => event.id) }];
          }),
        ),
      })),
    })),
    events,
    policies,
  };
  return `${JSON.stringify(taken, null, 2)}\n`;
}
