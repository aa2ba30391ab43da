import { beforeEach, describe, expect, it } from 'vitest';
import { compileDataset } from '../../src/dataset/compile';
import { cellStatus, compareRecords, MAX_COMPARED } from '../../src/dataset/compare';
import { comparisonCsv, comparisonJson } from '../../src/dataset/compare-export';
import { lensCsv, lensJson } from '../../src/dataset/lens-export';
import { createQueries } from '../../src/dataset/queries';
import { entityFile, files, policyFile, source } from '../support/records';

/**
 * Three leaders: A was suspended on X under the test policy and labelled under "labels"; B was
 * labelled under "labels", reinstated under the test policy, and a platform declined to act on a
 * post of B's (no rule stated); C has only a Facebook account, with a removal under no stated rule.
 */
const event = (id: string, account: string, date: string, action: string, policies: string[], platform = 'x') => ({ id, account, platform, date, action, policies, summary: `Summary of ${id}.`, sources: [source] });
const xAccount = (id: string, handle: string) => ({ id, platform: 'x', kind: 'official', language: 'en', handles: [{ handle }], sources: [source] });
const leaderA = entityFile({
  id: 'leader-a',
  names: { en: 'Leader A' },
  accounts: [xAccount('x-a', 'LeaderA')],
  events: [event('a-suspended', 'x-a', '2021-01-08', 'permanent-suspension', ['x-test-policy']), event('a-labelled', 'x-a', '2020-05', 'post-labelled', ['x-labels'])],
});
const leaderB = entityFile({
  id: 'leader-b',
  names: { en: '=Leader B' },
  accounts: [xAccount('x-b', 'LeaderB')],
  events: [
    event('b-labelled-1', 'x-b', '2020-06-01', 'post-labelled', ['x-labels']),
    event('b-labelled-2', 'x-b', '2020-09', 'post-labelled', ['x-labels', 'x-test-policy']),
    event('b-reinstated', 'x-b', '2022-11', 'reinstatement', ['x-test-policy']),
    event('b-no-action', 'x-b', '2021', 'no-action', []),
  ],
});
const leaderC = entityFile({
  id: 'leader-c',
  names: { en: 'Leader C' },
  accounts: [{ ...xAccount('fb-c', 'LeaderC'), platform: 'facebook' }],
  events: [event('c-removed', 'fb-c', '2021-03', 'post-removed', [], 'facebook')],
});
const compiled = compileDataset(
  files(
    ['entities/leader-a.json', leaderA],
    ['entities/leader-b.json', leaderB],
    ['entities/leader-c.json', leaderC],
    ['entities/leader-d.json', entityFile({ id: 'leader-d', names: { en: 'Leader D' }, accounts: [xAccount('x-d', 'LeaderD')], events: [] })],
    ['entities/leader-e.json', entityFile({ id: 'leader-e', names: { en: 'Leader E' }, accounts: [xAccount('x-e', 'LeaderE')], events: [] })],
    ['policies/x-test-policy.json', policyFile()],
    ['policies/x-labels.json', policyFile({ id: 'x-labels', name: 'Labels' })],
  ),
  new Date('2026-12-01'),
);
if (!compiled.ok) throw new Error(JSON.stringify(compiled.problems));
const { dataset } = compiled;
/*
 * Built inside each test, never at collection time: mutation testing (docs/mutation.md) credits a
 * test only with the code that runs while it runs.
 */
let queries = createQueries(dataset);
let comparison = compareRecords(queries, []);
let x = comparison.platforms[0]!;

describe('comparing records', () => {
  beforeEach(() => {
    queries = createQueries(dataset);
    comparison = compareRecords(queries, ['leader-a', 'leader-b', 'leader-c']);
    x = comparison.platforms.find((block) => block.platform === 'x')!;
  });
  const cellIds = (policyId: string | null) => x.rows.find((row) => row.policyId === policyId)!.cells.map((cell) => cell.uses.map(({ event }) => event.id));

  it('keeps the asked order, and lists unknown ids apart', () => {
    const result = compareRecords(queries, ['leader-b', 'nobody', 'leader-a', 'leader-b']);
    expect(result.columns.map(({ entity }) => entity.id)).toEqual(['leader-b', 'leader-a']);
    expect(result.unknown).toEqual(['nobody']);
  });

  it(`compares at most ${MAX_COMPARED}`, () => {
    const result = compareRecords(queries, ['leader-a', 'leader-b', 'leader-c', 'leader-d', 'leader-e']);
    expect(result.columns.map(({ entity }) => entity.id)).toEqual(['leader-a', 'leader-b', 'leader-c', 'leader-d']);
  });

  it('puts the platform with most events first, whoever is asked first', () => {
    expect(comparison.platforms.map((block) => block.platform)).toEqual(['x', 'facebook']);
    // Leader C's Facebook events come first in the asking order; X still has more.
    expect(compareRecords(queries, ['leader-c', 'leader-a', 'leader-b']).platforms.map((block) => block.platform)).toEqual(['x', 'facebook']);
  });

  it('orders rules by how many of the compared they were applied to, then by actions, whatever the events’ order', () => {
    // Leader A alone: the suspension (test policy) is newest, so its row is met first; both rules reach one.
    const alone = compareRecords(queries, ['leader-a', 'leader-d']).platforms[0]!;
    expect(alone.rows.map((row) => row.policyId)).toEqual(['x-labels', 'x-test-policy']);
    // With B first: B's newest event is its reinstatement (test policy), yet labels reach both with more actions.
    const both = compareRecords(queries, ['leader-b', 'leader-a']).platforms[0]!;
    expect(both.rows.map((row) => row.policyId)).toEqual(['x-labels', 'x-test-policy', null]);
  });

  it('files each event under every clause it cites, newest first in each cell', () => {
    expect(cellIds('x-labels')).toEqual([['a-labelled'], ['b-labelled-2', 'b-labelled-1'], []]);
    expect(cellIds('x-test-policy')).toEqual([['a-suspended'], ['b-reinstated', 'b-labelled-2'], []]);
    expect(cellIds(null)).toEqual([[], ['b-no-action'], []]);
  });

  it('orders rules applied to more of the compared first, and "no rule stated" last', () => {
    expect(x.rows.map((row) => row.policyId)).toEqual(['x-labels', 'x-test-policy', null]);
    expect(x.rows[0]!.policy?.name).toBe('Labels');
    expect(x.rows.at(-1)!.policy).toBeNull();
  });

  it('counts enforcement actions per platform and column, not reversals or declined cases', () => {
    expect(x.counts).toEqual([2, 2, 0]);
    expect(comparison.platforms[1]!.counts).toEqual([0, 0, 1]);
  });

  it('says why a cell is empty: nothing on record, or no account on the platform', () => {
    const none = x.rows.find((row) => row.policyId === null)!.cells;
    expect(none.map(cellStatus)).toEqual(['none-on-record', 'no-enforcement', 'no-account']);
    expect(cellStatus(x.rows[0]!.cells[0]!)).toBe('actions');
  });

  it('exports one CSV line per event and per empty cell, defusing formula-like names', () => {
    const lines = comparisonCsv(comparison).trimEnd().split('\r\n');
    expect(lines[0]).toBe('"platform","clause","clause id","entity","entity id","status","date","account (handle or name)","action","summary","sources","event id"');
    expect(lines).toContain('"x","Labels","x-labels","\'=Leader B","leader-b","action","2020-06-01","LeaderB","post-labelled","Summary of b-labelled-1.","https://example.org/report","b-labelled-1"');
    expect(lines).toContain('"x","Test policy","x-test-policy","\'=Leader B","leader-b","reversal","2022-11","LeaderB","reinstatement","Summary of b-reinstated.","https://example.org/report","b-reinstated"');
    expect(lines).toContain('"x","none stated","","Leader A","leader-a","none-on-record","","","","","",""');
    expect(lines).toContain('"x","none stated","","Leader C","leader-c","no-account","","","","","",""');
    expect(lines).toContain('"x","none stated","","\'=Leader B","leader-b","no action taken","2021","LeaderB","no-action","Summary of b-no-action.","https://example.org/report","b-no-action"');
    // The header, 3 columns × 3 rows on X (two cells hold a second event), 3 cells on Facebook.
    expect(lines).toHaveLength(1 + 3 * 3 + 2 + 3);
  });

  it('exports the same table as JSON, with each event and clause once', () => {
    const json = JSON.parse(comparisonJson(comparison, queries.meta)) as {
      compared: Array<{ id: string; actions: { total: number } }>;
      platforms: Array<{ platform: string; actions: Record<string, number>; clauses: Array<{ clause: string | null; cells: Record<string, { status: string; events: string[] }> }> }>;
      events: Array<{ id: string }>;
      policies: Array<{ id: string }>;
    };
    expect(json.compared.map(({ id, actions }) => [id, actions.total])).toEqual([['leader-a', 2], ['leader-b', 2], ['leader-c', 1]]);
    expect(json.platforms[0]!.actions).toEqual({ 'leader-a': 2, 'leader-b': 2, 'leader-c': 0 });
    expect(json.platforms[0]!.clauses[1]).toEqual({
      clause: 'x-test-policy',
      cells: { 'leader-a': { status: 'actions', events: ['a-suspended'] }, 'leader-b': { status: 'actions', events: ['b-reinstated', 'b-labelled-2'] }, 'leader-c': { status: 'no-account', events: [] } },
    });
    expect(json.events.map(({ id }) => id).sort()).toEqual(['a-labelled', 'a-suspended', 'b-labelled-1', 'b-labelled-2', 'b-no-action', 'b-reinstated', 'c-removed']);
    expect(json.policies.map(({ id }) => id).sort()).toEqual(['x-labels', 'x-test-policy']);
  });
});

describe('the consistency lens', () => {
  it('separates actions, their reversals and the decisions to take none', () => {
    const { applied, undone, noAction } = queries.clauseUses('x-test-policy');
    expect(applied.map(({ event }) => event.id)).toEqual(['a-suspended', 'b-labelled-2']);
    expect(undone.map(({ event }) => event.id)).toEqual(['b-reinstated']);
    expect(noAction).toEqual([]);
  });

  it('exports its table as CSV and JSON, one line per use, saying which kind', () => {
    const policy = queries.policy('x-test-policy')!;
    const uses = queries.clauseUses('x-test-policy');
    const lines = lensCsv(policy, uses).trimEnd().split('\r\n');
    expect(lines[0]).toBe('"clause","clause id","use","entity","entity id","date","account (handle or name)","action","summary","sources","event id"');
    expect(lines.slice(1).map((line) => line.split('","').slice(2, 5).join(' | '))).toEqual(['action | Leader A | leader-a', "action | '=Leader B | leader-b", "reversal | '=Leader B | leader-b"]);
    const json = JSON.parse(lensJson(policy, uses, queries.meta)) as { clause: { id: string }; uses: Array<{ use: string; event: { id: string } }> };
    expect(json.clause.id).toBe('x-test-policy');
    expect(json.uses.map(({ use, event }) => `${use} ${event.id}`)).toEqual(['action a-suspended', 'action b-labelled-2', 'reversal b-reinstated']);
  });
});

describe('the order of a comparison’s rules', () => {
  // Two leaders on X. Per rule: how many of them it was applied to (reach), then how many actions.
  const acts = (prefix: string, account: string, policy: string | null, n: number, action = 'post-removed') =>
    Array.from({ length: n }, (_, i) => event(`${prefix}-${i}`, account, `2021-0${i + 1}`, action, policy ? [policy] : []));
  const one = entityFile({
    id: 'one',
    names: { en: 'One' },
    accounts: [xAccount('x-one', 'One')],
    events: [
      ...acts('one-delta', 'x-one', 'p-delta', 1),
      ...acts('one-gamma', 'x-one', 'p-gamma', 3),
      ...acts('one-beta', 'x-one', 'p-beta', 2),
      ...acts('one-alpha-back', 'x-one', 'p-alpha', 1, 'reinstatement'),
      ...acts('one-epsilon', 'x-one', 'p-epsilon', 1, 'reinstatement'),
      ...acts('one-none', 'x-one', null, 1),
    ],
  });
  const two = entityFile({
    id: 'two',
    names: { en: 'Two' },
    accounts: [xAccount('x-two', 'Two')],
    events: [
      ...acts('two-delta', 'x-two', 'p-delta', 1),
      ...acts('two-alpha', 'x-two', 'p-alpha', 1),
      ...acts('two-zeta', 'x-two', 'p-zeta', 1),
      ...acts('two-epsilon', 'x-two', 'p-epsilon', 1, 'reinstatement'),
      ...acts('two-none', 'x-two', null, 1),
    ],
  });
  const names = { 'p-alpha': 'Alpha', 'p-beta': 'Beta', 'p-gamma': 'Gamma', 'p-delta': 'Delta', 'p-epsilon': 'Epsilon', 'p-zeta': 'Zeta' };
  const built = compileDataset(
    files(['entities/one.json', one], ['entities/two.json', two], ...Object.entries(names).map(([id, name]) => [`policies/${id}.json`, policyFile({ id, name })] as [string, unknown])),
    new Date('2026-12-01'),
  );
  if (!built.ok) throw new Error(JSON.stringify(built.problems));
  const order = (data = built.dataset) => compareRecords(createQueries(data), ['one', 'two']).platforms[0]!.rows.map((row) => row.policy?.name ?? row.policyId);

  it('reach first, then actions, then the name; reversals count for neither; no rule stated last', () => {
    expect(order()).toEqual(['Delta', 'Gamma', 'Beta', 'Alpha', 'Zeta', 'Epsilon', null]);
  });

  it('knows a leader with accounts on several platforms has one on this platform', () => {
    const facebook = { ...built.dataset.accounts.find((a) => a.id === 'x-one')!, id: 'facebook-one', platform: 'facebook' as const };
    const data = { ...built.dataset, accounts: [facebook, ...built.dataset.accounts] };
    const x = compareRecords(createQueries(data), ['one', 'two']).platforms.find((block) => block.platform === 'x')!;
    expect(x.rows[0]!.cells.map((cell) => cell.hasAccount)).toEqual([true, true]);
  });

  it('names a rule the dataset does not hold by its id, in the same order', () => {
    const unknown = { ...built.dataset.events.find((e) => e.id === 'two-zeta-0')!, id: 'two-unknown', policies: ['m-unheld'] };
    expect(order({ ...built.dataset, events: [...built.dataset.events, unknown] })).toEqual(['Delta', 'Gamma', 'Beta', 'Alpha', 'm-unheld', 'Zeta', 'Epsilon', null]);
  });

  it('orders two rules the dataset does not hold by their ids', () => {
    const unknown = (id: string, policy: string) => ({ ...built.dataset.events.find((e) => e.id === 'two-zeta-0')!, id, policies: [policy] });
    const events = [...built.dataset.events, unknown('two-unknown-n', 'n-unheld'), unknown('two-unknown-m', 'm-unheld')];
    expect(order({ ...built.dataset, events })).toEqual(['Delta', 'Gamma', 'Beta', 'Alpha', 'm-unheld', 'n-unheld', 'Zeta', 'Epsilon', null]);
  });
});
