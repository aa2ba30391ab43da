// @vitest-environment happy-dom
/**
 * Generated hostile pages for the adapters beyond X (fast-check): Bluesky feed items, Mastodon
 * statuses and Truth Social posts whose author is a lookalike of a tracked account, or whose links,
 * test ids and text are junk, beside genuine posts. Only the genuine posts may be badged, and no
 * post may throw.
 */
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { type RunningAnnotator, type StartOptions, startSite } from '../../src/content/start-site';
import { blueskySite } from '../../src/sites/bluesky';
import { truthSocialSite } from '../../src/sites/truthsocial';
import { startOtherSite } from '../support/start-other-site';
import { createLocalLookup } from '../support/local-lookup';
import { datasetTrackingOn } from '../support/dataset';
import { installFixture, manualFrames } from '../support/dom';

let running: RunningAnnotator | undefined;
afterEach(() => running?.stop());

const JUNK_TEXT = fc.oneof(
  fc.constantFrom('<img src=x onerror=alert(1)>', '\u202eevil\u202c', 'javascript:alert(1)', '@jd-vance-1.bsky.social', '@EUCommission', '@realDonaldTrump'),
  fc.string({ maxLength: 30 }),
);
const JUNK_HREF = fc.constantFrom('javascript:alert(1)', 'data:text/html,x', '//evil.example/profile/x', '', '#', '/profile/', '/@', '/@/1', 'https://evil.example/@realDonaldTrump');

type Spec = { genuine: boolean; build(doc: Document): HTMLElement };

/** Builds an element tree without parsing markup. */
function el(doc: Document, tag: string, attrs: Record<string, string>, ...children: Array<Node | string>): HTMLElement {
  const element = doc.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) element.setAttribute(name, value);
  element.append(...children);
  return element;
}

/** Runs `start` over a blank page of the generated posts; returns the post elements marked as authors and the errors. */
function annotate(url: string, specs: Spec[], start: (options: StartOptions) => RunningAnnotator, platform: string, tracked: string) {
  installFixture('sites/hostile-blank.html', url);
  const posts = specs.map((spec) => spec.build(document));
  document.body.append(...posts);
  const errors: unknown[] = [];
  running?.stop();
  running = start({ doc: document, lookup: createLocalLookup(datasetTrackingOn(platform, tracked)), schedule: manualFrames().schedule, onError: (error) => errors.push(error) });
  const marked = posts.map((post) => post.getAttribute('data-precedent-role') === 'author' || post.querySelector('[data-precedent-role="author"]') !== null);
  return { marked, errors };
}

describe('Bluesky', () => {
  const TRACKED = 'jd-vance-1.bsky.social';
  const lookalike = fc.constantFrom(
    'jd-vance-1.bsky.social.evil.net', 'evil.jd-vance-1.bsky.social', 'jd-vance-1.bsky.socia1', 'jd-vance-1.bsky.sосial', 'jd-vance-1\u200b.bsky.social',
    'jd-vance-1.bsky.social.', 'jd—vance-1.bsky.social', 'jd-vance-l.bsky.social', 'jd-vance-1.bsky', 'handle.invalid', '', 'jd vance',
  );
  const rkey = fc.stringMatching(/^3l[a-z2-7]{11}$/);
  const item = (testidHandle: string, linkHandle: string, key: string, text: string, href: string, genuine: boolean): Spec => ({
    genuine,
    build: (doc) =>
      el(doc, 'div', { 'data-testid': `feedItem-by-${testidHandle}` },
        el(doc, 'a', { href: `/profile/${linkHandle}` }, 'avatar'),
        el(doc, 'div', {}, el(doc, 'a', { href: `/profile/${linkHandle}` }, `\u202a@${linkHandle}\u202c`), el(doc, 'a', { href: `/profile/${linkHandle}/post/${key}` }, '3h')),
        el(doc, 'div', { 'data-testid': 'postText' }, text, el(doc, 'a', { href }, '@' + TRACKED), el(doc, 'a', { href: `/profile/${TRACKED}` }, 'mention')),
      ),
  });
  const spec = fc.oneof(
    fc.tuple(rkey, JUNK_TEXT, JUNK_HREF).map(([key, text, href]) => item(TRACKED, TRACKED, key, text, href, true)),
    fc.tuple(rkey, JUNK_TEXT, JUNK_HREF).map(([key, text, href]) => item(TRACKED.toUpperCase(), TRACKED, key, text, href, true)),
    fc.tuple(lookalike, rkey, JUNK_TEXT, JUNK_HREF).map(([handle, key, text, href]) => item(handle, handle, key, text, href, false)),
    // The display name and the text say the tracked account; the test id (the author) does not.
    fc.tuple(lookalike, rkey, JUNK_TEXT, JUNK_HREF).map(([handle, key, text, href]) => item(handle, TRACKED, key, text, href, false)),
  );

  it('badges exactly the genuine posts, and never throws', () => {
    fc.assert(
      fc.property(fc.array(spec, { minLength: 1, maxLength: 5 }), (specs) => {
        const { marked, errors } = annotate('https://bsky.app/', specs, (options) => startSite(blueskySite, options), 'bluesky', TRACKED);
        expect(errors).toEqual([]);
        expect(marked).toEqual(specs.map((s) => s.genuine));
      }),
      { numRuns: 150, seed: 20261127 },
    );
  });
});

describe('Mastodon and Truth Social', () => {
  const LOCAL = 'EUCommission';
  const HOST = 'social.example.net';
  const lookalike = fc.constantFrom('EUCommission_', 'EUC0mmission', 'EUСommission', 'EUCommission\u200b', 'EUCommission@social.example.org', 'EUCommission@evil.social.example.net', 'EUCommission@social.example.net.evil', '');
  const id = fc.bigInt({ min: 10n ** 17n, max: 2n * 10n ** 17n }).map(String);
  const status = (acct: string, sid: string, text: string, href: string, genuine: boolean): Spec => ({
    genuine,
    build: (doc) =>
      el(doc, 'div', { class: 'status__wrapper' },
        el(doc, 'div', { class: 'status', 'data-id': sid },
          el(doc, 'div', { class: 'status__info' },
            el(doc, 'a', { class: 'status__relative-time', href: `/@${acct}/${sid}` }, el(doc, 'time', { datetime: '2025-10-01T12:00:00.000Z' }, '1h')),
            el(doc, 'a', { class: 'status__display-name', href: `/@${acct}`, title: acct }, el(doc, 'span', { class: 'display-name__account' }, `@${LOCAL}`)),
          ),
          el(doc, 'div', { class: 'status__content' }, text, el(doc, 'a', { href, class: 'mention' }, `@${LOCAL}`)),
        ),
      ),
  });
  const masto = fc.oneof(
    fc.tuple(id, JUNK_TEXT, JUNK_HREF).map(([sid, text, href]) => status(LOCAL, sid, text, href, true)),
    fc.tuple(id, JUNK_TEXT, JUNK_HREF).map(([sid, text, href]) => status(`${LOCAL}@${HOST}`, sid, text, href, true)),
    fc.tuple(id, JUNK_TEXT, JUNK_HREF).map(([sid, text, href]) => status(LOCAL.toLowerCase(), sid, text, href, true)),
    fc.tuple(lookalike, id, JUNK_TEXT, JUNK_HREF).map(([acct, sid, text, href]) => status(acct, sid, text, href, false)),
  );

  it('Mastodon: badges exactly the tracked local account, in either form, and never throws', () => {
    fc.assert(
      fc.property(fc.array(masto, { minLength: 1, maxLength: 5 }), (specs) => {
        const page = (doc: Document) => doc.body.setAttribute('class', 'app-body');
        installFixture('sites/hostile-blank.html', `https://${HOST}/home`);
        page(document);
        const { marked, errors } = annotate(`https://${HOST}/home`, [{ genuine: false, build: (doc) => el(doc, 'div', { id: 'mastodon', 'data-props': '{}' }) }, ...specs], startOtherSite, 'mastodon', `${LOCAL}@${HOST}`);
        expect(errors).toEqual([]);
        expect(marked).toEqual([false, ...specs.map((s) => s.genuine)]);
      }),
      { numRuns: 100, seed: 20261127 },
    );
  });

  const TRUMP = 'realDonaldTrump';
  const truthLookalike = fc.constantFrom('realDonaIdTrump', 'realDonaldTrump_', 'realDonaldTrump\u200b', 'reaIDonaldTrump', 'realDonaldTrump@evil.example', '');
  const truth = (user: string, sid: string, text: string, href: string, genuine: boolean, reposter?: string): Spec => ({
    genuine,
    build: (doc) =>
      el(doc, 'div', { 'data-testid': 'status' },
        ...(reposter ? [el(doc, 'a', { href: `/@${reposter}` }, `${reposter} ReTruthed`)] : []),
        el(doc, 'a', { href: `/@${user}` }, 'avatar'),
        el(doc, 'a', { href: `/@${user}/posts/${sid}` }, el(doc, 'time', { datetime: '2025-10-01T12:00:00.000Z' }, '1h')),
        el(doc, 'p', { 'data-markup': 'true' }, text, el(doc, 'a', { href }, `@${TRUMP}`), el(doc, 'a', { href: `/@${TRUMP}` }, `@${TRUMP}`)),
      ),
  });
  const truthSpec = fc.oneof(
    fc.tuple(id, JUNK_TEXT, JUNK_HREF).map(([sid, text, href]) => truth(TRUMP, sid, text, href, true)),
    fc.tuple(truthLookalike, id, JUNK_TEXT, JUNK_HREF).map(([user, sid, text, href]) => truth(user, sid, text, href, false)),
    // Reposted by the tracked account: the author is the original's, and is not tracked.
    fc.tuple(truthLookalike, id, JUNK_TEXT, JUNK_HREF).map(([user, sid, text, href]) => truth(user || 'someone', sid, text, href, false, TRUMP)),
  );

  it('Truth Social: badges exactly the tracked author (a ReTruth is the reposter’s, not the author’s), and never throws', () => {
    fc.assert(
      fc.property(fc.array(truthSpec, { minLength: 1, maxLength: 5 }), (specs) => {
        const { marked, errors } = annotate('https://truthsocial.com/', specs, (options) => startSite(truthSocialSite, options), 'truthsocial', TRUMP);
        expect(errors).toEqual([]);
        expect(marked).toEqual(specs.map((s) => s.genuine));
      }),
      { numRuns: 100, seed: 20261127 },
    );
  });
});
