/**
 * Vite plugin for the three build-time modules made from the dataset:
 * - `virtual:precedent-dataset`: the compiled, validated dataset as JSON (the tests and scripts; the
 *   extension's own pages read the packaged file instead);
 * - `virtual:precedent-index/<platforms>` (e.g. `virtual:precedent-index/x,bluesky`): a content
 *   script's compact index (a Bloom filter of every tracked handle and id, and the badge summaries of
 *   the accounts on the platforms it reads while they fit SHIPPED_BADGES_MAX_GZIP) and the dataset's
 *   meta, instead of the dataset (src/content/remote-lookup.ts);
 * - `virtual:precedent-dataset-file`: the copy the background, popup and options page read, emitted
 *   as `dataset.json` in the package and read with fetch() from the extension's own origin
 *   (src/dataset/packaged.ts). JSON.parse of a file is far
 *   faster than evaluating the same data as a script (at 50,000 accounts the service worker took
 *   ~28 s to start with the data inlined; see docs/benchmarks.md).
 * The bundled records are validated here, at build time: a bad record fails the build with the file
 * and field named, and the content scripts carry no schema code. (The schemas do ship in the
 * background and the popup and options pages, which check the user's imported packs: src/packs/.)
 */
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';
import { compileDataset, formatProblem } from '../../src/dataset/compile';
import type { CompiledDataset } from '../../src/dataset/compiled';
import type { BadgeSummary } from '../../src/dataset/badge-summary';
import { PLATFORMS } from '../../src/dataset/vocabulary';
import type { Platform } from '../../src/dataset/schema';
import { buildContentIndex } from '../../src/matching/index-keys';
import { DATASET_DIR, readRecordFiles } from './read-dataset';

const DATASET_ID = 'virtual:precedent-dataset';
const INDEX_PREFIX = 'virtual:precedent-index/';
const FILE_ID = 'virtual:precedent-dataset-file';
/** Where the background's copy lands in the package. */
export const DATASET_FILE = 'dataset.json';
const IDS = [DATASET_ID, FILE_ID];

/**
 * The most the shipped badge summaries may weigh in one content script, gzipped: 20 KB keeps X's
 * script within its 60 KB budget (docs/benchmarks.md). At ~35 bytes an account that is ~570 accounts
 * on the script's platforms; above it the script ships none (its first posts wait for the
 * background) and the build says so.
 */
export const SHIPPED_BADGES_MAX_GZIP = 20 * 1024;

const gzipWeight = (badges: readonly BadgeSummary[]) => gzipSync(JSON.stringify(badges)).length;

/** `virtual:precedent-index/x,bluesky` → ['x', 'bluesky']; an unknown platform fails the build. */
function indexPlatforms(id: string): Platform[] | null {
  if (!id.startsWith(`\0${INDEX_PREFIX}`)) return null;
  const names = id.slice(INDEX_PREFIX.length + 1).split(',');
  const unknown = names.filter((name) => !(PLATFORMS as readonly string[]).includes(name));
  if (unknown.length > 0) throw new Error(`${id.slice(1)}: unknown platform(s) ${unknown.join(', ')}`);
  return names as Platform[];
}

/** JSON.parse of a string literal: parsed faster than the same data as a JS object literal. */
/** Editors' notes are never shown (src/dataset/schema.ts): the packaged file leaves them out (about 140 KB). */
const withoutEditorNotes = (key: string, value: unknown) => (key === 'editorNote' ? undefined : value);
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
      return IDS.includes(id) || id.startsWith(INDEX_PREFIX) ? `\0${id}` : undefined;
    },
    load(id) {
      const platforms = indexPlatforms(id);
      if (!platforms && !IDS.some((known) => id === `\0${known}`)) return undefined;
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
        this.emitFile({ type: 'asset', fileName: DATASET_FILE, source: JSON.stringify(compiled, withoutEditorNotes) });
        return `export default ${JSON.stringify(`/${DATASET_FILE}`)};`;
      }
      let weight = 0;
      const fits = (badges: readonly BadgeSummary[]) => (weight = gzipWeight(badges)) <= SHIPPED_BADGES_MAX_GZIP;
      const index = buildContentIndex(compiled, { platforms: platforms!, fits });
      if (!index.shipped && weight > SHIPPED_BADGES_MAX_GZIP)
        this.warn(`${platforms!.join(',')}: badge summaries ${(weight / 1024).toFixed(1)} KB gzip, over ${SHIPPED_BADGES_MAX_GZIP / 1024} KB: not shipped (first posts wait for the background)`);
      return jsonModule({ index, meta: compiled.meta });
    },
    watchChange() {
      compiledByDir.delete(dir);
    },
  };
}
