/**
 * `npm run data:coverage`: reads the checklist (assets/coverage/*.json), checks it against the dataset,
 * prints the share of the checklist the dataset holds, writes docs/coverage.md and puts the figure in
 * assets/dataset/meta.json (the panel tells readers how much of the checklist the record holds).
 * `-- --check` writes nothing and fails when either is not current (CI).
 */
import { readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { formatProblem } from '../src/dataset/compile';
import { checklistFileSchema, coverageMarkdown, coverageOf, metaWithCoverage, type ChecklistFile } from './lib/coverage';
import { compileDatasetDir } from './lib/read-dataset';

const CHECKLIST_DIR = resolve(process.cwd(), 'assets/coverage');
const OUTPUT = resolve(process.cwd(), 'docs/coverage.md');
const META = resolve(process.cwd(), 'assets/dataset/meta.json');
const checkOnly = process.argv.includes('--check');

const compiled = compileDatasetDir();
if (!compiled.ok) {
  for (const problem of compiled.problems) console.error(formatProblem(problem));
  process.exit(1);
}

const problems: string[] = [];
const files: Array<{ path: string; file: ChecklistFile }> = [];
for (const name of readdirSync(CHECKLIST_DIR).filter((n) => n.endsWith('.json')).sort()) {
  const path = `assets/coverage/${name}`;
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(join(CHECKLIST_DIR, name), 'utf8'));
  } catch (error) {
    problems.push(`${path}: is not valid JSON (${(error as Error).message})`);
    continue;
  }
  const parsed = checklistFileSchema.safeParse(json);
  if (parsed.success) files.push({ path, file: parsed.data });
  else for (const issue of parsed.error.issues) problems.push(`${path} › ${issue.path.join('.')}: ${issue.message}`);
}

const report = coverageOf(files, compiled.dataset);
problems.push(...report.problems);
if (problems.length > 0) {
  console.error(`Checklist check failed: ${problems.length} problem(s)`);
  for (const problem of problems) console.error(`  ${problem}`);
  process.exit(1);
}

const markdown = coverageMarkdown(files, report);
console.log(
  `Checklist: ${report.inDataset} of ${report.counted} items in the dataset (${(report.share * 100).toFixed(1)} %); ` +
    `${report.unlisted.length} dataset events on no item.`,
);
const metaText = readFileSync(META, 'utf8');
const meta = metaWithCoverage(metaText, report);
if (checkOnly) {
  if (!existsSync(OUTPUT) || readFileSync(OUTPUT, 'utf8') !== markdown) {
    console.error('docs/coverage.md is not current: run `npm run data:coverage` and commit it.');
    process.exit(1);
  }
  if (meta !== metaText) {
    console.error('assets/dataset/meta.json\'s coverage figure is not current: run `npm run data:coverage` and commit it.');
    process.exit(1);
  }
} else {
  writeFileSync(OUTPUT, markdown);
  console.log('Wrote docs/coverage.md');
  if (meta !== metaText) {
    writeFileSync(META, meta);
    console.log('Wrote the coverage figure into assets/dataset/meta.json');
  }
}
