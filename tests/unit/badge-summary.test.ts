import { describe, expect, it } from 'vitest';
import { seatHoldersAt, summariseForBadge } from '../../src/dataset/badge-summary';
import { compileDataset } from '../../src/dataset/compile';
import { createQueries } from '../../src/dataset/queries';
import { entityFile, files, policyFile } from '../support/records';

// One leader with an X account (suspended 2021-01-08) and a Facebook account banned later (2022-03).
const facebook = { ...entityFile().accounts[0]!, id: 'facebook-test-leader', platform: 'facebook' };
const facebookBan = { ...entityFile().events[0]!, id: 'test-leader-2022-facebook', account: 'facebook-test-leader', platform: 'facebook', date: '2022-03' };
const result = compileDataset(
  files(['entities/test-leader.json', entityFile({ accounts: [...entityFile().accounts, facebook], events: [...entityFile().events, facebookBan] })], ['policies/x-test-policy.json', policyFile()]),
  new Date('2026-11-27'),
);
if (!result.ok) throw new Error(JSON.stringify(result.problems));
const { dataset } = result;

describe('badge summary', () => {
  it('names the latest action on the badge’s own platform, not a later one on another platform', () => {
    const summary = summariseForBadge(createQueries(dataset).profile('x-test-leader')!);
    expect(summary.latest).toMatchObject({ action: 'permanent-suspension', date: '2021-01-08' });
    expect(summary.actions).toBe(1);
  });

  it('finds no seat holders for an account whose entity serves no seat', () => {
    const summary = summariseForBadge(createQueries(dataset).profile('x-test-leader')!);
    expect(summary.seat).toBeUndefined();
    expect(seatHoldersAt(summary, Date.parse('2022-01-01'))).toEqual([]);
  });
});
