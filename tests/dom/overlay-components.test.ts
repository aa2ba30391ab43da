// @vitest-environment happy-dom
/**
 * The badge and an event of the panel, drawn alone with Preact and checked on their words (written
 * out here, not read from the code's tables) and their marks: the prefix each role shows, who the
 * badge names on the post's date, the count's forms, the chevron, the compact form; an event's date,
 * platform and account line, cited policy, the platform's statement, the affected post and the
 * sources' disagreements. Mutation testing found these drawn by no test but the E2E tier.
 */
import { h, render, type ComponentChild } from 'preact';
import { beforeAll, describe, expect, it } from 'vitest';
import { installMessages, setLocale } from '../../src/i18n/current';
import { MESSAGES } from '../../src/i18n/messages';
import { Badge } from '../../src/overlay/Badge';
import { EventItem } from '../../src/overlay/EventItem';
import { ClauseItem } from '../../src/overlay/ClauseItem';
import type { BadgeSummary } from '../../src/dataset/badge-summary';
import type { EventRecord } from '../../src/dataset/schema';
import type { RecordLookup } from '../../src/dataset/queries';
import type { CompiledAccount } from '../../src/dataset/compiled';

beforeAll(() => installMessages(MESSAGES));

function draw(node: ComponentChild): HTMLElement {
  const root = document.createElement('div');
  render(node, root);
  return root;
}

const summary = (over: Partial<BadgeSummary> = {}): BadgeSummary => ({
  account: { id: 'x-test', platform: 'x', kind: 'official', handles: [{ handle: 'TestLeader' }] },
  name: 'Test Leader',
  offices: [],
  actions: 0,
  ...over,
});
const badge = (props: Partial<Parameters<typeof Badge>[0]> = {}) =>
  draw(h(Badge, { summary: summary(), role: 'author', at: Date.parse('2020-06-01'), open: false, panelId: 'panel-1', onToggle: () => {}, ...props }));
const words = (root: HTMLElement, selector: string) => root.querySelector(selector)?.textContent ?? null;

describe('the badge', () => {
  it('shows a prefix for reposts, quotes and unverified embeds only', () => {
    expect(words(badge({ role: 'reposter' }), '.badge__prefix')).toBe('Reposted by');
    expect(words(badge({ role: 'quoted' }), '.badge__prefix')).toBe('Quoted');
    expect(words(badge({ role: 'claimed' }), '.badge__prefix')).toBe('Not verified: this embed names');
    expect(badge({ role: 'author' }).querySelector('.badge__prefix')).toBeNull();
    expect(badge({ role: 'reposter' }).querySelectorAll('.badge__prefix')).toHaveLength(1);
  });

  it('names the office held on the post’s date, else the name; an office account’s holders then, else its name', () => {
    const offices = [{ title: 'President of Testland', from: '2019-01-01', to: '2021-01-01' }];
    expect(words(badge({ summary: summary({ offices }) }), '.badge__who bdi')).toBe('President of Testland');
    expect(words(badge({ summary: summary({ offices }), at: Date.parse('2022-01-01') }), '.badge__who bdi')).toBe('Test Leader');
    const seat = { title: 'President of Testland', holders: [{ name: 'First Holder', from: '2019-01-01', to: '2021-01-01' }] };
    expect(words(badge({ summary: summary({ name: 'Presidential Office', seat }) }), '.badge__who bdi')).toBe('President of Testland: First Holder');
    expect(words(badge({ summary: summary({ name: 'Presidential Office', seat }), at: Date.parse('2022-01-01') }), '.badge__who bdi')).toBe('Presidential Office');
  });

  it('counts actions on the platform in a long and a short form, and marks a count above zero', () => {
    const none = badge();
    expect(words(none, '.badge__count-long')).toBe('no actions on X (Twitter)');
    expect(words(none, '.badge__count-short')).toBe('no actions');
    expect(none.querySelector('.badge__count')?.className).toBe('badge__count');
    const one = badge({ summary: summary({ actions: 1 }) });
    expect(words(one, '.badge__count-long')).toBe('1 action on X (Twitter)');
    expect(words(one, '.badge__count-short')).toBe('1 action');
    expect(one.querySelector('.badge__count')?.className).toBe('badge__count badge__count--some');
    expect(words(badge({ summary: summary({ actions: 3 }) }), '.badge__count-long')).toBe('3 actions on X (Twitter)');
  });

  it('says open or closed with its chevron and aria-expanded, and has a compact form', () => {
    const closed = badge();
    const open = badge({ open: true });
    // A chevron pointing down when closed, up when open.
    expect(closed.querySelector('.badge__chevron path')?.getAttribute('d')).toBe('M4 6l4 4 4-4');
    expect(open.querySelector('.badge__chevron path')?.getAttribute('d')).toBe('M4 10l4-4 4 4');
    expect(closed.querySelector('button')?.getAttribute('aria-expanded')).toBe('false');
    expect(open.querySelector('button')?.getAttribute('aria-expanded')).toBe('true');
    expect(open.querySelector('button')?.getAttribute('aria-controls')).toBe('panel-1');
    expect(badge({ compact: true }).querySelector('button')?.className).toBe('badge badge--author badge--compact');
    expect(closed.querySelector('button')?.className).toBe('badge badge--author');
  });

  it('frames its name with words for screen readers', () => {
    const text = badge().querySelector('button')?.textContent ?? '';
    expect(text.startsWith('Precedent: ')).toBe(true);
    expect(text.endsWith('. Show the record.')).toBe(true);
  });
});

describe('an event in the panel', () => {
  const records: RecordLookup = {
    meta: { version: '9.9.9', date: '2026-01-01' },
    policy: (id) => (id === 'x-known' ? ({ id, name: 'Known clause' } as never) : null),
    packOf: () => undefined,
  };
  const source = { url: 'https://example.org/a', publisher: 'Example News', title: 'A report', date: '2021-01-09' };
  const event = (over: Partial<EventRecord> = {}): EventRecord =>
    ({ id: 'e-1', account: 'x-test', platform: 'x', date: '2021-01-08', action: 'permanent-suspension', policies: [], summary: 'Suspended.', sources: [source], ...over }) as EventRecord;
  const item = (over: Partial<EventRecord> = {}, account?: CompiledAccount) => {
    const root = document.createElement('ul');
    render(h(EventItem, { event: event(over), records, ...(account ? { account } : {}) }), root);
    return root;
  };

  it('names the cited clauses by name (an unknown one by its id), or says none was stated', () => {
    expect(words(item({ policies: ['x-known', 'x-unknown'] }), '.event__policy')).toBe('Policy cited: Known clause; x-unknown');
    expect(words(item(), '.event__policy')).toBe('Policy cited: none stated');
  });

  it('shows the platform only off X or for another account, and that account’s handle', () => {
    expect(item().querySelector('.event__platform')).toBeNull();
    expect(words(item({ platform: 'facebook' }), '.event__platform')).toBe('Facebook');
    const other = { id: 'x-other', entity: 'e', platform: 'x', kind: 'official', handles: [{ handle: 'OtherHandle' }] } as unknown as CompiledAccount;
    expect(words(item({}, other), '.event__platform')).toBe('X (Twitter) @OtherHandle');
  });

  it('shows the platform’s statement, the affected post and the disagreements only when the record has them', () => {
    const bare = item();
    expect(bare.querySelector('.event__statement')).toBeNull();
    expect(bare.querySelector('.event__post')).toBeNull();
    expect(bare.querySelector('.event__disagreement')).toBeNull();
    const full = item({
      platformStatement: 'The account broke the rules.',
      post: { url: 'https://x.com/TestLeader/status/1' },
      disagreements: [{ about: 'date', note: 'Another outlet gives the 9th.', sources: [source] }],
    } as Partial<EventRecord>);
    expect(words(full, '.event__statement')).toBe('Platform said: The account broke the rules.');
    expect(words(full, '.event__post')).toBe('Affected post');
    expect(full.querySelector('.event__post a')?.getAttribute('href')).toBe('https://x.com/TestLeader/status/1');
    expect(words(full, '.event__disagreement p')).toBe('Sources disagree: Another outlet gives the 9th.');
  });

  it('in Persian with the Persian calendar, gives the Gregorian day beside a whole date only', () => {
    setLocale('fa', 'persian');
    try {
      expect(item({ date: '2021-01-08' }).querySelector('.event__date-also')?.textContent).toMatch(/^\(.+\)$/);
      expect(item({ date: '2021-01' }).querySelector('.event__date-also')).toBeNull();
    } finally {
      setLocale('en');
    }
    expect(item({ date: '2021-01-08' }).querySelector('.event__date-also')).toBeNull();
  });

  it('gives the date at its precision, with its machine form', () => {
    const time = item({ date: '2021-01' }).querySelector('time.event__date');
    expect(time?.getAttribute('datetime')).toBe('2021-01');
    expect(time?.textContent).toBe('Jan 2021');
  });
});

describe('a clause in the panel', () => {
  const version = (from: string, to: string | null, extra: Record<string, unknown> = {}) => ({ from, to, summary: `Wording from ${from}.`, url: 'https://example.org/rule', sources: [], ...extra });
  const clause = (versions: unknown[]) => ({ id: 'x-rule', platform: 'x', name: 'The rule', versions }) as never;
  const drawClause = (versions: unknown[], at: string, pack?: string) => {
    const root = document.createElement('ul');
    render(h(ClauseItem, { policy: clause(versions), at: Date.parse(at), datasetVersion: '1', ...(pack ? { pack } : {}) }), root);
    return root;
  };

  it('dates the version in force: since its start, between its dates, or on record since its earliest evidence', () => {
    expect(words(drawClause([version('2020-01', null)], '2021-06-01'), '.clause__when')).toBe('in force since Jan 2020');
    expect(words(drawClause([version('2020-01', '2022-12'), version('2023-01', null)], '2021-06-01'), '.clause__when')).toBe('in force Jan 2020 – Dec 2022');
    expect(words(drawClause([version('2020-01', null, { fromIsEarliestRecord: true })], '2021-06-01'), '.clause__when')).toBe(
      'on record since Jan 2020 (earlier start not established)',
    );
    expect(words(drawClause([version('2020-01', '2022-12'), version('2023-01', null)], '2021-06-01'), '.clause__summary')).toBe('Wording from 2020-01.');
  });

  it('says when a clause had ended by the post’s date, with the date it ended', () => {
    const root = drawClause([version('2020-01', '2020-12')], '2021-06-01');
    expect(words(root, '.clause__when')).toBe('no longer in force on this date (ended Dec 2020)');
    expect(root.querySelector('li')?.className).toBe('clause clause--ended');
  });

  it('marks a clause a pack brought, and only then', () => {
    expect(words(drawClause([version('2020-01', null)], '2021-06-01', 'my-pack'), '.event__pack')).toContain('From your pack “');
    expect(drawClause([version('2020-01', null)], '2021-06-01').querySelector('.event__pack')).toBeNull();
  });
});
