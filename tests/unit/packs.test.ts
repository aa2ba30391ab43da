/**
 * Imported dataset packs and backups (src/packs/): what a valid pack adds and corrects, that every
 * kind of bad file is refused with its file, path and reason while storage stays exactly as it was,
 * that packs apply in order and atomically, and that a backup restores settings and packs.
 */
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/dataset/integrity';
import { applyPacks, BUNDLED } from '../../src/packs/apply-packs';
import { createBackup, exportBackup, readBackup, restoreBackup } from '../../src/packs/backup';
import { MAX_PACK_BYTES, MAX_PACKS } from '../../src/packs/pack-format';
import { PACK_KEYS_KEY } from '../../src/packs/pack-keys';
import { importPack, loadPacks, PACKS_KEY, parseStoredPacks, removePack } from '../../src/packs/pack-store';
import { DEFAULT_SETTINGS, parseSettings } from '../../src/settings/settings';
import { SETTINGS_KEY } from '../../src/settings/store';
import { datasetTracking } from '../support/dataset';
import { source } from '../support/records';
import { memoryArea } from '../support/storage';

const NOW = new Date('2026-11-27T10:00:00Z');
const bundled = datasetTracking('TrackedLeader');

const entity = { id: 'new-minister', type: 'person', names: { en: 'New Minister' }, offices: [] };
const account = {
  id: 'x-new-minister',
  entity: 'new-minister',
  platform: 'x',
  kind: 'official',
  language: 'en',
  handles: [{ handle: 'NewMinister' }],
  sources: [source],
};
const event = {
  id: 'new-minister-2022-label',
  account: 'x-new-minister',
  platform: 'x',
  date: '2022-03-01',
  action: 'post-labelled',
  policies: ['x-test-policy'],
  summary: 'The platform labelled a post.',
  sources: [source],
};
const pack = (overrides: Record<string, unknown> = {}) => ({
  format: 1,
  meta: { version: '1.0.0', date: '2026-11-01' },
  entities: [entity],
  accounts: [account],
  events: [event],
  policies: [],
  ...overrides,
});
const file = (value: unknown, name = 'pack.json') => ({ name, text: JSON.stringify(value) });

/** A pack whose first event is changed by `edit`. */
const withEvent = (edit: Record<string, unknown>) => pack({ events: [{ ...event, ...edit }] });
const withAccount = (edit: Record<string, unknown>) => pack({ accounts: [{ ...account, ...edit }] });

describe('importing a pack', () => {
  it('adds its records, says what it adds, and indexes its handles for the content scripts', async () => {
    const area = memoryArea();
    const result = await importPack(area, bundled, file(pack()), NOW);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.effect.added.map((ref) => `${ref.kind}:${ref.label}`)).toEqual([
      'entities:New Minister',
      'accounts:@NewMinister (x)',
      'events:2022-03-01: The platform labelled a post.',
    ]);
    expect(result.effect.corrected).toEqual([]);
    expect(area.writes).toBe(1);
    expect(area.data[PACK_KEYS_KEY]).toEqual({ revision: `pack.json@${NOW.toISOString()}`, keys: ['x:h:newminister'] });
    const stored = await loadPacks(area);
    expect(stored.map((p) => [p.id, p.importedAt])).toEqual([['pack.json', NOW.toISOString()]]);
    const merged = applyPacks(bundled, stored, NOW);
    expect(merged.dataset.accounts.map((a) => a.id)).toContain('x-new-minister');
    expect(merged.origin.get('x-new-minister')).toBe('pack.json');
    expect(bundled.accounts.map((a) => a.id)).not.toContain('x-new-minister');
  });

  it('corrects a bundled record that has the same id, and keeps events newest first', async () => {
    const area = memoryArea();
    const [original] = bundled.events;
    const corrected = { ...original!, date: '2021-01-09', summary: 'Corrected summary.' };
    const result = await importPack(area, bundled, file(pack({ events: [event, corrected] })), NOW);
    expect(result.ok && result.effect.corrected.map((ref) => ref.id)).toEqual([original!.id]);
    const merged = applyPacks(bundled, await loadPacks(area), NOW).dataset;
    expect(merged.events.map((e) => e.date)).toEqual(['2022-03-01', '2021-01-09']);
    expect(merged.events.find((e) => e.id === original!.id)?.summary).toBe('Corrected summary.');
  });

  it('accepts a handle the bundled dataset held before, at dates that do not overlap', async () => {
    const reused = withAccount({ handles: [{ handle: 'TrackedLeader', from: '2030-01' }] });
    // The bundled claim is open-ended; a pack may only take the handle over by correcting that claim.
    const refused = await importPack(memoryArea(), bundled, file(reused), NOW);
    expect(refused.ok).toBe(false);
    const ended = { ...bundled.accounts[0]!, handles: [{ handle: 'TrackedLeader', to: '2024-12' }] };
    const accepted = await importPack(memoryArea(), bundled, file(pack({ accounts: [ended, { ...account, handles: [{ handle: 'TrackedLeader', from: '2025-01' }] }] })), NOW);
    expect(accepted.ok).toBe(true);
  });

  it('keeps markup and script URLs in text fields as plain text (rendered by Preact as text)', async () => {
    const result = await importPack(memoryArea(), bundled, file(withEvent({ summary: '<img src=x onerror=alert(1)> javascript:alert(1)' })), NOW);
    expect(result.ok).toBe(true);
  });

  type Refusal = [name: string, text: string, where: RegExp];
  const refusals: Refusal[] = [
    ['malformed JSON', '{ "format": 1, ', /^pack\.json: is not valid JSON/],
    ['not an object', '[]', /^pack\.json: /],
    ['an unknown format', JSON.stringify(pack({ format: 2 })), /^pack\.json › format: must be 1/],
    ['no meta', JSON.stringify({ ...pack(), meta: undefined }), /^pack\.json › meta: /],
    ['an unknown top-level field', JSON.stringify(pack({ extra: true })), /^pack\.json: .*extra/],
    ['no records at all', JSON.stringify(pack({ entities: [], accounts: [], events: [] })), /^pack\.json: holds no records/],
    ['an invalid X handle', JSON.stringify(withAccount({ handles: [{ handle: 'New Minister' }] })), /^pack\.json › accounts\.0\.handles\.0\.handle: /],
    ['a lookalike handle with a zero-width space', JSON.stringify(withAccount({ handles: [{ handle: 'NewMinister\u200b' }] })), /^pack\.json › accounts\.0\.handles\.0\.handle: /],
    ['an http source', JSON.stringify(withEvent({ sources: [{ ...source, url: 'http://example.org/a' }] })), /^pack\.json › events\.0\.sources\.0\.url: must be an https:\/\/ URL/],
    ['a javascript: source', JSON.stringify(withEvent({ sources: [{ ...source, url: 'javascript:alert(1)' }] })), /^pack\.json › events\.0\.sources\.0\.url: must be an https/],
    ['a data: archive link', JSON.stringify(withEvent({ sources: [{ ...source, archiveUrl: 'data:text/html,x' }] })), /^pack\.json › events\.0\.sources\.0\.archiveUrl: must be an https/],
    ['an event without sources', JSON.stringify(withEvent({ sources: [] })), /^pack\.json › events\.0\.sources: /],
    ['an unknown action', JSON.stringify(withEvent({ action: 'shadowbanned' })), /^pack\.json › events\.0\.action: /],
    ['an impossible date', JSON.stringify(withEvent({ date: '2022-02-30' })), /^pack\.json › events\.0\.date: is not a real calendar day/],
    ['a date in the future', JSON.stringify(withEvent({ date: '2027-05' })), /^pack\.json › events\.0\.date: is in the future/],
    ['an event on an account nobody defines', JSON.stringify(withEvent({ account: 'x-nobody' })), /^pack\.json › events\.0\.account: account "x-nobody" does not exist/],
    ['a clause nobody defines', JSON.stringify(withEvent({ policies: ['x-no-such-rule'] })), /^pack\.json › events\.0\.policies\.0: policy "x-no-such-rule" does not exist/],
    ['an account of an entity nobody defines', JSON.stringify(withAccount({ id: 'x-orphan', entity: 'nobody', handles: [{ handle: 'Orphan' }] })), /^pack\.json › accounts\.0\.entity: entity "nobody" does not exist/],
    ['a handle a bundled account holds', JSON.stringify(withAccount({ handles: [{ handle: 'trackedleader' }] })), /^pack\.json › accounts\.0\.handles: handle "trackedleader" is also claimed by account "x-leader-trackedleader" \(the bundled dataset\)/],
    ['a user id a bundled account holds', JSON.stringify(pack({ accounts: [{ ...account, userId: '42', userIdSource: account.sources[0] }, { ...account, id: 'x-other', handles: [{ handle: 'Other' }], userId: '42', userIdSource: account.sources[0] }] })), /^pack\.json › accounts\.1\.userId: user id 42/],
    ['one id for two kinds of record', JSON.stringify(withEvent({ id: 'x-new-minister' })), /^pack\.json › events\.0\.id: id "x-new-minister" is also used/],
    ['records identical to the bundled ones', JSON.stringify(pack({ entities: [], accounts: [bundled.accounts[0]], events: [] })), /^pack\.json: adds and corrects nothing/],
    ['a file over the size limit', JSON.stringify(pack({ entities: [{ ...entity, note: 'x'.repeat(MAX_PACK_BYTES) }] })), /^pack\.json: is too large: 2,097,\d{3} bytes, over the limit of 2 MB$/],
  ];

  it.each(refusals)('refuses %s, naming file, path and reason, and stores nothing', async (_name, text, where) => {
    const area = memoryArea();
    await importPack(area, bundled, file(pack(), 'earlier.json'), NOW);
    const before = structuredClone(area.data);
    const result = await importPack(area, bundled, { name: 'pack.json', text }, NOW);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map(formatProblem)).toEqual(expect.arrayContaining([expect.stringMatching(where)]));
    expect(area.data).toEqual(before);
    expect(area.writes).toBe(1);
  });

  it('refuses a pack that clashes with an earlier pack, naming the earlier pack', async () => {
    const area = memoryArea();
    await importPack(area, bundled, file(pack(), 'first.json'), NOW);
    const second = pack({ entities: [{ ...entity, id: 'other' }], accounts: [{ ...account, id: 'x-other', entity: 'other' }], events: [] });
    const result = await importPack(area, bundled, file(second, 'second.json'), NOW);
    expect(!result.ok && result.problems.map(formatProblem)).toEqual([
      'second.json › accounts.0.handles: handle "NewMinister" is also claimed by account "x-new-minister" (first.json) for overlapping dates',
    ]);
  });

  it(`refuses a pack beyond the ${MAX_PACKS}th`, async () => {
    const area = memoryArea();
    for (let n = 0; n < MAX_PACKS; n += 1) {
      const result = await importPack(area, bundled, file(withEvent({ id: `event-${n}` }), `p${n}.json`), NOW);
      expect(result.ok).toBe(true);
    }
    const extra = await importPack(area, bundled, file(withEvent({ id: 'event-extra' }), 'extra.json'), NOW);
    expect(!extra.ok && formatProblem(extra.problems[0]!)).toMatch(/20 packs are already imported/);
    // About the file as a whole: no field.
    expect(!extra.ok && extra.problems[0]!.field).toBe('');
  });

  it('gives a second file of the same name its own id, and removes one pack without touching the other', async () => {
    const area = memoryArea();
    await importPack(area, bundled, file(pack()), NOW);
    await importPack(area, bundled, file(withEvent({ id: 'another-event' })), NOW);
    expect((await loadPacks(area)).map((p) => p.id)).toEqual(['pack.json', 'pack (2).json']);
    await removePack(area, 'pack (2).json');
    expect((await loadPacks(area)).map((p) => p.id)).toEqual(['pack.json']);
    await removePack(area, 'pack.json');
    expect(await loadPacks(area)).toEqual([]);
    expect(area.data[PACK_KEYS_KEY]).toEqual({ revision: '', keys: [] });
    expect(applyPacks(bundled, [], NOW).dataset).toBe(bundled);
  });
});

describe('stored packs', () => {
  it('drops corrupt entries one by one and reads the rest', async () => {
    const area = memoryArea();
    await importPack(area, bundled, file(pack()), NOW);
    const good = (area.data[PACKS_KEY] as { packs: unknown[] }).packs[0];
    for (const stored of [undefined, null, 'junk', { packs: 'junk' }, { version: 99 }]) expect(parseStoredPacks(stored)).toEqual([]);
    const mixed = { version: 1, packs: [null, { id: 1 }, { id: 'x', name: 'x', importedAt: 'y', document: { format: 9 } }, good] };
    expect(parseStoredPacks(mixed).map((p) => p.id)).toEqual(['pack.json']);
  });

  it('skips a stored pack that no longer fits the bundled dataset (after an update), whole', async () => {
    const area = memoryArea();
    await importPack(area, bundled, file(pack()), NOW);
    const updated = datasetTracking('TrackedLeader', 'NewMinister');
    const result = applyPacks(updated, await loadPacks(area), NOW);
    expect(result.applied).toEqual([]);
    expect(result.skipped.map(({ pack: p, problems }) => [p.id, problems[0]?.field])).toEqual([['pack.json', 'accounts.0.handles']]);
    expect(result.dataset).toBe(updated);
    expect(result.skipped[0]!.problems[0]!.message).toContain(BUNDLED);
  });
});

describe('backups', () => {
  it('export then import restores the settings and the packs, in one write', async () => {
    const settings = parseSettings({ ...DEFAULT_SETTINGS, density: 'summary', theme: 'dark', customSites: ['https://news.example'] });
    const source = memoryArea({ [SETTINGS_KEY]: settings });
    await importPack(source, bundled, file(pack()), NOW);
    const text = await exportBackup(source, NOW);

    const target = memoryArea();
    const read = readBackup('backup.json', text, bundled, DEFAULT_SETTINGS, NOW);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.sitesToAddAgain).toEqual(['https://news.example']);
    await restoreBackup(target, read);
    expect(target.writes).toBe(1);
    expect(target.data[SETTINGS_KEY]).toEqual({ ...settings, customSites: [] });
    expect(await loadPacks(target)).toEqual(await loadPacks(source));
    expect(target.data[PACK_KEYS_KEY]).toEqual(source.data[PACK_KEYS_KEY]);
  });

  it('migrates old or partial settings in a backup field by field', () => {
    const text = JSON.stringify({ ...createBackup(DEFAULT_SETTINGS, [], NOW), settings: { version: 0, density: 'summary', theme: 42 } });
    const read = readBackup('backup.json', text, bundled, DEFAULT_SETTINGS, NOW);
    expect(read.ok && [read.settings.density, read.settings.theme]).toEqual(['summary', 'site']);
  });

  const backupWith = (packs: unknown[]) => JSON.stringify({ ...createBackup(DEFAULT_SETTINGS, [], NOW), packs });
  const AT = '2026-11-27T10:00:00.000Z';

  it('gives every restored pack its own id, whatever the names: one Remove removes one pack', async () => {
    const second = pack({ entities: [], accounts: [], events: [{ ...event, id: 'second-event', date: '2022-04-01' }] });
    const third = pack({ entities: [], accounts: [], events: [{ ...event, id: 'third-event', date: '2022-05-01' }] });
    const read = readBackup('backup.json', backupWith([{ name: 'a (3)', importedAt: AT, document: pack() }, { name: 'a', importedAt: AT, document: second }, { name: 'a', importedAt: AT, document: third }]), bundled, DEFAULT_SETTINGS, NOW);
    expect(read.ok && read.packs.map((stored) => stored.id)).toEqual(['a (3)', 'a', 'a (2)']);
    if (!read.ok) return;
    const area = memoryArea();
    await restoreBackup(area, read);
    await removePack(area, 'a');
    expect((await loadPacks(area)).map((stored) => stored.id)).toEqual(['a (3)', 'a (2)']);
  });
  const badBackups: Array<[string, string, RegExp]> = [
    ['malformed JSON', '{', /^backup\.json: is not valid JSON/],
    ['another file type', JSON.stringify(pack()), /^backup\.json › format: must be "precedent-backup"/],
    ['a newer version', JSON.stringify({ ...createBackup(DEFAULT_SETTINGS, [], NOW), version: 2 }), /^backup\.json › version: must be 1/],
    ['a schema-invalid pack', backupWith([{ name: 'a.json', importedAt: AT, document: withEvent({ date: 'soon' }) }]), /^backup\.json › packs\.0\.document\.events\.0\.date: /],
    ['a pack that clashes with the one before it', backupWith([{ name: 'a.json', importedAt: AT, document: pack() }, { name: 'b.json', importedAt: AT, document: withEvent({ id: 'b-event', account: 'x-nobody' }) }]), /^backup\.json › packs\.1\.document\.events\.0\.account: account "x-nobody" does not exist/],
    ['a pack whose import date is not a date', backupWith([{ name: 'a.json', importedAt: 'not a date', document: pack() }]), /^backup\.json › packs\.0\.importedAt: must be a date and time/],
  ];

  it.each(badBackups)('refuses %s and changes nothing', async (_name, text, where) => {
    const area = memoryArea({ [SETTINGS_KEY]: { density: 'summary' } });
    const before = structuredClone(area.data);
    const read = readBackup('backup.json', text, bundled, DEFAULT_SETTINGS, NOW);
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.problems.map(formatProblem)).toEqual(expect.arrayContaining([expect.stringMatching(where)]));
    expect(area.data).toEqual(before);
  });
});
