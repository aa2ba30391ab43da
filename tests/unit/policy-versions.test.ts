import { describe, expect, it } from 'vitest';
import type { PolicyRecord } from '../../src/dataset/schema';
import { versionAt } from '../../src/policy/versions';
import { policyFile } from '../support/records';

const policy = policyFile() as PolicyRecord;
const covid = policyFile({
  versions: [{ from: '2020-03-18', to: '2022-11-23', summary: 'COVID rule.', url: 'https://example.org/c', sources: [] }],
}) as PolicyRecord;

describe('policy version in force', () => {
  it('picks the version in force on the date', () => {
    expect(versionAt(policy, Date.parse('2020-06-01'))).toMatchObject({ status: 'in-force', version: { summary: 'First wording.' } });
    expect(versionAt(policy, Date.parse('2024-06-01'))).toMatchObject({ status: 'in-force', version: { summary: 'Second wording.' } });
  });

  it('counts a month-precision end as the whole month', () => {
    expect(versionAt(policy, Date.parse('2020-12-31T23:00:00Z')).version.summary).toBe('First wording.');
  });

  it('says when a clause was not yet in force', () => {
    expect(versionAt(policy, Date.parse('2018-01-01'))).toMatchObject({ status: 'not-yet', version: { from: '2019-03' } });
  });

  it('says when a clause had ended', () => {
    expect(versionAt(covid, Date.parse('2020-10-06'))).toMatchObject({ status: 'in-force' });
    expect(versionAt(covid, Date.parse('2023-01-01'))).toMatchObject({ status: 'ended', version: { to: '2022-11-23' } });
  });
});

describe('a clause whose start is only the earliest record', () => {
  const evidenced = policyFile({
    versions: [{ from: '2022-10', fromIsEarliestRecord: true, to: null, summary: 'Wording seen in 2022.', url: 'https://example.org/a', sources: [] }],
  }) as PolicyRecord;

  it('says nothing is on record before it, rather than "not yet in force"', () => {
    expect(versionAt(evidenced, Date.parse('2020-06-23'))).toMatchObject({ status: 'unrecorded', version: { from: '2022-10' } });
    expect(versionAt(evidenced, Date.parse('2024-01-01'))).toMatchObject({ status: 'in-force' });
  });
});
