import { describe, expect, it } from 'vitest';
import { normaliseHandle } from '../../src/dataset/handles';
import { createAccountIndex, createMatcher } from '../../src/matching/matcher';
import { lookupKeys } from '../../src/matching/account-lookup';
import { account } from '../support/records';

const at = (date: string) => Date.parse(`${date}T12:00:00Z`);

const leader = account({ id: 'x-leader', handles: [{ handle: 'Khamenei_ir' }] });
const potus45 = account({ id: 'x-potus-45', userId: '822215679726100480', handles: [{ handle: 'POTUS', from: '2017-01-20', to: '2021-01-20' }] });
const potus46 = account({ id: 'x-potus-46', userId: '1349149096909668363', handles: [{ handle: 'POTUS', from: '2021-01-20', to: '2025-01-20' }] });
const matcher = createMatcher([leader, potus45, potus46], () => at('2026-11-27'));

describe('matcher', () => {
  it('matches a handle whatever its ASCII case, with or without "@"', () => {
    expect(matcher.match({ platform: 'x', handle: 'khamenei_IR' })?.id).toBe('x-leader');
    expect(normaliseHandle('@Khamenei_ir')).toBe('khamenei_ir');
  });

  it('never matches lookalike handles', () => {
    for (const spoof of ['Khamenei_ir_', 'Khamenei_ir\u200b', 'Кhamenei_ir' /* Cyrillic К */, 'Khamenel_ir', 'Khamenei ir', ''])
      expect(matcher.match({ platform: 'x', handle: spoof }), spoof).toBeNull();
  });

  it('only matches on the platform the account is on', () => {
    expect(matcher.match({ platform: 'bluesky', handle: 'Khamenei_ir' })).toBeNull();
  });

  it('respects the dates a handle belonged to an account', () => {
    expect(matcher.match({ platform: 'x', handle: 'POTUS', at: at('2019-06-01') })?.id).toBe('x-potus-45');
    expect(matcher.match({ platform: 'x', handle: 'POTUS', at: at('2023-06-01') })?.id).toBe('x-potus-46');
    expect(matcher.match({ platform: 'x', handle: 'POTUS', at: at('2016-06-01') })).toBeNull();
    // After the last recorded holder's dates, an unknown account holds the handle.
    expect(matcher.match({ platform: 'x', handle: 'POTUS', at: at('2026-06-01') })).toBeNull();
  });

  it('prefers the numeric id over the handle', () => {
    expect(matcher.match({ platform: 'x', handle: 'POTUS', userId: '822215679726100480', at: at('2023-06-01') })?.id).toBe('x-potus-45');
    expect(matcher.match({ platform: 'x', handle: 'someone_else', userId: '1349149096909668363' })?.id).toBe('x-potus-46');
  });

  it('refuses a handle whose account has a different known id than the page gives', () => {
    expect(matcher.match({ platform: 'x', handle: 'POTUS', userId: '42', at: at('2023-06-01') })).toBeNull();
  });

  it('matches by handle when the account has no recorded id', () => {
    expect(matcher.match({ platform: 'x', handle: 'Khamenei_ir', userId: '42' })?.id).toBe('x-leader');
  });

  it('never matches an account named without a handle, not even by its name', () => {
    const named = account({ id: 'x-named-ministry', handles: [], name: 'MinInfo' });
    const withNamed = createMatcher([leader, named], () => at('2026-11-27'));
    expect(withNamed.match({ platform: 'x', handle: 'MinInfo' })).toBeNull();
    expect(withNamed.match({ platform: 'x', handle: 'Khamenei_ir' })?.id).toBe('x-leader');
  });

  it('returns null for a missing handle', () => {
    expect(matcher.match({ platform: 'x', handle: null })).toBeNull();
  });
});

describe('account index', () => {
  it('knows which accounts it holds', () => {
    const index = createAccountIndex();
    index.add(account({ id: 'x-held', handles: [{ handle: 'Held' }] }));
    expect(index.has('x-held')).toBe(true);
    expect(index.has('x-other')).toBe(false);
  });

  it('holds an account added twice as one: its id alone still names it, at any date', () => {
    // The content scripts add the accounts each answer brings, so one account can arrive twice.
    const index = createAccountIndex(() => at('2026-11-27'));
    index.add(potus45);
    index.add(potus45);
    // After its handle's dates: a lone record with this id is the account, whoever holds @POTUS now.
    expect(index.match({ platform: 'x', handle: 'someone_else', userId: '822215679726100480', at: at('2026-06-01') })?.id).toBe('x-potus-45');
  });

  it('picks by the post’s date among records of one account that changed owner', () => {
    const transition = account({ id: 'x-transition', userId: '1323730225067339784', handles: [{ handle: 'Transition46', to: '2021-01-19' }] });
    const office = account({ id: 'x-office', userId: '1323730225067339784', handles: [{ handle: 'WhiteHouse', from: '2021-01-20', to: '2025-01-19' }, { handle: 'WhiteHouse46', from: '2025-03-18', to: null }] });
    const index = createMatcher([transition, office], () => at('2026-11-27'));
    const byId = (date: string, handle = 'WhiteHouse46') => index.match({ platform: 'x', handle, userId: '1323730225067339784', at: at(date) })?.id;
    expect(byId('2020-12-01')).toBe('x-transition');
    expect(byId('2021-01-19')).toBe('x-transition');
    expect(byId('2021-01-20')).toBe('x-office');
    // Between the office's two handles the account was still the office's.
    expect(byId('2025-02-10')).toBe('x-office');
    expect(byId('2026-06-01')).toBe('x-office');
  });

  it('names no one when no record sharing an id covers the post’s date, whatever the handle', () => {
    const early = account({ id: 'x-early', userId: '77', handles: [{ handle: 'Early', from: '2015', to: '2016' }] });
    const late = account({ id: 'x-late', userId: '77', handles: [{ handle: 'Late', from: '2020', to: '2021' }] });
    const other = account({ id: 'x-other', handles: [{ handle: 'Other' }] });
    const index = createMatcher([early, late, other], () => at('2026-11-27'));
    expect(index.match({ platform: 'x', handle: 'Other', userId: '77', at: at('2018-06-01') })).toBeNull();
    expect(index.match({ platform: 'x', handle: 'Late', userId: '77', at: at('2020-06-01') })?.id).toBe('x-late');
  });

  it('indexes by user id only the accounts that have one', () => {
    const index = createAccountIndex();
    index.add(account({ id: 'x-no-id', handles: [{ handle: 'NoId' }] }));
    // An account without an id must not answer to a page that shows the id "undefined".
    expect(index.match({ platform: 'x', handle: null, userId: 'undefined' })).toBeNull();
    expect(index.match({ platform: 'x', handle: 'NoId', userId: null })?.id).toBe('x-no-id');
  });

  it('gives a post the keys of its handle and, when the page shows one, its user id', () => {
    expect(lookupKeys({ platform: 'x', handle: 'Someone', userId: '12345' })).toEqual(['x:h:someone', 'x:i:12345']);
    expect(lookupKeys({ platform: 'x', handle: 'Someone', userId: null })).toEqual(['x:h:someone']);
    // A post whose author shows only an id (no handle read) still gets its id key.
    expect(lookupKeys({ platform: 'x', handle: null, userId: '12345' })).toEqual(['x:i:12345']);
  });
});

