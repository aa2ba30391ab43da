/**
 * Vite plugin: `import dataset from 'virtual:precedent-dataset'` yields the compiled, validated
 * dataset as JSON. Validation happens here, at build time, so the extension ships no schema code and
 * a bad record fails the build with the file and field named.
 */
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { compileDataset, formatProblem } from '../../src/dataset/compile';
import { DATASET_DIR, readRecordFiles } from './read-dataset';

const VIRTUAL_ID = 'virtual:precedent-dataset';
const RESOLVED_ID = `\0${VIRTUAL_ID}`;

export function datasetPlugin(dir: string = DATASET_DIR): Plugin {
  return {
    name: 'precedent-dataset',
    resolveId(id) {
      return id === VIRTUAL_ID ? RESOLVED_ID : undefined;
    },
    load(id) {
      if (id !== RESOLVED_ID) return undefined;
      const files = readRecordFiles(dir);
      for (const file of files) this.addWatchFile(join(dir, file.path));
      const result = compileDataset(files);
      if (!result.ok) {
        const lines = result.problems.map(formatProblem).join('\n  ');
        this.error(`The dataset has ${result.problems.length} problem(s):\n  ${lines}`);
      }
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(result.dataset))});`;
    },
  };
}
