/**
 * The comparison the record exists for: was a rule applied to one leader applied to another? For
 * two to four entities, every clause their events cite, platform by platform, with what each
 * platform did to each of them under it (actions, reversals and documented decisions to take none),
 * and where an entity had no account on that platform at all (nothing could be done to it there).
 * Pure: the popup's comparison view and its CSV and JSON exports read the same result.
 */
import type { CompiledAccount, EntityRecord } from './compiled';
import type { DatasetQueries } from './queries';
import type { EventRecord, Platform, PolicyRecord } from './schema';
import { countActions, isEnforcementAction, type ActionCounts } from './tally';

/** More columns than this do not fit beside each other, even in a tab. */
export const MAX_COMPARED = 4;

export interface ComparedEntity {
  entity: EntityRecord;
  accounts: CompiledAccount[];
  /** Enforcement actions on all the entity's accounts (the definition of src/dataset/tally.ts). */
  counts: ActionCounts;
}

export interface PlacedUse {
  event: EventRecord;
  account: CompiledAccount;
}

export interface ComparisonCell {
  /** Events under this row's clause on this entity's accounts, newest first. */
  uses: PlacedUse[];
  /** False when the entity has no account on record on the row's platform. */
  hasAccount: boolean;
}

export interface ComparisonRow {
  /** The clause the events cite; null for events where the platform stated no rule. */
  policyId: string | null;
  /** The clause's record; null for "no rule stated", or when a cited clause is not in the dataset. */
  policy: PolicyRecord | null;
  /** One cell per compared entity, in the order of `Comparison.columns`. */
  cells: ComparisonCell[];
}

export interface PlatformComparison {
  platform: Platform;
  /** Enforcement actions on this platform, per compared entity (in column order). */
  counts: number[];
  rows: ComparisonRow[];
}

export interface Comparison {
  columns: ComparedEntity[];
  /** The platform with most events first. */
  platforms: PlatformComparison[];
  /** Ids asked for that are not in the dataset. */
  unknown: string[];
}

/**
 * The comparison of the entities `ids` names, in that order: each once, unknown ids listed apart, at
 * most MAX_COMPARED (the view never asks for more; further ids are not compared).
 */
export function compareRecords(queries: Pick<DatasetQueries, 'entityRecord' | 'policy'>, ids: readonly string[]): Comparison {
  const unknown: string[] = [];
  const columns: ComparedEntity[] = [];
  const events: PlacedUse[][] = [];
  for (const id of new Set(ids)) {
    const record = queries.entityRecord(id);
    if (!record) {
      unknown.push(id);
      continue;
    }
    if (columns.length === MAX_COMPARED) continue;
    const placed = record.events.map(({ event, account }) => ({ event, platform: account.platform }));
    columns.push({ entity: record.entity, accounts: record.accounts, counts: countActions(placed) });
    events.push(record.events);
  }

  const platforms = new Set(events.flat().map(({ account }) => account.platform));
  const blocks = [...platforms].map((platform) => platformBlock(platform, columns, events, queries));
  const weight = (block: PlatformComparison) => block.rows.reduce((sum, row) => sum + row.cells.reduce((n, cell) => n + cell.uses.length, 0), 0);
  blocks.sort((a, b) => weight(b) - weight(a) || a.platform.localeCompare(b.platform));
  return { columns, platforms: blocks, unknown };
}

function platformBlock(platform: Platform, columns: readonly ComparedEntity[], events: readonly PlacedUse[][], queries: Pick<DatasetQueries, 'policy'>): PlatformComparison {
  const rowIds = new Map<string | null, PlacedUse[][]>();
  events.forEach((uses, column) => {
    for (const use of uses) {
      if (use.account.platform !== platform) continue;
      // An event citing two clauses is in both rows: under each rule, it is what the platform did.
      for (const policyId of use.event.policies.length > 0 ? use.event.policies : [null]) {
        const cells = rowIds.get(policyId) ?? columns.map(() => []);
        cells[column]!.push(use);
        rowIds.set(policyId, cells);
      }
    }
  });
  const rows: ComparisonRow[] = [...rowIds].map(([policyId, cells]) => ({
    policyId,
    policy: policyId === null ? null : queries.policy(policyId),
    cells: cells.map((uses, column) => ({
      uses, // newest first already: taken in the order of the entity's record (EntityRecordView.events)
      hasAccount: columns[column]!.accounts.some((account) => account.platform === platform),
    })),
  }));
  rows.sort(byComparability);
  return { platform, counts: columns.map((column) => column.counts.byPlatform[platform] ?? 0), rows };
}

/**
 * Rules applied to several of the compared first (the direct comparisons), then rules with more
 * actions, then by name; events under no stated rule last.
 */
function byComparability(a: ComparisonRow, b: ComparisonRow): number {
  if ((a.policyId === null) !== (b.policyId === null)) return a.policyId === null ? 1 : -1;
  const reach = (row: ComparisonRow) => row.cells.filter((cell) => cell.uses.some(({ event }) => isEnforcementAction(event))).length;
  const actions = (row: ComparisonRow) => row.cells.reduce((n, cell) => n + cell.uses.filter(({ event }) => isEnforcementAction(event)).length, 0);
  return reach(b) - reach(a) || actions(b) - actions(a) || (a.policy?.name ?? a.policyId ?? '').localeCompare(b.policy?.name ?? b.policyId ?? '');
}

/** What a cell's events amount to, for the table and the CSV: acted, only undone or declined, or nothing. */
export type CellStatus = 'actions' | 'no-enforcement' | 'none-on-record' | 'no-account';

export function cellStatus(cell: ComparisonCell): CellStatus {
  if (cell.uses.some(({ event }) => isEnforcementAction(event))) return 'actions';
  if (cell.uses.length > 0) return 'no-enforcement';
  return cell.hasAccount ? 'none-on-record' : 'no-account';
}
