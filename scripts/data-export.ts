/** `npm run data:export`: the compiled dataset as one JSON document on stdout (format: README). */
import { formatProblem } from '../src/dataset/compile';
import { compileDatasetDir } from './lib/read-dataset';

const result = compileDatasetDir();
if (!result.ok) {
  for (const problem of result.problems) console.error(formatProblem(problem));
  process.exit(1);
}
process.stdout.write(`${JSON.stringify(result.dataset, null, 2)}\n`);
