/**
 * `virtual:precedent-messages/overlay`: the messages the on-post overlay uses, in every locale, for
 * the content scripts. The pages (popup, options) import the whole _locales files; the content
 * scripts run on every X page load, so they carry only their own part (about a third).
 *
 * The overlay's keys are the ones its code names (`msg('…')`, `fmt('…')`, `plural('…')`, `t('…')`
 * in src/overlay/) and the label families (actions, kinds, types, platforms). A key the overlay
 * uses and this misses would show as the key itself: tests/dom/overlay-locales.test.ts renders
 * the panel in every locale from this module and looks for that.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';

const ID = 'virtual:precedent-messages/overlay';
const LOCALES_DIR = resolve(process.cwd(), 'assets/public/_locales');
/**
 * The project whose code is read as text for its message keys. Mutation testing
 * (vitest.mutation.config.ts) runs on an instrumented copy whose calls no longer read `msg('…')`,
 * and points this at the original.
 */
export const sourceRoot = (): string => resolve(process.env.PRECEDENT_SOURCE_ROOT ?? process.cwd());
const overlayDir = () => join(sourceRoot(), 'src/overlay');
const FAMILIES = /^(action|kind|type|platform)_/;

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : /\.tsx?$/.test(name) ? [readFileSync(path, 'utf8')] : [];
  });
}

/** The message keys the code under `dir` names: `msg('…')`, `fmt<…>('…')`, `t('…')`, and plural families. */
export function messageKeysIn(dir: string): { keys: Set<string>; plurals: Set<string> } {
  const code = sources(dir).join('\n');
  const keys = new Set<string>();
  const plurals = new Set<string>();
  for (const [, kind, key] of code.matchAll(/\b(msg|fmt|plural|t)(?:<[^>]*>)?\('([A-Za-z0-9_]+)'/g)) (kind === 'plural' ? plurals : keys).add(key!);
  return { keys, plurals };
}

export function overlayMessages(): Record<string, Record<string, { message: string }>> {
  const { keys, plurals } = messageKeysIn(overlayDir());
  const wanted = (key: string) => keys.has(key) || FAMILIES.test(key) || plurals.has(key.replace(/_(zero|one|two|few|many|other)$/, ''));
  const tables: Record<string, Record<string, { message: string }>> = {};
  for (const locale of readdirSync(LOCALES_DIR)) {
    const all = JSON.parse(readFileSync(join(LOCALES_DIR, locale, 'messages.json'), 'utf8')) as Record<string, { message: string }>;
    // Without the translators' descriptions: only the text ships.
    tables[locale] = Object.fromEntries(Object.entries(all).filter(([key]) => wanted(key)).map(([key, { message }]) => [key, { message }]));
  }
  return tables;
}

/**
 * The tables as a module whose locales are parsed when first read. Each locale's text sits in a
 * function of its own that V8 compiles only when called: until then it stays in the script's source
 * (outside the JS heap) instead of becoming strings and objects on the page's heap. A reader needs
 * English (the fallback) and at most one other locale, so four of five are never parsed
 * (docs/performance-log.md, "Locales parsed when read").
 */
export function lazyTablesModule(tables: Record<string, unknown>): string {
  const parsers = Object.entries(tables).map(([locale, table]) => `${JSON.stringify(locale)}: () => JSON.parse(${JSON.stringify(JSON.stringify(table))})`);
  return [
    `const parsers = {${parsers.join(', ')}};`,
    'const tables = {};',
    'for (const [locale, parse] of Object.entries(parsers)) {',
    '  let table;',
    '  Object.defineProperty(tables, locale, { get: () => (table ??= parse()), enumerable: true });',
    '}',
    'export default tables;',
  ].join('\n');
}

export function messagesPlugin(): Plugin {
  return {
    name: 'precedent-messages',
    resolveId: (id) => (id === ID ? `\0${ID}` : undefined),
    load(id) {
      if (id !== `\0${ID}`) return undefined;
      for (const locale of readdirSync(LOCALES_DIR)) this.addWatchFile(join(LOCALES_DIR, locale, 'messages.json'));
      return lazyTablesModule(overlayMessages());
    },
  };
}
