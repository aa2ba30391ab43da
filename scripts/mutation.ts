/**
 * `npm run mutation`: mutation testing (stryker.config.mjs) over the folders it names, writing
 * reports/mutation/mutation.json, then merging the run's per-folder sums into docs/mutation.json and
 * rendering docs/mutation.md and the README's score line from it.
 * `npm run mutation -- --folders matching,packs`: only those folders (a full run takes hours on two
 * cores; the others keep the figures of their own latest run, dated in the table).
 * `npm run mutation -- --changed <revision>`: only the files of those folders changed since the
 * revision; lists the surviving mutants and fails if their files score below CHANGED_FLOOR.
 * `npm run mutation -- --record-only`: merge the existing reports/mutation/mutation.json (no new run).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { FOLDER_ORDER, folderScores, mergeRecords, readmeScoreLine, recordOf, renderMutationReport, survivors, totalScore, withReadmeScore, type MutationRecord, type MutationReport } from './lib/mutation-report';

/** The least a change's files may score (percent): below it, `--changed` fails. */
const CHANGED_FLOOR = 75;
const RECORD = 'docs/mutation.json';

const args = process.argv.slice(2);
const valueOf = (flag: string) => {
  const index = args.indexOf(flag);
  if (index < 0) return undefined;
  const value = args[index + 1];
  if (!value || value.startsWith('--')) usage(`${flag} needs a value`);
  return value;
};
function usage(problem: string): never {
  console.error(`${problem}\nusage: npm run mutation [-- --folders ${FOLDER_ORDER.join(',')} | --changed <git revision> | --record-only]`);
  process.exit(2);
}

const since = valueOf('--changed');
const folders = valueOf('--folders')?.split(',') ?? [];
const unknown = folders.filter((folder) => !FOLDER_ORDER.includes(folder));
if (unknown.length > 0) usage(`unknown folder(s): ${unknown.join(', ')}`);
if (since && folders.length > 0) usage('--changed and --folders do not combine');

const FOLDERS = new RegExp(`^src/(${FOLDER_ORDER.join('|')})/.*\\.tsx?$`);
// Types and WXT wiring only, as in stryker.config.mjs: declarations, and these files.
const SKIPPED_FILES = ['src/content/content-scripts.ts', 'src/content/extension-content.ts'];
const skipped = (path: string) => path.endsWith('.d.ts') || SKIPPED_FILES.includes(path);
let mutate: string[] = [];
if (since) {
  mutate = execFileSync('git', ['diff', '--name-only', `${since}...HEAD`, '--', 'src'], { encoding: 'utf8' })
    .split('\n')
    .filter((path) => FOLDERS.test(path) && !skipped(path));
  if (mutate.length === 0) {
    console.log(`Mutation testing: no file of the mutated folders changed since ${since}.`);
    process.exit(0);
  }
  console.log(`Mutation testing the ${mutate.length} file(s) changed since ${since}: ${mutate.join(', ')}`);
} else if (folders.length > 0) {
  // Stryker's --mutate splits on commas, so no {ts,tsx} braces.
  mutate = [...folders.flatMap((folder) => [`src/${folder}/**/*.ts`, `src/${folder}/**/*.tsx`]), '!src/**/*.d.ts', ...SKIPPED_FILES.map((path) => `!${path}`)];
  console.log(`Mutation testing src/{${folders.join(',')}}`);
}

if (!args.includes('--record-only')) {
  execFileSync('npx', ['stryker', 'run', ...(mutate.length > 0 ? ['--mutate', mutate.join(',')] : [])], { stdio: 'inherit' });
}
const report = JSON.parse(readFileSync('reports/mutation/mutation.json', 'utf8')) as MutationReport;
const run = recordOf(report, new Date().toISOString().slice(0, 10));
for (const folder of folderScores(run)) console.log(`  ${folder.folder.padEnd(16)} ${folder.score.toFixed(1).padStart(5)} %  (${folder.killed} killed, ${folder.survived} survived, ${folder.noCoverage} not covered)`);
if (since) {
  // The files a change touched: every surviving mutant listed; below the floor the run fails.
  for (const line of survivors(run)) console.log(`  survived: ${line}`);
  const score = totalScore(run);
  console.log(`Score of the changed files: ${score.toFixed(1)} % (floor ${CHANGED_FLOOR} %).`);
  if (score < CHANGED_FLOOR) {
    console.error('Below the floor: kill the survivors above with tests (or say in docs/mutation.md why one cannot be killed).');
    process.exit(1);
  }
} else {
  const previous: MutationRecord = existsSync(RECORD) ? (JSON.parse(readFileSync(RECORD, 'utf8')) as MutationRecord) : { folders: {} };
  const merged = mergeRecords(previous, run);
  writeFileSync(RECORD, `${JSON.stringify(merged, null, 1)}\n`);
  writeFileSync('docs/mutation.md', renderMutationReport(merged, readFileSync('docs/mutation.md', 'utf8')));
  writeFileSync('README.md', withReadmeScore(readFileSync('README.md', 'utf8'), readmeScoreLine(merged)));
  console.log(`Wrote ${RECORD}, docs/mutation.md and the README's score line (all measured: ${totalScore(merged).toFixed(1)} %)`);
}
