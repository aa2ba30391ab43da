/**
 * Turns the reviewable record files into the compiled dataset, or into a list of problems that each
 * name the file and the field. Pure: the callers (build plugin, data:check) read the files.
 */
import type { z } from 'zod';
import { DATASET_FORMAT, type CompiledAccount, type CompiledDataset, type EntityRecord } from './compiled';
import { compareDatasetEvents } from './event-order';
import { checkRecords, type DatasetProblem, type Locate } from './integrity';
import {
  datasetMetaSchema,
  entityFileSchema,
  policyFileSchema,
  type DatasetMeta,
  type EventRecord,
  type PolicyRecord,
} from './schema';

export interface RecordFile {
  /** Path relative to the dataset folder, e.g. "entities/ali-khamenei.json". */
  path: string;
  /** The file's text. */
  text: string;
}

export { formatProblem, type DatasetProblem } from './integrity';

export type CompileResult = { ok: true; dataset: CompiledDataset } | { ok: false; problems: DatasetProblem[] };

export function compileDataset(files: RecordFile[], today: Date = new Date()): CompileResult {
  const problems: DatasetProblem[] = [];
  const report = (file: string, field: string, message: string) => problems.push({ file, field, message });

  const parse = <T>(file: RecordFile, schema: z.ZodType<T>): T | undefined => {
    let json: unknown;
    try {
      json = JSON.parse(file.text);
    } catch (error) {
      report(file.path, '', `is not valid JSON (${(error as Error).message})`);
      return undefined;
    }
    const result = schema.safeParse(json);
    if (result.success) return result.data;
    for (const issue of result.error.issues) report(file.path, issue.path.join('.'), issue.message);
    return undefined;
  };

  let meta: DatasetMeta | undefined;
  const entities: EntityRecord[] = [];
  const accounts: CompiledAccount[] = [];
  const events: EventRecord[] = [];
  const policies: PolicyRecord[] = [];
  const fileOf = new Map<object, string>();
  const fieldOf = new Map<object, string>();

  for (const file of [...files].sort((a, b) => a.path.localeCompare(b.path))) {
    if (file.path === 'meta.json') {
      meta = parse(file, datasetMetaSchema);
    } else if (file.path.startsWith('entities/')) {
      const entity = parse(file, entityFileSchema);
      if (!entity) continue;
      expectFileName(file.path, entity.id, report);
      const { accounts: entityAccounts, events: entityEvents, ...rest } = entity;
      entities.push(rest);
      fileOf.set(rest, file.path);
      entityAccounts.forEach((account, index) => {
        const compiled = { ...account, entity: entity.id };
        accounts.push(compiled);
        fileOf.set(compiled, file.path);
        fieldOf.set(compiled, `accounts.${index}`);
      });
      entityEvents.forEach((event, index) => {
        events.push(event);
        fileOf.set(event, file.path);
        fieldOf.set(event, `events.${index}`);
      });
    } else if (file.path.startsWith('policies/')) {
      const policy = parse(file, policyFileSchema);
      if (!policy) continue;
      expectFileName(file.path, policy.id, report);
      policies.push(policy);
      fileOf.set(policy, file.path);
    } else {
      report(file.path, '', 'is not a dataset file (expected meta.json, entities/*.json or policies/*.json)');
    }
  }
  if (!meta && !problems.some((p) => p.file === 'meta.json')) report('meta.json', '', 'is missing');

  const locate: Locate = (record) => ({ file: fileOf.get(record) ?? '?', path: fieldOf.get(record) ?? '' });
  problems.push(...checkRecords({ entities, accounts, events, policies }, locate, today));

  // Record files only: an event sits in the file of the entity whose account it concerns.
  const accountById = new Map(accounts.map((account) => [account.id, account]));
  for (const event of events) {
    const account = accountById.get(event.account);
    const { file, path } = locate(event);
    if (account && account.entity !== file.replace(/^entities\/|\.json$/g, ''))
      report(file, `${path}.account`, `account "${event.account}" belongs to another entity`);
  }

  if (problems.length > 0 || !meta) return { ok: false, problems };
  events.sort(compareDatasetEvents);
  return { ok: true, dataset: { format: DATASET_FORMAT, meta, entities, accounts, events, policies } };
}

function expectFileName(path: string, id: string, report: (file: string, field: string, message: string) => void) {
  const expected = path.replace(/^.*\//, '').replace(/\.json$/, '');
  if (expected !== id) report(path, 'id', `"${id}" must match the file name "${expected}"`);
}
