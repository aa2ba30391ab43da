/**
 * `npm run data:check`: validates every record under assets/dataset/ (schema, unique ids, references,
 * dates, https URLs, overlapping handle claims) and prints each problem with its file and field.
 *
 * `npm run data:check -- --with DIR` (repeatable) also checks the records in DIR (laid out like assets/dataset:
 * entities/*.json, policies/*.json) together with the bundled ones: for reviewing new records or a
 * pack before it is merged.
 */
import { formatProblem } from '../src/dataset/compile';
import { compileWithExtras, extraDirsFromArgs } from './lib/read-dataset';

const extraDirs = extraDirsFromArgs();
if (!extraDirs) {
  console.error('usage: npm run data:check [-- --with DIR [--with DIR ...]]');
  process.exit(2);
}
const { result, extraFiles } = compileWithExtras(extraDirs);
const extraDir = extraDirs.join(', ');
if (!result.ok) {
  console.error(`Dataset check failed: ${result.problems.length} problem(s)`);
  for (const problem of result.problems) console.error(`  ${formatProblem(problem)}`);
  process.exit(1);
}
const { entities, accounts, events, policies, meta } = result.dataset;
const sourced = events.filter((event) => event.sources.length >= 2).length;
console.log(
  `Dataset ${meta.version} (${meta.date}) OK${extraDir ? ` with ${extraFiles} file(s) from ${extraDir}` : ''}: ` +
    `${entities.length} entities, ${accounts.length} accounts, ${events.length} events (${sourced} with 2+ sources), ` +
    `${policies.length} policy clauses.`,
);
