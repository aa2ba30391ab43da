/** A record taken away: an event's citation, a record as JSON and CSV (written out here, not derived). */
import { describe, expect, it } from 'vitest';
import { correctionPackDraft, eventCitation, recordCsv, recordJson, sourceCitation } from '../../src/overlay/citation';
import { readPackValue } from '../../src/packs/pack-format';
import { importPack } from '../../src/packs/pack-store';
import { correctionText } from '../../src/project';
import { memoryArea } from '../support/storage';
import { datasetTracking } from '../support/dataset';

const dataset = datasetTracking('TestLeader');
const entity = dataset.entities[0]!;
const account = dataset.accounts[0]!;
const event = dataset.events[0]!;
const source = event.sources[0]!;
const taken = { entity, accounts: [account], events: [{ event, account }], policies: dataset.policies, meta: dataset.meta };

describe('citing a source', () => {
  it('gives the date only when the source has one, and each source link apart in the CSV', () => {
    expect(sourceCitation({ url: 'https://example.org/a', publisher: 'Example', title: 'A title' } as never)).toBe('Example, “A title”. https://example.org/a');
    const two = { ...event, sources: [source, { ...source, url: 'https://example.org/second' }] };
    const row = recordCsv({ ...taken, events: [{ event: two, account }] }).split('\r\n')[1]!;
    expect(row).toContain(`${source.url} https://example.org/second`);
  });
});

describe('taking a record away', () => {
  it('cites an event: who, what, when, the summary, the clause, every source, the dataset', () => {
    const lines = eventCitation(event, account, entity, dataset.meta, dataset.policies).split('\n');
    expect(lines[0]).toBe(`Leader TestLeader (@TestLeader, x): permanent-suspension, 2021-01-08.`);
    expect(lines[1]).toBe(event.summary);
    expect(lines[2]).toBe(`Policy cited: ${dataset.policies.find((p) => p.id === event.policies[0])!.name}.`);
    expect(lines[3]).toBe('Sources:');
    expect(lines[4]).toBe(`- ${source.publisher}, “${source.title}”${source.date ? `, ${source.date}` : ''}. ${source.url}`);
    expect(lines.at(-1)).toBe(`Precedent dataset ${dataset.meta.version} (${dataset.meta.date}), event ${event.id}.`);
  });

  it('says when the platform cited no rule, and names a clause the dataset lacks by its id', () => {
    const none = eventCitation({ ...event, policies: [] }, account, entity, dataset.meta, dataset.policies).split('\n');
    expect(none[2]).toBe('Policy cited: none stated.');
    const unknown = eventCitation({ ...event, policies: [...event.policies, 'x-gone'] }, account, entity, dataset.meta, dataset.policies).split('\n');
    expect(unknown[2]).toBe(`Policy cited: ${dataset.policies.find((p) => p.id === event.policies[0])!.name}; x-gone.`);
  });

  it('writes the CSV’s account without its leading "@" only, and clauses by name or id', () => {
    const page = { ...account, platform: 'facebook' as const, handles: [], name: 'Leader @ Home' };
    const rows = recordCsv({ ...taken, events: [{ event: { ...event, policies: [...event.policies, 'x-gone'] }, account: page }, { event, account }] }).split('\r\n');
    expect(rows[1]).toContain(`,"Leader @ Home","permanent-suspension","${dataset.policies.find((p) => p.id === event.policies[0])!.name}; x-gone",`);
    expect(rows[2]).toContain(',"TestLeader",');
  });

  it('exports the record as JSON with the dataset it comes from', () => {
    const parsed = JSON.parse(recordJson(taken)) as { dataset: unknown; entity: { id: string }; events: Array<{ id: string }> };
    expect(parsed.dataset).toEqual(dataset.meta);
    expect(parsed.entity.id).toBe(entity.id);
    expect(parsed.events.map((e) => e.id)).toEqual([event.id]);
  });

  it('exports events as CSV, quoted, with formulas defused', () => {
    const hostile = { ...event, summary: '=HYPERLINK("https://evil.example","click") and "quotes"' };
    const csv = recordCsv({ ...taken, events: [{ event: hostile, account }] });
    const [header, row] = csv.split('\r\n');
    expect(header).toBe('"date","platform","account (handle or name)","action","policies","summary","sources","event id"');
    expect(row).toContain(`"'=HYPERLINK(""https://evil.example"",""click"") and ""quotes"""`);
    expect(row!.startsWith('"2021-01-08","x","TestLeader","permanent-suspension",')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  it('offers a correction as text to send anywhere', () => {
    expect(correctionText({ kind: 'event', id: event.id, label: 'Permanent suspension, Jan 8, 2021', datasetVersion: '0.1.0' })).toBe(
      [
        `Correction: event ${event.id}`,
        '',
        `Record: event \`${event.id}\` (Permanent suspension, Jan 8, 2021)`,
        'Dataset version: 0.1.0',
        '',
        'What is wrong or missing:',
        '',
        'Source (URL, publisher, title, date):',
        '',
        'Project: https://github.com/precedent-extension/precedent',
        '',
      ].join('\n'),
    );
  });

  it('drafts a correction pack that reads as a pack, and is refused until edited', async () => {
    const now = new Date('2026-12-02T12:00:00Z');
    const draft = JSON.parse(correctionPackDraft(taken, now)) as { meta: { date: string }; entities: Array<{ id: string }> };
    expect(draft.meta.date).toBe('2026-12-02');
    // The entity comes along: its names and offices can be corrected too.
    expect(draft.entities.map((record) => record.id)).toEqual([entity.id]);
    expect(readPackValue('draft.json', draft).ok).toBe(true);
    const unedited = await importPack(memoryArea(), dataset, { name: 'draft.json', text: JSON.stringify(draft) }, now);
    expect(!unedited.ok && unedited.problems[0]!.message).toMatch(/adds and corrects nothing/);
    const edited = JSON.parse(correctionPackDraft(taken, now)) as { events: Array<{ summary: string }> };
    edited.events[0]!.summary = 'A corrected summary.';
    const result = await importPack(memoryArea(), dataset, { name: 'draft.json', text: JSON.stringify(edited) }, now);
    expect(result.ok && result.effect.corrected.map((ref) => ref.id)).toEqual([event.id]);
  });
});

