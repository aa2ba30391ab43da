/**
 * The user's imported packs in `storage.local`: one typed, versioned record under "packs", and
 * beside it under "packKeys" the index keys of every account the packs hold (what a content script
 * needs to know that a post's author may now be tracked, without reading the packs).
 *
 * Every change is checked whole before anything is written, then written with one `set` of both
 * keys: storage holds either the old packs or the new ones, never a mix, and a refused file leaves
 * the data exactly as they were.
 */
import type { CompiledDataset } from '../dataset/compiled';
import type { DatasetProblem } from '../dataset/integrity';
import { accountKeys } from '../dataset/keys';
import { isRecord, watchKey, type StorageArea, type StorageChanges } from '../storage/storage';
import { PACK_KEYS_KEY, type PackIndex } from './pack-keys';
import { applyPacks, checkPack, type PackEffect, type StoredPack } from './apply-packs';
import { formatBytes, MAX_PACKS, MAX_TOTAL_PACK_BYTES, packDocumentSchema, readPackFile } from './pack-format';

export const PACKS_KEY = 'packs';
export const PACKS_VERSION = 1;


/**
 * Whatever storage holds, as packs: entries that are not a valid pack (hand-edited, or written by a
 * newer format) are dropped one by one rather than failing the rest.
 */
export function parseStoredPacks(stored: unknown): StoredPack[] {
  if (!isRecord(stored) || !Array.isArray(stored.packs)) return [];
  return stored.packs.flatMap((entry): StoredPack[] => {
    if (!isRecord(entry) || typeof entry.id !== 'string' || typeof entry.name !== 'string' || typeof entry.importedAt !== 'string') return [];
    const document = packDocumentSchema.safeParse(entry.document);
    return document.success ? [{ id: entry.id, name: entry.name, importedAt: entry.importedAt, document: document.data }] : [];
  });
}

export async function loadPacks(area: StorageArea): Promise<StoredPack[]> {
  return parseStoredPacks((await area.get(PACKS_KEY))[PACKS_KEY]);
}

/** The content scripts' extra index: the keys of every account the packs add or correct. */
export function packIndexKeys(packs: readonly StoredPack[]): string[] {
  return [...new Set(packs.flatMap((pack) => pack.document.accounts.flatMap(accountKeys)))].sort();
}

/** The storage items for this list of packs: both keys, for one `set`. */
export function packItems(packs: readonly StoredPack[]): Record<string, unknown> {
  const index: PackIndex = { revision: packs.map((pack) => `${pack.id}@${pack.importedAt}`).join('\n'), keys: packIndexKeys(packs) };
  return { [PACKS_KEY]: { version: PACKS_VERSION, packs }, [PACK_KEYS_KEY]: index };
}

const storedSize = (packs: readonly StoredPack[]) => new TextEncoder().encode(JSON.stringify(packs)).length;

/** "name.json", or "name (2).json" when a stored pack already has that name. */
export function uniqueName(name: string, packs: readonly StoredPack[]): string {
  const taken = new Set(packs.map((pack) => pack.id));
  if (!taken.has(name)) return name;
  const [, stem = name, extension = ''] = /^(.*?)(\.[^.]*)?$/.exec(name) ?? [];
  for (let n = 2; ; n += 1) if (!taken.has(`${stem} (${n})${extension}`)) return `${stem} (${n})${extension}`;
}

export type ImportResult = { ok: true; pack: StoredPack; effect: PackEffect } | { ok: false; problems: DatasetProblem[] };

export interface PackFile {
  name: string;
  text: string;
}

/** Checks `file` against the current data; stores it only if it is valid and fits. */
export async function importPack(area: StorageArea, bundled: CompiledDataset, file: PackFile, now: Date = new Date()): Promise<ImportResult> {
  const packs = await loadPacks(area);
  const refuse = (message: string): ImportResult => ({ ok: false, problems: [{ file: file.name, field: '', message }] });
  if (packs.length >= MAX_PACKS) return refuse(`cannot be added: ${MAX_PACKS} packs are already imported (remove one first)`);
  const read = readPackFile(file.name, file.text);
  if (!read.ok) return read;
  const current = applyPacks(bundled, packs, now);
  const check = checkPack(current.dataset, file.name, read.document, current.known, now);
  if (!check.ok) return check;
  const pack: StoredPack = { id: uniqueName(file.name, packs), name: file.name, importedAt: now.toISOString(), document: read.document };
  const next = [...packs, pack];
  const size = storedSize(next);
  if (size > MAX_TOTAL_PACK_BYTES) return refuse(`would bring the imported packs to ${formatBytes(size)}; together they may take ${formatBytes(MAX_TOTAL_PACK_BYTES)}`);
  await area.set(packItems(next));
  return { ok: true, pack, effect: check.effect };
}

export async function removePack(area: StorageArea, id: string): Promise<void> {
  const packs = await loadPacks(area);
  await area.set(packItems(packs.filter((pack) => pack.id !== id)));
}

/** Calls back whenever the packs change in any context (the background then reloads its data). */
export function watchPacks(changes: StorageChanges, callback: () => void): () => void {
  return watchKey(changes, PACKS_KEY, () => callback());
}
