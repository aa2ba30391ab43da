import { describe, expect, it } from 'vitest';
import { shareSpan } from '../../src/dataset/dates';
import { compareEventsNewestFirst, type OrderedEvent } from '../../src/dataset/event-order';

const newestFirst = (...events: OrderedEvent[]) => [...events].sort(compareEventsNewestFirst).map((event) => event.id);

describe('events in time where the dates cannot tell', () => {
  it('knows which partial dates can name the same day', () => {
    expect(shareSpan('2023-04', '2023-04-20')).toBe(true);
    expect(shareSpan('2023', '2023-04-20')).toBe(true);
    expect(shareSpan('2023-04-20', '2023-04-20')).toBe(true);
    expect(shareSpan('2023-04-20', '2023-04-21')).toBe(false);
    expect(shareSpan('2023-03', '2023-04-01')).toBe(false);
  });

  it('puts a reinstatement dated to the month after the suspension of a day in it', () => {
    // Banco Central de Venezuela: suspended 7 January 2020, back "in January 2020".
    const suspended = { id: 'suspended', account: 'x-bcv', action: 'temporary-suspension', date: '2020-01-07' } as const;
    const back = { id: 'back', account: 'x-bcv', action: 'reinstatement', date: '2020-01' } as const;
    expect(newestFirst(suspended, back)).toEqual(['back', 'suspended']);
    expect(newestFirst(back, suspended)).toEqual(['back', 'suspended']);
  });

  it('follows `after` where the sources say one event came later', () => {
    // Trump's legacy check: removed 20 April 2023, shown again "days later", dated only to April.
    const removed = { id: 'removed', account: 'x-trump', action: 'account-label-removed', date: '2023-04-20' } as const;
    const returned = { id: 'returned', account: 'x-trump', action: 'account-labelled', date: '2023-04', after: 'removed' } as const;
    expect(newestFirst(removed, returned)).toEqual(['returned', 'removed']);
    // Without `after`, the dates decide: the day first, then the month that holds it.
    const unordered = { ...returned, after: undefined };
    expect(newestFirst(unordered, removed)).toEqual(['removed', 'returned']);
  });

  it('lets the dates decide when they do not share a span, whatever `after` or the action says', () => {
    const suspended = { id: 'suspended', account: 'x-a', action: 'permanent-suspension', date: '2021-01-08' } as const;
    const reinstated = { id: 'reinstated', account: 'x-a', action: 'reinstatement', date: '2020-11' } as const;
    expect(newestFirst(reinstated, suspended)).toEqual(['suspended', 'reinstated']);
    const early = { id: 'early', account: 'x-a', action: 'post-removed', date: '2019', after: 'suspended' } as const;
    expect(newestFirst(early, suspended)).toEqual(['suspended', 'early']);
  });

  it('does not let the reinstatement of one account jump ahead of another account’s suspension', () => {
    const other = { id: 'other-suspended', account: 'x-b', action: 'temporary-suspension', date: '2020-01-07' } as const;
    const back = { id: 'back', account: 'x-a', action: 'reinstatement', date: '2020-01' } as const;
    expect(newestFirst(back, other)).toEqual(['other-suspended', 'back']);
  });
});
