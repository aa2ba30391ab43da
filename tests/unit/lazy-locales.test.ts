/**
 * The content scripts' messages module (scripts/lib/messages-plugin.ts, `lazyTablesModule`): each
 * locale is parsed when first read, once, so a reader's page holds English and their own language
 * only (docs/performance-log.md, "Locales parsed when read").
 */
import { runInNewContext } from 'node:vm';
import { describe, expect, it, vi } from 'vitest';
import { lazyTablesModule } from '../../scripts/lib/messages-plugin';

const TABLES = { en: { hello: { message: 'Hello' } }, fa: { hello: { message: 'سلام' } }, ru: { hello: { message: 'Привет' } } };

/** Runs the generated module in a fresh context whose `JSON.parse` is watched; returns its default export. */
function evaluate(code: string) {
  const parse = vi.fn((text: string) => JSON.parse(text) as unknown);
  const sandbox: Record<string, unknown> = { JSON: { parse }, Object };
  runInNewContext(code.replace('export default tables;', 'exported = tables;'), sandbox);
  return { tables: sandbox.exported as Record<string, unknown>, parse };
}

describe('lazy locale tables', () => {
  it('parses no locale until one is read, then only that one, once', () => {
    const { tables, parse } = evaluate(lazyTablesModule(TABLES));
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
    expect(evaluate(lazyTablesModule(awkward)).tables.en).toEqual(awkward.en);
  });
});
