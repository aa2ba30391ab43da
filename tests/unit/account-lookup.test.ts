/**
 * The content scripts' lookup (Bloom index + background) must answer exactly what a matcher over
 * the whole dataset answers, ask the background once per handle, and never ask for untracked ones.
 */
import dataset from 'virtual:precedent-dataset';
import { describe, expect, it, vi } from 'vitest';
import { createMessageHandler } from '../../src/background/message-handler';
import { createLookupService, loadLookupService, withPacks } from '../../src/background/lookup-service';
import { applyPacks, type StoredPack } from '../../src/packs/apply-packs';
import type { PackDocument } from '../../src/packs/pack-format';
import type { CompiledAccount, MatchableAccount } from '../../src/dataset/compiled';
import { createRemoteLookup, RETRY_DELAYS_MS } from '../../src/content/remote-lookup';
import { PENDING, type AccountLookup } from '../../src/matching/account-lookup';
import { accountKeys, handleKey } from '../../src/dataset/keys';
import { createBloom, mightContain, parseBloom, serialiseBloom } from '../../src/matching/bloom';
import { buildContentIndex } from '../../src/matching/index-keys';
import { createMatcher, type AuthorRef } from '../../src/matching/matcher';
import { framePageMessage, lookupMessage, openViewMessage, MAX_LOOKUP_KEYS, parseMessage, ranMessage, type LookupReply } from '../../src/messaging/protocol';
import { answered, backgroundLookup } from '../support/lookup';

const NOW = Date.parse('2026-11-27T12:00:00Z');

/** A pack adding one entity with one X account (synthetic: example.org sources). */
function packDocument(handle: string): PackDocument {
  const id = handle.toLowerCase();
  const source = { url: 'https://example.org/report', publisher: 'Example Wire', title: 'Example report', date: '2021-01-08' };
  return {
    format: 1,
    meta: { version: '1.0.0', date: '2026-11-01' },
    entities: [{ id, type: 'person', names: { en: handle }, offices: [] }],
    accounts: [{ id: `x-${id}`, entity: id, platform: 'x', kind: 'official', language: 'en', handles: [{ handle }], sources: [source] }],
    events: [],
    policies: [],
  };
}

/** Asks, lets the background answer, asks again. */
async function resolve(lookup: AccountLookup, ref: AuthorRef): Promise<MatchableAccount | null> {
  const first = lookup.match(ref);
  if (first !== PENDING) return first;
  await answered();
  const second = lookup.match(ref);
  if (second === PENDING) throw new Error('still pending after the answer');
  return second;
}

describe('Bloom index', () => {
  it('never forgets a key and keeps false positives near the rate it was built for', () => {
    const keys = Array.from({ length: 20_000 }, (_, i) => handleKey('x', `tracked_${i}`));
    const filter = parseBloom(serialiseBloom(createBloom(keys, 0.01)));
    expect(keys.every((key) => mightContain(filter, key))).toBe(true);
    const probes = Array.from({ length: 20_000 }, (_, i) => handleKey('x', `someone_else_${i}`));
    const falsePositives = probes.filter((key) => mightContain(filter, key)).length / probes.length;
    expect(falsePositives).toBeLessThan(0.02);
  });

  it('holds every handle and id of the bundled dataset in under two bytes a key', () => {
    const index = buildContentIndex(dataset);
    // Accounts that sources name only by their page or channel name have no key: they are never met on a page.
    expect(index.keys).toBeGreaterThanOrEqual(dataset.accounts.filter((account) => account.handles.length > 0 || account.userId).length);
    // 0.1 % false positives cost about 14.4 bits a key.
    expect(atob(index.bloom.bits).length).toBeLessThan(index.keys * 2);
  });
});

describe('remote lookup', () => {
  // Every handle every account held, at dates inside, before and after each claim, with and
  // without the account's id, plus lookalikes and untracked handles.
  const refs: AuthorRef[] = dataset.accounts.flatMap((account: CompiledAccount) =>
    account.handles.flatMap((claim): AuthorRef[] => {
      const dates = [claim.from, claim.to ?? undefined, '2009-01-01', '2026-01-01'].filter((d): d is string => d !== undefined);
      return dates.flatMap((date) => {
        const at = Date.parse(`${date}T12:00:00Z`);
        return [
          { platform: account.platform, handle: claim.handle, at },
          { platform: account.platform, handle: claim.handle.toUpperCase(), at, userId: account.userId ?? null },
          { platform: account.platform, handle: claim.handle, at, userId: '42' },
          { platform: account.platform, handle: `${claim.handle}_`, at },
          { platform: 'x' as const, handle: `not_${claim.handle}`.slice(0, 15), at },
        ];
      });
    }),
  );

  it(`answers exactly what a matcher over the whole dataset answers (${refs.length} cases)`, async () => {
    const whole = createMatcher(dataset.accounts, () => NOW);
    const { lookup } = backgroundLookup(dataset);
    for (const ref of refs) expect((await resolve(lookup, ref))?.id ?? null, JSON.stringify(ref)).toBe(whole.match(ref)?.id ?? null);
  });

  it('asks once per handle, in one message per microtask, and never for untracked authors', async () => {
    const { lookup, requests } = backgroundLookup(dataset);
    expect(lookup.mightTrack({ platform: 'x', handle: 'someone_untracked' })).toBe(false);
    expect(lookup.mightTrack({ platform: 'x', handle: 'RealDonaldTrump' })).toBe(true);
    expect(lookup.match({ platform: 'x', handle: 'someone_untracked' })).toBeNull();
    expect(lookup.match({ platform: 'x', handle: 'realDonaldTrump' })).toBe(PENDING);
    expect(lookup.match({ platform: 'x', handle: 'khamenei_ir' })).toBe(PENDING);
    expect(lookup.match({ platform: 'x', handle: 'REALDONALDTRUMP' })).toBe(PENDING);
    await answered();
    expect(requests).toEqual([['x:h:realdonaldtrump', 'x:h:khamenei_ir']]);
    expect(lookup.match({ platform: 'x', handle: 'realDonaldTrump', at: Date.parse('2020-06-01') })).toMatchObject({ id: 'x-realdonaldtrump' });
    expect(lookup.profile('x-realdonaldtrump')?.events.length).toBeGreaterThan(0);
    // The clauses the panel names are there too.
    for (const event of lookup.profile('x-realdonaldtrump')!.events)
      for (const id of event.policies) expect(lookup.records.policy(id)?.id).toBe(id);
    expect(requests).toHaveLength(1);
  });

  it('splits a burst of keys into messages the background accepts', async () => {
    // Every platform's handles (Facebook and YouTube pages have names, no handles).
    const handles = dataset.accounts.flatMap((account: CompiledAccount) => account.handles.map((claim) => [account.platform, claim.handle] as const));
    const many = [...handles, ...Array.from({ length: 400 }, (_, i) => ['x', `Probe_${i}`] as const)];
    const keys = buildContentIndex(dataset);
    const requests: string[][] = [];
    const lookup = createRemoteLookup({
      // A filter that says "maybe" to everything: the worst case for the background.
      index: { ...keys, bloom: serialiseBloom({ m: 8, k: 1, bits: new Uint8Array([255]) }) },
      meta: dataset.meta,
      request: (asked) => {
        requests.push(asked);
        expect(parseMessage(lookupMessage(asked))).not.toBeNull();
        return Promise.resolve({ accounts: [], profiles: [], policies: [], packs: [] });
      },
    });
    many.forEach(([platform, handle]) => lookup.match({ platform, handle }));
    await answered();
    expect(requests.every((batch) => batch.length <= MAX_LOOKUP_KEYS)).toBe(true);
    expect(requests.flat()).toHaveLength(new Set(many.map(([platform, h]) => `${platform}:${h.toLowerCase()}`)).size);
  });

  it('asks again after a failure (the background may be starting), then gives up and shows nothing', async () => {
    const waits: number[] = [];
    const retries: Array<() => void> = [];
    let calls = 0;
    const make = (failFirst: number) =>
      createRemoteLookup({
        index: buildContentIndex(dataset),
        meta: dataset.meta,
        request: (keys) => {
          calls++;
          if (calls <= failFirst) return Promise.reject(new Error('Could not establish connection.'));
          return Promise.resolve(JSON.parse(JSON.stringify(createLookupService(dataset).answer(keys))));
        },
        retryAfter: (ms, callback) => {
          waits.push(ms);
          retries.push(callback);
        },
      });
    const runRetries = async () => {
      while (retries.length > 0) {
        retries.shift()!();
        await answered();
      }
    };

    // Fails twice, then answers: the post gets its badge.
    const recovering = make(2);
    expect(recovering.match({ platform: 'x', handle: 'realDonaldTrump' })).toBe(PENDING);
    await answered();
    expect(recovering.match({ platform: 'x', handle: 'realDonaldTrump' })).toBe(PENDING);
    await runRetries();
    expect(recovering.match({ platform: 'x', handle: 'realDonaldTrump', at: Date.parse('2020-06-01') })).toMatchObject({ id: 'x-realdonaldtrump' });
    expect([calls, waits]).toEqual([3, RETRY_DELAYS_MS.slice(0, 2)]);

    // Never answers: after the last retry it settles as "not tracked" and stops asking.
    calls = 0;
    waits.length = 0;
    const dead = make(Infinity);
    let resolvedCalls = 0;
    dead.onResolved(() => resolvedCalls++);
    dead.match({ platform: 'x', handle: 'realDonaldTrump' });
    await answered();
    await runRetries();
    expect(dead.match({ platform: 'x', handle: 'realDonaldTrump' })).toBeNull();
    expect([calls, waits, resolvedCalls]).toEqual([RETRY_DELAYS_MS.length + 1, RETRY_DELAYS_MS, 1]);
  });

  it('sends no empty message when the keys fill the last one exactly', async () => {
    const requests: string[][] = [];
    const lookup = createRemoteLookup({
      index: { ...buildContentIndex(dataset), bloom: serialiseBloom({ m: 8, k: 1, bits: new Uint8Array([255]) }) },
      meta: dataset.meta,
      request: (asked) => (requests.push(asked), Promise.resolve({ accounts: [], profiles: [], policies: [], packs: [] })),
    });
    for (let i = 0; i < 2 * MAX_LOOKUP_KEYS; i++) lookup.match({ platform: 'x', handle: `probe_${i}` });
    await answered();
    expect(requests.map((batch) => batch.length)).toEqual([MAX_LOOKUP_KEYS, MAX_LOOKUP_KEYS]);
  });

  it('waits with the browser’s own timer before asking again when no waiting is given', async () => {
    vi.useFakeTimers();
    try {
      let calls = 0;
      const lookup = createRemoteLookup({
        index: buildContentIndex(dataset),
        meta: dataset.meta,
        request: () => (calls++, Promise.reject(new Error('Could not establish connection.'))),
      });
      lookup.match({ platform: 'x', handle: 'realDonaldTrump' });
      await vi.advanceTimersByTimeAsync(0);
      expect(calls).toBe(1);
      await vi.advanceTimersByTimeAsync(RETRY_DELAYS_MS[0]! - 1);
      expect(calls).toBe(1);
      await vi.advanceTimersByTimeAsync(1);
      expect(calls).toBe(2);
    } finally {
      vi.useRealTimers();
    }
  });

  it('survives a request that throws instead of rejecting (extension context invalidated)', async () => {
    const lookup = createRemoteLookup({
      index: buildContentIndex(dataset),
      meta: dataset.meta,
      request: () => {
        throw new Error('Extension context invalidated.');
      },
      retryAfter: () => undefined,
    });
    expect(lookup.match({ platform: 'x', handle: 'realDonaldTrump' })).toBe(PENDING);
    await answered();
    expect(lookup.match({ platform: 'x', handle: 'realDonaldTrump' })).toBe(PENDING);
  });
});

describe('remote lookup with the badges shipped in the script', () => {
  const withBadges = (options: { packKeys?: string[]; fail?: boolean } = {}) => {
    const requests: string[][] = [];
    const retries: Array<() => void> = [];
    const lookup = createRemoteLookup({
      index: buildContentIndex(dataset, { platforms: ['x'], fits: () => true }),
      meta: dataset.meta,
      ...(options.packKeys && { packKeys: options.packKeys }),
      request: (keys) => {
        requests.push(keys);
        if (options.fail) return Promise.reject(new Error('Could not establish connection.'));
        return Promise.resolve(JSON.parse(JSON.stringify(createLookupService(dataset).answer(keys))));
      },
      retryAfter: (_ms, callback) => retries.push(callback),
    });
    return { lookup, requests, retries };
  };

  it('matches and summarises a tracked X author at once, without asking the background', () => {
    const { lookup, requests } = withBadges();
    const account = lookup.match({ platform: 'x', handle: 'realDonaldTrump', at: Date.parse('2020-06-01') });
    expect(account).toMatchObject({ id: 'x-realdonaldtrump' });
    expect(lookup.summary('x-realdonaldtrump')).toMatchObject({ name: 'Donald Trump', account: { kind: expect.any(String) } });
    expect(lookup.summary('x-realdonaldtrump')!.actions).toBeGreaterThan(0);
    // The panel's detail is not in the script: asked for only when the reader reaches for it.
    expect(lookup.profile('x-realdonaldtrump')).toBeNull();
    expect(requests).toEqual([]);
  });

  it('answers a moved handle by date from what it carries (@POTUS across administrations)', () => {
    const { lookup, requests } = withBadges();
    const whole = createMatcher(dataset.accounts, () => NOW);
    const holders = ['2016-03-01', '2018-03-01', '2022-03-01'].map((day) => {
      const ref: AuthorRef = { platform: 'x', handle: 'POTUS', at: Date.parse(day) };
      expect(lookup.match(ref), day).toMatchObject({ id: whole.match(ref)!.id });
      return (lookup.match(ref) as MatchableAccount).id;
    });
    expect(new Set(holders).size).toBe(3);
    expect(requests).toEqual([]);
  });

  it('rules out an untracked X author exactly (no Bloom false positive asks), other platforms through the filter', async () => {
    const { lookup, requests } = withBadges();
    const untracked = Array.from({ length: 3000 }, (_, i) => `nobody_${i}`);
    expect(untracked.filter((handle) => lookup.mightTrack({ platform: 'x', handle }))).toEqual([]);
    expect(lookup.match({ platform: 'bluesky', handle: dataset.accounts.find((a) => a.platform === 'bluesky')!.handles[0]!.handle })).toBe(PENDING);
    await answered();
    expect(requests).toHaveLength(1);
  });

  it('fetches the detail once, on request, and tells its listeners', async () => {
    const { lookup, requests } = withBadges();
    let told = 0;
    lookup.onResolved(() => told++);
    lookup.requestProfile('x-realdonaldtrump');
    lookup.requestProfile('x-realdonaldtrump');
    await answered();
    expect(requests).toEqual([['x:h:realdonaldtrump', 'x:i:25073877']]);
    expect(lookup.profile('x-realdonaldtrump')?.events.length).toBeGreaterThan(0);
    // With the detail, the summary carries the latest event's own words.
    expect(lookup.summary('x-realdonaldtrump')?.latest?.summary).toBeTruthy();
    expect([told, lookup.profileFailed('x-realdonaldtrump')]).toEqual([1, false]);
  });

  it('says when the detail cannot be fetched, after its retries', async () => {
    const { lookup, retries } = withBadges({ fail: true });
    lookup.requestProfile('x-realdonaldtrump');
    await answered();
    expect(lookup.profileFailed('x-realdonaldtrump')).toBe(false);
    while (retries.length > 0) {
      retries.shift()!();
      await answered();
    }
    expect([lookup.profile('x-realdonaldtrump'), lookup.profileFailed('x-realdonaldtrump')]).toEqual([null, true]);
    // The badge still stands on its summary.
    expect(lookup.match({ platform: 'x', handle: 'realDonaldTrump', at: Date.parse('2020-06-01') })).toMatchObject({ id: 'x-realdonaldtrump' });
  });

  it('says the detail failed only for the accounts whose message failed for good', async () => {
    // Three X accounts that share no key: the first two asked in one message, the third later.
    const picked: CompiledAccount[] = [];
    const used = new Set<string>();
    for (const account of dataset.accounts.filter((candidate) => candidate.platform === 'x')) {
      const keys = accountKeys(account);
      if (keys.some((key) => used.has(key))) continue;
      keys.forEach((key) => used.add(key));
      if (picked.push(account) === 3) break;
    }
    const [first, second, later] = picked.map((account) => account.id);
    const laterKeys = accountKeys(picked[2]!);
    const retries: Array<() => void> = [];
    const lookup = createRemoteLookup({
      index: buildContentIndex(dataset, { platforms: ['x'], fits: () => true }),
      meta: dataset.meta,
      // The first message fails every time; the later one's answer is still on its way.
      request: (keys) => (keys.some((key) => laterKeys.includes(key)) ? new Promise<LookupReply>(() => undefined) : Promise.reject(new Error('Could not establish connection.'))),
      retryAfter: (_ms, callback) => retries.push(callback),
    });
    lookup.requestProfile(first!);
    lookup.requestProfile(second!);
    await answered();
    lookup.requestProfile(later!);
    while (retries.length > 0) {
      retries.shift()!();
      await answered();
    }
    expect([first, second, later].map((id) => lookup.profileFailed(id!))).toEqual([true, true, false]);
  });

  it('says the detail failed when the background answers without it (it no longer knows the account)', async () => {
    const lookup = createRemoteLookup({
      index: buildContentIndex(dataset, { platforms: ['x'], fits: () => true }),
      meta: dataset.meta,
      request: () => Promise.resolve({ accounts: [], profiles: [], policies: [], packs: [] }),
    });
    lookup.requestProfile('x-realdonaldtrump');
    await answered();
    expect([lookup.profile('x-realdonaldtrump'), lookup.profileFailed('x-realdonaldtrump')]).toEqual([null, true]);
  });

  it('asks nothing more for a detail it has, or has given up on', async () => {
    const { lookup, requests } = withBadges();
    lookup.requestProfile('x-realdonaldtrump');
    await answered();
    requests.length = 0;
    lookup.requestProfile('x-realdonaldtrump');
    await answered();
    expect(requests).toEqual([]);
    // Failed for good: the panel says to reload the page; reaching for the badge again sends nothing.
    const failing = withBadges({ fail: true });
    failing.lookup.requestProfile('x-realdonaldtrump');
    await answered();
    while (failing.retries.length > 0) {
      failing.retries.shift()!();
      await answered();
    }
    failing.requests.length = 0;
    failing.lookup.requestProfile('x-realdonaldtrump');
    await answered();
    expect(failing.requests).toEqual([]);
  });

  it('asks nothing for the detail of an account it knows nothing of', async () => {
    const { lookup, requests } = withBadges();
    lookup.requestProfile('x-no-such-account');
    await answered();
    expect(requests).toEqual([]);
  });

  it('tells a listener nothing once it has unsubscribed', async () => {
    const { lookup } = withBadges();
    let told = 0;
    const unsubscribe = lookup.onResolved(() => told++);
    unsubscribe();
    lookup.requestProfile('x-realdonaldtrump');
    await answered();
    expect(told).toBe(0);
  });

  it('leaves the shipped badges aside while the user has packs (a pack can change any record)', () => {
    const { lookup } = withBadges({ packKeys: ['x:h:newminister'] });
    expect(lookup.match({ platform: 'x', handle: 'realDonaldTrump' })).toBe(PENDING);
    expect(lookup.summary('x-realdonaldtrump')).toBeNull();
  });
});

describe('remote lookup with imported packs', () => {
  it('asks the background for handles only the packs know (the bundled index cannot)', async () => {
    const requests: string[][] = [];
    const merged = applyPacks(dataset, [{ id: 'p.json', name: 'p.json', importedAt: '2026-11-27T00:00:00Z', document: packDocument('NewMinister') }]).dataset;
    const service = createLookupService(merged);
    const lookupWith = (packKeys: string[]) =>
      createRemoteLookup({
        index: buildContentIndex(dataset),
        packKeys,
        meta: dataset.meta,
        now: () => NOW,
        request: (keys) => (requests.push(keys), Promise.resolve(JSON.parse(JSON.stringify(service.answer(keys))))),
      });
    const ref: AuthorRef = { platform: 'x', handle: 'newminister', at: NOW };
    expect(lookupWith([]).match(ref)).toBeNull();
    expect(requests).toEqual([]);
    expect((await resolve(lookupWith(['x:h:newminister']), ref))?.id).toBe('x-newminister');
    expect(requests).toEqual([['x:h:newminister']]);
  });
});

describe('background message handler', () => {
  const opened: string[] = [];
  const handle = createMessageHandler({
    runtimeId: 'precedent',
    lookups: () => Promise.resolve(createLookupService(dataset)),
    openPage: (path) => Promise.resolve(opened.push(path)),
  });

  it('answers lookups from its own scripts only', async () => {
    const reply = (await handle(lookupMessage(['x:h:realdonaldtrump']), { id: 'precedent' })) as LookupReply;
    expect(reply.accounts.map((account) => account.id)).toEqual(['x-realdonaldtrump']);
    expect(handle(lookupMessage(['x:h:realdonaldtrump']), { id: 'another-extension' })).toBeUndefined();
  });

  it('tells an embed frame its page’s origin (from the sender’s tab), and nothing else', async () => {
    const tab = (url?: string) => ({ id: 'precedent', tab: { index: 0, url } });
    expect(await handle(framePageMessage(), tab('https://news.example/2026/article?x=1'))).toEqual({ origin: 'https://news.example' });
    expect(await handle(framePageMessage(), tab(undefined))).toEqual({ origin: null });
    expect(await handle(framePageMessage(), tab('file:///home/user/page.html'))).toEqual({ origin: null });
    expect(handle(framePageMessage(), { id: 'another-extension', tab: { index: 0, url: 'https://news.example/' } })).toBeUndefined();
  });

  it('starts loading the records when a script reports it is annotating a page, not before', async () => {
    const asked: string[] = [];
    const warming = createMessageHandler({
      runtimeId: 'precedent',
      lookups: () => (asked.push('load'), Promise.reject(new Error('not yet'))),
      openPage: () => Promise.resolve(),
    });
    const tab = { id: 'precedent', tab: { id: 3, index: 0, url: 'https://x.com/home' } };
    await warming(ranMessage('x', 'waiting'), tab);
    await warming(ranMessage('x', 'off'), tab);
    expect(asked).toEqual([]);
    // A failed load is left for the lookup that follows (it loads again and reports the failure).
    await expect(warming(ranMessage('x', 'annotating', 0, 0), tab)).resolves.toBeUndefined();
    expect(asked).toEqual(['load']);
    expect(warming(ranMessage('x', 'annotating', 1, 0), { ...tab, id: 'another-extension' })).toBeUndefined();
    expect(asked).toEqual(['load']);
  });

  it('loads the packaged dataset once, and again after a failed load', async () => {
    let loads = 0;
    const service = loadLookupService(() => (++loads === 1 ? Promise.reject(new Error('not yet')) : Promise.resolve(dataset)));
    await expect(service()).rejects.toThrow('not yet');
    const [a, b] = await Promise.all([service(), service()]);
    expect(a).toBe(b);
    expect(a.answer(['x:h:khamenei_ir']).accounts.map((account) => account.id)).toEqual(['x-khamenei-ir']);
    expect(loads).toBe(2);
  });

  it('loads the data again after reset (the user imported or removed a pack), with the packs laid over', async () => {
    let packs: StoredPack[] = [];
    const service = loadLookupService(withPacks(() => Promise.resolve(dataset), () => Promise.resolve(packs)));
    expect((await service()).answer(['x:h:newminister']).accounts).toEqual([]);
    packs = [{ id: 'p.json', name: 'p.json', importedAt: '2026-11-27T00:00:00Z', document: packDocument('NewMinister') }];
    expect((await service()).answer(['x:h:newminister']).accounts).toEqual([]);
    service.reset();
    expect((await service()).answer(['x:h:newminister']).accounts.map((account) => account.id)).toEqual(['x-newminister']);
  });

  it('opens at most three views per tab in ten seconds: a page forging clicks gets no flood of tabs', async () => {
    let clock = 0;
    const paths: string[] = [];
    const refused: Array<number | undefined> = [];
    const limited = createMessageHandler({
      runtimeId: 'precedent',
      lookups: () => Promise.resolve(createLookupService(dataset)),
      openPage: (path) => Promise.resolve(paths.push(path)),
      now: () => clock,
      onRefused: (tabId) => refused.push(tabId),
    });
    const from = (id: number) => ({ id: 'precedent', tab: { id, index: 0 } });
    for (let i = 0; i < 30; i++) await limited(openViewMessage('#/account/x-realdonaldtrump'), from(7));
    expect(paths).toHaveLength(3);
    expect(refused).toHaveLength(27);
    await limited(openViewMessage('#/policies'), from(8)); // another tab has its own allowance
    expect(paths).toHaveLength(4);
    clock += 10_000;
    await limited(openViewMessage('#/policies'), from(7));
    expect(paths).toEqual([...Array<string>(3).fill('/popup.html#/account/x-realdonaldtrump'), '/popup.html#/policies', '/popup.html#/policies']);
  });

  it('ignores malformed lookups: no keys, too many, or keys outside the key alphabet', () => {
    for (const keys of [[], Array.from({ length: MAX_LOOKUP_KEYS + 1 }, (_, i) => `x:h:a${i}`), ['x:h:<b>'], ['x:h:'], [42], 'x:h:potus'])
      expect(handle({ type: 'precedent:lookup', keys }, { id: 'precedent' })).toBeUndefined();
  });

  it('opens views beside the sender tab', async () => {
    await handle({ type: 'precedent:open-view', view: '#/clause/x-world-leaders' }, { id: 'precedent', tab: { index: 3 } });
    expect(opened).toEqual(['/popup.html#/clause/x-world-leaders']);
  });
});
