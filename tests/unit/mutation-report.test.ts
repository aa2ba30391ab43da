/**
 * The mutation report's sums (scripts/lib/mutation-report.ts): what docs/mutation.md and
 * `npm run mutation -- --changed` say about the tests rests on them.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { folderScores, mergeRecords, readmeScoreLine, recordOf, renderMutationReport, survivors, totalScore, weakestFiles, withReadmeScore, type MutationRecord, type MutationReport } from '../../scripts/lib/mutation-report';

const at = (line: number) => ({ start: { line, column: 1 } });
const report: MutationReport = {
  files: {
    'src/matching/bloom.ts': {
      mutants: [
        { id: '1', mutatorName: 'ConditionalExpression', status: 'Killed', location: at(3) },
        { id: '2', mutatorName: 'EqualityOperator', status: 'Timeout', location: at(4) },
        { id: '3', mutatorName: 'StringLiteral', status: 'Survived', location: at(5), replacement: '""' },
        { id: '4', mutatorName: 'BlockStatement', status: 'NoCoverage', location: at(9), replacement: '{}' },
      ],
    },
    'src/matching/matcher.ts': { mutants: [{ id: '5', mutatorName: 'BooleanLiteral', status: 'Killed', location: at(1) }] },
    'src/overlay/Panel.tsx': {
      mutants: [
        { id: '6', mutatorName: 'ArrayDeclaration', status: 'Killed', location: at(2) },
        { id: '7', mutatorName: 'ArrayDeclaration', status: 'CompileError', location: at(2) },
      ],
    },
  },
};

const record = recordOf(report, '2026-12-02');

describe('mutation report', () => {
  it('counts killed and timed-out mutants as caught, survivors and uncovered ones as missed, per folder', () => {
    expect(folderScores(record)).toEqual([
      { folder: 'matching', killed: 3, survived: 1, noCoverage: 1, score: 60 },
      { folder: 'overlay', killed: 1, survived: 0, noCoverage: 0, score: 100 },
    ]);
    expect(totalScore(record)).toBeCloseTo(400 / 6);
  });

  it('lists each survivor with its place, mutator and replacement', () => {
    expect(survivors(record)).toEqual(['src/matching/bloom.ts:5 StringLiteral → ""', 'src/matching/bloom.ts:9 BlockStatement → {} (no test runs this line)']);
  });

  it('names the weakest files, lowest first, among those with enough mutants', () => {
    expect(weakestFiles(record, 2, 1).map((file) => [file.folder, file.score])).toEqual([
      ['src/matching/bloom.ts', 50],
      ['src/matching/matcher.ts', 100],
    ]);
    // A compile error is not a mutant the tests could catch: Panel.tsx has one, below the minimum.
    expect(weakestFiles(record, 5, 2).map((file) => file.folder)).toEqual(['src/matching/bloom.ts']);
  });

  it('replaces a folder run again whole and keeps the folders the run did not cover, each with its date', () => {
    const rerun = recordOf({ files: { 'src/matching/matcher.ts': { mutants: [{ id: '9', mutatorName: 'BooleanLiteral', status: 'Survived', location: at(7) }] } } }, '2026-12-24');
    const merged = mergeRecords(record, rerun);
    expect(Object.keys(merged.folders['matching']?.files ?? {})).toEqual(['src/matching/matcher.ts']);
    expect(merged.folders['matching']?.ranOn).toBe('2026-12-24');
    expect(merged.folders['overlay']?.ranOn).toBe('2026-12-02');
    expect(folderScores(merged).map((folder) => [folder.folder, folder.score])).toEqual([
      ['matching', 0],
      ['overlay', 100],
    ]);
  });

  it('rewrites only the generated part between the markers, and keeps the rest of the page', () => {
    const page = 'intro\n\n<!-- scores:start (npm run mutation) -->\nstale table\n<!-- scores:end -->\n\nreview';
    const written = renderMutationReport(record, page);
    expect(written.startsWith('intro\n\n<!-- scores:start')).toBe(true);
    expect(written.endsWith('<!-- scores:end -->\n\nreview')).toBe(true);
    expect(written).not.toContain('stale table');
    expect(written).toContain('| `src/matching` | 60.0 % | 3 | 1 | 1 | 2026-12-02 |');
    expect(written).toContain('| **all measured** | **66.7 %** | 4 | 1 | 1 | |');
    expect(written).toContain('### Surviving mutants not yet killed (2)');
    expect(written).toContain('- `src/matching/bloom.ts:5 StringLiteral → ""`');
    expect(renderMutationReport({ folders: {} }, page)).toContain('No folder has had a complete run yet.');
  });
});

describe('the README score line', () => {
  it('names the score and the folders measured, and is rewritten in place', () => {
    const line = readmeScoreLine(record);
    expect(line).toBe('Mutation score: **66.7 %** of the mutants in `src/matching`, `src/overlay` (per folder, dated, with every surviving mutant: [docs/mutation.md](docs/mutation.md)).');
    expect(withReadmeScore('a\nMutation score: **pending**\nb', line)).toBe(`a\n${line}\nb`);
    expect(withReadmeScore('- item\n  Mutation score: **pending**', line)).toBe(`- item\n  ${line}`);
    expect(() => withReadmeScore('no score here', line)).toThrow(/no line starting/);
    // No complete run yet: the line says so instead of a 0 % nobody measured.
    expect(readmeScoreLine({ folders: {} })).toMatch(/^Mutation score: not measured yet/);
  });

  it('in README.md is the one docs/mutation.json gives', () => {
    const root = resolve(import.meta.dirname, '../..');
    const measured = JSON.parse(readFileSync(join(root, 'docs/mutation.json'), 'utf8')) as MutationRecord;
    expect(readFileSync(join(root, 'README.md'), 'utf8')).toContain(readmeScoreLine(measured));
  });
});
