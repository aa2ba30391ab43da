// @vitest-environment happy-dom
/**
 * Property-based hostile pages (fast-check): generated posts with missing, duplicated and malformed
 * parts, markup and bidi/zero-width characters in names and text, traversal and `javascript:` hrefs,
 * absurd attribute sizes and nested articles. Whatever the page holds:
 * - nothing throws out of the content script, and no post is reported as failed;
 * - a post gets a badge only when its permalink names a tracked account (case aside); display
 *   names, mentions, lookalike handles and links to other hosts never produce one;
 * - page text never becomes markup inside an overlay.
 */
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { startX, type RunningAnnotator } from '../../src/content/start-x';
import { createLocalLookup } from '../../src/matching/account-lookup';
import { datasetTracking } from '../support/dataset';
import { manualFrames } from '../support/dom';

const TRACKED = 'TrackedLeader';
const lookup = createLocalLookup(datasetTracking(TRACKED));

/** Handles that must never match: lookalikes of the tracked one, and strangers. */
const lookalike = fc.constantFrom(
  `${TRACKED}_`,
  `_${TRACKED}`,
  `${TRACKED}\u200b`,
  `\u200b${TRACKED}`,
  `Тracked${'Leader'}`, // Cyrillic Т
  `Trackеd${'Leader'}`, // Cyrillic е
  'TrackedLeaderr',
  'Tracked_Leader',
  'TrackedLeadér',
  'TrackedLeade',
);
const stranger = fc.stringMatching(/^[a-z0-9_]{1,15}$/).filter((h) => h.toLowerCase() !== TRACKED.toLowerCase());
const notTracked = fc.oneof(lookalike, stranger);
const statusId = fc.bigInt({ min: 1n, max: 10n ** 19n }).map(String);

/** Text a hostile page may put anywhere: markup, bidi overrides, zero-width characters, the leader's name. */
const hostileText = fc.oneof(
  fc.constantFrom(
    '<img src=x onerror=alert(1)>',
    '<script>alert(1)</script>',
    '\u202eTrackedLeader\u202c',
    'Donald J. Trump',
    TRACKED,
    `@${TRACKED}`,
    '\u200f@TrackedLeader\u200e',
    'javascript:alert(1)',
  ),
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
);

/** Hrefs that name the tracked account without being a permalink or profile link on X. */
const trickHref = (id: string) =>
  fc.constantFrom(
    `/${TRACKED}/../evil/status/${id}`,
    `/${TRACKED}%2Fstatus%2F${id}`,
    `javascript:location='/${TRACKED}/status/${id}'`,
    `https://evil.example/${TRACKED}/status/${id}`,
    `https://x.com.evil.example/${TRACKED}/status/${id}`,
    `https://evil-x.com/${TRACKED}/status/${id}`,
    `data:text/html,/${TRACKED}/status/${id}`,
    `//${TRACKED}/status/${id}`,
    `/${TRACKED}\u200b/status/${id}`,
    `/${'a'.repeat(10_000)}/status/${id}`,
  );

type Node = { tag: string; attrs?: Record<string, string>; text?: string; children?: Node[] };
const node = (tag: string, attrs: Record<string, string> = {}, children: Node[] = [], text?: string): Node => ({ tag, attrs, children, text });

function build(spec: Node): HTMLElement {
  const element = document.createElement(spec.tag);
  for (const [name, value] of Object.entries(spec.attrs ?? {})) element.setAttribute(name, value);
  if (spec.text !== undefined) element.append(spec.text);
  for (const child of spec.children ?? []) element.append(build(child));
  return element;
}

const authorLine = (handle: string, name: string, href: string) =>
  node('div', { 'data-testid': 'User-Name' }, [
    node('a', { href }, [node('span', {}, [], name)]),
    node('a', { href }, [node('span', {}, [], `@${handle}`)]),
  ]);

const permalink = (href: string, datetime: string) => node('a', { href }, [node('time', { datetime }, [], '2h')]);

/** Parts any post may carry, hostile or not: none names the tracked account where X names an author. */
const noise = fc.record({
  name: hostileText,
  text: hostileText,
  mention: fc.boolean(),
  bigAttribute: fc.boolean(),
  card: fc.boolean(),
  extraTimes: fc.nat({ max: 2 }),
});

function decorate(parts: Node[], n: { name: string; text: string; mention: boolean; bigAttribute: boolean; card: boolean; extraTimes: number }): Node[] {
  const out = [...parts];
  out.push(
    node('div', { 'data-testid': 'tweetText', lang: 'en', dir: 'auto' }, [
      node('span', {}, [], n.text),
      ...(n.mention ? [node('a', { href: `/${TRACKED}` }, [], `@${TRACKED}`)] : []),
    ]),
  );
  if (n.bigAttribute) out.push(node('div', { 'data-testid': 'x'.repeat(50_000), 'aria-label': n.name.repeat(100) }));
  if (n.card) out.push(node('div', { role: 'link' }, [node('a', { href: `https://example.org/${TRACKED}` }, [], n.name)]));
  for (let i = 0; i < n.extraTimes; i++) out.push(node('time', { datetime: 'not a date' }));
  out.push(node('div', { role: 'group' }));
  return out;
}

/** A post by someone else, however it dresses up as the tracked account. */
const spoofPost = fc
  .record({ handle: notTracked, id: statusId, noise, trick: fc.boolean(), trickHref: statusId.chain(trickHref), quote: fc.option(notTracked), repostedBy: fc.option(notTracked), nested: fc.boolean(), missingPermalink: fc.boolean() })
  .map(({ handle, id, noise: n, trick, trickHref: tricky, quote, repostedBy, nested, missingPermalink }) => {
    const parts: Node[] = [];
    if (repostedBy !== null) parts.push(node('a', { href: `/${repostedBy}` }, [node('span', { 'data-testid': 'socialContext' }, [], `${n.name} reposted`)]));
    parts.push(authorLine(handle, n.name, trick ? tricky : `/${handle}`));
    if (!missingPermalink) parts.push(permalink(trick ? tricky : `/${handle}/status/${id}`, '2025-06-12T10:00:00.000Z'));
    if (quote !== null)
      parts.push(node('div', { role: 'link' }, [node('div', { 'data-testid': 'User-Name' }, [node('span', {}, [], n.name), node('span', {}, [], `@${quote}`)]), node('time', { datetime: '2025-06-01T10:00:00.000Z' })]));
    if (nested) parts.push(node('article', { 'data-testid': 'tweet' }, [authorLine(handle, n.name, `/${handle}`)]));
    return node('article', { 'data-testid': 'tweet', role: 'article' }, decorate(parts, n));
  });

/** A post by the tracked account (its handle in any ASCII case), with hostile text around it. */
const genuinePost = fc
  .record({ id: statusId, noise, upper: fc.boolean() })
  .map(({ id, noise: n, upper }) => {
    const handle = upper ? TRACKED.toUpperCase() : TRACKED.toLowerCase();
    return node('article', { 'data-testid': 'tweet', role: 'article' }, decorate([authorLine(handle, n.name, `/${handle}`), permalink(`/${handle}/status/${id}`, '2025-06-12T10:00:00.000Z')], n));
  });

let running: RunningAnnotator | undefined;
afterEach(() => {
  running?.stop();
  running = undefined;
});

/** Puts the posts in a timeline, runs the content script over them, and reports what it did. */
function annotate(posts: Node[]) {
  document.body.replaceChildren();
  const timeline = build(node('div', { 'aria-label': 'Timeline: Your Home Timeline' }));
  for (const post of posts) timeline.append(build(node('div', { 'data-testid': 'cellInnerDiv' }, [post])));
  document.body.append(timeline);
  const errors: unknown[] = [];
  running?.stop();
  running = startX({ doc: document, lookup, schedule: manualFrames().schedule, onError: (error) => errors.push(error) });
  const hosts = [...document.querySelectorAll('precedent-annotation')];
  return {
    errors,
    markers: [...document.querySelectorAll('[data-precedent-account]')].map((el) => `${el.getAttribute('data-precedent-role')} ${el.getAttribute('data-precedent-account')}`),
    injected: hosts.flatMap((host) => [...(host.shadowRoot?.querySelectorAll('img, script, iframe, object, embed') ?? [])]),
  };
}

describe('hostile posts', () => {
  it('never badges a post by anyone else (250 generated pages of 1-4 posts)', () => {
    fc.assert(
      fc.property(fc.array(spoofPost, { minLength: 1, maxLength: 4 }), (posts) => {
        const result = annotate(posts);
        expect(result.errors).toEqual([]);
        expect(result.markers).toEqual([]);
      }),
      { numRuns: 250 },
    );
  }, 60_000);

  it('badges exactly the tracked account’s posts among spoofs, and page text stays text (150 pages)', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(spoofPost.map((post) => ({ post, genuine: false })), genuinePost.map((post) => ({ post, genuine: true }))), { minLength: 1, maxLength: 6 }), (mix) => {
        const result = annotate(mix.map(({ post }) => post));
        expect(result.errors).toEqual([]);
        expect(result.markers).toEqual(mix.filter(({ genuine }) => genuine).map(() => 'author x-leader-trackedleader'));
        expect(result.injected).toEqual([]);
      }),
      { numRuns: 150 },
    );
  }, 60_000);

  it('takes 10,000 posts at once', () => {
    const posts = fc.sample(fc.oneof({ arbitrary: spoofPost, weight: 49 }, { arbitrary: genuinePost, weight: 1 }), { numRuns: 10_000, seed: 2026 });
    const genuine = posts.filter((post) => post.children?.some((child) => child.tag === 'a' && child.attrs?.href?.toLowerCase().startsWith(`/${TRACKED.toLowerCase()}/status/`))).length;
    const result = annotate(posts);
    expect(result.errors).toEqual([]);
    expect(result.markers).toHaveLength(genuine);
    expect(genuine).toBeGreaterThan(0);
  }, 60_000);
});
