/**
 * The language the interface is drawn in right now, one per page or content script: the string
 * tables (src/overlay/labels.ts, src/ui/strings.ts, src/ui/options/strings.ts) read it on every
 * access, so a component rendered after `setLocale` speaks the new language.
 */
import type { Locale } from './locales';
import { createTranslator, type CalendarChoice, type MessageTables, type Translator } from './translate';

/** Until an entrypoint installs its messages (src/i18n/messages.ts, or the overlay's), keys show as themselves. */
let tables: MessageTables = { en: {}, fa: {}, ar: {}, es: {}, ru: {} };
let currentCalendar: CalendarChoice = 'persian';
let current: Translator = createTranslator('en', currentCalendar, tables);

/** Called once by each entrypoint with the messages it ships. */
export function installMessages(messages: MessageTables): void {
  tables = messages;
  current = createTranslator(current.locale, currentCalendar, tables);
}

export function setLocale(locale: Locale, calendar: CalendarChoice = 'persian'): Translator {
  if (current.locale !== locale || currentCalendar !== calendar) current = createTranslator(locale, calendar, tables);
  currentCalendar = calendar;
  return current;
}

export const i18n = (): Translator => current;

type Text = { readonly kind: 'text'; key: string };
/** `args` exists only in the type: it carries the arguments' types to the table's function. */
type Format<A extends unknown[]> = { readonly kind: 'format'; key: string; readonly args: A };
type Plural<A extends unknown[]> = { readonly kind: 'plural'; key: string; readonly args: A };

/** A message without arguments: read as a string. */
export const msg = (key: string): Text => ({ kind: 'text', key });
/** A message with `$1`…: called with its arguments. */
export const fmt = <A extends Array<string | number>>(key: string) => ({ kind: 'format', key }) as Format<A>;
/** A plural message: called with the count (`$1`) and any further arguments. */
export const plural = <A extends Array<string | number> = []>(key: string) => ({ kind: 'plural', key }) as Plural<A>;

type Strings<S> = {
  readonly [K in keyof S]: S[K] extends Text
    ? string
    : S[K] extends Format<infer A>
      ? (...args: A) => string
      : S[K] extends Plural<infer A>
        ? (count: number, ...args: A) => string
        : S[K] extends Record<string, Text>
          ? { readonly [L in keyof S[K]]: string }
          : never;
};

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any argument list
type Spec = Record<string, Text | Format<any> | Plural<any> | Record<string, Text>>;

/** A string table over message keys, in whatever language is current when it is read. */
export function strings<S extends Spec>(spec: S): Strings<S> {
  const table = {};
  for (const [name, entry] of Object.entries(spec)) {
    if ('kind' in entry && typeof entry.kind === 'string') {
      const key = (entry as Text).key;
      if (entry.kind === 'text') Object.defineProperty(table, name, { get: () => current.t(key), enumerable: true });
      else if (entry.kind === 'format') Object.defineProperty(table, name, { value: (...args: Array<string | number>) => current.t(key, ...args), enumerable: true });
      else Object.defineProperty(table, name, { value: (count: number, ...args: Array<string | number>) => current.plural(key, count, ...args), enumerable: true });
    } else {
      Object.defineProperty(table, name, { value: strings(entry as Spec), enumerable: true });
    }
  }
  return table as Strings<S>;
}

/** A label per value of an enumeration (actions, kinds…), from keys `<prefix><value with _ for ->`. */
export function labels<T extends string>(values: readonly T[], prefix: string): Readonly<Record<T, string>> {
  const table = {} as Record<T, string>;
  for (const value of values) Object.defineProperty(table, value, { get: () => current.t(`${prefix}${value.replace(/-/g, '_')}`), enumerable: true });
  return table;
}
