// @vitest-environment happy-dom
/**
 * The Mastodon adapter and annotator on a server the user switched on (fixtures built from
 * mastodon/mastodon's status, detailed status and account header components; see
 * tests/fixtures/sites/README.md): local (`@user`) and remote (`@user@host`) accounts, boosts, the
 * status page and the profile header; Truth Social accounts seen from Mastodon.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { type RunningAnnotator } from '../../src/content/start-site';
import { startOtherSite } from '../support/start-other-site';
import { compileDataset } from '../../src/dataset/compile';
import { createLocalLookup } from '../support/local-lookup';
import { snowflakeTime } from '../../src/sites/mastodon/accounts';
import { createMastodonSite, isMastodonPage } from '../../src/sites/mastodon/adapter';
import { datasetTrackingOn } from '../support/dataset';
import { installFixture, manualFrames } from '../support/dom';
import { entityFile, files, policyFile, source } from '../support/records';

const HOST = 'https://social.example.net';
const LOCAL = 'EUCommissionFixture@social.example.net';

let running: RunningAnnotator | undefined;
afterEach(() => running?.stop());

const markers = () =>
  [...document.querySelectorAll('[data-precedent-account]')].map((el) => `${el.getAttribute('data-precedent-role')} ${el.getAttribute('data-precedent-account')}`);

/** A local Mastodon account and a Truth Social one, as the dataset would hold them. */
function dataset() {
  const entity = (id: string, platform: string, handle: string) =>
    [`entities/${id}.json`, entityFile({ id, names: { en: id }, accounts: [{ id: `${platform}-${id}`, platform, kind: 'official', language: 'en', handles: [{ handle }], sources: [source] }], events: [] })] as [string, unknown];
  const result = compileDataset(
    files(entity('eu-fixture', 'mastodon', LOCAL), entity('trump-fixture', 'truthsocial', 'realDonaldTrump'), ['policies/x-test-policy.json', policyFile()]),
    new Date('2026-11-27'),
  );
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.dataset;
}

function start(fixture: string, url: string, data = dataset()) {
  installFixture(`sites/${fixture}`, url);
  running = startOtherSite({ doc: document, lookup: createLocalLookup(data), schedule: manualFrames().schedule });
}

describe('Mastodon adapter', () => {
  it('knows a Mastodon page by its app root, not its host', () => {
    installFixture('sites/mastodon-home-4.html', `${HOST}/home`);
    expect(isMastodonPage(document)).toBe(true);
    installFixture('real/news-page-blockquote-embed-2021.html', 'https://zpravy.aktualne.cz/');
    expect(isMastodonPage(document)).toBe(false);
  });

  it('reads local and remote authors, boosts (and not other prepends), ids and dates', () => {
    installFixture('sites/mastodon-home-4.html', `${HOST}/home`);
    const site = createMastodonSite(document);
    const read = site.findPosts(document).map((element) => site.readPost(element));
    expect(read.map((post) => [post.author, post.reposter?.handle ?? null, post.statusId, post.time && new Date(post.time).toISOString()])).toEqual([
      [{ platform: 'mastodon', handle: LOCAL }, null, '115298795520004242', '2025-10-01T12:00:00.000Z'],
      [{ platform: 'truthsocial', handle: 'realDonaldTrump' }, null, '115303809024004242', '2025-10-02T09:15:00.000Z'],
      [{ platform: 'mastodon', handle: 'gov_fixture@social.bund.example' }, LOCAL, '115311693004804242', '2025-10-03T18:40:00.000Z'],
      [{ platform: 'mastodon', handle: 'reader@social.example.net' }, 'other@social.example.net', '115311693004804301', '2025-10-03T19:00:00.000Z'],
      [{ platform: 'truthsocial', handle: 'realDonaldTrump' }, 'reader@social.example.net', '115311693004804355', '2025-10-04T08:00:00.000Z'],
      [{ platform: 'mastodon', handle: 'EUCommissionFixture@social.example.org' }, null, '115311693004804399', '2025-10-04T09:00:00.000Z'],
      // "Replied to …" is a prepend too, but not a boost.
      [{ platform: 'mastodon', handle: 'reader@social.example.net' }, null, '115311693004804421', '2025-10-04T10:00:00.000Z'],
    ]);
  });

  it('dates a post by its Snowflake id when the page gives no time', () => {
    expect(new Date(snowflakeTime('115298795520004242')!).toISOString()).toBe('2025-10-01T12:00:00.000Z');
    expect(snowflakeTime('12345')).toBeNull();
  });
});

describe('Mastodon annotator', () => {
  it('home: the local account, the remote Truth Social account, a tracked booster; the same name elsewhere stays bare', () => {
    start('mastodon-home-4.html', `${HOST}/home`);
    expect(markers()).toEqual([
      'author mastodon-eu-fixture',
      'author truthsocial-trump-fixture',
      'reposter mastodon-eu-fixture',
      'author truthsocial-trump-fixture',
    ]);
    // The booster's overlay sits under the boost row, beside the post.
    const boosted = document.querySelectorAll('.status__wrapper')[2]!;
    expect(boosted.querySelector('.status__prepend + precedent-annotation')).not.toBeNull();
  });

  it('the same page on another server: `@EUCommissionFixture` is someone else there', () => {
    start('mastodon-home-4.html', 'https://other.example.org/home');
    expect(markers()).toEqual(['author truthsocial-trump-fixture', 'author truthsocial-trump-fixture']);
  });

  it('status page: the focal post (no <time>: dated by its id) and a tracked reply', () => {
    start('mastodon-status-4.html', `${HOST}/@EUCommissionFixture/115298795520004242`);
    expect(markers()).toEqual(['author mastodon-eu-fixture', 'author truthsocial-trump-fixture']);
  });

  it('profile: the header from the address, own posts and the boost', () => {
    start('mastodon-profile-4.html', `${HOST}/@EUCommissionFixture`);
    expect(markers()).toEqual(['profile mastodon-eu-fixture', 'author mastodon-eu-fixture', 'reposter mastodon-eu-fixture']);
    expect(document.querySelector('.account__header__tabs__name + precedent-annotation')).not.toBeNull();
  });

  it('a handle only matches from the date it was taken', () => {
    start('mastodon-home-4.html', `${HOST}/home`, datasetTrackingOn('mastodon', { handle: LOCAL, from: '2025-10-03' }));
    expect(markers()).toEqual(['reposter mastodon-leader-eucommissionfixture-social-example-net']);
  });
});

describe('the author link and the account it displays', () => {
  it('names nobody when they disagree: a link to Trump beside "@evil@evil.example"', () => {
    installFixture('sites/mastodon-home-4.html', `${HOST}/home`);
    const site = createMastodonSite(document);
    const post = site.findPosts(document).find((element) => element.querySelector('.display-name__account'))!;
    const link = post.querySelector('a.status__display-name')!;
    link.setAttribute('href', 'https://truthsocial.com/@realDonaldTrump');
    link.querySelector('.display-name__account')!.textContent = '@evil@evil.example';
    expect(site.readPost(post).author).toBeNull();
    // Agreeing, the same link names the account (here Truth Social's).
    link.querySelector('.display-name__account')!.textContent = '@realDonaldTrump@truthsocial.com';
    expect(site.readPost(post).author).toEqual({ platform: 'truthsocial', handle: 'realDonaldTrump' });
  });
});
