/**
 * Export and import of everything the user set up: settings and imported packs, in one JSON file.
 * Importing a backup replaces both, after the whole file is checked (every pack against the bundled
 * dataset, in order); a refused backup changes nothing.
 *
 * Sites the user switched on (custom origins) are not restored: each needs the browser's own
 * permission prompt, so the backup lists them and the user adds them again.
 */
import { z } from 'zod';
import type { CompiledDataset } from '../dataset/compiled';
import type { DatasetProblem } from '../dataset/integrity';
import { parseSettings, type Settings } from '../settings/settings';
import { SETTINGS_KEY } from '../settings/store';
import type { StorageArea } from '../storage/storage';
import { applyPacks, type StoredPack } from './apply-packs';
import { MAX_TOTAL_PACK_BYTES, parseJsonFile, readPackValue, schemaProblems } from './pack-format';
import { loadPacks, packItems, uniqueName } from './pack-store';

export const BACKUP_FORMAT = 'precedent-backup';
export const BACKUP_VERSION = 1;
/** The packs' limit and room for the settings. */
export const MAX_BACKUP_BYTES = MAX_TOTAL_PACK_BYTES + 256 * 1024;

const backupSchema = z.strictObject({
  format: z.literal(BACKUP_FORMAT, { error: `must be "${BACKUP_FORMAT}"` }),
  version: z.literal(BACKUP_VERSION, { error: `must be ${BACKUP_VERSION} (the backup format this version reads)` }),
  exportedAt: z.string().optional(),
  settings: z.unknown(),
  packs: z
    .array(
      z.strictObject({
        name: z.string().min(1).max(200),
        importedAt: z.string().refine((value) => !Number.isNaN(Date.parse(value)), 'must be a date and time (ISO 8601)'),
        document: z.unknown(),
      }),
    )
    .max(20),
});

export function createBackup(settings: Settings, packs: readonly StoredPack[], now: Date = new Date()) {
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: now.toISOString(),
    settings,
    packs: packs.map(({ name, importedAt, document }) => ({ name, importedAt, document })),
  };
}

export async function exportBackup(area: StorageArea, now: Date = new Date()): Promise<string> {
  const stored = await area.get(SETTINGS_KEY);
  return `${JSON.stringify(createBackup(parseSettings(stored[SETTINGS_KEY]), await loadPacks(area), now), null, 2)}\n`;
}

export type BackupRead =
  | { ok: true; settings: Settings; packs: StoredPack[]; sitesToAddAgain: string[] }
  | { ok: false; problems: DatasetProblem[] };

/** Checks a backup file whole against the bundled dataset; `current` supplies what is not restored. */
export function readBackup(file: string, text: string, bundled: CompiledDataset, current: Settings, today: Date = new Date()): BackupRead {
  const json = parseJsonFile(file, text, MAX_BACKUP_BYTES);
  if (!json.ok) return json;
  const parsed = backupSchema.safeParse(json.value);
  if (!parsed.success) return { ok: false, problems: schemaProblems(file, parsed.error) };

  const packs: StoredPack[] = [];
  const problems: DatasetProblem[] = [];
  parsed.data.packs.forEach((entry, index) => {
    const read = readPackValue(file, entry.document, `packs.${index}.document`);
    if (!read.ok) return problems.push(...read.problems);
    // Ids are unique whatever the names ("a (3)", "a", "a" become "a (3)", "a", "a (2)"): one Remove, one pack.
    packs.push({ id: uniqueName(entry.name, packs), name: entry.name, importedAt: entry.importedAt, document: read.document });
  });
  if (problems.length > 0) return { ok: false, problems };

  // The packs in order, each on the bundled dataset and the packs before it; the first that does
  // not fit refuses the backup, its problems located in this file.
  const misfit = applyPacks(bundled, packs, today).skipped[0];
  if (misfit) {
    const prefix = `packs.${packs.indexOf(misfit.pack)}.document`;
    return {
      ok: false,
      problems: misfit.problems.map((problem) =>
        problem.file === misfit.pack.name ? { ...problem, file, field: [prefix, problem.field].filter(Boolean).join('.') } : problem,
      ),
    };
  }

  const restored = parseSettings(parsed.data.settings);
  const sitesToAddAgain = restored.customSites.filter((origin) => !current.customSites.includes(origin));
  return { ok: true, settings: { ...restored, customSites: current.customSites }, packs, sitesToAddAgain };
}

/** Writes a checked backup: settings and packs in one `set`. */
export async function restoreBackup(area: StorageArea, backup: Extract<BackupRead, { ok: true }>): Promise<void> {
  await area.set({ [SETTINGS_KEY]: backup.settings, ...packItems(backup.packs) });
}
