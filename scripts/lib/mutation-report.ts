/**
 * Stryker's JSON report (mutation-testing-report-schema), summed per file and per folder of src/.
 * A full run takes hours on two cores, so runs may cover some folders at a time: each run's sums are
 * merged into docs/mutation.json folder by folder (a folder's figures are those of its latest run,
 * dated), and docs/mutation.md is rendered from that record.
 */
export interface MutationReport {
  files: Record<string, { mutants: Array<{ id: string; mutatorName: string; status: string; location: { start: { line: number; column: number } }; replacement?: string }> }>;
}

export interface FolderScore {
  folder: string;
  killed: number;
  survived: number;
  noCoverage: number;
  /** Killed (and timed out) over all that ran or were not covered, in percent. */
  score: number;
}

/** One file's sums and its surviving mutants, as kept in docs/mutation.json. */
export interface FileRecord {
  killed: number;
  survived: number;
  noCoverage: number;
  survivors: string[];
}

/** docs/mutation.json: per folder of src/, the date of its latest run and its files' sums. */
export interface MutationRecord {
  folders: Record<string, { ranOn: string; files: Record<string, FileRecord> }>;
}

/** The folders mutation testing covers (stryker.config.mjs). */
export const FOLDER_ORDER = ['matching', 'sites', 'content', 'overlay', 'packs', 'dataset'];

const DETECTED = new Set(['Killed', 'Timeout']);

const folderOf = (path: string) => path.replace(/^src\/([^/]+)\/.*$/, '$1');

type Mutant = MutationReport['files'][string]['mutants'][number];
const missed = (mutant: Mutant) => mutant.status === 'Survived' || mutant.status === 'NoCoverage';
const describeMutant = (path: string, mutant: Mutant) =>
  `${path}:${mutant.location.start.line} ${mutant.mutatorName}${mutant.replacement === undefined ? '' : ` → ${mutant.replacement.replace(/\s+/g, ' ').slice(0, 80)}`}${mutant.status === 'NoCoverage' ? ' (no test runs this line)' : ''}`;

function fileRecord(path: string, mutants: Mutant[]): FileRecord {
  return {
    killed: mutants.filter((mutant) => DETECTED.has(mutant.status)).length,
    survived: mutants.filter((mutant) => mutant.status === 'Survived').length,
    noCoverage: mutants.filter((mutant) => mutant.status === 'NoCoverage').length,
    survivors: mutants.filter(missed).map((mutant) => describeMutant(path, mutant)),
  };
}

const withScore = (entry: Omit<FolderScore, 'score'>): FolderScore => ({
  ...entry,
  score: (100 * entry.killed) / Math.max(1, entry.killed + entry.survived + entry.noCoverage),
});

function sum(folder: string, files: FileRecord[]): FolderScore {
  return withScore({
    folder,
    killed: files.reduce((n, file) => n + file.killed, 0),
    survived: files.reduce((n, file) => n + file.survived, 0),
    noCoverage: files.reduce((n, file) => n + file.noCoverage, 0),
  });
}

/** A run's report as a record: one entry per folder of src/ it mutated, dated `ranOn`. */
export function recordOf(report: MutationReport, ranOn: string): MutationRecord {
  const folders: MutationRecord['folders'] = {};
  for (const [path, file] of Object.entries(report.files)) {
    const folder = (folders[folderOf(path)] ??= { ranOn, files: {} });
    folder.files[path] = fileRecord(path, file.mutants);
  }
  return { folders };
}

/** `previous` with every folder `next` ran replaced by `next`'s figures (a folder is never half old, half new). */
export function mergeRecords(previous: MutationRecord, next: MutationRecord): MutationRecord {
  return { folders: { ...previous.folders, ...next.folders } };
}

/** Every file of every folder on record. */
const allFiles = (record: MutationRecord): Array<[string, FileRecord]> => Object.values(record.folders).flatMap((run) => Object.entries(run.files));

/** Per folder of src/, sorted by name. */
export function folderScores(record: MutationRecord): FolderScore[] {
  return Object.entries(record.folders)
    .map(([folder, run]) => sum(folder, Object.values(run.files)))
    .sort((a, b) => a.folder.localeCompare(b.folder));
}

/** The whole record's score, in percent (killed and timed out over all that ran or were not covered). */
export function totalScore(record: MutationRecord): number {
  return sum('all', allFiles(record).map(([, file]) => file)).score;
}

/** The mutants no test noticed, as "path:line mutator → replacement", for a reader to kill or judge equivalent. */
export function survivors(record: MutationRecord): string[] {
  return allFiles(record).flatMap(([, file]) => file.survivors);
}

/** The files with the lowest scores (at least `minMutants` mutants), for the page's "where the tests are thin". */
export function weakestFiles(record: MutationRecord, count: number, minMutants = 10): FolderScore[] {
  return allFiles(record)
    .map(([path, file]) => sum(path, [file]))
    .filter((file) => file.killed + file.survived + file.noCoverage >= minMutants)
    .sort((a, b) => a.score - b.score || a.folder.localeCompare(b.folder))
    .slice(0, count);
}

const START = '<!-- scores:start (npm run mutation) -->';
const END = '<!-- scores:end -->';

/** docs/mutation.md with its generated part (between the markers) made from `record`; the rest of the page is kept. */
export function renderMutationReport(record: MutationRecord, page: string): string {
  const scores = folderScores(record);
  const all = sum('all', allFiles(record).map(([, file]) => file));
  const survivorsByFile = allFiles(record)
    .filter(([, file]) => file.survivors.length > 0)
    .sort(([a], [b]) => a.localeCompare(b));
  const generated = Object.keys(record.folders).length === 0 ? `${START}\nNo folder has had a complete run yet.\n${END}` : [
    START,
    '| folder | score | killed | survived | not covered | run on |',
    '|---|---|---|---|---|---|',
    ...scores.map((s) => `| \`src/${s.folder}\` | ${s.score.toFixed(1)} % | ${s.killed} | ${s.survived} | ${s.noCoverage} | ${record.folders[s.folder]?.ranOn ?? ''} |`),
    `| **all measured** | **${all.score.toFixed(1)} %** | ${all.killed} | ${all.survived} | ${all.noCoverage} | |`,
    '',
    'The ten files with the lowest scores (ten mutants or more):',
    '',
    '| file | score | survived | not covered |',
    '|---|---|---|---|',
    ...weakestFiles(record, 10).map((f) => `| \`${f.folder}\` | ${f.score.toFixed(1)} % | ${f.survived} | ${f.noCoverage} |`),
    '',
    `### Surviving mutants not yet killed (${all.survived + all.noCoverage})`,
    '',
    ...survivorsByFile.flatMap(([path, file]) => [
      `<details><summary>${path}: ${file.survivors.length}</summary>`,
      '',
      ...file.survivors.map((line) => `- \`${line.replace(/`/g, "'")}\``),
      '',
      '</details>',
      '',
    ]),
    END,
  ].join('\n');
  const start = page.indexOf(START);
  const end = page.indexOf(END);
  return start >= 0 && end > start ? page.slice(0, start) + generated + page.slice(end + END.length) : `${page.trimEnd()}\n\n${generated}\n`;
}

/** The README's one line on the score, rewritten by each run (a test checks it against docs/mutation.json). */
export function readmeScoreLine(record: MutationRecord): string {
  const folders = Object.keys(record.folders).sort();
  if (folders.length === 0) return 'Mutation score: not measured yet (no folder has had a complete run; see [docs/mutation.md](docs/mutation.md)).';
  const all = FOLDER_ORDER.length === folders.length ? 'all six folders' : folders.map((folder) => `\`src/${folder}\``).join(', ');
  return `Mutation score: **${totalScore(record).toFixed(1)} %** of the mutants in ${all} (per folder, dated, with every surviving mutant: [docs/mutation.md](docs/mutation.md)).`;
}

/** `readme` with its score line replaced by `line` (the line is found by its opening words). */
export function withReadmeScore(readme: string, line: string): string {
  const pattern = /^([ \t]*)Mutation score: .*$/m;
  if (!pattern.test(readme)) throw new Error('README.md has no line starting "Mutation score: " to rewrite');
  // The line keeps its indent (it sits in a list item); `$1` is that indent, never the score.
  return readme.replace(pattern, (_match, indent: string) => `${indent}${line}`);
}
