/** The coverage checklist (scripts/lib/coverage.ts): its shape, its references and the share it states. */
import { describe, expect, it } from 'vitest';
import { checklistFileSchema, coverageMarkdown, coverageOf, type ChecklistFile } from '../../scripts/lib/coverage';
import { compileDataset } from '../../src/dataset/compile';
import { entityFile, files, policyFile } from '../support/records';

const compiled = compileDataset(files(['entities/test-leader.json', entityFile()], ['policies/x-test-policy.json', policyFile()]), new Date('2026-11-27'));
if (!compiled.ok) throw new Error('test records do not compile');
const dataset = compiled.dataset;

const base = { date: '2021-01-08', platform: 'x', target: 'Test Leader (@TestLeader)', country: 'TL', action: 'permanent-suspension', what: 'Suspended.' } as const;
const held = { ...base, id: 'held', events: ['test-leader-2021-01-suspension'] };
const left = (id: string, reason: string) => ({ ...base, id, leftOut: { reason, note: 'Why.' } });
const file = (items: unknown[]): { path: string; file: ChecklistFile } => ({ path: 'test-checklist.json', file: checklistFileSchema.parse({ area: 'Testland', items }) });

describe('coverage checklist', () => {
  it('counts items in the dataset against all but the out-of-scope ones', () => {
    const report = coverageOf([file([held, left('a', 'unverified'), left('b', 'out-of-scope')])], dataset);
    expect(report).toMatchObject({ counted: 2, inDataset: 1, share: 0.5, unlisted: [], problems: [] });
  });

  it('names dataset events no item lists', () => {
    expect(coverageOf([file([left('a', 'unverified')])], dataset).unlisted).toEqual(['test-leader-2021-01-suspension']);
  });

  it('refuses an item that is both held and left out, or neither, and an unknown reason', () => {
    const result = checklistFileSchema.safeParse({ area: 'T', items: [{ ...held, leftOut: { reason: 'unverified', note: 'x' } }, { ...base, id: 'neither' }, left('c', 'too-hard')] });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['items.0', 'items.1', 'items.2.leftOut.reason']);
  });

  it('reports events that do not exist, and one event counted by two items', () => {
    const report = coverageOf([file([held, { ...held, id: 'again' }, { ...base, id: 'ghost', events: ['no-such-event'] }])], dataset);
    expect(report.problems).toEqual([
      'test-checklist.json › again: event "test-leader-2021-01-suspension" is also named by test-checklist.json › held: one action, one item',
      'test-checklist.json › ghost: event "no-such-event" is not in the dataset',
    ]);
  });

  it('refuses an item dated more precisely than every event that records it', () => {
    // The test event is dated 2021-01-08.
    expect(coverageOf([file([{ ...held, date: '2021-01' }])], dataset).problems).toEqual([]);
    expect(coverageOf([file([held])], dataset).problems).toEqual([]);
    const monthOnly = compileDataset(
      files(['entities/test-leader.json', entityFile({ events: entityFile().events.map((event) => ({ ...event, date: '2021-01' })) })], ['policies/x-test-policy.json', policyFile()]),
      new Date('2026-11-27'),
    );
    if (!monthOnly.ok) throw new Error('test records do not compile');
    expect(coverageOf([file([held])], monthOnly.dataset).problems).toEqual([
      'test-checklist.json › held: dated 2021-01-08, more precisely than its events (2021-01)',
    ]);
  });

  it('writes the page with the share and every item', () => {
    const items = [held, left('a', 'unverified')];
    const page = coverageMarkdown([file(items)], coverageOf([file(items)], dataset));
    expect(page).toContain('**1 of 2 checklist items are in the dataset (50.0 %).**');
    expect(page).toContain('`test-leader-2021-01-suspension`');
    expect(page).toContain('**left out** (unverified): Why.');
  });

  it('takes a left-out item with no year as undated, listed last; an item in the dataset needs its date', () => {
    const undatedBase = { platform: base.platform, target: base.target, country: base.country, action: base.action, what: base.what };
    const undated = { ...undatedBase, id: '0-undated', leftOut: { reason: 'no-dated-source', note: 'No year in any copy.' } };
    const items = [undated, left('a', 'unverified')];
    const page = coverageMarkdown([file(items)], coverageOf([file(items)], dataset));
    const rows = page.split('\n').filter((line) => line.startsWith('| 20') || line.startsWith('| undated'));
    expect(rows.map((row) => row.split(' | ')[0])).toEqual(['| 2021-01-08', '| undated']);
    const heldUndated = checklistFileSchema.safeParse({ area: 'T', items: [{ ...undatedBase, id: 'held', events: ['test-leader-2021-01-suspension'] }] });
    expect(heldUndated.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['items.0.date']);
  });
});
