import { describe, expect, it } from 'vitest';
import { compileDataset, formatProblem, type RecordFile } from '../../src/dataset/compile';
import { entityFile, files, policyFile, source } from '../support/records';

const TODAY = new Date('2026-11-27T00:00:00Z');
const compile = (...records: Array<[string, unknown]>) => compileDataset(files(...records), TODAY);
const problems = (...records: Array<[string, unknown]>) => {
  const result = compile(...records);
  return result.ok ? [] : result.problems.map(formatProblem);
};

describe('dataset compiler', () => {
  it('compiles good records into flat lists, events newest first', () => {
    const second = {
      ...entityFile().events[0],
      id: 'test-leader-2019-label',
      date: '2019-05',
      action: 'post-labelled',
    };
    const result = compile(['entities/test-leader.json', entityFile({ events: [second, ...entityFile().events] })], ['policies/x-test-policy.json', policyFile()]);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.dataset.accounts[0]).toMatchObject({ id: 'x-test-leader', entity: 'test-leader' });
    expect(result.dataset.events.map((e) => e.date)).toEqual(['2021-01-08', '2019-05']);
    expect(result.dataset.entities[0]).not.toHaveProperty('accounts');
  });

  it('names the file and field of a schema error', () => {
    const bad = entityFile();
    bad.events[0]!.action = 'shadowbanned';
    expect(problems(['entities/test-leader.json', bad], ['policies/x-test-policy.json', policyFile()])).toEqual([
      expect.stringMatching(/^entities\/test-leader\.json › events\.0\.action: /),
    ]);
  });

  it('refuses http links, impossible dates and events without sources', () => {
    const bad = entityFile();
    bad.events[0]!.sources = [{ ...source, url: 'http://example.org/insecure' }];
    bad.events[0]!.date = '2021-02-30';
    bad.accounts[0]!.sources = [];
    const found = problems(['entities/test-leader.json', bad], ['policies/x-test-policy.json', policyFile()]);
    expect(found).toEqual(
      expect.arrayContaining([
        expect.stringContaining('events.0.sources.0.url: must be an https:// URL'),
        expect.stringContaining('events.0.date: is not a real calendar day'),
        expect.stringContaining('accounts.0.sources'),
      ]),
    );
  });

  it('refuses javascript: and data: URLs', () => {
    const bad = entityFile();
    bad.events[0]!.sources = [{ ...source, url: 'javascript:alert(1)' }, { ...source, url: 'data:text/html,hi' }];
    expect(problems(['entities/test-leader.json', bad], ['policies/x-test-policy.json', policyFile()])).toHaveLength(2);
  });

  it('requires every reference to resolve', () => {
    const bad = entityFile();
    bad.events[0]!.account = 'x-nobody';
    bad.events[0]!.policies = ['x-no-such-rule'];
    expect(problems(['entities/test-leader.json', bad])).toEqual([
      'entities/test-leader.json › events.0.account: account "x-nobody" does not exist',
      'entities/test-leader.json › events.0.policies.0: policy "x-no-such-rule" does not exist',
    ]);
  });

  it('refuses duplicate ids and a file named unlike its id', () => {
    const found = problems(['entities/test-leader.json', entityFile()], ['entities/other.json', entityFile()], ['policies/x-test-policy.json', policyFile()]);
    expect(found).toEqual(
      expect.arrayContaining([
        expect.stringContaining('entities/other.json › id: "test-leader" must match the file name "other"'),
        expect.stringMatching(/id "test-leader" is also used by the entity in entities\/(other|test-leader)\.json/),
      ]),
    );
  });

  it('refuses a handle claimed by two accounts for overlapping dates, but allows successive holders', () => {
    const holder = (id: string, from: string, to: string | null) => ({
      ...entityFile().accounts[0],
      id,
      handles: [{ handle: 'POTUS', from, to }],
    });
    const overlapping = entityFile({ accounts: [holder('x-a', '2017-01-20', '2021-01-20'), holder('x-b', '2020-01-01', null)], events: [] });
    expect(problems(['entities/test-leader.json', overlapping])).toEqual([
      expect.stringContaining('handle "POTUS" is also claimed by account "x-a"'),
    ]);
    const successive = entityFile({ accounts: [holder('x-a', '2017-01-20', '2021-01-19'), holder('x-b', '2021-01-20', null)], events: [] });
    expect(problems(['entities/test-leader.json', successive])).toEqual([]);
  });

  it('lets an account be named (on X too) when no source gives its handle, never left nameless', () => {
    const page = { ...entityFile().accounts[0]!, id: 'facebook-test-leader', platform: 'facebook', handles: [], name: 'Test Leader' };
    expect(problems(['entities/test-leader.json', entityFile({ accounts: [...entityFile().accounts, page], events: [] })])).toEqual([]);
    const named = { ...entityFile().accounts[0]!, id: 'x-test-ministry', handles: [], name: 'Test Ministry' };
    expect(problems(['entities/test-leader.json', entityFile({ accounts: [...entityFile().accounts, named], events: [] })])).toEqual([]);
    const bare = { ...entityFile().accounts[0]!, handles: [] };
    expect(problems(['entities/test-leader.json', entityFile({ accounts: [bare], events: [] })])).toEqual([
      expect.stringContaining('accounts.0.handles: needs a handle'),
    ]);
  });

  it('refuses invalid X handles and dates in the wrong order', () => {
    const bad = entityFile({ events: [] });
    bad.accounts[0]!.handles = [{ handle: 'far_too_long_handle_here', from: '2020', to: '2019' } as never];
    expect(problems(['entities/test-leader.json', bad])).toEqual([
      expect.stringContaining('is not a valid X handle'),
      expect.stringContaining('accounts.0.handles.0.to: is before "from"'),
    ]);
  });

  it('refuses policy versions out of order and events dated in the future', () => {
    const policy = policyFile();
    (policy.versions as Array<{ from: string; to: string | null }>)[0]!.to = null;
    const future = entityFile();
    future.events[0]!.date = '2027-01';
    expect(problems(['entities/test-leader.json', future], ['policies/x-test-policy.json', policy])).toEqual(
      expect.arrayContaining([
        expect.stringContaining('versions.0.to: is open-ended but a later version follows'),
        expect.stringContaining('events.0.date: is in the future'),
      ]),
    );
  });

  it('reports invalid JSON and a missing meta.json', () => {
    const result = compileDataset([{ path: 'entities/broken.json', text: '{ nope' }], TODAY);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map(formatProblem)).toEqual([
      expect.stringMatching(/^entities\/broken\.json: is not valid JSON/),
      'meta.json: is missing',
    ]);
  });
});

describe('the bundled dataset', () => {
  it('passes every check', async () => {
    const { compileDatasetDir } = await import('../../scripts/lib/read-dataset');
    const result = compileDatasetDir();
    expect(result.ok ? [] : result.problems.map(formatProblem)).toEqual([]);
  });
});

describe('office seats, ids and checks', () => {
  const policy: [string, unknown] = ['policies/x-test-policy.json', policyFile()];
  const office = (seat: unknown, accounts: unknown[] = []) => ({ id: 'test-office', type: 'office', names: { en: 'Office of Testland' }, offices: [], seat, accounts, events: [] });

  it('takes an office body whose seat a person holds, spelt the same', () => {
    const result = compile(['entities/test-leader.json', entityFile()], ['entities/test-office.json', office({ title: 'Head of State of Testland', country: 'TL' })], policy);
    expect(result.ok).toBe(true);
  });

  it('refuses a seat nobody on record holds, and a seat on a person', () => {
    expect(problems(['entities/test-leader.json', entityFile()], ['entities/test-office.json', office({ title: 'Head of state of Testland', country: 'TL' })], policy)).toEqual([
      'entities/test-office.json › seat: no person holds "Head of state of Testland" (TL): its holders need that office, spelt the same',
    ]);
    expect(problems(['entities/test-leader.json', entityFile({ seat: { title: 'Head of State of Testland', country: 'TL' } })], policy)).toEqual([
      'entities/test-leader.json › seat: a person holds offices; only an office, body or household serves a seat',
    ]);
  });

  it('does not let an office body hold its own seat: only a person’s office fills it', () => {
    const own = { ...office({ title: 'Head of State of Ruritania', country: 'RU' }), offices: [{ title: 'Head of State of Ruritania', country: 'RU', from: '2019-01-01', to: null }] };
    expect(problems(['entities/test-leader.json', entityFile()], ['entities/test-office.json', own], policy)).toEqual([
      'entities/test-office.json › seat: no person holds "Head of State of Ruritania" (RU): its holders need that office, spelt the same',
    ]);
  });

  it('requires the source of a user id, and a whole day for "checked"', () => {
    const bad = entityFile();
    Object.assign(bad.accounts[0]!, { userId: '42', checked: '2026-11' });
    expect(problems(['entities/test-leader.json', bad], policy)).toEqual([
      'entities/test-leader.json › accounts.0.checked: must be a whole day, YYYY-MM-DD',
      'entities/test-leader.json › accounts.0.userIdSource: a userId needs the userIdSource that states it',
    ]);
    Object.assign(bad.accounts[0]!, { userIdSource: source, checked: '2026-11-20' });
    expect(problems(['entities/test-leader.json', bad], policy)).toEqual([]);
  });

  it('knows TikTok, Threads and Telegram', () => {
    const other = entityFile();
    Object.assign(other.accounts[0]!, { platform: 'telegram', handles: [], name: 'Test Leader (Telegram channel)' });
    Object.assign(other.events[0]!, { platform: 'telegram' });
    expect(problems(['entities/test-leader.json', other], policy)).toEqual([]);
  });
});

describe('strings that could pass for something else', () => {
  const policy: [string, unknown] = ['policies/x-test-policy.json', policyFile()];
  it('refuses links with a user name or password (https://google.com@evil.example/ goes to evil.example)', () => {
    const bad = entityFile();
    bad.events[0]!.sources = [{ ...source, url: 'https://google.com@evil.example/x' }];
    expect(problems(['entities/test-leader.json', bad], policy)).toEqual(['entities/test-leader.json › events.0.sources.0.url: must not carry a user name or password']);
  });

  it('refuses links that carry tracking parameters or go through an app-link wrapper, naming them, and keeps other query parameters', () => {
    const bad = entityFile();
    bad.events[0]!.sources = [
      { ...source, url: 'https://news.example/story?utm_source=facebook&utm_medium=social' },
      { ...source, url: 'https://news.example/story?fbclid=IwAR0abc' },
      { ...source, url: 'https://news.example/?p=202706' },
      { ...source, url: 'https://news.example/story?rss' },
      { ...source, url: 'https://news.example/story?src=rss&share=sms' },
      { ...source, url: 'https://news.example/story?src=home&source=front' },
      { ...source, url: 'https://news.example/story.html?par=sharebar' },
      { ...source, url: 'https://news.example/story?par=2' },
      { ...source, url: 'https://news.page.link/?link=https://news.example/story&st=campaign' },
      { ...source, url: 'https://pagelink.example/story' },
    ];
    expect(problems(['entities/test-leader.json', bad], policy)).toEqual([
      'entities/test-leader.json › events.0.sources.0.url: carries a tracking parameter (utm_source, utm_medium): cite the address without it',
      'entities/test-leader.json › events.0.sources.1.url: carries a tracking parameter (fbclid): cite the address without it',
      'entities/test-leader.json › events.0.sources.3.url: carries a tracking parameter (rss): cite the address without it',
      'entities/test-leader.json › events.0.sources.4.url: carries a tracking parameter (src, share): cite the address without it',
      'entities/test-leader.json › events.0.sources.6.url: carries a tracking parameter (par): cite the address without it',
      "entities/test-leader.json › events.0.sources.8.url: is an app-link wrapper: cite the article's own address (its link= parameter)",
    ]);
  });

  it('refuses direction overrides and isolates in any string, naming the field', () => {
    const bad = entityFile();
    bad.events[0]!.sources = [{ ...source, publisher: 'moc.\u202Eelgoog' }];
    bad.names = { en: 'Test \u2066Leader', fa: 'رهبر آزمایشی' };
    expect(problems(['entities/test-leader.json', bad], policy)).toEqual([
      'entities/test-leader.json › names.en: holds a direction override or isolate character (U+202A–U+202E, U+2066–U+2069)',
      'entities/test-leader.json › events.0.sources.0.publisher: holds a direction override or isolate character (U+202A–U+202E, U+2066–U+2069)',
    ]);
  });

  it('keeps editors\' wording out of the notes readers see: it goes in "editorNote"', () => {
    const bad = entityFile({ note: 'Renamed at the inauguration; recorded as x-test-transition under the office.' });
    bad.accounts[0] = { ...bad.accounts[0]!, note: "The President's account. 'to' is 19 Jan so the handover day goes to the new holder." } as (typeof bad.accounts)[number];
    expect(problems(['entities/test-leader.json', bad], policy)).toEqual([
      `entities/test-leader.json › note: speaks of the record's own fields ('to' is…, recorded as <id>…): readers see this note; move that part to "editorNote"`,
      `entities/test-leader.json › accounts.0.note: speaks of the record's own fields ('to' is…, recorded as <id>…): readers see this note; move that part to "editorNote"`,
    ]);
    // A reader's note may still say "to" and "from" in plain words.
    const good = entityFile({ note: 'The account moved from the campaign to the office in 2021.' });
    good.accounts[0] = { ...good.accounts[0]!, note: "The President's account.", editorNote: "'to' is 19 Jan so the handover day goes to the new holder." } as (typeof good.accounts)[number];
    expect(problems(['entities/test-leader.json', good], policy)).toEqual([]);
  });
});


describe('dataset compiler at its edges', () => {
  const good = () => ['entities/test-leader.json', entityFile()] as [string, unknown];
  const policy = () => ['policies/x-test-policy.json', policyFile()] as [string, unknown];

  it('refuses a file outside meta.json, entities/ and policies/', () => {
    expect(problems(good(), policy(), ['notes/readme.json', {}])).toEqual([
      'notes/readme.json: is not a dataset file (expected meta.json, entities/*.json or policies/*.json)',
    ]);
  });

  it('says a meta.json is invalid, not missing, when it is there but wrong', () => {
    const result = compileDataset([{ path: 'meta.json', text: '{"version": 1}' }, ...files(good(), policy()).slice(1)], TODAY);
    const found = result.ok ? [] : result.problems.map(formatProblem);
    expect(found.some((problem) => problem.startsWith('meta.json › '))).toBe(true);
    expect(found).not.toContain('meta.json: is missing');
  });

  it('refuses an event filed under another entity than its account’s', () => {
    const other = entityFile({ id: 'other-leader', names: { en: 'Other' }, accounts: [{ ...entityFile().accounts[0]!, id: 'x-other', handles: [{ handle: 'OtherLeader' }] }], events: [] });
    const misfiled = entityFile({ events: [] });
    (other as { events: unknown[] }).events = [{ ...entityFile().events[0]!, id: 'misfiled-event', account: 'x-test-leader' }];
    expect(problems(['entities/test-leader.json', misfiled], ['entities/other-leader.json', other], policy())).toEqual([
      'entities/other-leader.json › events.0.account: account "x-test-leader" belongs to another entity',
    ]);
  });

  it('takes the file name from the last part of the path only', () => {
    expect(problems(['entities/test-leader.json', entityFile()], ['policies/x-test-policy.json', policyFile()])).toEqual([]);
    expect(problems(good(), ['policies/x-test-policy.jsonx.json', policyFile()])).toEqual(
      expect.arrayContaining(['policies/x-test-policy.jsonx.json › id: "x-test-policy" must match the file name "x-test-policy.jsonx"']),
    );
  });

  it('refuses a non-X account with neither a handle nor a page name', () => {
    const nameless = { ...entityFile().accounts[0]!, id: 'facebook-test-leader', platform: 'facebook', handles: [] };
    expect(problems(['entities/test-leader.json', entityFile({ accounts: [...entityFile().accounts, nameless], events: [] })])).toEqual([
      expect.stringContaining('accounts.1.handles: needs a handle'),
    ]);
  });

  it('refuses an entity named in other languages but not in English', () => {
    expect(problems(['entities/test-leader.json', entityFile({ names: { fa: 'رهبر آزمایشی' } })], policy())).toEqual([
      expect.stringContaining('names: needs an English name under "en"'),
    ]);
  });

  it('says meta.json is missing when nothing else is wrong', () => {
    expect(compileDataset(files(good(), policy()).slice(1), TODAY)).toEqual({ ok: false, problems: [{ file: 'meta.json', field: '', message: 'is missing' }] });
  });

  it('reports a policy file that breaks the schema, and goes on', () => {
    expect(problems(good(), policy(), ['policies/x-other-policy.json', policyFile({ id: 'x-other-policy', name: '' })])).toEqual([
      expect.stringMatching(/^policies\/x-other-policy\.json › name: /),
    ]);
  });

  it('blames a duplicate id on the later file by path, whatever the files’ order', () => {
    // Both leaders claim the account id "x-twin": the one in the file sorting last is the duplicate.
    const twin = (id: string, handle: string) =>
      entityFile({ id, names: { en: id }, accounts: [{ ...entityFile().accounts[0]!, id: 'x-twin', handles: [{ handle }] }], events: [] });
    const found = (order: (list: RecordFile[]) => RecordFile[]) => {
      const result = compileDataset(order(files(['entities/a-leader.json', twin('a-leader', 'ALeader')], ['entities/b-leader.json', twin('b-leader', 'BLeader')], policy())), TODAY);
      return result.ok ? [] : result.problems.map(formatProblem);
    };
    const expected = ['entities/b-leader.json › accounts.0.id: id "x-twin" is also used by the account in entities/a-leader.json'];
    expect(found((list) => list)).toEqual(expected);
    expect(found((list) => [...list].reverse())).toEqual(expected);
  });

  it('takes `after` only for another event of the same record, in the same span, not naming it back', () => {
    const base = entityFile().events[0]!;
    const withAfter = (after: string, date = '2021-01') => entityFile({ events: [base, { ...base, id: 'test-leader-2021-01-back', action: 'reinstatement', date, after }] });
    expect(problems(['entities/test-leader.json', withAfter(base.id)], policy())).toEqual([]);
    expect(problems(['entities/test-leader.json', withAfter('no-such-event')], policy())).toEqual([
      'entities/test-leader.json › events.1.after: event "no-such-event" does not exist',
    ]);
    expect(problems(['entities/test-leader.json', withAfter(base.id, '2022-11')], policy())).toEqual([
      `entities/test-leader.json › events.1.after: "${base.id}" is dated ${base.date}, apart from this event's 2022-11: the dates already order them`,
    ]);
    expect(problems(['entities/test-leader.json', withAfter('test-leader-2021-01-back')], policy())).toEqual([
      'entities/test-leader.json › events.1.after: "test-leader-2021-01-back" cannot come both before and after this event',
    ]);
    const other = entityFile({
      id: 'another-leader',
      names: { en: 'Second' },
      accounts: [{ ...entityFile().accounts[0]!, id: 'x-second', handles: [{ handle: 'SecondLeader' }] }],
      events: [{ ...base, id: 'another-leader-2021-01-back', account: 'x-second', action: 'reinstatement', date: '2021-01', after: base.id }],
    });
    expect(problems(good(), ['entities/another-leader.json', other], policy())).toEqual([
      `entities/another-leader.json › events.0.after: "${base.id}" is another record's event`,
    ]);
  });

  it('orders events newest first, then by id, whatever the files’ order', () => {
    // The other leader's file sorts first, its event's id last: the id, not the file, decides.
    const second = entityFile({
      id: 'another-leader',
      names: { en: 'Second' },
      accounts: [{ ...entityFile().accounts[0]!, id: 'x-second', handles: [{ handle: 'SecondLeader' }] }],
      events: [{ ...entityFile().events[0]!, id: 'z-same-day', account: 'x-second' }],
    });
    const result = compileDataset(files(['entities/another-leader.json', second], good(), policy()).reverse(), TODAY);
    expect(result.ok && result.dataset.events.map((event) => event.id)).toEqual(['test-leader-2021-01-suspension', 'z-same-day']);
  });
});
