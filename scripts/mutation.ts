/**
 * `npm run mutation`: mutation testing (stryker.config.mjs) over the folders it names, writing
 * reports/mutation/mutation.json and a per-folder table to docs/mutation.md.
 * `npm run mutation -- --changed <revision>`: only the files of those folders changed since the
 * revision; lists the surviving mutants and fails if their files score below CHANGED_FLOOR.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { folderScores, renderMutationReport, survivors, totalScore, type MutationReport } from './lib/mutation-report';

/** The least a change's files may score (percent): below it, `--changed` fails. */
const CHANGED_FLOOR = 75;

const args = process.argv.slice(2);
const changedIndex = args.indexOf('--changed');
const since = changedIndex >= 0 ? args[changedIndex + 1] : undefined;
if (changedIndex >= 0 && !since) {
  console.error('usage: npm run mutation [-- --changed <git revision>]');
  process.exit(2);
}

const FOLDERS = /^src\/(matching|sites|content|overlay|packs|dataset)\/.*\.tsx?$/;
const SKIPPED = /\.d\.ts$|^src\/content\/(content-scripts|extension-content)\.ts$/;
let mutate: string[] = [];
if (since) {
  mutate = execFileSync('git', ['diff', '--name-only', `${since}...HEAD`, '--', 'src'], { encoding: 'utf8' })
    .split('\n')
    .filter((path) => FOLDERS.test(path) && !SKIPPED.test(path));
  if (mutate.length === 0) {
    console.log(`Mutation testing: no file of the mutated folders changed since ${since}.`);
    process.exit(0);
  }
  console.log(`Mutation testing the ${mutate.length} file(s) changed since ${since}: ${mutate.join(', ')}`);
}

execFileSync('npx', ['stryker', 'run', ...(mutate.length > 0 ? ['--mutate', mutate.join(',')] : [])], { stdio: 'inherit' });
const report = JSON.parse(readFileSync('reports/mutation/mutation.json', 'utf8')) as MutationReport;
for (const folder of folderScores(report)) console.log(`  ${folder.folder.padEnd(16)} ${folder.score.toFixed(1).padStart(5)} %  (${folder.killed} killed, ${folder.survived} survived, ${folder.noCoverage} not covered)`);
if (since) {
  // The files a change touched: every surviving mutant listed; below the floor the run fails.
  for (const line of survivors(report)) console.log(`  survived: ${line}`);
  const score = totalScore(report);
  console.log(`Score of the changed files: ${score.toFixed(1)} % (floor ${CHANGED_FLOOR} %).`);
  if (score < CHANGED_FLOOR) {
    console.error('Below the floor: kill the survivors above with tests (or say in docs/mutation.md why one cannot be killed).');
    process.exit(1);
  }
} else {
  writeFileSync('docs/mutation.md', renderMutationReport(report, readFileSync('docs/mutation.md', 'utf8'), new Date().toISOString().slice(0, 10)));
  console.log('Wrote docs/mutation.md');
}
