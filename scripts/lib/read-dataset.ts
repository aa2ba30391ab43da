/** Reads the record files under assets/dataset/ for the compiler (Node only: build and scripts). */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { compileDataset, type CompileResult, type RecordFile } from '../../src/dataset/compile';

/** npm scripts and the build run from the project root. */
export const DATASET_DIR = resolve(process.cwd(), 'assets/dataset');

export function readRecordFiles(dir: string = DATASET_DIR): RecordFile[] {
  const files: RecordFile[] = [];
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.json'))
        files.push({ path: relative(dir, path).split('\\').join('/'), text: readFileSync(path, 'utf8') });
    }
  };
  walk(dir);
  return files;
}

export function compileDatasetDir(dir: string = DATASET_DIR): CompileResult {
  return compileDataset(readRecordFiles(dir));
}

/**
 * Directories named by `--with DIR` (repeatable) on the command line: staged records checked
 * together with the bundled dataset. Returns null when a `--with` lacks its directory.
 */
export function extraDirsFromArgs(argv: string[] = process.argv): string[] | null {
  const dirs = argv.flatMap((arg, index) => (arg === '--with' ? [argv[index + 1]] : []));
  return dirs.every((dir): dir is string => dir !== undefined) ? dirs : null;
}

/** The bundled dataset compiled together with the records in `extraDirs` (their meta.json ignored). */
export function compileWithExtras(extraDirs: string[]): { result: CompileResult; extraFiles: number } {
  const extra = extraDirs.flatMap((dir) => readRecordFiles(dir).filter((file) => file.path !== 'meta.json'));
  return { result: compileDataset([...readRecordFiles(), ...extra]), extraFiles: extra.length };
}
