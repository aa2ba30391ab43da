/**
 * The interface's languages (assets/public/_locales/<locale>/messages.json): every message the code
 * uses exists in English, every locale has every message, every plural form its language needs
 * and the same `$n` arguments, and the files are what browsers accept. Then the translator itself:
 * arguments, plurals, numbers, lists, dates (with the Persian calendar), direction.
 */
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ACCOUNT_KINDS, ACTIONS } from '../../src/dataset/schema';
import { LOCALES, resolveLocale, type Locale } from '../../src/i18n/locales';
import { MESSAGES } from '../../src/i18n/messages';
import { messageKeysIn, sourceRoot } from '../../scripts/lib/messages-plugin';
import { createTranslator, type CalendarChoice } from '../../src/i18n/translate';

const tr = (locale: Locale, calendar: CalendarChoice = 'persian') => createTranslator(locale, calendar, MESSAGES);
const PLURAL = /^(.+)_(zero|one|two|few|many|other)$/;
const english = MESSAGES.en;
const pluralBases = new Set(Object.keys(english).flatMap((key) => PLURAL.exec(key)?.[1] ?? []));
const argsOf = (message: string) => [...new Set(message.match(/\$\d/g) ?? [])].sort();

/** Keys the code names: msg('…'), fmt<…>('…'), plural('…'), t('…'), and the label tables' prefixes. */
function keysUsed(): { keys: Set<string>; plurals: Set<string> } {
  const { keys, plurals } = messageKeysIn(join(sourceRoot(), 'src'));
  // Counted through tables (src/ui/strings.ts datasetCounts, DataPacks' COUNT_KEYS) rather than plural('…').
  for (const key of ['countEntities', 'countAccounts', 'countEvents', 'countPolicies']) plurals.add(key);
  for (const action of ACTIONS) keys.add(`action_${action.replace(/-/g, '_')}`);
  for (const kind of ACCOUNT_KINDS) keys.add(`kind_${kind.replace(/-/g, '_')}`);
  for (const type of ['person', 'office', 'government_body', 'state_media', 'party']) keys.add(`type_${type}`);
  return { keys, plurals };
}

describe('locales', () => {
  it('English has every message the code uses', () => {
    const { keys, plurals } = keysUsed();
    expect([...keys].filter((key) => !english[key] && !pluralBases.has(key))).toEqual([]);
    expect([...plurals].filter((key) => !pluralBases.has(key))).toEqual([]);
    expect(keys.size + plurals.size).toBeGreaterThan(150);
  });

  it('the manifest’s name and description are translated', () => {
    for (const locale of LOCALES) {
      expect(MESSAGES[locale].extName?.message).toMatch(/^Precedent/);
      expect(MESSAGES[locale].extDescription?.message.length).toBeGreaterThan(40);
      // The Chrome Web Store refuses a description over 132 characters.
      expect(MESSAGES[locale].extDescription?.message.length).toBeLessThanOrEqual(132);
    }
  });

  for (const locale of LOCALES) {
    it(`${locale}: every message, every plural form ${locale} needs, the same arguments`, () => {
      const table = MESSAGES[locale];
      const missing = Object.keys(english).filter((key) => !PLURAL.test(key) && !table[key]);
      expect(missing).toEqual([]);
      const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
      for (const base of pluralBases) for (const category of categories) expect(table[`${base}_${category}`], `${base}_${category}`).toBeDefined();
      const unknown = Object.keys(table).filter((key) => !english[key] && !pluralBases.has(PLURAL.exec(key)?.[1] ?? ''));
      expect(unknown).toEqual([]);
      for (const [key, entry] of Object.entries(table)) {
        if (PLURAL.test(key)) continue;
        expect(argsOf(entry!.message), `${locale} ${key}`).toEqual(argsOf(english[key]!.message));
      }
    });

    it(`${locale}: the file is one browsers accept`, () => {
      const json = JSON.parse(readFileSync(`assets/public/_locales/${locale}/messages.json`, 'utf8')) as Record<string, unknown>;
      for (const [key, entry] of Object.entries(json)) {
        expect(key).toMatch(/^[A-Za-z0-9_@]+$/);
        expect(entry).toEqual(expect.objectContaining({ message: expect.any(String) }));
        expect(Object.keys(entry as object).every((field) => ['message', 'description', 'placeholders'].includes(field))).toBe(true);
      }
    });
  }
});

describe('translator', () => {
  it('fills arguments and picks plural forms as each language counts', () => {
    const en = tr('en');
    expect(en.t('panelLabel', '@POTUS')).toBe('Precedent record for @POTUS');
    expect([1, 2].map((n) => en.plural('actionsOn', n, 'X'))).toEqual(['1 action on X', '2 actions on X']);
    const ru = tr('ru');
    expect([1, 3, 5, 21].map((n) => ru.plural('countAccounts', n))).toEqual(['1 аккаунт', '3 аккаунта', '5 аккаунтов', '21 аккаунт']);
    const ar = tr('ar');
    expect([2, 3, 11].map((n) => ar.plural('countAccounts', n))).toEqual(['حسابان', `${ar.number(3)} حسابات`, `${ar.number(11)} حسابًا`]);
    expect(tr('fa').plural('countAccounts', 12)).toBe('۱۲ حساب');
  });

  it('writes dates for the locale, never more precisely than recorded; Persian in the Solar Hijri calendar when precise to the day', () => {
    expect(['2021-01-08', '2021-01', '2021'].map(tr('en').partialDate)).toEqual(['Jan 8, 2021', 'Jan 2021', '2021']);
    expect(tr('es').partialDate('2021-01-08')).toBe('8 ene 2021');
    const fa = tr('fa', 'persian');
    expect(fa.partialDate('2021-01-08')).toBe('۱۹ دی ۱۳۹۹');
    // A Gregorian month or year spans two Persian ones: it stays Gregorian.
    expect(fa.partialDate('2021')).toBe('۲۰۲۱');
    expect(tr('fa', 'gregorian').partialDate('2021-01-08')).toMatch(/۲۰۲۱/);
  });

  it('gives a Solar Hijri day its Gregorian companion, for records whose text quotes Gregorian dates', () => {
    expect(tr('fa', 'persian').gregorianAlso('2021-01-08')).toMatch(/^۸ .+ ۲۰۲۱$/);
    // Nothing to add where the date is already Gregorian.
    expect(tr('fa', 'persian').gregorianAlso('2021-01')).toBeNull();
    expect(tr('fa', 'gregorian').gregorianAlso('2021-01-08')).toBeNull();
    expect(tr('en').gregorianAlso('2021-01-08')).toBeNull();
  });

  it('knows the direction of each language, and follows the browser unless told', () => {
    expect(LOCALES.map((locale) => tr(locale).dir)).toEqual(['ltr', 'rtl', 'rtl', 'ltr', 'ltr']);
    expect(resolveLocale('browser', 'fa-IR')).toBe('fa');
    expect(resolveLocale('browser', 'pt-BR')).toBe('en');
    expect(resolveLocale('ru', 'fa-IR')).toBe('ru');
  });
});

describe('unambiguous wording', () => {
  it('never uses the same word for a switch being on or off and for a theme', () => {
    for (const locale of LOCALES) {
      const table = MESSAGES[locale];
      const words = (keys: string[]) => keys.map((key) => table[key]?.message ?? english[key]!.message);
      const switchWords = words(['on', 'off']);
      for (const theme of words(Object.keys(english).filter((key) => key.startsWith('optTheme')))) expect(switchWords, `${locale}: ${theme}`).not.toContain(theme);
    }
  });
});

describe('numbers and plurals without Intl', () => {
  it('writes the same digits and chooses the same plural forms as Intl where it skips it', () => {
    for (const locale of LOCALES) {
      const translator = tr(locale);
      const numbers = new Intl.NumberFormat(locale);
      for (let n = 0; n <= 1200; n += 1) expect(translator.number(n), `${locale} ${n}`).toBe(numbers.format(n));
    }
    for (const locale of ['en', 'es'] as const) {
      const rules = new Intl.PluralRules(locale);
      for (const n of [0, 1, 2, 5, 21, 100, 999, 1000, 999_999]) {
        const key = rules.select(n) === 'one' ? 'one' : 'other';
        expect(tr(locale).plural('results', n), `${locale} ${n}`).toBe(MESSAGES[locale][`results_${key}`]!.message.replace('$1', new Intl.NumberFormat(locale).format(n)));
      }
    }
  });
});

describe('lists in the reader’s words', () => {
  it('joins several items with the locale’s words, and leaves one item as it is without loading ICU’s list data', async () => {
    const { createTranslator } = await import('../../src/i18n/translate');
    const Real = Intl.ListFormat;
    let made = 0;
    const counting = class extends Real {
      constructor(...args: ConstructorParameters<typeof Real>) {
        super(...args);
        made++;
      }
    };
    Object.assign(Intl, { ListFormat: counting });
    try {
      const ru = createTranslator('ru', 'persian', MESSAGES);
      expect(ru.list(['Владимир Путин'])).toBe('Владимир Путин');
      expect(made).toBe(0);
      expect(ru.list(['А', 'Б'])).toBe('А и Б');
      expect(made).toBe(1);
    } finally {
      Object.assign(Intl, { ListFormat: Real });
    }
  });
});
