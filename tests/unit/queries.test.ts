import { beforeEach, describe, expect, it } from 'vitest';
import { compileDataset } from '../../src/dataset/compile';
import { accountLabelAt, createQueries, officeAt, placedEvents } from '../../src/dataset/queries';
import { countActions } from '../../src/dataset/tally';
import { entityFile, files, policyFile } from '../support/records';

const noAction = { ...entityFile().events[0]!, id: 'test-leader-2020-no-action', date: '2020-07', action: 'no-action', policies: [] };
const facebook = { ...entityFile().accounts[0]!, id: 'facebook-test-leader', platform: 'facebook' };
const facebookBan = { ...entityFile().events[0]!, id: 'test-leader-2022-facebook', account: 'facebook-test-leader', platform: 'facebook', date: '2022-03' };
const result = compileDataset(
  files(
    ['entities/test-leader.json', entityFile({ accounts: [...entityFile().accounts, facebook], events: [...entityFile().events, noAction, facebookBan] })],
    ['policies/x-test-policy.json', policyFile()],
    ['policies/x-leaders.json', policyFile({ id: 'x-leaders', name: 'Leaders', appliesTo: ['official'] })],
    ['policies/x-media.json', policyFile({ id: 'x-media', name: 'Media labels', appliesTo: ['state-media'] })],
  ),
  new Date('2026-11-27'),
);
if (!result.ok) throw new Error(JSON.stringify(result.problems));
const { dataset } = result;

/*
 * Built inside each test, never at collection time: mutation testing (docs/mutation.md) credits a
 * test only with the code that runs while it runs.
 */
let queries = createQueries(dataset);
let profile = queries.profile('x-test-leader')!;

describe('dataset queries', () => {
  beforeEach(() => {
    queries = createQueries(dataset);
    profile = queries.profile('x-test-leader')!;
  });

  it('gathers an account’s entity and events, newest first', () => {
    expect(profile.entity.names.en).toBe('Test Leader');
    expect(profile.events.map((e) => e.date)).toEqual(['2021-01-08', '2020-07']);
  });

  it('gathers the entity’s other accounts’ events apart, marked by account', () => {
    expect(profile.otherEvents.map(({ event, account }) => [event.id, account.platform])).toEqual([['test-leader-2022-facebook', 'facebook']]);
    expect(queries.profile('facebook-test-leader')!.otherEvents.map(({ event }) => event.date)).toEqual(['2021-01-08', '2020-07']);
  });

  it('counts platform actions, not "no action" decisions, on each platform of the entity', () => {
    expect(countActions(placedEvents(profile))).toEqual({ total: 2, byPlatform: { x: 1, facebook: 1 } });
  });

  it('lists cited clauses first, then those that apply to the kind of account, on its own platform only', () => {
    expect(profile.policies.map((p) => p.id)).toEqual(['x-test-policy', 'x-leaders']);
    // The Facebook account is "official" too, but X's clause for official accounts is not Facebook's.
    expect(queries.profile('facebook-test-leader')!.policies.map((p) => p.id)).toEqual(['x-test-policy']);
  });

  it('knows the office held and the handle used at a date', () => {
    expect(officeAt(profile.entity, Date.parse('2020-01-01'))?.title).toBe('Head of State of Testland');
    expect(officeAt(profile.entity, Date.parse('2018-01-01'))).toBeNull();
    const moved = { ...profile.account, handles: [{ handle: 'Old', from: '2010', to: '2019' }, { handle: 'New', from: '2020', to: null }] };
    expect(accountLabelAt(moved, Date.parse('2015-06-01'))).toBe('@Old');
    expect(accountLabelAt(moved, Date.parse('2024-06-01'))).toBe('@New');
    expect(accountLabelAt({ ...moved, handles: [], platform: 'facebook', name: 'Test Leader page' }, 0)).toBe('Test Leader page');
  });

  it('returns null for unknown ids', () => {
    expect(queries.profile('x-nobody')).toBeNull();
    expect(queries.policy('x-nothing')).toBeNull();
  });

  it('gathers an entity’s whole record: every account, every event newest first, the clauses they cite', () => {
    const record = queries.entityRecord('test-leader')!;
    expect(record.entity.id).toBe('test-leader');
    expect(record.accounts.map((account) => account.id)).toEqual(['x-test-leader', 'facebook-test-leader']);
    expect(record.events.map(({ event, account }) => [event.id, account.id])).toEqual([
      ['test-leader-2022-facebook', 'facebook-test-leader'],
      ['test-leader-2021-01-suspension', 'x-test-leader'],
      ['test-leader-2020-no-action', 'x-test-leader'],
    ]);
    expect(record.policies.map((policy) => policy.id)).toEqual(['x-test-policy']);
    expect(record.holders).toEqual([]);
    expect(queries.entityRecord('nobody')).toBeNull();
  });

  it('finds where a clause was cited, with whose account it was', () => {
    const { applied, undone, noAction } = queries.clauseUses('x-test-policy');
    expect(applied.map(({ event, account, entity }) => [event.id, account.id, entity.id])).toEqual([
      ['test-leader-2022-facebook', 'facebook-test-leader', 'test-leader'],
      ['test-leader-2021-01-suspension', 'x-test-leader', 'test-leader'],
    ]);
    expect(undone).toEqual([]);
    expect(noAction).toEqual([]);
    expect(queries.clauseUses('x-leaders')).toEqual({ applied: [], undone: [], noAction: [] });
  });
});

describe('dataset queries at their edges', () => {
  const person = (id: string, name: string, from: string, type = 'person') =>
    ({ ...dataset.entities[0]!, id, type, names: { en: name }, offices: [{ title: 'President of Testland', country: 'TL', from, to: null }], seat: undefined }) as never;
  const office = { ...dataset.entities[0]!, id: 'testland-presidency', type: 'office', names: { en: 'Presidency' }, offices: [], seat: { title: 'President of Testland', country: 'TL' } } as never;
  const officeAccount = { ...dataset.accounts[0]!, id: 'x-presidency', entity: 'testland-presidency', handles: [{ handle: 'Presidency' }] };

  it('lists an office’s holders, people only, earliest first', () => {
    const withSeat = {
      ...dataset,
      entities: [person('later', 'Later Holder', '2020-01-01'), person('earlier', 'Earlier Holder', '2010-01-01'), person('body', 'A Body Claiming It', '2015-01-01', 'government-body'), office],
      accounts: [...dataset.accounts, officeAccount],
    };
    const holders = createQueries(withSeat).profile('x-presidency')!.holders;
    expect(holders.map(({ person: holder }) => holder.names.en)).toEqual(['Earlier Holder', 'Later Holder']);
  });

  it('gives no profile for an account whose entity is missing', () => {
    const orphan = { ...dataset, accounts: [...dataset.accounts, { ...officeAccount, id: 'x-orphan', entity: 'nobody' }] };
    expect(createQueries(orphan).profile('x-orphan')).toBeNull();
  });

  it('drops a cited clause the dataset does not hold, keeping the ones it does', () => {
    const cites = { ...dataset, events: dataset.events.map((event) => (event.account === 'x-test-leader' ? { ...event, policies: ['x-gone', ...event.policies] } : event)) };
    const { policies } = createQueries(cites).profile('x-test-leader')!;
    expect(policies.every((policy) => policy !== undefined)).toBe(true);
    expect(policies.map((policy) => policy.id)).not.toContain('x-gone');
  });

  it('sorts the other accounts’ events newest first across accounts, and remembers a profile', () => {
    const youtube = { ...dataset.accounts[0]!, id: 'youtube-test-leader', platform: 'youtube' as const, handles: [] };
    const early = { ...dataset.events[0]!, id: 'yt-2019', account: 'youtube-test-leader', platform: 'youtube' as const, date: '2019-05' };
    const late = { ...dataset.events[0]!, id: 'yt-2023', account: 'youtube-test-leader', platform: 'youtube' as const, date: '2023-05' };
    const more = { ...dataset, accounts: [...dataset.accounts, youtube], events: [late, ...dataset.events, early] };
    const local = createQueries(more);
    const first = local.profile('x-test-leader')!;
    expect(first.otherEvents.map(({ event }) => event.id)).toEqual(['yt-2023', 'test-leader-2022-facebook', 'yt-2019']);
    expect(local.profile('x-test-leader')).toBe(first);
  });

  it('sorts a clause’s uses into applied, undone and no action, dropping events of unknown accounts', () => {
    const reinstated = { ...dataset.events[0]!, id: 'reinstated', date: '2022-11', action: 'reinstatement' as const };
    const declined = { ...dataset.events[0]!, id: 'declined', date: '2020-08', action: 'no-action' as const };
    const stray = { ...dataset.events[0]!, id: 'stray', account: 'x-nobody' };
    const uses = createQueries({ ...dataset, events: [reinstated, ...dataset.events, declined, stray] }).clauseUses('x-test-policy');
    expect(uses.applied.map(({ event }) => event.id)).toEqual(['test-leader-2022-facebook', 'test-leader-2021-01-suspension']);
    expect(uses.undone.map(({ event }) => event.id)).toEqual(['reinstated']);
    expect(uses.noAction.map(({ event }) => event.id)).toEqual(['declined']);
  });

  it('drops a clause’s use by an account whose entity is missing', () => {
    const orphan = { ...officeAccount, id: 'x-orphan', entity: 'nobody' };
    const stray = { ...dataset.events[0]!, id: 'orphan-event', account: 'x-orphan' };
    const uses = createQueries({ ...dataset, accounts: [...dataset.accounts, orphan], events: [...dataset.events, stray] }).clauseUses('x-test-policy');
    expect(uses.applied.map(({ event }) => event.id)).toEqual(['test-leader-2022-facebook', 'test-leader-2021-01-suspension']);
  });

  it('gives an entity without accounts a record with no accounts and no events', () => {
    const record = createQueries({ ...dataset, entities: [...dataset.entities, office] }).entityRecord('testland-presidency')!;
    expect(record.accounts).toEqual([]);
    expect(record.events).toEqual([]);
  });

  it('names an account at a date none of its handles covers by its latest handle', () => {
    const once = { ...dataset.accounts[0]!, handles: [{ handle: 'OnlyHandle', from: '2020-01-01' }] };
    expect(accountLabelAt(once, Date.parse('2019-01-01'))).toBe('@OnlyHandle');
    const thrice = { ...dataset.accounts[0]!, handles: [{ handle: 'First', from: '2010', to: '2012' }, { handle: 'Second', from: '2013', to: '2015' }, { handle: 'Third', from: '2016', to: '2018' }] };
    expect(accountLabelAt(thrice, Date.parse('2020-01-01'))).toBe('@Third');
  });

  it('tells which imported pack a record comes from, and nothing for the bundled dataset’s', () => {
    const local = createQueries(dataset, new Map([['x-test-leader', 'Researcher pack']]));
    expect(local.packOf('x-test-leader')).toBe('Researcher pack');
    expect(local.packOf('x-test-policy')).toBeUndefined();
  });
});
