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
