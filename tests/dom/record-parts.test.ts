// @vitest-environment happy-dom
/**
 * The record's smaller parts, drawn alone and checked on their words: the folded event list (a list
 * one longer than the fold shows whole), offices with their dates and "former" exactly when the term
 * is over, names in the reader's order without repeats, an office account's holders then and today,
 * and the record at a glance (the platform named before a story only when there are several).
 * Mutation testing found these conditions run by no DOM test.
 */
import { h, render, type ComponentChild } from 'preact';
import { act } from 'preact/test-utils';
import { beforeAll, describe, expect, it } from 'vitest';
import { installMessages } from '../../src/i18n/current';
import { MESSAGES } from '../../src/i18n/messages';
import { FoldedEventList, FOLDED_LENGTH, hasEnded, namesForReader, OfficeList, SeatLines } from '../../src/overlay/RecordLists';
import { RecordAtAGlance } from '../../src/overlay/Summary';
import { countActions } from '../../src/dataset/tally';
import type { EventRecord } from '../../src/dataset/schema';
import type { EntityRecord } from '../../src/dataset/compiled';
import type { RecordLookup, SeatHolder } from '../../src/dataset/queries';
import { endOf } from '../../src/dataset/dates';

beforeAll(() => installMessages(MESSAGES));

function draw(node: ComponentChild) {
  const root = document.createElement('div');
  act(() => render(node, root));
  return root;
}
const records: RecordLookup = { meta: { version: '1', date: '2026-01-01' }, policy: () => null, packOf: () => undefined };
const source = { url: 'https://example.org/a', publisher: 'Example', title: 'T', date: '2021-01-09' };
const event = (n: number, over: Partial<EventRecord> = {}): EventRecord =>
  ({ id: `e-${n}`, account: 'x-a', platform: 'x', date: `2021-01-${String(10 + n)}`, action: 'post-removed', policies: [], summary: `Event ${n}.`, sources: [source], ...over }) as EventRecord;

describe('the folded event list', () => {
  it('shows a list one longer than the fold whole, with no button', () => {
    const root = draw(h(FoldedEventList, { items: Array.from({ length: FOLDED_LENGTH + 1 }, (_, n) => ({ event: event(n) })), records }));
    expect(root.querySelectorAll('li.event')).toHaveLength(FOLDED_LENGTH + 1);
    expect(root.querySelector('button.fold')).toBeNull();
  });

  it('folds a longer list to the latest few, and unfolds and folds it on demand', () => {
    const root = draw(h(FoldedEventList, { items: Array.from({ length: FOLDED_LENGTH + 2 }, (_, n) => ({ event: event(n) })), records }));
    const button = () => root.querySelector<HTMLButtonElement>('button.fold')!;
    expect(root.querySelectorAll('li.event')).toHaveLength(FOLDED_LENGTH);
    expect(button().textContent).toBe(`Show all ${FOLDED_LENGTH + 2}`);
    expect(button().getAttribute('aria-expanded')).toBe('false');
    act(() => button().click());
    expect(root.querySelectorAll('li.event')).toHaveLength(FOLDED_LENGTH + 2);
    expect(button().textContent).toBe('Show fewer');
    expect(button().getAttribute('aria-expanded')).toBe('true');
    act(() => button().click());
    expect(root.querySelectorAll('li.event')).toHaveLength(FOLDED_LENGTH);
  });
});

describe('offices', () => {
  const office = (from: string, to: string | null) => ({ title: 'President of Testland', country: 'TL', from, to });

  it('an office has ended only once its last day is over, never with an open end', () => {
    const term = office('2019-01-01', '2021-01-20');
    expect(hasEnded(term, endOf('2021-01-20'))).toBe(false);
    expect(hasEnded(term, endOf('2021-01-20') + 1)).toBe(true);
    expect(hasEnded(office('2019-01-01', null), Date.parse('2030-01-01'))).toBe(false);
  });

  it('lists each office with its dates, "former" only for one that has ended', () => {
    const entity = { offices: [office('2019-01-01', null), office('2010-01', '2014-06')] } as unknown as EntityRecord;
    const items = [...draw(h(OfficeList, { entity, now: Date.parse('2026-01-01') })).querySelectorAll('li')].map((item) => item.textContent);
    expect(items).toEqual(['President of Testland (TL) · Jan 1, 2019 – ', 'President of Testland (TL) · Jan 2010 – Jun 2014 · former']);
  });
});

describe('names in the reader’s order', () => {
  it('the reader’s own language first, then English, then the others, each name once', () => {
    const names = { en: 'Ali Khamenei', fa: 'سید علی خامنه‌ای', ar: 'علي خامنئي', de: 'Ali Khamenei' };
    expect(namesForReader(names, 'fa').map(([lang]) => lang)).toEqual(['fa', 'en', 'ar']);
    expect(namesForReader(names, 'en').map(([lang]) => lang)).toEqual(['en', 'fa', 'ar']);
    expect(namesForReader(names, 'ru').map(([lang]) => lang)).toEqual(['en', 'fa', 'ar']);
  });

  it('puts English before the others wherever the record lists it', () => {
    const names = { fa: 'سید علی خامنه‌ای', ar: 'علي خامنئي', en: 'Ali Khamenei' };
    expect(namesForReader(names, 'ru').map(([lang]) => lang)).toEqual(['en', 'fa', 'ar']);
  });
});

describe('an office account’s holders', () => {
  const entity = { seat: { title: 'President of Testland', country: 'TL' } } as unknown as EntityRecord;
  const holder = (name: string, from: string, to: string | null): SeatHolder =>
    ({ person: { id: name.toLowerCase(), names: { en: name } }, office: { title: 'President of Testland', country: 'TL', from, to } }) as unknown as SeatHolder;
  const holders = [holder('First', '2015-01-01', '2020-01-01'), holder('Second', '2020-01-02', null)];
  const lines = (at: string) =>
    [...draw(h(SeatLines, { entity, holders, at: Date.parse(at), now: Date.parse('2026-01-01') })).querySelectorAll('p')].map((p) => p.textContent);

  it('names who held it on the post’s date, and who holds it today when that is someone else', () => {
    expect(lines('2018-06-01')).toEqual(['Account of the office of President of Testland (TL)', "Held on this post's date by First", 'Held today by Second']);
    expect(lines('2024-06-01')).toEqual(['Account of the office of President of Testland (TL)', 'Held today by Second']);
  });

  it('says when no holder is on record for the post’s date, and still names today’s', () => {
    expect(lines('2010-06-01')).toEqual(['Account of the office of President of Testland (TL)', "No holder of this office is on record for this post's date", 'Held today by Second']);
  });

  it('tells two holders at once from another pair sharing one of them (spokespeople)', () => {
    const pair = [holder('Ada', '2015-01-01', null), holder('Bo', '2015-01-01', '2020-01-01'), holder('Cy', '2020-01-02', null)];
    const root = draw(h(SeatLines, { entity, holders: pair, at: Date.parse('2018-06-01'), now: Date.parse('2026-01-01') }));
    expect([...root.querySelectorAll('p')].map((p) => p.textContent)).toEqual([
      'Account of the office of President of Testland (TL)',
      "Held on this post's date by Ada and Bo",
      'Held today by Ada and Cy',
    ]);
  });

  it('keeps the words of a language that names the holder mid-sentence on both sides of the name', () => {
    // Every shipped language puts the name last; a translation may not, and the name stays a <bdi> in place.
    installMessages({ ...MESSAGES, en: { ...MESSAGES.en, seatToday: { message: 'Today $1 holds it' } } });
    try {
      const line = draw(h(SeatLines, { entity, holders, at: Date.parse('2024-06-01'), now: Date.parse('2026-01-01') })).querySelector('.panel__holder')!;
      expect(line.textContent).toBe('Today Second holds it');
      expect(line.querySelector('bdi')?.textContent).toBe('Second');
    } finally {
      installMessages(MESSAGES);
    }
  });

  it('names no holder today when none is on record', () => {
    const ended = [holder('First', '2015-01-01', '2020-01-01')];
    const root = draw(h(SeatLines, { entity, holders: ended, at: Date.parse('2018-06-01'), now: Date.parse('2026-01-01') }));
    expect([...root.querySelectorAll('p')].map((p) => p.textContent)).toEqual(['Account of the office of President of Testland (TL)', "Held on this post's date by First"]);
  });
});

describe('the record at a glance', () => {
  const placed = [
    { event: event(1, { action: 'permanent-suspension' }), platform: 'x' as const },
    { event: event(2, { platform: 'facebook', action: 'post-removed' }), platform: 'facebook' as const },
  ];

  it('names the platform before each story only when there are several', () => {
    const one = draw(h(RecordAtAGlance, { counts: countActions(placed), events: placed, platforms: ['x'] }));
    expect(one.querySelectorAll('.glance__story')).toHaveLength(1);
    expect(one.querySelector('.glance__platform')).toBeNull();
    const both = draw(h(RecordAtAGlance, { counts: countActions(placed), events: placed, platforms: ['x', 'facebook'] }));
    expect([...both.querySelectorAll('.glance__platform')].map((p) => p.textContent)).toEqual(['On X (Twitter): ', 'On Facebook: ']);
  });

  it('names the platform when the panel covers several, even if only one has a story', () => {
    const root = draw(h(RecordAtAGlance, { counts: countActions(placed), events: placed, platforms: ['x', 'youtube'] }));
    expect([...root.querySelectorAll('.glance__platform')].map((p) => p.textContent)).toEqual(['On X (Twitter): ']);
  });

  it('counts the platform first, then all platforms, marking the second', () => {
    const root = draw(h(RecordAtAGlance, { counts: countActions(placed), events: placed, platforms: ['x'] }));
    expect([...root.querySelectorAll('.glance__counts span')].map((span) => [span.className, span.textContent])).toEqual([
      ['glance__count', '1 action on X (Twitter)'],
      ['glance__count glance__count--all', '2 actions on all platforms'],
    ]);
  });

  it('counts on all platforms alone when it covers several (the record page)', () => {
    const root = draw(h(RecordAtAGlance, { counts: countActions(placed), events: placed, platforms: ['x', 'facebook'] }));
    expect([...root.querySelectorAll('.glance__counts span')].map((span) => span.textContent)).toEqual(['2 actions on all platforms']);
  });

  it('tells posts with replies or sharing turned off in words of their own', () => {
    const restricted = [1, 2].map((n) => ({ event: event(n, { action: 'interaction-restricted' }), platform: 'x' as const }));
    const root = draw(h(RecordAtAGlance, { counts: countActions(restricted), events: restricted, platforms: ['x'] }));
    expect(root.querySelector('.glance__story')?.textContent).toContain('2 posts with replies or sharing turned off');
  });

  it('tells no story for a platform without events', () => {
    const root = draw(h(RecordAtAGlance, { counts: countActions(placed), events: placed, platforms: ['youtube'] }));
    expect(root.querySelectorAll('.glance__story')).toHaveLength(0);
  });
});
