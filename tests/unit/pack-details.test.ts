/**
 * The packs' small print, each case written for a mutant that survived the broader tests in
 * packs.test.ts (docs/mutation.md): how records are named in messages, what a pack's effect counts,
 * the limits at their exact edges, stored entries with a field missing, the pack index's order and
 * revision, the names a second file gets, and where a backup's problems point.
 */
import { describe, expect, it } from 'vitest';
import type { CompiledAccount } from '../../src/dataset/compiled';
import { formatProblem } from '../../src/dataset/integrity';
import type { EventRecord, PolicyRecord } from '../../src/dataset/schema';
import { applyPacks, mergePack, recordLabel, type StoredPack } from '../../src/packs/apply-packs';
import { createBackup, readBackup } from '../../src/packs/backup';
import { formatBytes, MAX_PACK_RECORDS, MAX_TOTAL_PACK_BYTES, parseJsonFile, readPackValue } from '../../src/packs/pack-format';
import { loadPackKeys, PACK_KEYS_KEY, parsePackKeys, watchPackKeys } from '../../src/packs/pack-keys';
import { importPack, PACKS_KEY, packItems, parseStoredPacks, uniqueName, watchPacks } from '../../src/packs/pack-store';
import { DEFAULT_SETTINGS } from '../../src/settings/settings';
import type { StorageListener } from '../../src/storage/storage';
import { datasetTracking } from '../support/dataset';
import { source } from '../support/records';
import { memoryArea } from '../support/storage';

const NOW = new Date('2026-11-27T10:00:00Z');
const bundled = datasetTracking('TrackedLeader');
const template = bundled.events[0]!;
const newEvent = (id: string, date = '2022-03-01'): EventRecord => ({ ...template, id, date, summary: `Event ${id}.` });
const emptyLists = { entities: [], accounts: [], events: [], policies: [] };
const document = (overrides: Record<string, unknown> = {}) => ({ format: 1, meta: { version: '1.0.0', date: '2026-11-01' }, ...emptyLists, ...overrides });
const stored = (id: string, overrides: Partial<StoredPack> = {}): StoredPack =>
  ({ id, name: id, importedAt: '2026-11-27T10:00:00.000Z', document: document({ events: [newEvent(`${id.replace(/[^a-z0-9]+/g, '-')}-event`)] }), ...overrides }) as StoredPack;

/** A `storage.onChanged` stand-in that remembers its listeners. */
function changes() {
  const listeners = new Set<StorageListener>();
  return {
    addListener: (listener: StorageListener) => listeners.add(listener),
    removeListener: (listener: StorageListener) => listeners.delete(listener),
    fire: (items: Record<string, { newValue?: unknown }>) => listeners.forEach((listener) => listener(items, 'local')),
    get size() {
      return listeners.size;
    },
  };
}

describe('records named in messages', () => {
  const account = bundled.accounts[0]!;
  it('names an account by its latest handle, else its page name, else its id, with the platform', () => {
    const handles = [{ handle: 'Old' }, { handle: 'New' }];
    expect(recordLabel('accounts', { ...account, handles } as CompiledAccount)).toBe('@New (x)');
    expect(recordLabel('accounts', { ...account, handles: [], name: 'Channel', platform: 'youtube' } as CompiledAccount)).toBe('Channel (youtube)');
    const unnamed = Object.fromEntries(Object.entries({ ...account, handles: [], platform: 'youtube' }).filter(([key]) => key !== 'name'));
    expect(recordLabel('accounts', unnamed as unknown as CompiledAccount)).toBe(`${account.id} (youtube)`);
  });

  it('names an event by its date and summary, a clause by its name, an entity by its English name', () => {
    expect(recordLabel('events', newEvent('e1'))).toBe('2022-03-01: Event e1.');
    expect(recordLabel('policies', bundled.policies[0] as PolicyRecord)).toBe(bundled.policies[0]!.name);
    expect(recordLabel('entities', bundled.entities[0]!)).toBe('Leader TrackedLeader');
  });
});

describe('what a pack does', () => {
  it('counts records it repeats unchanged, and names the kind of each record it adds', () => {
    const policy = { ...bundled.policies[0]!, id: 'x-new-policy', name: 'A new clause' };
    const { effect } = mergePack(bundled, { ...emptyLists, events: [template, newEvent('added')], policies: [policy] });
    expect(effect.unchanged).toBe(1);
    expect(effect.added.map((ref) => [ref.kind, ref.id])).toEqual([
      ['events', 'added'],
      ['policies', 'x-new-policy'],
    ]);
  });

  it('reports each applied pack with its effect', () => {
    const result = applyPacks(bundled, [stored('a.json')], NOW);
    expect(result.applied.map(({ pack, effect }) => [pack.id, effect.added.map((ref) => ref.id)])).toEqual([['a.json', ['a-json-event']]]);
  });
});

describe('limits at their edges', () => {
  it(`holds up to ${MAX_PACK_RECORDS} records, counting clauses too`, () => {
    const policy = bundled.policies[0]!;
    const events = Array.from({ length: MAX_PACK_RECORDS - 1 }, (_, i) => newEvent(`e-${i}`));
    expect(readPackValue('p.json', document({ events, policies: [policy] })).ok).toBe(true);
    const over = readPackValue('p.json', document({ events: [...events, newEvent('one-more')], policies: [policy] }));
    expect(over).toEqual({ ok: false, problems: [{ file: 'p.json', field: '', message: `holds ${MAX_PACK_RECORDS + 1} records; a pack may hold at most ${MAX_PACK_RECORDS}` }] });
  });

  it('reads a file of exactly the size limit, refuses a byte more', () => {
    const text = JSON.stringify({ a: 'x'.repeat(100) });
    expect(parseJsonFile('f.json', text, text.length).ok).toBe(true);
    expect(parseJsonFile('f.json', text, text.length - 1)).toEqual({ ok: false, problems: [{ file: 'f.json', field: '', message: `is too large: ${text.length} bytes, over the limit of 1 KB` }] });
  });

  it('stores packs that take 6 MB together, refuses one that brings them a byte over', async () => {
    // Each pack one entity whose English name (no length limit) pads it: four files under 2 MB each.
    const padded = (id: string, length: number) => ({ name: `${id}.json`, text: JSON.stringify(document({ entities: [{ id, type: 'person', names: { en: 'x'.repeat(length) }, offices: [] }] })) });
    // What the packs take: their stored list, as JSON in UTF-8.
    const taken = (area: ReturnType<typeof memoryArea>) => new TextEncoder().encode(JSON.stringify((area.data[PACKS_KEY] as { packs: unknown[] }).packs)).length;
    const area = memoryArea();
    for (const id of ['a', 'b', 'c']) expect((await importPack(area, bundled, padded(id, 1_600_000), NOW)).ok).toBe(true);
    const trial = memoryArea(area.data);
    expect((await importPack(trial, bundled, padded('d', 1), NOW)).ok).toBe(true);
    const fill = 1 + MAX_TOTAL_PACK_BYTES - taken(trial);

    const full = memoryArea(area.data);
    expect((await importPack(full, bundled, padded('d', fill), NOW)).ok).toBe(true);
    expect(taken(full)).toBe(MAX_TOTAL_PACK_BYTES);

    const over = memoryArea(area.data);
    const before = structuredClone(over.data);
    expect(await importPack(over, bundled, padded('d', fill + 1), NOW)).toEqual({
      ok: false,
      problems: [{ file: 'd.json', field: '', message: 'would bring the imported packs to 6.0 MB; together they may take 6 MB' }],
    });
    expect(over.data).toEqual(before);
    expect(over.writes).toBe(0);
  });

  it('writes sizes as people read them', () => {
    expect([1000, 1024, 1025, 1024 * 1024 - 1, 1024 * 1024, 1.5 * 1024 * 1024, 6 * 1024 * 1024].map(formatBytes)).toEqual(['1 KB', '1 KB', '2 KB', '1024 KB', '1 MB', '1.5 MB', '6 MB']);
  });
});

describe('stored packs and their index', () => {
  it('drops an entry that lacks its id, its name or its import date', () => {
    const good = stored('a.json');
    const without = (field: keyof StoredPack) => Object.fromEntries(Object.entries(good).filter(([key]) => key !== field));
    expect(parseStoredPacks({ version: 1, packs: [without('id'), without('name'), without('importedAt'), good] }).map((pack) => pack.id)).toEqual(['a.json']);
  });

  it('indexes each account key once, sorted; the revision names every pack and its import', () => {
    const account = (id: string, handle: string) => ({ ...bundled.accounts[0]!, id, handles: [{ handle }], sources: [source] });
    const packs = [stored('b.json', { document: document({ accounts: [account('x-z', 'Zed'), account('x-a', 'Able')] }) as StoredPack['document'] }), stored('c.json', { importedAt: '2026-11-28T00:00:00.000Z', document: document({ accounts: [account('x-a', 'Able')] }) as StoredPack['document'] })];
    const index = packItems(packs)[PACK_KEYS_KEY] as { revision: string; keys: string[] };
    expect(index.revision).toBe('b.json@2026-11-27T10:00:00.000Z\nc.json@2026-11-28T00:00:00.000Z');
    expect(index.keys).toEqual([...new Set(index.keys)].sort());
    expect(index.keys.length).toBeGreaterThan(0);
    expect(index.keys.filter((key) => key.includes('able'))).toHaveLength(1);
  });

  it('reads the index keys back, whatever storage holds', async () => {
    expect(parsePackKeys({ revision: 'r', keys: ['a', 1, 'b'] })).toEqual(['a', 'b']);
    expect(parsePackKeys(['a'])).toEqual([]);
    expect(parsePackKeys({ keys: 'a' })).toEqual([]);
    expect(await loadPackKeys(memoryArea({ [PACK_KEYS_KEY]: { revision: 'r', keys: ['k'] } }))).toEqual(['k']);
    expect(await loadPackKeys(memoryArea())).toEqual([]);
  });

  it('tells watchers when the packs or their keys change, until they unsubscribe', () => {
    const bus = changes();
    const seen: unknown[] = [];
    const stopKeys = watchPackKeys(bus, (keys) => seen.push(keys));
    const stopPacks = watchPacks(bus, () => seen.push('packs'));
    bus.fire({ [PACK_KEYS_KEY]: { newValue: { revision: 'r', keys: ['k', 2] } }, packs: { newValue: {} } });
    expect(seen).toEqual([['k'], 'packs']);
    stopKeys();
    stopPacks();
    expect(bus.size).toBe(0);
  });
});

describe('a second file of the same name', () => {
  const taken = (...ids: string[]) => ids.map((id) => stored(id));
  it('gets the next free number, before its extension', () => {
    expect(uniqueName('a.json', taken('b.json'))).toBe('a.json');
    expect(uniqueName('a.json', taken('a.json'))).toBe('a (2).json');
    expect(uniqueName('a.json', taken('a.json', 'a (2).json'))).toBe('a (3).json');
    expect(uniqueName('v1.2.json', taken('v1.2.json'))).toBe('v1.2 (2).json');
    expect(uniqueName('README', taken('README', 'README (2)'))).toBe('README (3)');
  });
});

describe('a backup’s problems', () => {
  const AT = '2026-11-27T10:00:00.000Z';
  const backupWith = (packs: unknown[], customSites: string[] = []) => JSON.stringify({ ...createBackup({ ...DEFAULT_SETTINGS, customSites }, [], NOW), packs });

  it('point into the pack that does not fit, even when the problem is the whole pack', () => {
    const read = readBackup('backup.json', backupWith([{ name: 'same.json', importedAt: AT, document: document({ events: [template] }) }]), bundled, DEFAULT_SETTINGS, NOW);
    expect(read.ok ? [] : read.problems.map((problem) => [problem.file, problem.field])).toEqual([['backup.json', 'packs.0.document']]);
  });

  it('about a record the misfit pack did not bring keep that record’s own pack and path', () => {
    const minister = { id: 'x-new-minister', entity: 'leader-trackedleader', platform: 'x', kind: 'official', language: 'en', handles: [{ handle: 'NewMinister' }], sources: [source] };
    // b.json corrects the bundled account (listed first) to claim a.json's handle: the clash is
    // reported on the later of the two accounts, the one a.json brought.
    const claimed = { ...bundled.accounts[0]!, handles: [{ handle: 'NewMinister' }] };
    const read = readBackup(
      'backup.json',
      backupWith([
        { name: 'a.json', importedAt: AT, document: document({ accounts: [minister] }) },
        { name: 'b.json', importedAt: AT, document: document({ accounts: [claimed] }) },
      ]),
      bundled,
      DEFAULT_SETTINGS,
      NOW,
    );
    expect(read.ok ? [] : read.problems.map(formatProblem)).toEqual(['a.json › accounts.0.handles: handle "NewMinister" is also claimed by account "x-leader-trackedleader" (b.json) for overlapping dates']);
  });

  it('ask to add again only the sites this browser does not have', () => {
    const read = readBackup('backup.json', backupWith([], ['https://a.example', 'https://b.example']), bundled, { ...DEFAULT_SETTINGS, customSites: ['https://a.example'] }, NOW);
    expect(read.ok && read.sitesToAddAgain).toEqual(['https://b.example']);
  });
});
