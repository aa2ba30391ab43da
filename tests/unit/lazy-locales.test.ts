/**
 * The content scripts' messages module (scripts/lib/messages-plugin.ts, `lazyTablesModule`): each
 * locale is parsed when first read, once, so a reader's page holds English and their own language
 * only (docs/performance-log.md, "Locales parsed when read").
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { lazyTablesModule } from '../../scripts/lib/messages-plugin';

const TABLES = { en: { hello: { message: 'Hello' } }, fa: { hello: { message: 'سلام' } }, ru: { hello: { message: 'Привет' } } };

/** Evaluates the generated module and returns its default export. */
function evaluate(code: string): Record<string, unknown> {
  const body = code.replace('export default tables;', 'return tables;');
  return new Function(body)() as Record<string, unknown>;
}

describe('lazy locale tables', () => {
  afterEach(() => vi.restoreAllMocks());

  it('parses no locale until one is read, then only that one, once', () => {
    const parse = vi.spyOn(JSON, 'parse');
    const tables = evaluate(lazyTablesModule(TABLES));
    expect(Object.keys(tables)).toEqual(['en', 'fa', 'ru']);
    expect(parse).not.toHaveBeenCalled();
    expect(tables.fa).toEqual(TABLES.fa);
    expect(parse).toHaveBeenCalledTimes(1);
    expect(tables.fa).toBe(tables.fa);
    expect(parse).toHaveBeenCalledTimes(1);
    expect(tables.en).toEqual(TABLES.en);
    expect(tables.ru).toEqual(TABLES.ru);
    expect(parse).toHaveBeenCalledTimes(3);
  });

  it('keeps text that would end a string or a script intact', () => {
    const awkward = { en: { a: { message: "it's \"quoted\" \\ </script> ${x} `tick`" } } };
    expect(evaluate(lazyTablesModule(awkward)).en).toEqual(awkward.en);
  });
});
