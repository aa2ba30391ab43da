// @vitest-environment happy-dom
/**
 * An account that no dated source gives a handle for (a ministry named only as "the information
 * ministry's account") stays in the record under the name sources give it: the record says its posts
 * are not badged, and the matcher never takes that name for a handle (tests/unit/matcher.test.ts).
 */
import { h, render } from 'preact';
import { beforeAll, describe, expect, it } from 'vitest';
import { installMessages } from '../../src/i18n/current';
import { MESSAGES } from '../../src/i18n/messages';
import { compileDataset } from '../../src/dataset/compile';
import { createQueries } from '../../src/dataset/queries';
import { EntityView } from '../../src/ui/popup/EntityView';
import { entityFile, files, policyFile, source } from '../support/records';

beforeAll(() => installMessages(MESSAGES));

function viewOf(handles: Array<{ handle: string }>, name?: string): HTMLElement {
  const account = { id: 'x-test-ministry', platform: 'x', kind: 'ministry', language: 'en', handles, ...(name ? { name } : {}), sources: [source] };
  const event = { id: 'test-ministry-2021-suspended', account: 'x-test-ministry', platform: 'x', date: '2021-03', action: 'indefinite-suspension', policies: [], summary: 'Twitter suspended the ministry’s account.', sources: [source] };
  const compiled = compileDataset(files(['entities/test-leader.json', entityFile({ accounts: [account], events: [event] })], ['policies/x-test-policy.json', policyFile()]), new Date('2026-11-27'));
  if (!compiled.ok) throw new Error(JSON.stringify(compiled.problems));
  const root = document.createElement('div');
  render(h(EntityView, { id: 'test-leader', queries: createQueries(compiled.dataset) }), root);
  return root;
}

describe('an account named without a handle', () => {
  it('is listed by its name, with its events, and says its posts are not badged', () => {
    const root = viewOf([], 'Ministry of Testing');
    const account = root.querySelector('.account')!;
    expect(account.querySelector('.account__head a')?.textContent).toBe('Ministry of Testing');
    expect(account.textContent).toContain("No dated source states this account's handle");
    expect(root.textContent).toContain('Twitter suspended the ministry’s account.');
  });

  it('says nothing of the kind for an account with a handle', () => {
    expect(viewOf([{ handle: 'TestMinistry' }]).querySelector('.account')!.textContent).not.toContain('No dated source states');
  });
});
