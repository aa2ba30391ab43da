/**
 * `npm run data:check`: validates every record under assets/dataset/ (schema, unique ids, references,
 * dates, https URLs, overlapping handle claims) and prints each problem with its file and field.
 */
import { formatProblem } from '../src/dataset/compile';
import { compileDatasetDir } from './lib/read-dataset';

const result = compileDatasetDir();
if (!result.ok) {
  console.error(`Dataset check failed: ${result.problems.length} problem(s)`);
  for (const problem of result.problems) console.error(`  ${formatProblem(problem)}`);
  process.exit(1);
}
const { entities, accounts, events, policies, meta } = result.dataset;
const sourced = events.filter((event) => event.sources.length >= 2).length;
console.log(
  `Dataset ${meta.version} (${meta.date}) OK: ${entities.length} entities, ${accounts.length} accounts, ` +
    `${events.length} events (${sourced} with 2+ sources), ${policies.length} policy clauses.`,
);
