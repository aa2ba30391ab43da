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
import { type RunningAnnotator, startSite } from '../../src/content/start-site';
import { xSite } from '../../src/sites/x';
import { createLocalLookup } from '../support/local-lookup';
import { datasetTracking } from '../support/dataset';
import { manualFrames } from '../support/dom';
import { hostilePosts, isGenuine, type PostSpec } from '../support/hostile-posts';

const TRACKED = 'TrackedLeader';
const lookup = createLocalLookup(datasetTracking(TRACKED));

const { spoofPost, genuinePost } = hostilePosts(TRACKED);
type Node = PostSpec;
const node = (tag: string, attrs: Record<string, string> = {}, children: Node[] = []): Node => ({ tag, attrs, children });

function build(spec: Node): HTMLElement {
  const element = document.createElement(spec.tag);
  for (const [name, value] of Object.entries(spec.attrs ?? {})) element.setAttribute(name, value);
  if (spec.text !== undefined) element.append(spec.text);
  for (const child of spec.children ?? []) element.append(build(child));
  return element;
}

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
  running = startSite(xSite, { doc: document, lookup, schedule: manualFrames().schedule, onError: (error) => errors.push(error) });
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

  // Mutation runs (vitest.mutation.config.ts) take fewer: the same check, at a size that lets each
  // of thousands of mutants run it in well under a second.
  const many = Number(process.env.PRECEDENT_MANY_POSTS ?? 10_000);
  it(`takes ${many.toLocaleString('en')} posts at once`, () => {
    const posts = fc.sample(fc.oneof({ arbitrary: spoofPost, weight: 49 }, { arbitrary: genuinePost, weight: 1 }), { numRuns: many, seed: 2026 });
    const genuine = posts.filter((post) => isGenuine(post, TRACKED)).length;
    const result = annotate(posts);
    expect(result.errors).toEqual([]);
    expect(result.markers).toHaveLength(genuine);
    expect(genuine).toBeGreaterThan(0);
  }, 60_000);
});
