import { describe, expect, it } from 'vitest';
import dataset from 'virtual:precedent-dataset';
import { fold } from '../../src/search/normalize';
import { createSearchIndex } from '../../src/search/search-index';

describe('search folding', () => {
  it('is case-, accent- and diacritic-insensitive', () => {
    expect(fold('Erdoğan')).toBe(fold('ERDOGAN'));
    expect(fold('Nicolás Maduro')).toBe('nicolas maduro');
    expect(fold('Ёлка')).toBe(fold('елка'));
  });

  it('folds Arabic-script twins, harakat, tatweel and zero-width joiners', () => {
    expect(fold('خامنه‌ای')).toBe(fold('خامنهای')); // zero-width non-joiner
    expect(fold('خامنه‌اي')).toBe(fold('خامنهای')); // and an Arabic final yeh
    expect(fold('علي')).toBe(fold('علی')); // Arabic yeh vs Persian yeh
    expect(fold('كرمان')).toBe(fold('کرمان')); // Arabic kaf vs keheh
    expect(fold('مُحَمَّد')).toBe(fold('محمد')); // harakat
    expect(fold('محـــمد')).toBe(fold('محمد')); // tatweel
    expect(fold('أحمد')).toBe(fold('احمد')); // hamza on alef
  });

  it('strips bidi controls and keeps @ and _ of handles', () => {
    expect(fold('\u202a@khamenei_ir\u202c')).toBe('@khamenei_ir');
  });
});

describe('search index over the bundled dataset', () => {
  const index = createSearchIndex(dataset);
  const top = (query: string) => index.search(query)[0]?.entity.id;

  it('finds by handle with or without @, by name in any script, by country and office', () => {
    expect(top('@khamenei_ir')).toBe('ali-khamenei');
    expect(top('khamenei_ir')).toBe('ali-khamenei');
    expect(top('خامنه ای')).toBe('ali-khamenei');
    expect(top('Путин')).toBe('vladimir-putin');
    expect(top('erdogan')).toBe('recep-tayyip-erdogan');
    expect(top('realdonaldtrump')).toBe('donald-trump');
    expect(index.search('Brazil').map((r) => r.entity.id)).toContain('jair-bolsonaro');
    expect(index.search('Бразилия').map((r) => r.entity.id)).toContain('jair-bolsonaro'); // country name in Russian
    expect(index.search('ir').map((r) => r.entity.id)).toContain('ali-khamenei'); // country code
    expect(top('supreme leader')).toBe('ali-khamenei');
  });

  it('counts actions and lists platforms', () => {
    const trump = index.search('donald trump')[0]!;
    expect(trump.entity.id).toBe('donald-trump');
    expect(trump.actions).toBeGreaterThan(5);
    expect(trump.platforms).toContain('x');
  });

  it('requires every word to match and returns nothing for nonsense or blank', () => {
    expect(index.search('khamenei putin')).toEqual([]);
    expect(index.search('   ')).toEqual([]);
    expect(index.search('zzqx')).toEqual([]);
  });

  it('does not match a handle by an inner substring', () => {
    // "trump" must not find accounts whose handles merely contain it unless a name does too.
    for (const result of index.search('onaldtru')) expect(result.entity.names.en.toLowerCase()).toContain('onaldtru');
  });
});

describe('search by whole handles on every platform', () => {
  const index = createSearchIndex(dataset);
  const top = (query: string) => index.search(query)[0];
  it('finds Bluesky and Truth Social handles whole or by prefix, and still finds hyphenated names', () => {
    expect(top('@jd-vance-1.bsky.social')).toMatchObject({ matched: '@jd-vance-1.bsky.social', score: 100 });
    expect(top('\u202ajd-vance-1.bsky.social\u202c')?.entity.id).toBe('jd-vance');
    expect(top('lulaoficial.bsky')?.entity.id).toBe('luiz-inacio-lula-da-silva');
    expect(top('BidenHQ')?.entity.id).toBe('joe-biden');
    // Not a handle anyone holds: the words are searched as usual.
    expect(top('jd-vance')?.entity.id).toBe('jd-vance');
    expect(index.search('no-such.handle.example')).toEqual([]);
  });
});

describe('search that forgives typing', () => {
  const index = createSearchIndex(dataset);
  const top = (query: string) => index.search(query)[0]?.entity.id;

  it('finds a name with a letter swapped, changed, dropped or added', () => {
    expect(top('khamenie')).toBe('ali-khamenei'); // swapped
    expect(top('bolsanaro')).toBe('jair-bolsonaro'); // changed
    expect(top('erdgan')).toBe('recep-tayyip-erdogan'); // dropped
    expect(top('maduroo')).toBe('nicolas-maduro'); // added
    expect(top('jair bolsanaro')).toBe('jair-bolsonaro');
  });

  it('ranks an exact match above a near one, and forgives nothing in short words', () => {
    // "biden" is a word of five letters: an exact name always comes first.
    expect(top('biden')).toBe('joe-biden');
    expect(index.search('bidn')).toEqual([]); // four letters: no edit allowed
    expect(index.search('zzzzzzzz')).toEqual([]);
  });
});

describe('search that forgives and ranks by weight', () => {
  const index = createSearchIndex(dataset);
  const ids = (query: string, filters = {}) => index.search(query, 30, filters).map((result) => result.entity.id);

  it('finds foreign leaders by the spellings of other languages’ press', () => {
    for (const spelling of ['Трамп', 'ترامپ', 'ترامب']) expect(ids(spelling)[0]).toBe('donald-trump');
    expect(ids('خامنئي')[0]).toBe('ali-khamenei'); // Arabic spelling of a Persian name
    expect(ids('Хаменеи')[0]).toBe('ali-khamenei');
    expect(ids('اردوغان')[0]).toBe('recep-tayyip-erdogan');
  });

  it('puts heads of state and government before embassies and outlets on a country', () => {
    expect(ids('russia').slice(0, 3)).toContain('vladimir-putin');
    expect(ids('iran')[0]).toBe('ali-khamenei');
    expect(ids('united states')[0]).toBe('donald-trump');
    expect(ids('china').slice(0, 2)).toContain('xi-jinping');
    // A typed handle's start still finds the handle; a word's start no longer outranks a name.
    expect(ids('@russianemb')[0]).toBe(ids('@RussianEmbassy')[0]);
  });

  it('finds by kind and by action on record', () => {
    const stateMedia = index.search('state media', Infinity);
    expect(stateMedia.length).toBeGreaterThan(20);
    expect(stateMedia.every((result) => result.entity.type === 'state-media' || result.accounts.some((account) => account.kind === 'state-media'))).toBe(true);
    expect(ids('permanent suspension')).toContain('donald-trump');
  });

  it('narrows by type, platform, country and action; an empty query lists what the filters let through', () => {
    const tiktokMedia = index.search('', Infinity, { type: 'state-media', platform: 'tiktok' });
    expect(tiktokMedia.length).toBeGreaterThan(0);
    expect(tiktokMedia.every((result) => result.entity.type === 'state-media' && result.platforms.includes('tiktok'))).toBe(true);
    const iranSuspended = ids('', { country: 'IR', action: 'temporary-suspension' });
    expect(iranSuspended).toContain('ali-khamenei');
    expect(iranSuspended).not.toContain('donald-trump');
    expect(ids('khamenei', { country: 'US' })).toEqual([]);
    expect(index.countries).toContain('IR');
    // The platform filter offers only platforms the records hold accounts on, in the vocabulary's order.
    expect(index.platforms.slice(0, 2)).toEqual(['x', 'bluesky']);
    expect(index.platforms).toContain('weibo');
    expect(index.platforms).not.toContain('zhihu');
    expect(ids('')).toEqual([]);
  });
});
