/**
 * Messages in one locale: `$1`…`$9` filled in (as the browser's i18n does), plural forms chosen
 * with `Intl.PluralRules` (keys `<name>_<category>`: one, few, many… as CLDR gives each language),
 * numbers and dates written the locale's way. A message missing from a locale falls back to
 * English (a test keeps every locale complete, so that is for safety only).
 */
import { precisionOf } from '../dataset/dates';
import { directionOf, type Locale } from './locales';

export type MessageTable = Record<string, { message: string } | undefined>;
/** Messages by locale: all of them (pages), or the overlay's (content scripts; scripts/lib/messages-plugin.ts). */
export type MessageTables = Record<Locale, MessageTable>;

/** For Persian: Solar Hijri or Gregorian dates. */
export type CalendarChoice = 'persian' | 'gregorian';

/** Locales whose whole numbers below 1,000 are written in plain Latin digits. */
export const PLAIN_DIGITS: ReadonlySet<string> = new Set(['en', 'es', 'ru']);
/** Locales whose whole numbers below a million take "one" for 1 and "other" otherwise (CLDR). */
export const ONE_OR_OTHER: ReadonlySet<string> = new Set(['en', 'es']);

export interface Translator {
  locale: Locale;
  dir: 'rtl' | 'ltr';
  t(key: string, ...args: Array<string | number>): string;
  plural(key: string, count: number, ...args: Array<string | number>): string;
  number(value: number): string;
  /** A list in the locale's words: "a, b and c". */
  list(items: string[]): string;
  /** "8 Jan 2021", "Jan 2021" or "2021": never more precise than the record. */
  partialDate(date: string): string;
  /**
   * The same date in the Gregorian calendar when `partialDate` gave another (a Solar Hijri day), so
   * that a record whose text quotes "8 January 2021" can be read against it; null otherwise.
   */
  gregorianAlso(date: string): string | null;
  instant(at: number): string;
  dateTime(at: number): string;
}

const fill = (message: string, args: Array<string | number>) =>
  message.replace(/\$(\d|\$)/g, (match, n: string) => (n === '$' ? '$' : String(args[Number(n) - 1] ?? match)));

export function createTranslator(locale: Locale, calendar: CalendarChoice, tables: MessageTables): Translator {
  const table = tables[locale];
  const english = tables.en;
  const lookup = (key: string) => table[key]?.message ?? english[key]?.message ?? key;
  // Intl objects cost about a millisecond each to build: made on first use, since a content
  // script that meets no tracked post never formats anything.
  const lazy = <T,>(make: () => T) => {
    let value: T | undefined;
    return () => (value ??= make());
  };
  const numbers = lazy(() => new Intl.NumberFormat(locale));
  const rules = lazy(() => new Intl.PluralRules(locale));
  const lists = lazy(() => new Intl.ListFormat(locale, { type: 'conjunction' }));
  /*
   * The badge's counts, without Intl where the result is known: building a NumberFormat or
   * PluralRules is ICU's first-use cost in the content script's world (about 12 ms in the benchmark's
   * profile, at the first badge, mid-scroll). A test holds the shortcuts equal to Intl.
   */
  const format = (value: number) => (PLAIN_DIGITS.has(locale) && Number.isInteger(value) && value >= 0 && value < 1000 ? String(value) : numbers().format(value));
  const category = (count: number) => (ONE_OR_OTHER.has(locale) && Number.isInteger(count) && count >= 0 && count < 1_000_000 ? (count === 1 ? 'one' : 'other') : rules().select(count));
  const arg = (value: string | number) => (typeof value === 'number' ? format(value) : value);
  // Persian dates in the Solar Hijri calendar when chosen; only a day-precise date is converted
  // (a Gregorian year or month spans two Persian ones: converting would invent precision).
  const tag = (precise: boolean) => (locale === 'fa' ? `fa-u-ca-${calendar === 'persian' && precise ? 'persian' : 'gregory'}` : locale);
  const formats = {
    year: lazy(() => new Intl.DateTimeFormat(tag(false), { year: 'numeric', timeZone: 'UTC' })),
    month: lazy(() => new Intl.DateTimeFormat(tag(false), { year: 'numeric', month: 'short', timeZone: 'UTC' })),
    day: lazy(() => new Intl.DateTimeFormat(tag(true), { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' })),
  };
  const gregorianDay = lazy(() => new Intl.DateTimeFormat(`${locale}-u-ca-gregory`, { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' }));
  const dateTimes = lazy(() => new Intl.DateTimeFormat(tag(true), { dateStyle: 'medium', timeStyle: 'short' }));
  return {
    locale,
    dir: directionOf(locale),
    t: (key, ...args) => fill(lookup(key), args.map(arg)),
    plural(key, count, ...args) {
      const message = table[`${key}_${category(count)}`]?.message ?? table[`${key}_other`]?.message ?? english[`${key}_${count === 1 ? 'one' : 'other'}`]?.message ?? key;
      return fill(message, [count, ...args].map(arg));
    },
    number: format,
    // One item (a seat's single holder, the usual case) needs no list: ICU's list data costs ~15 ms to load.
    list: (items) => (items.length === 1 ? items[0]! : lists().format(items)),
    partialDate(date) {
      const [year = 0, month = 1, day = 1] = date.split('-').map(Number);
      return formats[precisionOf(date)]().format(Date.UTC(year, month - 1, day));
    },
    gregorianAlso(date) {
      if (locale !== 'fa' || calendar !== 'persian' || precisionOf(date) !== 'day') return null;
      const [year = 0, month = 1, day = 1] = date.split('-').map(Number);
      return gregorianDay().format(Date.UTC(year, month - 1, day));
    },
    instant: (at) => formats.day().format(at),
    dateTime: (at) => dateTimes().format(at),
  };
}
