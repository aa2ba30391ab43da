// @vitest-environment happy-dom
/**
 * The batch observer on its own (src/content/batch-observer.ts): what a batch holds, what never
 * makes one (Precedent's own insertions, text that does not matter), one scheduled pass per batch,
 * and nothing once stopped or orphaned. Written for the mutants the whole-page DOM tests let survive
 * (docs/mutation.md).
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { observeInBatches, type BatchObserverOptions } from '../../src/content/batch-observer';

/** MutationObserver callbacks run as microtasks: let them. */
const settle = () => new Promise<void>((done) => queueMicrotask(() => setTimeout(done, 0)));

let stop: (() => void) | undefined;
afterEach(() => {
  vi.unstubAllGlobals();
  stop?.();
  document.body.replaceChildren();
});

function watch(extra: Partial<BatchObserverOptions> = {}) {
  const root = document.createElement('div');
  document.body.append(root);
  const pending: Array<() => void> = [];
  const batches: Array<{ added: Node[]; touched: Node[] }> = [];
  const own = new WeakSet<Node>();
  const observer = observeInBatches(root, {
    isOwnNode: (node) => own.has(node),
    onBatch: (added, touched) => batches.push({ added: [...added], touched: [...touched] }),
    schedule: (callback) => pending.push(callback),
    ...extra,
  });
  stop = () => observer.disconnect();
  const flush = () => pending.splice(0).forEach((callback) => callback());
  return { root, own, batches, pending, flush, observer };
}

describe('the batch observer', () => {
  it('gathers added subtrees and changed nodes into one pass', async () => {
    const { root, batches, pending, flush } = watch();
    const post = document.createElement('article');
    root.append(post);
    const link = document.createElement('a');
    post.append(link);
    link.setAttribute('href', '/a/status/1');
    await settle();
    // A later change before the pass runs joins the same pass.
    link.setAttribute('data-testid', 'User-Name');
    await settle();
    expect(pending).toHaveLength(1);
    flush();
    expect(batches).toHaveLength(1);
    expect(batches[0]!.added).toEqual([post, link]);
    expect(batches[0]!.touched).toEqual(expect.arrayContaining([root, post, link]));
  });

  it('makes no batch of its own insertions, but does of their removal', async () => {
    const { root, own, batches, pending, flush } = watch();
    const host = document.createElement('precedent-annotation');
    own.add(host);
    root.append(host);
    await settle();
    expect(pending).toEqual([]);
    host.remove();
    await settle();
    flush();
    // X re-rendering a post can drop an overlay: the post is read again.
    expect(batches).toEqual([{ added: [], touched: [root] }]);
  });

  it('watches text only where the site says it matters', async () => {
    const matters = new WeakSet<Node>();
    const { root, batches, pending, flush } = watch({ textMatters: (node) => matters.has(node) });
    const quiet = document.createTextNode('a');
    const loud = document.createTextNode('b');
    root.append(quiet, loud);
    matters.add(loud);
    await settle();
    flush();
    batches.length = 0;
    quiet.data = 'changed';
    await settle();
    expect(pending).toEqual([]);
    loud.data = 'changed';
    await settle();
    flush();
    expect(batches).toEqual([{ added: [], touched: [loud] }]);
  });

  it('passes nothing once disconnected, or when the extension is gone', async () => {
    let alive = true;
    const { root, batches, pending, flush, observer } = watch({ isAlive: () => alive });
    root.append(document.createElement('p'));
    await settle();
    alive = false;
    flush();
    expect(batches).toEqual([]);
    alive = true;
    root.append(document.createElement('p'));
    await settle();
    observer.disconnect();
    flush();
    expect(batches).toEqual([]);
    expect(pending).toEqual([]);
  });

  it('passes its batch at the next animation frame when given no scheduler', async () => {
    const frames: FrameRequestCallback[] = [];
    vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => frames.push(callback));
    const { root, batches } = watch({ schedule: undefined });
    const post = document.createElement('article');
    root.append(post);
    await settle();
    expect(batches).toEqual([]);
    frames.splice(0).forEach((callback) => callback(0));
    expect(batches).toEqual([{ added: [post], touched: [root] }]);
  });
});
