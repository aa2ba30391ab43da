// @vitest-environment happy-dom
/**
 * What the overlay says, checked on its words (written out here, not read from the code's own
 * tables): the summary line never calls a "no action" decision the latest action; a clause's date
 * line tells "not yet in force" from "not on record".
 */
import { h, render, type ComponentChild } from 'preact';
import { beforeAll, describe, expect, it } from 'vitest';
import { installMessages } from '../../src/i18n/current';
import { MESSAGES } from '../../src/i18n/messages';
import { RecordSummary } from '../../src/overlay/Badge';
import { ClauseItem } from '../../src/overlay/ClauseItem';
import type { PolicyRecord } from '../../src/dataset/schema';
import { datasetTracking } from '../support/dataset';
import { createLocalLookup } from '../support/local-lookup';
import { policyFile } from '../support/records';
import { summariseForBadge } from '../../src/dataset/badge-summary';

beforeAll(() => installMessages(MESSAGES));

const drawn = (node: ComponentChild) => {
  const root = document.createElement('div');
  render(node, root);
  return root.textContent ?? '';
};

describe('the summary line', () => {
  it('names the latest platform action, never a later "no action" decision', () => {
    const lookup = createLocalLookup(datasetTracking('TestLeader'));
    const profile = lookup.profile('x-leader-testleader')!;
    const suspension = profile.events[0]!;
    const later = { ...suspension, id: 'later-no-action', date: '2024-05-01', action: 'no-action' as const, summary: 'The platform decided not to act.' };
    const text = drawn(h(RecordSummary, { summary: summariseForBadge({ ...profile, events: [later, suspension] }) }));
    expect(text).toContain('Permanent suspension');
    expect(text).toContain('Jan 8, 2021');
    expect(text).not.toContain('decided not to act');
  });
});

describe('a clause’s date line', () => {
  const clause = (fromIsEarliestRecord: boolean) =>
    policyFile({ versions: [{ from: '2022-10', ...(fromIsEarliestRecord ? { fromIsEarliestRecord } : {}), to: null, summary: 'Wording.', url: 'https://example.org/a', sources: [] }] }) as PolicyRecord;

  it('says "not yet in force" before a clause began', () => {
    expect(drawn(h(ClauseItem, { policy: clause(false), at: Date.parse('2020-06-23'), datasetVersion: '1' }))).toContain('not yet in force on this date (from Oct 2022)');
  });

  it('says the wording is not on record before its earliest record, never "not yet in force"', () => {
    const text = drawn(h(ClauseItem, { policy: clause(true), at: Date.parse('2020-06-23'), datasetVersion: '1' }));
    expect(text).toContain('wording on this date not on record (earliest record: Oct 2022');
    expect(text).not.toContain('not yet in force');
  });
});
