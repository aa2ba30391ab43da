/**
 * A record taken away: an event as a citation to paste (plain text, in the record's own language,
 * English), and an entity's record as JSON or CSV. Pure functions; the record page copies and
 * downloads them.
 */
import type { CompiledAccount, EntityRecord } from '../dataset/compiled';
import { accountLabelAt } from '../dataset/queries';
import { startOf } from '../dataset/dates';
import { DATASET_FORMAT } from '../dataset/compiled';
import { csvText } from '../dataset/csv';
import type { DatasetMeta, EventRecord, PolicyRecord, Source } from '../dataset/schema';

/** "Reuters, “Twitter permanently suspends Trump's account”, 2021-01-08. https://…" */
export const sourceCitation = (source: Source): string =>
  `${source.publisher}, “${source.title}”${source.date ? `, ${source.date}` : ''}. ${source.url}`;

/** Who, what, when, the summary, every source, and which dataset it comes from. */
export function eventCitation(event: EventRecord, account: CompiledAccount, entity: EntityRecord, meta: DatasetMeta, policies: readonly PolicyRecord[]): string {
  const cited = event.policies.map((id) => policies.find((policy) => policy.id === id)?.name ?? id);
  return [
    `${entity.names.en} (${accountLabelAt(account, startOf(event.date))}, ${event.platform}): ${event.action}, ${event.date}.`,
    event.summary,
    `Policy cited: ${cited.length > 0 ? cited.join('; ') : 'none stated'}.`,
    'Sources:',
    ...event.sources.map((source) => `- ${sourceCitation(source)}`),
    `Precedent dataset ${meta.version} (${meta.date}), event ${event.id}.`,
  ].join('\n');
}

export interface RecordExport {
  entity: EntityRecord;
  accounts: readonly CompiledAccount[];
  events: ReadonlyArray<{ event: EventRecord; account: CompiledAccount }>;
  policies: readonly PolicyRecord[];
  meta: DatasetMeta;
}

export function recordJson({ entity, accounts, events, policies, meta }: RecordExport): string {
  return `${JSON.stringify({ dataset: meta, entity, accounts, events: events.map(({ event }) => event), policies }, null, 2)}\n`;
}

const CSV_COLUMNS = ['date', 'platform', 'account (handle or name)', 'action', 'policies', 'summary', 'sources', 'event id'];

/** One row per event (cells as src/dataset/csv.ts writes them). */
export function recordCsv({ events, policies }: RecordExport): string {
  const rows = events.map(({ event, account }) => [
    event.date,
    event.platform,
    // The handle without its "@": a cell starting with "@" would be defused with an apostrophe.
    accountLabelAt(account, startOf(event.date)).replace(/^@/, ''),
    event.action,
    event.policies.map((id) => policies.find((policy) => policy.id === id)?.name ?? id).join('; '),
    event.summary,
    event.sources.map((source) => source.url).join(' '),
    event.id,
  ]);
  return csvText(CSV_COLUMNS, rows);
}

/**
 * The record as a pack to edit: the same ids, so that an edited copy imported in the options page
 * corrects these records on the reader's own machine (imported unedited, it is refused: it would
 * change nothing). Dated today; the version is the dataset's it was drawn from.
 */
export function correctionPackDraft({ entity, accounts, events, policies, meta }: RecordExport, today: Date = new Date()): string {
  const draft = {
    format: DATASET_FORMAT,
    meta: { version: meta.version, date: today.toISOString().slice(0, 10) },
    entities: [entity],
    accounts,
    events: events.map(({ event }) => event),
    policies,
  };
  return `${JSON.stringify(draft, null, 2)}\n`;
}
