import { describe, expect, it } from 'vitest';
import { compareNewestFirst, endOf, isWithin, precisionOf, rangesOverlap, spanOf, startOf } from '../../src/dataset/dates';

describe('partial dates', () => {
  it('reads precision from the form', () => {
    expect(precisionOf('2021')).toBe('year');
    expect(precisionOf('2021-01')).toBe('month');
    expect(precisionOf('2021-01-08')).toBe('day');
  });

  it('spans the whole period the precision covers', () => {
    expect(new Date(startOf('2020-02')).toISOString()).toBe('2020-02-01T00:00:00.000Z');
    expect(new Date(endOf('2020-02')).toISOString()).toBe('2020-02-29T23:59:59.999Z');
    expect(new Date(endOf('2021')).toISOString()).toBe('2021-12-31T23:59:59.999Z');
    expect(new Date(endOf('2021-01-08')).toISOString()).toBe('2021-01-08T23:59:59.999Z');
  });

  it('treats missing and null bounds as open', () => {
    expect(isWithin(Date.parse('2000-01-01'), undefined, null)).toBe(true);
    expect(isWithin(Date.parse('2021-01-20T12:00:00Z'), '2017-01-20', '2021-01-20')).toBe(true);
    expect(isWithin(Date.parse('2021-01-21T00:00:00Z'), '2017-01-20', '2021-01-20')).toBe(false);
  });

  it('detects overlapping ranges, including the shared boundary day', () => {
    expect(rangesOverlap({ from: '2017-01-20', to: '2021-01-20' }, { from: '2021-01-20' })).toBe(true);
    expect(rangesOverlap({ from: '2017-01-20', to: '2021-01-19' }, { from: '2021-01-20' })).toBe(false);
    expect(rangesOverlap({}, { from: '1999' })).toBe(true);
  });

  it('sorts newest first, the more precise date first on ties', () => {
    expect(['2020', '2021-01-08', '2021-01', '2019-05-01'].sort(compareNewestFirst)).toEqual(['2021-01-08', '2021-01', '2020', '2019-05-01']);
  });

  it('counts the first and the last instant of a range as within it', () => {
    expect(isWithin(startOf('2021-01'), '2021-01', '2021-03')).toBe(true);
    expect(isWithin(endOf('2021-03'), '2021-01', '2021-03')).toBe(true);
    expect(isWithin(startOf('2021-01') - 1, '2021-01', '2021-03')).toBe(false);
  });

  it('lets two ranges with open starts overlap, however early either ends', () => {
    expect(rangesOverlap({ to: '2000' }, { to: '1990' })).toBe(true);
    expect(rangesOverlap({ to: '1990' }, { to: '2000' })).toBe(true);
  });
});

describe('spanOf: the time an account record covers, from its handle claims', () => {
  it('is the open range when there are no claims', () => {
    expect(spanOf([])).toStrictEqual({ from: undefined, to: undefined });
  });

  it('runs from the earliest start to the latest end, whatever their precision and order', () => {
    expect(spanOf([{ from: '2020-05', to: '2020' }, { from: '2019-03-02', to: '2021-06' }, { from: '2019-04', to: '2020' }])).toStrictEqual({ from: '2019-03-02', to: '2021-06' });
  });

  it('keeps the first of bounds that fall on the same instant', () => {
    expect(spanOf([{ from: '2020', to: '2020' }, { from: '2020-01', to: '2020-12-31' }])).toStrictEqual({ from: '2020', to: '2020' });
  });

  it('stays open where any claim is: no start, an end still running (null), an end not known (undefined)', () => {
    expect(spanOf([{ from: undefined, to: '2020' }, { from: '2019', to: '2021' }]).from).toBeUndefined();
    expect(spanOf([{ from: '2019', to: null }, { from: '2018', to: '2021' }])).toStrictEqual({ from: '2018', to: null });
    expect(spanOf([{ from: '2019', to: undefined }, { from: '2018', to: '2021' }])).toStrictEqual({ from: '2018', to: undefined });
    expect(spanOf([{ from: '2019', to: undefined }, { from: '2018', to: null }]).to).toBeNull();
  });
});
