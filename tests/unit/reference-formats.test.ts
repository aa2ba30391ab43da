/** A record's sources for reference managers: each once, dated, inert in their format whatever they say. */
import { describe, expect, it } from 'vitest';
import type { EventRecord } from '../../src/dataset/schema';
import { citedSources, sourcesBibtex, sourcesRis, sourcesText } from '../../src/overlay/reference-formats';

const wire = { url: 'https://example.org/wire', publisher: 'Example Wire', title: 'Platform suspends leader', date: '2021-01-08' };
const hostile = { url: 'https://example.org/h?a=1&b=2', publisher: 'Evil } @misc{x, title={', title: 'Line one\nTY  - JOUR\\ 100% & #1 $_~^', date: '2020-05' };
const event = (id: string, sources: EventRecord['sources']): EventRecord => ({ id, account: 'x-a', platform: 'x', date: '2021-01-08', action: 'permanent-suspension', policies: [], summary: 'S.', sources });
const other = { url: 'https://example.org/other', publisher: 'Other', title: 'Another view', date: '2021-01-09' };
const events = [event('a-1', [wire, hostile]), { ...event('a-2', [wire]), disagreements: [{ about: 'date' as const, note: 'N.', sources: [other, wire] }] }];
/** Called inside each test, so that mutation testing sees the tests that read it. */
const cited = () => citedSources(events);

describe('sources for reference managers', () => {
  it('lists each source once, with every event that cites it', () => {
    expect(cited().map(({ source, events: citing }) => [source.url, citing.map((e) => e.id)])).toEqual([
      ['https://example.org/wire', ['a-1', 'a-2']],
      ['https://example.org/h?a=1&b=2', ['a-1']],
      ['https://example.org/other', ['a-2']],
    ]);
    expect(sourcesText(cited().slice(0, 2))).toBe('Example Wire, “Platform suspends leader”, 2021-01-08. https://example.org/wire\nEvil } @misc{x, title={, “Line one\nTY  - JOUR\\ 100% & #1 $_~^”, 2020-05. https://example.org/h?a=1&b=2\n');
  });

  it('writes RIS a reference manager reads, one tag per line whatever the text holds', () => {
    const ris = sourcesRis(cited(), 'Precedent dataset 0.1.0 (2026-12-02)');
    const records = ris.trimEnd().split('\r\n\r\n');
    expect(records).toHaveLength(3);
    expect(records[0]!.split('\r\n')).toEqual([
      'TY  - NEWS',
      'TI  - Platform suspends leader',
      'T2  - Example Wire',
      'PB  - Example Wire',
      'PY  - 2021',
      'DA  - 2021/01/08/',
      'UR  - https://example.org/wire',
      'N1  - Cited by Precedent dataset 0.1.0 (2026-12-02) for: 2021-01-08, permanent-suspension (event a-1); 2021-01-08, permanent-suspension (event a-2).',
      'ER  - ',
    ]);
    // The hostile title stays one TI line: no forged "TY  -" record.
    const lines = records[1]!.split('\r\n');
    expect(lines.filter((tagged) => tagged.startsWith('TY  -'))).toHaveLength(1);
    expect(lines).toContain('TI  - Line one TY  - JOUR\\ 100% & #1 $_~^');
    expect(lines).toContain('DA  - 2020/05//');
  });

  it('writes BibTeX whose fields cannot be broken out of', () => {
    const bib = sourcesBibtex(cited(), 'Precedent');
    expect(bib).toContain('@online{precedent-1,\n  title = {Platform suspends leader},\n  organization = {Example Wire},\n  date = {2021-01-08},\n  url = {https://example.org/wire},');
    expect(bib).toContain('  title = {Line one TY  - JOUR\\textbackslash{} 100\\% \\& \\#1 \\$\\_\\textasciitilde{}\\textasciicircum{}}');
    expect(bib).toContain('  organization = {Evil \\} @misc\\{x, title=\\{}');
    // Braces balance in every entry: nothing the record says can close a field early.
    for (const entry of bib.trimEnd().split('\n\n')) {
      const unescaped = entry.replace(/\\[{}]/g, '');
      expect([...unescaped].filter((c) => c === '{').length).toBe([...unescaped].filter((c) => c === '}').length);
    }
    expect(bib.match(/^@online\{/gm)).toHaveLength(3);
  });
});

describe('line breaks inside a value', () => {
  it('become one space each run, in RIS and BibTeX alike (a Windows line end is one break)', () => {
    const broken = citedSources([event('b-1', [{ ...wire, url: 'https://example.org/broken', title: 'First line\r\n\r\nsecond\u2028third' }])]);
    expect(sourcesRis(broken, 'P')).toContain('TI  - First line second third\r\n');
    expect(sourcesBibtex(broken, 'P')).toContain('  title = {First line second third}');
  });
});

describe('a source’s date, no more precise than the record', () => {
  const dated = (url: string, date?: string) => ({ url, publisher: 'Example', title: 'A report', ...(date ? { date } : {}) }) as EventRecord['sources'][number];
  const cited = citedSources([event('d-1', [dated('https://example.org/year', '2020'), dated('https://example.org/none')])]);

  it('gives RIS a year alone as a year, and no date at all for a source without one', () => {
    const [year, none] = sourcesRis(cited, 'P').replace(/\r\n$/, '').split('\r\n\r\n').map((record) => record.split('\r\n'));
    expect(year!.filter((line) => /^(PY|DA) {2}-/.test(line))).toEqual(['PY  - 2020', 'DA  - 2020///']);
    expect(none).toEqual(['TY  - NEWS', 'TI  - A report', 'T2  - Example', 'PB  - Example', 'UR  - https://example.org/none', 'N1  - Cited by P for: 2021-01-08, permanent-suspension (event d-1).', 'ER  - ']);
  });

  it('gives BibTeX the date as recorded, and no date field for a source without one', () => {
    const [year, none] = sourcesBibtex(cited, 'P').trimEnd().split('\n\n');
    expect(year).toContain('  date = {2020},\n');
    expect(none).toBe('@online{precedent-2,\n  title = {A report},\n  organization = {Example},\n  url = {https://example.org/none},\n  note = {Cited by P for: 2021-01-08, permanent-suspension (event d-1).}\n}');
  });
});

describe('a value’s own line breaks at its ends', () => {
  it('leave no space at the end of a RIS line', () => {
    const padded = citedSources([event('p-1', [{ ...wire, title: '\nPlatform suspends leader\r\n' }])]);
    expect(sourcesRis(padded, 'P').split('\r\n')).toContain('TI  - Platform suspends leader');
  });
});
