/** Stryker's JSON report (mutation-testing-report-schema), summed per folder of src/ for docs/mutation.md. */
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

const DETECTED = new Set(['Killed', 'Timeout']);

/** Scores summed by `groupOf(path)`: per folder of src/, or per file. */
function scoresBy(report: MutationReport, groupOf: (path: string) => string): FolderScore[] {
  const byFolder = new Map<string, FolderScore>();
  for (const [path, file] of Object.entries(report.files)) {
    const folder = groupOf(path);
    const entry = byFolder.get(folder) ?? { folder, killed: 0, survived: 0, noCoverage: 0, score: 0 };
    for (const mutant of file.mutants) {
      if (DETECTED.has(mutant.status)) entry.killed += 1;
      else if (mutant.status === 'Survived') entry.survived += 1;
      else if (mutant.status === 'NoCoverage') entry.noCoverage += 1;
    }
    byFolder.set(folder, entry);
  }
  return [...byFolder.values()]
    .map((entry) => ({ ...entry, score: (100 * entry.killed) / Math.max(1, entry.killed + entry.survived + entry.noCoverage) }))
    .sort((a, b) => a.folder.localeCompare(b.folder));
}

export const folderScores = (report: MutationReport): FolderScore[] => scoresBy(report, (path) => path.replace(/^src\/([^/]+)\/.*$/, '$1'));

/** The whole report's score, in percent (killed and timed out over all that ran or were not covered). */
export function totalScore(report: MutationReport): number {
  const all = scoresBy(report, () => 'all')[0];
  return all ? all.score : 100;
}

/** The mutants no test noticed, as "path:line mutator → replacement", for a reader to kill or judge equivalent. */
export function survivors(report: MutationReport): string[] {
  return Object.entries(report.files).flatMap(([path, file]) =>
    file.mutants
      .filter((mutant) => mutant.status === 'Survived' || mutant.status === 'NoCoverage')
      .map((mutant) => `${path}:${mutant.location.start.line} ${mutant.mutatorName}${mutant.replacement === undefined ? '' : ` → ${mutant.replacement.replace(/\s+/g, ' ').slice(0, 80)}`}${mutant.status === 'NoCoverage' ? ' (no test runs this line)' : ''}`),
  );
}

/** The files with the lowest scores (at least `minMutants` mutants), for the page's "where the tests are thin". */
export function weakestFiles(report: MutationReport, count: number, minMutants = 10): FolderScore[] {
  return scoresBy(report, (path) => path)
    .filter((file) => file.killed + file.survived + file.noCoverage >= minMutants)
    .sort((a, b) => a.score - b.score || a.folder.localeCompare(b.folder))
    .slice(0, count);
}

const START = '<!-- scores:start (npm run mutation) -->';
const END = '<!-- scores:end -->';

/** docs/mutation.md with its scores table (between the markers) made from `report`; the rest of the page is kept. */
export function renderMutationReport(report: MutationReport, page: string, ranOn: string): string {
  const scores = folderScores(report);
  const total = scores.reduce((sum, s) => ({ killed: sum.killed + s.killed, others: sum.others + s.survived + s.noCoverage }), { killed: 0, others: 0 });
  const table = [
    START,
    '| folder | score | killed | survived | not covered |',
    '|---|---|---|---|---|',
    ...scores.map((s) => `| \`src/${s.folder}\` | ${s.score.toFixed(1)} % | ${s.killed} | ${s.survived} | ${s.noCoverage} |`),
    `| **all** | **${((100 * total.killed) / Math.max(1, total.killed + total.others)).toFixed(1)} %** | ${total.killed} | ${scores.reduce((n, s) => n + s.survived, 0)} | ${scores.reduce((n, s) => n + s.noCoverage, 0)} |`,
    '',
    `Run on ${ranOn}. The ten files with the lowest scores (ten mutants or more):`,
    '',
    '| file | score | survived | not covered |',
    '|---|---|---|---|',
    ...weakestFiles(report, 10).map((f) => `| \`${f.folder}\` | ${f.score.toFixed(1)} % | ${f.survived} | ${f.noCoverage} |`),
    END,
  ].join('\n');
  const start = page.indexOf(START);
  const end = page.indexOf(END);
  return start >= 0 && end > start ? page.slice(0, start) + table + page.slice(end + END.length) : `${page.trimEnd()}\n\n${table}\n`;
}
