// @vitest-environment happy-dom
/**
 * How a record names people and offices, on its words (written out here): an office that has ended
 * says "former" with its term, one that goes on does not, on its last day it is still current; the
 * reader's own script first; an office account's holder on the post's date beside today's.
 */
import { h, render, type ComponentChild } from 'preact';
import { beforeAll, describe, expect, it } from 'vitest';
import type { EntityRecord } from '../../src/dataset/compiled';
import { setLocale, installMessages } from '../../src/i18n/current';
import { MESSAGES } from '../../src/i18n/messages';
import { EntityName, OfficeList, OfficeTitle, SeatLines } from '../../src/overlay/RecordLists';

beforeAll(() => installMessages(MESSAGES));

const shown = (node: ComponentChild) => {
  const root = document.createElement('div');
  render(node, root);
  return root;
};
const NOW = Date.parse('2024-06-01T12:00:00Z');
const ended = { title: 'President of Testland', country: 'TL', from: '2015-05-29', to: '2023-05-29' };
const current = { title: 'Senator of Testland', country: 'TL', from: '2023-06', to: null };
const person: EntityRecord = { id: 'p', type: 'person', names: { en: 'Test Person', fa: 'شخص آزمایشی', ru: 'Тест' }, offices: [ended, current] };

describe('offices and names', () => {
  it('lists offices with their dates; an ended one says "former", an open one does not', () => {
    const items = [...shown(h(OfficeList, { entity: person, now: NOW })).querySelectorAll('li')].map((li) => li.textContent);
    expect(items).toEqual(['President of Testland (TL) · May 29, 2015 – May 29, 2023 · former', 'Senator of Testland (TL) · Jun 2023 – ']);
  });

  it('is still current on its last day, former the day after', () => {
    const lastDay = Date.parse('2023-05-29T23:00:00Z');
    expect(shown(h(OfficeTitle, { office: ended, now: lastDay })).textContent).toBe('President of Testland');
    expect(shown(h(OfficeTitle, { office: ended, now: lastDay + 2 * 3600_000 })).textContent).toBe('President of Testland (former, 2015–2023)');
    expect(shown(h(OfficeTitle, { office: current, now: NOW })).textContent).toBe('Senator of Testland');
  });

  it('puts the reader’s script first', () => {
    const heading = (locale: 'en' | 'fa' | 'ru') => {
      setLocale(locale);
      const root = shown(h(EntityName, { entity: person, id: 'x' }));
      return [...root.querySelectorAll('h2 > *')].map((el) => [el.getAttribute('lang'), el.textContent]);
    };
    expect(heading('en')).toEqual([['en', 'Test Person'], ['fa', 'شخص آزمایشی'], ['ru', 'Тест']]);
    expect(heading('fa')).toEqual([['fa', 'شخص آزمایشی'], ['en', 'Test Person'], ['ru', 'Тест']]);
    setLocale('en');
  });
});

describe('an office account’s holder', () => {
  const office: EntityRecord = { id: 'o', type: 'office', names: { en: 'Office of the President' }, offices: [], seat: { title: 'President of Testland', country: 'TL' } };
  const later = { title: 'President of Testland', country: 'TL', from: '2023-05-29', to: null };
  const holders = [
    { person: { ...person, names: { en: 'First Holder' } }, office: ended },
    { person: { ...person, id: 'q', names: { en: 'Second Holder' } }, office: later },
  ];
  const lines = (at: number) => [...shown(h(SeatLines, { entity: office, holders, at, now: NOW })).querySelectorAll('p')].map((p) => p.textContent);

  it('names the holder on the post’s date, and today’s when it differs', () => {
    const then = lines(Date.parse('2020-01-01'));
    expect(then[1]).toContain('First Holder');
    expect(then[2]).toContain('Second Holder');
    const today = lines(NOW);
    expect(today).toHaveLength(2);
    expect(today[1]).toContain('Second Holder');
  });

  it('says when nobody on record held the office on the date', () => {
    expect(lines(Date.parse('2010-01-01'))[1]).not.toContain('Holder');
  });
});
