/**
 * Vite plugin for the three build-time modules made from the dataset:
 * - `virtual:precedent-dataset`: the compiled, validated dataset as JSON (background, popup, options);
 * - `virtual:precedent-index`: the content scripts' compact index (a Bloom filter of every tracked
 *   handle and id) and the dataset's meta, instead of the dataset (src/content/remote-lookup.ts);
 * - `virtual:precedent-dataset-file`: the background's copy, emitted as `dataset.json` in the
 *   package and read with fetch() from the extension's own origin. JSON.parse of a file is far
 *   faster than evaluating the same data as a script (at 50,000 accounts the service worker took
 *   ~28 s to start with the data inlined; see docs/benchmarks.md).
 * The bundled records are validated here, at build time: a bad record fails the build with the file
 * and field named, and the content scripts carry no schema code. (The schemas do ship in the
 * background and the popup and options pages, which check the user's imported packs: src/packs/.)
 */
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { compileDataset, formatProblem } from '../../src/dataset/compile';
import type { CompiledDataset } from '../../src/dataset/compiled';
import { buildContentIndex } from '../../src/matching/index-keys';
import { DATASET_DIR, readRecordFiles } from './read-dataset';

const DATASET_ID = 'virtual:precedent-dataset';
const INDEX_ID = 'virtual:precedent-index';
const FILE_ID = 'virtual:precedent-dataset-file';
/** Where the background's copy lands in the package. */
export const DATASET_FILE = 'dataset.json';
const IDS = [DATASET_ID, INDEX_ID, FILE_ID];

/** JSON.parse of a string literal: parsed faster than the same data as a JS object literal. */
const jsonModule = (value: unknown) => `export default JSON.parse(${JSON.stringify(JSON.stringify(value))});`;

/**
 * Compiled once per directory for the whole build: WXT runs one Vite build per group of
 * entrypoints, each with its own plugin instance, and a large dataset takes seconds to validate.
 */
const compiledByDir = new Map<string, CompiledDataset>();

/** `dir` defaults to assets/dataset, or PRECEDENT_DATASET_DIR (the benchmark's generated datasets). */
export function datasetPlugin(dir: string = process.env.PRECEDENT_DATASET_DIR ?? DATASET_DIR): Plugin {
  return {
    name: 'precedent-dataset',
    resolveId(id) {
      return IDS.includes(id) ? `\0${id}` : undefined;
    },
    load(id) {
      if (!IDS.some((known) => id === `\0${known}`)) return undefined;
      let compiled = compiledByDir.get(dir);
      if (!compiled) {
        const files = readRecordFiles(dir);
        for (const file of files) this.addWatchFile(join(dir, file.path));
        const result = compileDataset(files);
        if (!result.ok) {
          const lines = result.problems.map(formatProblem).join('\n  ');
          this.error(`The dataset has ${result.problems.length} problem(s):\n  ${lines}`);
        }
        compiled = result.dataset;
        compiledByDir.set(dir, compiled);
      }
      if (id === `\0${DATASET_ID}`) return jsonModule(compiled);
      if (id === `\0${FILE_ID}`) {
        this.emitFile({ type: 'asset', fileName: DATASET_FILE, source: JSON.stringify(compiled) });
        return `export default ${JSON.stringify(`/${DATASET_FILE}`)};`;
      }
      return jsonModule({ index: buildContentIndex(compiled), meta: compiled.meta });
    },
    watchChange() {
      compiledByDir.delete(dir);
    },
  };
}
