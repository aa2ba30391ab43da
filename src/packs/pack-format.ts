/**
 * A dataset pack: records a user imports on the options page to add to or correct the bundled
 * dataset on their own machine. Its format is the export format (`npm run data:export`: the
 * compiled dataset as one JSON document), so a pack is made the way the dataset is, and every
 * record in it passes the same schemas and the same cross-record checks.
 *
 * Reading a file never throws: it gives the pack, or problems that each name the file, the path
 * inside the document and the reason.
 */
import { z } from 'zod';
import { DATASET_FORMAT } from '../dataset/compiled';
import type { DatasetProblem } from '../dataset/integrity';
import { accountSchema, datasetMetaSchema, entityFileSchema, eventSchema, policyFileSchema } from '../dataset/schema';

/** Larger files are refused before they are parsed: the real dataset's export is about 0.5 MB. */
export const MAX_PACK_BYTES = 2 * 1024 * 1024;
/** `storage.local` holds 10 MB in Chrome without "unlimitedStorage" (not asked for); packs keep well under. */
export const MAX_TOTAL_PACK_BYTES = 6 * 1024 * 1024;
export const MAX_PACKS = 20;
/** Records per pack: enough for any correction, not for a second dataset of another size class. */
export const MAX_PACK_RECORDS = 20_000;

const slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be a lowercase slug (a-z, 0-9, -)');

/** The export format; in a pack every list may be left out (a pack that only adds events, say). */
export const packDocumentSchema = z.strictObject({
  format: z.literal(DATASET_FORMAT, { error: `must be ${DATASET_FORMAT} (the export format this version reads)` }),
  meta: datasetMetaSchema,
  entities: z.array(entityFileSchema.omit({ accounts: true, events: true })).default([]),
  accounts: z.array(accountSchema.safeExtend({ entity: slug })).default([]),
  events: z.array(eventSchema).default([]),
  policies: z.array(policyFileSchema).default([]),
});

export type PackDocument = z.infer<typeof packDocumentSchema>;

export type PackRead = { ok: true; document: PackDocument } | { ok: false; problems: DatasetProblem[] };

/** Problems from zod issues, each with its path inside the document. */
export function schemaProblems(file: string, error: z.ZodError, prefix = ''): DatasetProblem[] {
  return error.issues.map((issue) => ({ file, field: [prefix, ...issue.path.map(String)].filter(Boolean).join('.'), message: issue.message }));
}

/** Reads a parsed JSON value as a pack (`prefix`: where the pack sits in a larger file, e.g. a backup). */
export function readPackValue(file: string, value: unknown, prefix = ''): PackRead {
  const parsed = packDocumentSchema.safeParse(value);
  if (!parsed.success) return { ok: false, problems: schemaProblems(file, parsed.error, prefix) };
  const document = parsed.data;
  const records = document.entities.length + document.accounts.length + document.events.length + document.policies.length;
  if (records === 0) return { ok: false, problems: [{ file, field: prefix, message: 'holds no records (entities, accounts, events or policies)' }] };
  if (records > MAX_PACK_RECORDS)
    return { ok: false, problems: [{ file, field: prefix, message: `holds ${records} records; a pack may hold at most ${MAX_PACK_RECORDS}` }] };
  return { ok: true, document };
}

/** Parses JSON text of at most `maxBytes` bytes; a problem names the file when it is too big or not JSON. */
export function parseJsonFile(file: string, text: string, maxBytes: number): { ok: true; value: unknown } | { ok: false; problems: DatasetProblem[] } {
  const bytes = new TextEncoder().encode(text).length;
  if (bytes > maxBytes)
    return { ok: false, problems: [{ file, field: '', message: tooLarge(bytes, maxBytes) }] };
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    return { ok: false, problems: [{ file, field: '', message: `is not valid JSON (${(error as Error).message})` }] };
  }
}

export function readPackFile(file: string, text: string): PackRead {
  const json = parseJsonFile(file, text, MAX_PACK_BYTES);
  return json.ok ? readPackValue(file, json.value) : json;
}

export function formatBytes(bytes: number): string {
  const mb = bytes / 1024 / 1024;
  return bytes >= 1024 * 1024 ? `${Number.isInteger(mb) ? mb : mb.toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;
}

export const tooLarge = (bytes: number, maxBytes: number) => `is too large: ${bytes.toLocaleString('en')} bytes, over the limit of ${formatBytes(maxBytes)}`;

