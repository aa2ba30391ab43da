/**
 * Imported packs over the bundled dataset: a pack's record with the id of an existing one corrects
 * (replaces) it, any other adds to it, in import order. Packs cannot delete: a correction is how a
 * record is changed.
 *
 * Every pack is checked on the data it lands on (the bundled dataset and the packs before it), with
 * the compiler's cross-record checks: a pack whose account claims a handle another account holds, or
 * whose event cites a clause nobody defines, is refused. A stored pack that no longer fits (the
 * bundled dataset changed under it with an update) is skipped and reported, never half applied.
 */
import type { CompiledAccount, CompiledDataset, EntityRecord } from '../dataset/compiled';
import { compareDatasetEvents } from '../dataset/event-order';
import { checkRecords, type DatasetProblem } from '../dataset/integrity';
import type { EventRecord, PolicyRecord } from '../dataset/schema';
import type { PackDocument } from './pack-format';

export interface StoredPack {
  /** Unique within the store (the file name, made unique at import). */
  id: string;
  /** The file the user imported. */
  name: string;
  /** ISO time of the import. */
  importedAt: string;
  document: PackDocument;
}

export const RECORD_KINDS = ['entities', 'accounts', 'events', 'policies'] as const;
export type RecordKind = (typeof RECORD_KINDS)[number];

export interface RecordRef {
  kind: RecordKind;
  id: string;
  /** What a reader recognises: a name, "@handle", a dated summary. */
  label: string;
}

/** What a pack does to the data it lands on. */
export interface PackEffect {
  added: RecordRef[];
  corrected: RecordRef[];
  /** Records identical to the ones already there. */
  unchanged: number;
}

export interface AppliedPacks {
  dataset: CompiledDataset;
  applied: Array<{ pack: StoredPack; effect: PackEffect }>;
  /** Stored packs that no longer fit the data (left out entirely). */
  skipped: Array<{ pack: StoredPack; problems: DatasetProblem[] }>;
  /** Record id → name of the pack it now comes from (absent: the bundled dataset). */
  origin: Map<string, string>;
  /** Where each record of `dataset` came from (file and path), for the next pack's problems. */
  known: Map<object, { file: string; path: string }>;
}

/** Label of the bundled dataset in problems about its records. */
export const BUNDLED = 'the bundled dataset';

type AnyRecord = EntityRecord | CompiledAccount | EventRecord | PolicyRecord;

export function recordLabel(kind: RecordKind, record: AnyRecord): string {
  if (kind === 'entities') return (record as EntityRecord).names.en;
  if (kind === 'accounts') {
    const account = record as CompiledAccount;
    const handle = account.handles.at(-1)?.handle;
    return handle ? `@${handle} (${account.platform})` : `${account.name ?? account.id} (${account.platform})`;
  }
  if (kind === 'events') {
    const event = record as EventRecord;
    return `${event.date}: ${event.summary}`;
  }
  return (record as PolicyRecord).name;
}

type Lists = Pick<CompiledDataset, RecordKind>;

/** The dataset with the pack's records laid over it (pure; `base` is not touched). */
export function mergePack(base: CompiledDataset, pack: Lists): { dataset: CompiledDataset; effect: PackEffect } {
  const effect: PackEffect = { added: [], corrected: [], unchanged: 0 };
  const merge = <T extends { id: string }>(kind: RecordKind, current: readonly T[], incoming: readonly T[]): T[] => {
    const at = new Map(current.map((record, index) => [record.id, index]));
    const next = [...current];
    for (const record of incoming) {
      const index = at.get(record.id);
      const ref = { kind, id: record.id, label: recordLabel(kind, record as unknown as AnyRecord) };
      if (index === undefined) {
        at.set(record.id, next.length);
        next.push(record);
        effect.added.push(ref);
      } else if (JSON.stringify(next[index]) === JSON.stringify(record)) {
        effect.unchanged += 1;
      } else {
        next[index] = record;
        effect.corrected.push(ref);
      }
    }
    return next;
  };
  const entities = merge('entities', base.entities, pack.entities);
  const accounts = merge('accounts', base.accounts, pack.accounts);
  const events = merge('events', base.events, pack.events);
  events.sort(compareDatasetEvents);
  const policies = merge('policies', base.policies, pack.policies);
  return { dataset: { ...base, entities, accounts, events, policies }, effect };
}

/** Where each record of these lists sits, for problem messages: "file › accounts.3". */
function locations(file: string, lists: Lists, into: Map<object, { file: string; path: string }>): void {
  for (const kind of RECORD_KINDS) lists[kind].forEach((record, index) => into.set(record, { file, path: `${kind}.${index}` }));
}

export type PackCheck = { ok: true; dataset: CompiledDataset; effect: PackEffect } | { ok: false; problems: DatasetProblem[] };

/**
 * Lays one pack over `base` and checks the result. `known` locates the records already in `base`
 * (the bundled dataset's and earlier packs'), so that a clash names both sides.
 */
export function checkPack(
  base: CompiledDataset,
  file: string,
  pack: Lists,
  known: Map<object, { file: string; path: string }>,
  today: Date = new Date(),
): PackCheck {
  const { dataset, effect } = mergePack(base, pack);
  if (effect.added.length === 0 && effect.corrected.length === 0)
    return { ok: false, problems: [{ file, field: '', message: 'adds and corrects nothing: every record in it is already in the data, unchanged' }] };
  const where = new Map(known);
  locations(file, pack, where);
  const problems = checkRecords(dataset, (record) => where.get(record) ?? { file: '?', path: '' }, today);
  // Problems in records the pack did not bring are still the pack's doing (it corrected what they refer to).
  return problems.length > 0 ? { ok: false, problems } : { ok: true, dataset, effect };
}

/** The bundled dataset with every stored pack that fits laid over it, in order. */
export function applyPacks(bundled: CompiledDataset, packs: readonly StoredPack[], today: Date = new Date()): AppliedPacks {
  const known = new Map<object, { file: string; path: string }>();
  locations(BUNDLED, bundled, known);
  const result: AppliedPacks = { dataset: bundled, applied: [], skipped: [], origin: new Map(), known };
  for (const pack of packs) {
    const check = checkPack(result.dataset, pack.name, pack.document, known, today);
    if (!check.ok) {
      result.skipped.push({ pack, problems: check.problems });
      continue;
    }
    result.dataset = check.dataset;
    result.applied.push({ pack, effect: check.effect });
    locations(pack.name, pack.document, known);
    for (const ref of [...check.effect.added, ...check.effect.corrected]) result.origin.set(ref.id, pack.name);
  }
  return result;
}
