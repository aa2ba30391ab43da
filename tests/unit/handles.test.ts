import { describe, expect, it } from 'vitest';
import { createMatcher } from '../../src/matching/matcher';
import { handleProblem, isDid, normaliseHandle, userIdProblem } from '../../src/dataset/handles';
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
