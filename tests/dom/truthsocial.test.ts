// @vitest-environment happy-dom
/**
 * The Truth Social adapter on a truthsocial.com profile (Soapbox-derived markup; see
 * tests/fixtures/sites/README.md): the author from the post's own permalink, ReTruths, mentions and
 * a lookalike handle.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { type RunningAnnotator, startSite } from '../../src/content/start-site';
import { truthSocialSite } from '../../src/sites/truthsocial';
import { createLocalLookup } from '../support/local-lookup';
import { createTruthSocialSite } from '../../src/sites/truthsocial/adapter';
import { datasetTrackingOn } from '../support/dataset';
import { installFixture, manualFrames } from '../support/dom';

const PROFILE = 'https://truthsocial.com/@realDonaldTrump';
let running: RunningAnnotator | undefined;
afterEach(() => running?.stop());

const markers = () =>
  [...document.querySelectorAll('[data-precedent-account]')].map((el) => `${el.getAttribute('data-precedent-role')} ${el.getAttribute('data-precedent-account')}`);

describe('Truth Social', () => {
  it('reads authors from permalinks and the ReTruth row', () => {
    installFixture('sites/truthsocial-profile-2025.html', PROFILE);
    const site = createTruthSocialSite(document);
    const read = site.findPosts(document).map((element) => site.readPost(element));
    expect(read.map((post) => [post.author?.handle, post.reposter?.handle ?? null, post.statusId])).toEqual([
      ['realDonaldTrump', null, '115298795520004242'],
      ['fixturereporter', 'realDonaldTrump', '115303809024004242'],
      ['realDonaldTrump', null, '115311693004804242'],
      ['realDonaIdTrump', null, '115311693004804301'],
    ]);
    expect(read.every((post) => post.author?.platform === 'truthsocial')).toBe(true);
  });

  it('badges own posts and the ReTruth; the mention and the lookalike stay bare', () => {
    installFixture('sites/truthsocial-profile-2025.html', PROFILE);
    running = startSite(truthSocialSite, { doc: document, lookup: createLocalLookup(datasetTrackingOn('truthsocial', 'realDonaldTrump', 'BidenHQ')), schedule: manualFrames().schedule });
    expect(markers()).toEqual([
      'author truthsocial-leader-realdonaldtrump',
      'reposter truthsocial-leader-realdonaldtrump',
      'author truthsocial-leader-realdonaldtrump',
    ]);
    // Under the author row, above the text.
    const first = document.querySelector('[data-testid="status"]')!;
    expect(first.querySelector('[data-testid="account"] + precedent-annotation, [data-testid="account"] ~ precedent-annotation')).not.toBeNull();
  });

  it('should truthsocial.com serve Mastodon’s own web UI, its local accounts are Truth Social accounts', () => {
    installFixture('sites/mastodon-home-4.html', 'https://truthsocial.com/home');
    running = startSite(truthSocialSite, { doc: document, lookup: createLocalLookup(datasetTrackingOn('truthsocial', 'realDonaldTrump', 'EUCommissionFixture')), schedule: manualFrames().schedule });
    // The local account (no server in its link) and the Truth Social account written with its server.
    expect(markers()).toEqual([
      'author truthsocial-leader-eucommissionfixture',
      'author truthsocial-leader-realdonaldtrump',
      'reposter truthsocial-leader-eucommissionfixture',
      'author truthsocial-leader-realdonaldtrump',
    ]);
  });
});

describe('Truth Social links written absolute', () => {
  /** The fixture's posts with every link on truthsocial.com rewritten, or only some (`which`), to absolute URLs. */
  function absolute(which: (href: string) => boolean) {
    installFixture('sites/truthsocial-profile-2025.html', PROFILE);
    for (const link of document.querySelectorAll('a[href^="/@"]')) {
      const href = link.getAttribute('href')!;
      if (which(href)) link.setAttribute('href', `https://truthsocial.com${href}`);
    }
    const site = createTruthSocialSite(document);
    return site.findPosts(document).map((element) => site.readPost(element));
  }

  it('reads an absolute permalink like a relative one', () => {
    expect(absolute(() => true).map((post) => [post.author?.handle, post.statusId])[0]).toEqual(['realDonaldTrump', '115298795520004242']);
  });

  it('takes the permalink that holds the post’s time, not a quoted post’s link', () => {
    installFixture('sites/truthsocial-profile-2025.html', PROFILE);
    const post = document.querySelectorAll('[data-testid="status"]')[3]!; // the lookalike's own post
    const permalink = post.querySelector('time')!.closest('a')!;
    permalink.setAttribute('href', `https://truthsocial.com${permalink.getAttribute('href')}`);
    // A quote of a Trump post, with relative links, placed before the post's own links.
    const quote = document.createElement('div');
    const quoted = document.createElement('a');
    quoted.setAttribute('href', '/@realDonaldTrump/posts/115298795520004242');
    quoted.textContent = 'quoted';
    quote.append(quoted);
    post.prepend(quote);
    const site = createTruthSocialSite(document);
    expect(site.readPost(post as HTMLElement).author?.handle).toBe('realDonaIdTrump');
  });

  it('never reads a link to another server as this one’s', () => {
    installFixture('sites/truthsocial-profile-2025.html', PROFILE);
    const post = document.querySelector('[data-testid="status"]')!;
    for (const link of post.querySelectorAll('a[href^="/@"]')) link.setAttribute('href', `https://evil.example${link.getAttribute('href')}`);
    expect(createTruthSocialSite(document).readPost(post as HTMLElement).author).toBeNull();
  });
});

describe('Truth Social reply rows', () => {
  it('"Replying to @realDonaldTrump" placed first is a mention, not a ReTruth', () => {
    installFixture('sites/truthsocial-profile-2025.html', PROFILE);
    const post = document.querySelectorAll<HTMLElement>('[data-testid="status"]')[3]!; // not a ReTruth
    const reply = document.createElement('div');
    reply.append('Replying to ');
    const mention = document.createElement('a');
    mention.setAttribute('href', '/@realDonaldTrump');
    mention.textContent = '@realDonaldTrump';
    reply.append(mention);
    post.querySelector('[data-id]')!.prepend(reply);
    expect(createTruthSocialSite(document).readPost(post).reposter).toBeNull();
  });
});
