import { describe, expect, it } from 'vitest';
import { createMatcher } from '../../src/matching/matcher';
import { handleProblem, isDid, isDomainName, normaliseHandle, userIdProblem } from '../../src/dataset/handles';
import { acctRef } from '../../src/sites/mastodon/accounts';
import { account } from '../support/records';

describe('handles per platform', () => {
  it('X: 1–15 letters, digits, underscores', () => {
    expect(normaliseHandle('@POTUS', 'x')).toBe('potus');
    for (const bad of ['a'.repeat(16), 'pot-us', 'potus.gov', 'Кремль', 'potus\u200b', '']) expect(normaliseHandle(bad, 'x'), bad).toBeNull();
  });

  it('Bluesky: domain names, custom domains included; reserved TLDs, lookalikes and invisible characters are not handles', () => {
    expect(normaliseHandle('@JD-Vance-1.bsky.social', 'bluesky')).toBe('jd-vance-1.bsky.social');
    expect(normaliseHandle('lula.com.br', 'bluesky')).toBe('lula.com.br');
    for (const bad of ['handle.invalid', 'nodots', 'a..b.com', '-a.bsky.social', 'a.bsky.123', 'jd-vance-1.bsky.sосial', 'jd\u202a.bsky.social', 'x.example', 'a.local'])
      expect(normaliseHandle(bad, 'bluesky'), bad).toBeNull();
  });

  it('Mastodon: the full address; a bare username names nobody', () => {
    expect(normaliseHandle('@Gov@Social.Bund.De', 'mastodon')).toBe('gov@social.bund.de');
    for (const bad of ['gov', 'gov@', '@social.bund.de', 'g ov@social.bund.de', 'gov@social', 'gov@@social.bund.de']) expect(normaliseHandle(bad, 'mastodon'), bad).toBeNull();
  });

  it('Truth Social: a username, local to truthsocial.com; a Mastodon address on truthsocial.com is the same account', () => {
    expect(normaliseHandle('realDonaldTrump', 'truthsocial')).toBe('realdonaldtrump');
    expect(normaliseHandle('realDonaldTrump@truthsocial.com', 'truthsocial')).toBeNull();
    expect(acctRef('realDonaldTrump', 'truthsocial.com')).toEqual({ platform: 'truthsocial', handle: 'realDonaldTrump' });
    expect(acctRef('realDonaldTrump', 'www.truthsocial.com')).toEqual({ platform: 'truthsocial', handle: 'realDonaldTrump' });
    expect(acctRef('realDonaldTrump', 'mastodon.social')).toEqual({ platform: 'mastodon', handle: 'realDonaldTrump@mastodon.social' });
  });

  it('the dataset is held to the same rules, with reasons', () => {
    expect(handleProblem('jd-vance-1.bsky.social', 'bluesky')).toBeNull();
    expect(handleProblem('@jd-vance-1.bsky.social', 'bluesky')).toMatch(/not a valid Bluesky handle/);
    expect(handleProblem('bundesregierung', 'mastodon')).toMatch(/full Mastodon address/);
    expect(userIdProblem('did:plc:ewvi7nxzyoun6zhxrhs64oiz', 'bluesky')).toBeNull();
    expect(userIdProblem('12345', 'bluesky')).toMatch(/not a Bluesky DID/);
    expect(userIdProblem('did:plc:ewvi7nxzyoun6zhxrhs64oiz', 'x')).toMatch(/numeric/);
    expect(isDid('did:web:example.com')).toBe(true);
    expect(isDid('did:plc:short')).toBe(false);
  });

  it('the matcher keys each platform apart and prefers a DID', () => {
    const bsky = account({ id: 'bluesky-a', platform: 'bluesky', userId: 'did:plc:ewvi7nxzyoun6zhxrhs64oiz', handles: [{ handle: 'a.bsky.social' }] });
    const masto = account({ id: 'mastodon-a', platform: 'mastodon', handles: [{ handle: 'a@social.example.net' }] });
    const matcher = createMatcher([bsky, masto]);
    expect(matcher.match({ platform: 'bluesky', handle: 'A.bsky.social' })?.id).toBe('bluesky-a');
    expect(matcher.match({ platform: 'bluesky', handle: null, userId: 'did:plc:ewvi7nxzyoun6zhxrhs64oiz' })?.id).toBe('bluesky-a');
    // The handle now points at another DID: someone else holds it.
    expect(matcher.match({ platform: 'bluesky', handle: 'a.bsky.social', userId: 'did:plc:aaaaaaaaaaaaaaaaaaaaaaaa' })).toBeNull();
    expect(matcher.match({ platform: 'mastodon', handle: 'a@social.example.net' })?.id).toBe('mastodon-a');
    expect(matcher.match({ platform: 'mastodon', handle: 'a@social.example.org' })).toBeNull();
    expect(matcher.match({ platform: 'x', handle: 'a' })).toBeNull();
  });
});

describe('handle rules at their edges', () => {
  it('domain names: at most 253 characters, two labels or more, the last not starting with a digit', () => {
    const label = (n: number) => 'a'.repeat(n);
    expect(isDomainName(`${label(63)}.${label(63)}.${label(63)}.${label(57)}.com`)).toBe(true); // 253
    expect(isDomainName(`${label(63)}.${label(63)}.${label(63)}.${label(58)}.com`)).toBe(false); // 254
    expect(isDomainName('localhost')).toBe(false);
    expect(isDomainName('example.1com')).toBe(false);
    expect(isDomainName('example.com1')).toBe(true);
    expect(isDomainName('1example.com')).toBe(true);
  });

  it('Mastodon: an address needs its "@", even at the start', () => {
    expect(normaliseHandle('@alice@social.example', 'mastodon')).toBe('alice@social.example');
    expect(normaliseHandle('@social.example', 'mastodon')).toBeNull();
  });

  it('other platforms: 1 to 100 of letters, digits and _ . @ -, nothing else', () => {
    expect(normaliseHandle('SomeChannel', 'youtube')).toBe('somechannel');
    expect(normaliseHandle('a'.repeat(100), 'youtube')).toBe('a'.repeat(100));
    expect(normaliseHandle('a'.repeat(101), 'youtube')).toBeNull();
    expect(normaliseHandle('', 'youtube')).toBeNull();
    expect(normaliseHandle('bad name', 'youtube')).toBeNull();
    expect(normaliseHandle('x bad', 'facebook')).toBeNull();
    expect(normaliseHandle('bad!', 'facebook')).toBeNull();
  });

  it('names each platform’s rule in its problem, and refuses a leading "@" in the dataset', () => {
    expect(handleProblem('SomeLeader', 'x')).toBeNull();
    expect(handleProblem('@SomeLeader', 'x')).toContain('not a valid X handle');
    expect(handleProblem('bad name', 'truthsocial')).toContain('not a valid Truth Social username');
    expect(handleProblem('alice', 'mastodon')).toContain('not a full Mastodon address');
    expect(handleProblem('alice', 'bluesky')).toContain('not a valid Bluesky handle');
    expect(handleProblem('bad name', 'youtube')).toContain('is not a bare handle');
  });

  it('reads a handle by X’s rules when no platform is named', () => {
    expect(normaliseHandle('@Potus')).toBe('potus');
    expect(normaliseHandle('potus.gov')).toBeNull();
  });

  it('user ids: digits only (1 to 25), or a DID on Bluesky', () => {
    expect(userIdProblem('25073877', 'x')).toBeNull();
    expect(userIdProblem('x25073877', 'x')).toContain('numeric platform id');
    expect(userIdProblem('25073877x', 'x')).toContain('numeric platform id');
    expect(userIdProblem('1'.repeat(26), 'x')).toContain('numeric platform id');
    expect(userIdProblem('did:plc:abcdefghijklmnopqrstuvwx', 'bluesky')).toBeNull();
    expect(userIdProblem('25073877', 'bluesky')).toContain('not a Bluesky DID');
    expect(userIdProblem('109346245371562032', 'mastodon')).toContain('unique only on its server');
  });
});
