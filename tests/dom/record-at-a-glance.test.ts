// @vitest-environment happy-dom
/**
 * The record summed up, on its words (written out here, not read from the code's tables): the
 * panel's counts and one-line story, the badge's count, the popup's search result, all from one
 * definition; the latest events first and the rest on demand; a Close button; the account's
 * attribution behind a disclosure.
 */
import { h, render } from 'preact';
import { act } from 'preact/test-utils';
import { beforeAll, describe, expect, it } from 'vitest';
import type { AccountProfile } from '../../src/dataset/queries';
import type { Action, EventRecord } from '../../src/dataset/schema';
import { installMessages } from '../../src/i18n/current';
import { MESSAGES } from '../../src/i18n/messages';
import { Annotation } from '../../src/overlay/Annotation';
import { RecordSummary } from '../../src/overlay/Badge';
import { countPhrases } from '../../src/overlay/Summary';
import { createSearchIndex } from '../../src/search/search-index';
import { datasetTracking } from '../support/dataset';
import { createLocalLookup } from '../support/local-lookup';
import { summariseForBadge } from '../../src/dataset/badge-summary';

beforeAll(() => installMessages(MESSAGES));

const dataset = datasetTracking('TestLeader');
const lookup = createLocalLookup(dataset);
const base = lookup.profile('x-leader-testleader')!;
const template = base.events[0]!;
const facebook = { ...base.account, id: 'facebook-leader-testleader', platform: 'facebook' as const };

let serial = 0;
const event = (action: Action, date: string): EventRecord => ({ ...template, id: `event-${(serial += 1)}`, action, date, summary: `${action} on ${date}` });

/** On X: locked twice, suspended, reinstated, five posts behind a notice, two labelled; on Facebook a suspension and a decision not to act. */
const profile: AccountProfile = {
  ...base,
  events: [
    event('post-labelled', '2023-03'),
    event('reinstatement', '2022-11-19'),
    event('permanent-suspension', '2021-01-08'),
    event('account-locked', '2021-01-06'),
    ...['2020-11-04', '2020-11-05', '2020-11-06', '2020-11-07', '2020-11-08'].map((date) => event('post-hidden-notice', date)),
    event('post-labelled', '2020-05-26'),
    event('account-locked', '2020-01'),
  ],
  otherEvents: [
    { event: event('no-action', '2023-01'), account: facebook },
    { event: event('indefinite-suspension', '2021-01-07'), account: facebook },
  ],
};

function drawn(props: Partial<Parameters<typeof Annotation>[0]> = {}) {
  const root = document.createElement('div');
  document.body.append(root);
  let open = true;
  const draw = () =>
    render(
      h(Annotation, { summary: summariseForBadge(profile), profile, records: lookup.records, role: 'author', at: Date.parse('2024-01-01'), open, panelId: 'p1', onToggle: () => ((open = !open), draw()), ...props }),
      root,
    );
  draw();
  return root;
}

describe('the record at a glance', () => {
  it('counts enforcement actions on the post’s platform and on all, never reinstatements or "no action"', () => {
    const root = drawn();
    const counts = [...root.querySelectorAll('.glance__count')].map((el) => el.textContent);
    expect(counts).toEqual(['10 actions on X (Twitter)', '11 actions on all platforms']);
    expect(root.querySelector('.badge__count-long')?.textContent).toBe('10 actions on X (Twitter)');
  });

  it('tells the account’s story in time, then counts post actions', () => {
    expect(drawn().querySelector('.glance__story')?.textContent).toBe(
      'Account locked ×2 (latest Jan 6, 2021) · Permanent suspension (Jan 8, 2021) · Reinstated (Nov 19, 2022) · 5 posts behind a notice · 2 posts labelled',
    );
  });

  it('says only the platform when every action is there', () => {
    expect(countPhrases({ total: 3, byPlatform: { x: 3 } }, 'x')).toEqual(['3 actions on X (Twitter)']);
    expect(countPhrases({ total: 0, byPlatform: {} }, 'bluesky')).toEqual(['no actions on Bluesky']);
    expect(countPhrases({ total: 4, byPlatform: { x: 1, youtube: 3 } })).toEqual(['4 actions on all platforms']);
    expect(countPhrases({ total: 1, byPlatform: { youtube: 1 } })).toEqual(['1 action on YouTube']);
    expect(countPhrases({ total: 0, byPlatform: {} })).toEqual(['no actions on record']);
  });

  it('names the latest enforcement action, not a later reinstatement', () => {
    const root = document.createElement('div');
    render(h(RecordSummary, { summary: summariseForBadge({ ...profile, events: profile.events.filter((e) => e.action !== 'post-labelled' || e.date !== '2023-03') }) }), root);
    expect(root.textContent).toMatch(/^Latest: Permanent suspension, Jan 8, 2021\./);
  });

  it('shows the latest three events, the rest on demand', () => {
    const root = drawn();
    const own = () => [...root.querySelectorAll('.panel ol.events')][0]!.querySelectorAll(':scope > li').length;
    expect(own()).toBe(3);
    const more = [...root.querySelectorAll('button.fold')][0] as HTMLButtonElement;
    expect(more.textContent).toBe('Show all 11');
    expect(more.getAttribute('aria-expanded')).toBe('false');
    act(() => more.click());
    expect(own()).toBe(11);
    expect(more.textContent).toBe('Show fewer');
    // Two events on other accounts fit without a fold.
    expect([...root.querySelectorAll('.panel ol.events')][1]!.querySelectorAll(':scope > li')).toHaveLength(2);
    expect(root.querySelectorAll('button.fold')).toHaveLength(1);
  });

  it('closes with its own button and gives focus back to the badge', () => {
    const root = drawn();
    const close = root.querySelector<HTMLButtonElement>('.panel__close')!;
    expect(close.textContent).toBe('Close');
    close.click();
    expect(root.querySelector('.panel')).toBeNull();
    expect(root.querySelector('.badge')?.getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(root.querySelector('.badge'));
  });

  it('keeps what attributes the account behind a disclosure, closed', () => {
    const details = drawn().querySelector('details.panel__provenance')!;
    expect(details.hasAttribute('open')).toBe(false);
    expect(details.querySelector('summary')?.textContent).toBe('Account attributed on the strength of:');
    expect(details.querySelector('.sources')).not.toBeNull();
  });

  it('never shows an editor\'s note, in the panel or its disclosure', () => {
    const account = { ...profile.account, note: 'Reader note.', editorNote: "'to' is 19 Jan so the handover day goes to the new holder." };
    const text = drawn({ profile: { ...profile, account } }).textContent ?? '';
    expect(text).toContain('Reader note.');
    expect(text).not.toContain('handover day');
  });

  it('counts a search result the same way', () => {
    const [result] = createSearchIndex(dataset).search('Leader TestLeader');
    expect(result && countPhrases(result.counts)).toEqual(['1 action on X (Twitter)']);
  });
});
