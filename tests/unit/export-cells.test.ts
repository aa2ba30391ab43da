import { describe, expect, it } from 'vitest';
import { compileDataset } from '../../src/dataset/compile';
import { lensCsv, lensJson } from '../../src/dataset/lens-export';
import { createQueries } from '../../src/dataset/queries';
import { entityFile, files, policyFile, source } from '../support/records';

// A Facebook page named (no handle) with an "@" inside its name, and an event with two sources.
const page = { ...entityFile().accounts[0]!, id: 'facebook-test-leader', platform: 'facebook', handles: [], name: 'Leader @ Home' };
const second = { ...source, url: 'https://example.org/second' };
const removal = { ...entityFile().events[0]!, id: 'test-leader-2021-removal', account: 'facebook-test-leader', platform: 'facebook', action: 'post-removed', policies: ['facebook-test-policy'], sources: [source, second] };
const result = compileDataset(
  files(['entities/test-leader.json', entityFile({ accounts: [page], events: [removal] })], ['policies/facebook-test-policy.json', policyFile({ id: 'facebook-test-policy', platform: 'facebook' })]),
  new Date('2026-11-27'),
);
if (!result.ok) throw new Error(JSON.stringify(result.problems));
const { dataset } = result;

describe('an event’s cells in the exports', () => {
  it('keeps an "@" inside a page’s name, and lists every source link apart', () => {
    const queries = createQueries(dataset);
    const cells = lensCsv(queries.policy('facebook-test-policy')!, queries.clauseUses('facebook-test-policy')).trimEnd().split('\r\n')[1]!.split('","');
    expect(cells[6]).toBe('Leader @ Home');
    expect(cells[9]).toBe('https://example.org/report https://example.org/second');
  });

  it('names each use’s entity in the lens’s JSON', () => {
    const queries = createQueries(dataset);
    const json = JSON.parse(lensJson(queries.policy('facebook-test-policy')!, queries.clauseUses('facebook-test-policy'), queries.meta)) as { uses: Array<{ entity: unknown; account: string }> };
    expect(json.uses).toEqual([expect.objectContaining({ entity: { id: 'test-leader', name: 'Test Leader' }, account: 'facebook-test-leader' })]);
  });
});
