/**
 * The dataset's integrity checks (src/dataset/integrity.ts) at their edges, where mutation testing
 * found checks no test could tell from a broken version (docs/mutation.md): each date check at its
 * exact boundary (a day ahead is the future, today is not; a range may start and end the same day),
 * the field each problem names, offices, user ids, overlapping handles reported once, policy versions
 * that follow one another without a gap.
 */
import { describe, expect, it } from 'vitest';
import { compileDataset, formatProblem } from '../../src/dataset/compile';
import { entityFile, files, policyFile, source } from '../support/records';

const TODAY = new Date('2026-11-27T00:00:00Z');
const problems = (...records: Array<[string, unknown]>) => {
  const result = compileDataset(files(...records), TODAY);
  return result.ok ? [] : result.problems.map(formatProblem);
};
const leader = (edit: (entity: ReturnType<typeof entityFile>) => void = () => {}) => {
  const entity = entityFile();
  edit(entity);
  return ['entities/test-leader.json', entity] as [string, unknown];
};
const policy = (edit: (file: ReturnType<typeof policyFile>) => void = () => {}) => {
  const file = policyFile();
  edit(file);
  return ['policies/x-test-policy.json', file] as [string, unknown];
};

describe('dates at their boundaries', () => {
  it('a source dated today is fine, one dated tomorrow is in the future, in every place sources sit', () => {
    expect(problems(leader((e) => (e.events[0]!.sources = [{ ...source, date: '2026-11-27' }])), policy())).toEqual([]);
    expect(problems(leader((e) => (e.events[0]!.sources = [{ ...source, date: '2026-11-28' }])), policy())).toEqual([
      'entities/test-leader.json › events.0.sources.0.date: is in the future',
    ]);
    expect(problems(leader((e) => (e.accounts[0]!.sources = [source, { ...source, date: '2026-11-28' }])), policy())).toEqual([
      'entities/test-leader.json › accounts.0.sources.1.date: is in the future',
    ]);
    expect(
      problems(
        leader((e) => Object.assign(e.accounts[0]!, { userId: '25073877', userIdSource: { ...source, date: '2026-11-28' } })),
        policy(),
      ),
    ).toEqual(['entities/test-leader.json › accounts.0.userIdSource.0.date: is in the future']);
    expect(problems(leader(), policy((p) => (p.versions[1]!.sources = [{ ...source, date: '2026-11-28' }])))).toEqual([
      'policies/x-test-policy.json › versions.1.sources.0.date: is in the future',
    ]);
  });

  it('an event dated today is fine, tomorrow is in the future', () => {
    expect(problems(leader((e) => (e.events[0]!.date = '2026-11-27')), policy())).toEqual([]);
    expect(problems(leader((e) => (e.events[0]!.date = '2026-11-28')), policy())).toEqual(['entities/test-leader.json › events.0.date: is in the future']);
  });

  it('an office, a handle claim or a policy version may start and end on the same day, not end before it starts', () => {
    expect(problems(leader((e) => (e.offices[0] = { ...e.offices[0]!, from: '2019-01-01', to: '2019-01-01' as never })), policy())).toEqual([]);
    expect(problems(leader((e) => (e.offices[0] = { ...e.offices[0]!, from: '2019-01-02', to: '2019-01-01' as never })), policy())).toEqual([
      'entities/test-leader.json › offices.0.to: is before "from"',
    ]);
    expect(problems(leader(), policy((p) => Object.assign(p.versions[0]!, { from: '2019-03', to: '2019-03' })))).toEqual([]);
    expect(problems(leader(), policy((p) => Object.assign(p.versions[0]!, { from: '2019-03', to: '2019-02' })))).toEqual([
      'policies/x-test-policy.json › versions.0.to: is before "from"',
    ]);
  });

  it('a policy version may start the month the previous one ends, not before', () => {
    expect(problems(leader(), policy((p) => Object.assign(p.versions[1]!, { from: '2020-12' })))).toEqual([]);
    expect(problems(leader(), policy((p) => Object.assign(p.versions[1]!, { from: '2020-11' })))).toEqual([
      'policies/x-test-policy.json › versions.1.from: starts before the previous version ends (versions must be in order)',
    ]);
  });
});

describe('accounts', () => {
  it('names the bad user id and the bad handle by field', () => {
    expect(problems(leader((e) => Object.assign(e.accounts[0]!, { userId: 'did:plc:abcdefghijklmnopqrstuvwx', userIdSource: source })), policy())).toEqual([
      'entities/test-leader.json › accounts.0.userId: "did:plc:abcdefghijklmnopqrstuvwx" must be the numeric platform id as a string',
    ]);
    expect(problems(leader((e) => (e.accounts[0]!.handles = [{ handle: 'TestLeader' }, { handle: 'far_too_long_handle_here' }])), policy())).toEqual([
      expect.stringContaining('accounts.0.handles.1.handle: "far_too_long_handle_here" is not a valid X handle'),
    ]);
  });

  it('reports a handle two accounts share once per account, even when one claims it twice', () => {
    const entity = entityFile();
    const second = { ...entity.accounts[0]!, id: 'x-test-leader-2', handles: [{ handle: 'TestLeader', to: '2020' }, { handle: 'TestLeader', from: '2021' }] };
    entity.accounts.push(second as never);
    const found = problems(['entities/test-leader.json', entity], policy());
    expect(found).toEqual(['entities/test-leader.json › accounts.1.handles: handle "TestLeader" is also claimed by account "x-test-leader" (entities/test-leader.json) for overlapping dates']);
  });

  it('lets records share a user id only over separate dates: one account that changed owner', () => {
    const withSharedId = (laterFrom: string) => {
      const entity = entityFile();
      const first = Object.assign(entity.accounts[0]!, { userId: '1323730225067339784', userIdSource: source, handles: [{ handle: 'Transition46', to: '2021-01-19' }] });
      entity.accounts.push({ ...first, id: 'x-test-leader-office', handles: [{ handle: 'WhiteHouse', from: laterFrom, to: null }] } as never);
      return problems(['entities/test-leader.json', entity], policy());
    };
    expect(withSharedId('2021-01-20')).toEqual([]);
    expect(withSharedId('2021-01-19')).toEqual([
      'entities/test-leader.json › accounts.1.userId: user id 1323730225067339784 is also claimed by account "x-test-leader" for overlapping dates',
    ]);
  });

  it('never reports an account against itself', () => {
    expect(problems(leader((e) => (e.accounts[0]!.handles = [{ handle: 'TestLeader', to: '2020' } as never, { handle: 'TestLeader', from: '2021' } as never])), policy())).toEqual([]);
  });
});

describe('strings anywhere in a record', () => {
  it('are checked however deep they sit, in arrays and objects, with their full path', () => {
    expect(problems(leader((e) => (e.events[0]!.sources = [{ ...source, title: 'Title \u202E reversed' }])), policy())).toEqual([
      'entities/test-leader.json › events.0.sources.0.title: holds a direction override or isolate character (U+202A–U+202E, U+2066–U+2069)',
    ]);
    expect(problems(leader((e) => (e.names = { en: 'Test \u2066Leader' } as never)), policy())).toEqual([
      'entities/test-leader.json › names.en: holds a direction override or isolate character (U+202A–U+202E, U+2066–U+2069)',
    ]);
  });
});
