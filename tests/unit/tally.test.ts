import { describe, expect, it } from 'vitest';
import type { Action, EventRecord } from '../../src/dataset/schema';
import { countActions, enforcementActions, isEnforcementAction, latestAction, summaryParts } from '../../src/dataset/tally';
import { ACTIONS } from '../../src/dataset/vocabulary';

const event = (action: Action, date: string): Pick<EventRecord, 'action' | 'date'> => ({ action, date });

describe('the record counted, one definition everywhere', () => {
  it('counts what a platform did, never an undoing or a decision to do nothing', () => {
    // Written out, not derived from the code's own table: a changed definition must fail here.
    const counted = ACTIONS.filter((action) => isEnforcementAction({ action }));
    expect(counted).toEqual([
      'post-removed',
      'post-hidden-notice',
      'post-labelled',
      'reach-limited',
      'interaction-restricted',
      'ads-restricted',
      'withheld-in-country',
      'account-locked',
      'temporary-suspension',
      'indefinite-suspension',
      'permanent-suspension',
      'account-labelled',
    ]);
    expect(enforcementActions([event('reinstatement', '2022-11'), event('post-removed', '2020')])).toEqual([event('post-removed', '2020')]);
  });

  it('counts per platform and in all', () => {
    const placed = [
      { event: { ...event('post-labelled', '2020-05-26') } as EventRecord, platform: 'x' as const },
      { event: { ...event('permanent-suspension', '2021-01-08') } as EventRecord, platform: 'x' as const },
      { event: { ...event('reinstatement', '2022-11-19') } as EventRecord, platform: 'x' as const },
      { event: { ...event('indefinite-suspension', '2021-01-07') } as EventRecord, platform: 'facebook' as const },
      { event: { ...event('no-action', '2020-06') } as EventRecord, platform: 'facebook' as const },
    ];
    expect(countActions(placed)).toEqual({ total: 3, byPlatform: { x: 2, facebook: 1 } });
    expect(countActions([])).toEqual({ total: 0, byPlatform: {} });
  });

  it('names the newest enforcement action as the latest, not a later reinstatement or "no action"', () => {
    const events = [event('post-labelled', '2020-05'), event('reinstatement', '2022-11-19'), event('permanent-suspension', '2021-01-08'), event('no-action', '2023')];
    expect(latestAction(events)).toEqual(event('permanent-suspension', '2021-01-08'));
    expect(latestAction([event('no-action', '2023')])).toBeUndefined();
  });

  it('sums the record up: account actions as a story in time, then post actions by count', () => {
    const parts = summaryParts([
      event('post-hidden-notice', '2020-05-29'),
      event('reinstatement', '2022-11-19'),
      event('post-labelled', '2020-11'),
      event('post-hidden-notice', '2020-11-04'),
      event('permanent-suspension', '2021-01-08'),
      event('account-locked', '2021-01-06'),
      event('account-locked', '2020-10'),
      event('post-labelled', '2020-06'),
      event('post-removed', '2021-01-06'),
      event('no-action', '2020-06'),
    ]);
    expect(parts).toEqual([
      { kind: 'account', action: 'account-locked', count: 2, latest: '2021-01-06' },
      { kind: 'account', action: 'permanent-suspension', count: 1, latest: '2021-01-08' },
      { kind: 'account', action: 'reinstatement', count: 1, latest: '2022-11-19' },
      { kind: 'posts', group: 'removed', count: 1 },
      { kind: 'posts', group: 'notices', count: 2 },
      { kind: 'posts', group: 'labels', count: 2 },
      { kind: 'posts', group: 'noAction', count: 1 },
    ]);
    expect(summaryParts([])).toEqual([]);
  });

  it('dates a repeated account action by its newest, whatever order the events come in', () => {
    expect(summaryParts([event('account-locked', '2020-10'), event('account-locked', '2021-01-06')])).toEqual([{ kind: 'account', action: 'account-locked', count: 2, latest: '2021-01-06' }]);
  });

  it('tells an ads restriction as a dated account action, not as a post count', () => {
    // RT's record: Twitter barred its ads in October 2017; the line must say when, as it does for a lock.
    expect(summaryParts([event('ads-restricted', '2017-10-26'), event('account-labelled', '2020-08')])).toEqual([
      { kind: 'account', action: 'ads-restricted', count: 1, latest: '2017-10-26' },
      { kind: 'account', action: 'account-labelled', count: 1, latest: '2020-08' },
    ]);
  });

  it('counts posts whose replies or sharing the platform turned off as their own phrase, not as reach', () => {
    // Weibo switched off comments on embassy posts that stayed up: who could see them did not change.
    expect(summaryParts([event('interaction-restricted', '2017-11-15'), event('interaction-restricted', '2017-12-21'), event('reach-limited', '2018')])).toEqual([
      { kind: 'posts', group: 'limited', count: 1 },
      { kind: 'posts', group: 'restricted', count: 2 },
    ]);
  });

  it('tells a check shown again after its removal in that order, though it is dated only to the month', () => {
    const removed = { id: 'removed', action: 'account-label-removed', date: '2023-04-20' } as const;
    const returned = { id: 'returned', action: 'account-labelled', date: '2023-04', after: 'removed' } as const;
    expect(summaryParts([returned, removed]).map((part) => part.kind === 'account' && part.action)).toEqual(['account-label-removed', 'account-labelled']);
    expect(latestAction([removed, returned])).toBe(returned);
  });

  it('gives every action a place in the summary, once', () => {
    for (const action of ACTIONS) expect(summaryParts([event(action, '2020')]), action).toHaveLength(1);
  });
});
