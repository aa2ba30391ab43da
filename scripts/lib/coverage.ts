/**
 * The coverage checklist: platform actions against state accounts that the press reported, each
 * either in the dataset (by event id) or left out with the reason. Files: assets/coverage/*.json,
 * one per research area. `npm run data:coverage` turns them into docs/coverage.md and the share of
 * the checklist the dataset holds. Node only (scripts).
 */
import { z } from 'zod';
import type { CompiledDataset } from '../../src/dataset/compiled';
import { compareNewestFirst } from '../../src/dataset/dates';
import { ACTIONS, PLATFORMS, partialDateSchema, sourceSchema } from '../../src/dataset/schema';

/** Why an item is not in the dataset. Only "out-of-scope" takes it out of the share's count. */
export const LEFT_OUT_REASONS = {
  'no-dated-source': 'no source with a title and a date could be read',
  'single-interest-source': 'only sources with a stake in the story report it',
  'sources-conflict': 'sources disagree too much to state what happened',
  'ownership-unclear': 'no source read establishes that the state or its official ran the account',
  'judgement-call': 'whether it belongs in the record is a judgement call not yet ruled on',
  unverified: 'reported, but not yet checked against a readable source',
  'out-of-scope': 'not a platform action against a state account (listed so readers see it was considered)',
} as const;

const slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be a lowercase slug (a-z, 0-9, -)');

export const checklistItemSchema = z
  .strictObject({
    id: slug,
    /**
     * As precise as the sources allow. Absent only on a left-out item whose sources give no year: a
     * guessed year would be a date no source stated (docs/data-standards.md).
     */
    date: partialDateSchema.optional(),
    platform: z.enum(PLATFORMS),
    /** The account as reported, e.g. "Donald Trump (@realDonaldTrump)". */
    target: z.string().min(1).max(160),
    /** The state the account speaks for (ISO 3166-1 alpha-2; "EU" for EU bodies). */
    country: z.string().regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 code'),
    action: z.enum(ACTIONS),
    what: z.string().min(1).max(300),
    /** The dataset events that record it. */
    events: z.array(slug).min(1).optional(),
    leftOut: z
      .strictObject({
        reason: z.enum(Object.keys(LEFT_OUT_REASONS) as [keyof typeof LEFT_OUT_REASONS, ...Array<keyof typeof LEFT_OUT_REASONS>]),
        note: z.string().min(1).max(500),
      })
      .optional(),
    /** Where a left-out item was seen, for whoever picks it up. */
    leads: z.array(sourceSchema).optional(),
  })
  .refine((item) => (item.events === undefined) !== (item.leftOut === undefined), {
    message: 'needs either "events" (it is in the dataset) or "leftOut" (why not), not both',
  })
  .refine((item) => item.date !== undefined || item.events === undefined, {
    message: 'an item in the dataset takes its date from its events: give it',
    path: ['date'],
  });

export const checklistFileSchema = z.strictObject({
  area: z.string().min(1),
  items: z.array(checklistItemSchema),
});

export type ChecklistItem = z.infer<typeof checklistItemSchema>;
export type ChecklistFile = z.infer<typeof checklistFileSchema>;

export interface CoverageReport {
  /** Items counted: everything but out-of-scope. */
  counted: number;
  inDataset: number;
  /** inDataset / counted, 0–1 (1 for an empty checklist). */
  share: number;
  /** Dataset events no checklist item names. */
  unlisted: string[];
  problems: string[];
}

export function coverageOf(files: Array<{ path: string; file: ChecklistFile }>, dataset: CompiledDataset): CoverageReport {
  const eventDates = new Map(dataset.events.map((event) => [event.id, event.date]));
  const listed = new Set<string>();
  const problems: string[] = [];
  const itemIds = new Map<string, string>();
  /** Which item names each event: an action counted twice would inflate the share. */
  const namedBy = new Map<string, string>();
  let counted = 0;
  let inDataset = 0;
  for (const { path, file } of files) {
    for (const item of file.items) {
      const previous = itemIds.get(item.id);
      if (previous) problems.push(`${path} › ${item.id}: id also used in ${previous}`);
      itemIds.set(item.id, path);
      for (const id of item.events ?? []) {
        const named = namedBy.get(id);
        if (named) problems.push(`${path} › ${item.id}: event "${id}" is also named by ${named}: one action, one item`);
        namedBy.set(id, `${path} › ${item.id}`);
        if (eventDates.has(id)) listed.add(id);
        else problems.push(`${path} › ${item.id}: event "${id}" is not in the dataset`);
      }
      // The checklist may not say more than the record: a day the events give only as a month (a
      // weekday is not a date, docs/data-standards.md) is a day no source stated.
      const recorded = (item.events ?? []).map((id) => eventDates.get(id)).filter((date) => date !== undefined);
      const stated = item.date;
      if (stated && recorded.length > 0 && recorded.every((date) => date.length < stated.length))
        problems.push(`${path} › ${item.id}: dated ${stated}, more precisely than its events (${recorded.join(', ')})`);
      if (item.leftOut?.reason === 'out-of-scope') continue;
      counted += 1;
      if (item.events) inDataset += 1;
    }
  }
  const unlisted = dataset.events.filter((event) => !listed.has(event.id)).map((event) => event.id);
  return { counted, inDataset, share: counted === 0 ? 1 : inDataset / counted, unlisted, problems };
}

/**
 * meta.json's text with the checklist figure the panel shows ("holds 623 of the 951 reported
 * actions listed"), every other field as it was. Unchanged text when the figure is already current.
 */
export function metaWithCoverage(metaText: string, report: Pick<CoverageReport, 'inDataset' | 'counted'>): string {
  const meta = JSON.parse(metaText) as Record<string, unknown>;
  const coverage = { recorded: report.inDataset, listed: report.counted };
  const current = meta.coverage as { recorded?: unknown; listed?: unknown } | undefined;
  if (current?.recorded === coverage.recorded && current.listed === coverage.listed) return metaText;
  return `${JSON.stringify({ ...meta, coverage }, null, 2)}\n`;
}

/** Newest first; undated items (no source gives the year) last. */
const newestFirstUndatedLast = (a: string | undefined, b: string | undefined): number =>
  a === undefined || b === undefined ? Number(a === undefined) - Number(b === undefined) : compareNewestFirst(a, b);

const percent = (share: number) => `${(share * 100).toFixed(1)} %`;
const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** docs/coverage.md: generated, never edited by hand. */
export function coverageMarkdown(files: Array<{ path: string; file: ChecklistFile }>, report: CoverageReport): string {
  const lines = [
    '# Coverage of the record',
    '',
    '<!-- Generated by `npm run data:coverage` from assets/coverage/*.json and the dataset. Do not edit. -->',
    '',
    'The checklist lists platform actions against state accounts (heads of state and government, their offices,',
    'ministries, diplomats, spokespeople, state media, ruling-party and campaign accounts that speak for a leader)',
    'that the press reported. Each item is either in the dataset, by its event ids, or left out with the reason.',
    'A reader can take a count the extension shows as the dataset\'s, and this page as how far the dataset reaches.',
    '',
    `**${report.inDataset} of ${report.counted} checklist items are in the dataset (${percent(report.share)}).**`,
    `Out-of-scope items (listed, not counted): ${files.reduce((n, { file }) => n + file.items.filter((i) => i.leftOut?.reason === 'out-of-scope').length, 0)}.`,
    `Dataset events that no checklist item names: ${report.unlisted.length}.`,
    '',
    '## Reasons an item is left out',
    '',
    ...Object.entries(LEFT_OUT_REASONS).map(([reason, meaning]) => `- \`${reason}\`: ${meaning}.`),
  ];
  for (const { path, file } of [...files].sort((a, b) => a.file.area.localeCompare(b.file.area))) {
    const items = [...file.items].sort((a, b) => newestFirstUndatedLast(a.date, b.date) || a.id.localeCompare(b.id));
    const held = items.filter((item) => item.events).length;
    const counted = items.filter((item) => item.leftOut?.reason !== 'out-of-scope').length;
    lines.push('', `## ${file.area}`, '', `\`${path}\`: ${held} of ${counted} in the dataset.`, '');
    lines.push('| date | platform | account | action | what | in the dataset |', '|---|---|---|---|---|---|');
    for (const item of items) {
      const status = item.events ? item.events.map((id) => `\`${id}\``).join(', ') : `**left out** (${item.leftOut!.reason}): ${item.leftOut!.note}`;
      lines.push(`| ${item.date ?? 'undated'} | ${item.platform} | ${cell(item.target)} | ${item.action} | ${cell(item.what)} | ${cell(status)} |`);
    }
  }
  if (report.unlisted.length > 0) {
    lines.push('', '## Dataset events on no checklist item', '', ...report.unlisted.map((id) => `- \`${id}\``));
  }
  return `${lines.join('\n')}\n`;
}
