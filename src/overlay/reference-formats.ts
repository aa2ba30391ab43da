/**
 * A record's sources as reference managers import them (RIS for Zotero, EndNote and Mendeley;
 * BibTeX for LaTeX) and as plain text to paste: each source once, however many events cite it, with
 * a note naming what it is cited for. Sources are the record's words, and a pack's are anyone's, so
 * every field is made inert for its format (no line break can start a new RIS tag, no brace or
 * backslash can leave a BibTeX field).
 */
import type { EventRecord, Source } from '../dataset/schema';
import { sourceCitation } from './citation';

export interface CitedSource {
  source: Source;
  /** The events that cite it, in the record's order. */
  events: EventRecord[];
}

/** Every source of `events` (theirs and those of their disagreements) once, by URL, first citation first. */
export function citedSources(events: readonly EventRecord[]): CitedSource[] {
  const byUrl = new Map<string, CitedSource>();
  for (const event of events)
    for (const source of [...event.sources, ...(event.disagreements ?? []).flatMap((disagreement) => disagreement.sources)]) {
      const cited = byUrl.get(source.url) ?? { source, events: [] };
      if (!cited.events.includes(event)) cited.events.push(event);
      byUrl.set(source.url, cited);
    }
  return [...byUrl.values()];
}

const citedFor = ({ events }: CitedSource, dataset: string) => `Cited by ${dataset} for: ${events.map((event) => `${event.date}, ${event.action} (event ${event.id})`).join('; ')}.`;

/** One line per source: "Publisher, “Title”, date. URL". */
export const sourcesText = (sources: readonly CitedSource[]): string => `${sources.map(({ source }) => sourceCitation(source)).join('\n')}\n`;

/** RIS: a tag per line, so a value is kept on one line. Dates as RIS wants them (YYYY/MM/DD). */
export function sourcesRis(sources: readonly CitedSource[], dataset: string): string {
  const line = (value: string) => value.replace(/[\r\n\u2028\u2029]+/g, ' ').trim();
  const records = sources.map((cited) => {
    const { source } = cited;
    const [year, month = '', day = ''] = (source.date ?? '').split('-');
    return [
      'TY  - NEWS',
      `TI  - ${line(source.title)}`,
      `T2  - ${line(source.publisher)}`,
      `PB  - ${line(source.publisher)}`,
      ...(year ? [`PY  - ${year}`, `DA  - ${year}/${month}/${day}/`] : []),
      `UR  - ${line(source.url)}`,
      `N1  - ${line(citedFor(cited, dataset))}`,
      'ER  - ',
    ].join('\r\n');
  });
  return `${records.join('\r\n\r\n')}\r\n`;
}

/** BibTeX's special characters, each replaced in one pass (an escape is never escaped again). */
const BIBTEX_ESCAPES: Readonly<Record<string, string>> = {
  '\\': '\\textbackslash{}',
  '{': '\\{',
  '}': '\\}',
  '%': '\\%',
  '&': '\\&',
  '#': '\\#',
  $: '\\$',
  _: '\\_',
  '~': '\\textasciitilde{}',
  '^': '\\textasciicircum{}',
};
const bibtex = (value: string): string => value.replace(/[\r\n\u2028\u2029]+/g, ' ').replace(/[\\{}%&#$_~^]/g, (char) => BIBTEX_ESCAPES[char] ?? char);

/** BibTeX @online entries (biblatex), keyed "precedent-<n>"; the URL verbatim in its own field. */
export function sourcesBibtex(sources: readonly CitedSource[], dataset: string): string {
  const entries = sources.map((cited, index) => {
    const { source } = cited;
    const fields = [
      `  title = {${bibtex(source.title)}}`,
      `  organization = {${bibtex(source.publisher)}}`,
      ...(source.date ? [`  date = {${source.date}}`] : []),
      // A URL never holds a brace or a space (https URLs are checked when the record is read); the
      // url field is verbatim in biblatex.
      `  url = {${source.url.replace(/[{}\s\\]/g, encodeURIComponent)}}`,
      `  note = {${bibtex(citedFor(cited, dataset))}}`,
    ];
    return `@online{precedent-${index + 1},\n${fields.join(',\n')}\n}`;
  });
  return `${entries.join('\n\n')}\n`;
}
