/**
 * The X content script's body, runnable without WXT (the DOM tests and the benchmark call it too).
 *
 *   MutationObserver ──queues──▶ one batch per frame ──▶ annotator ──▶ adapter (DOM → posts)
 *   (document, subtree)                                      │        lookup (post → account: index,
 *                                                            │          then the background, once)
 *   theme observer (body/html style) ──▶ refreshTheme        └──────▶ overlay (shadow-root mounts)
 *
 * Everything registered here is undone by the returned `stop()`, which the entrypoint ties to the
 * extension context: an updated or disabled extension leaves no overlay behind.
 */
import type { AccountLookup } from '../matching/account-lookup';
import { HOST_TAG } from '../overlay/mount';
import { readTheme } from '../sites/x/theme';
import { observeInBatches } from './batch-observer';
import { createXAnnotator, DEFAULT_DISPLAY, type Annotator } from './x-annotator';
import type { Display } from '../overlay/types';
import type { ThemeChoice } from '../settings/settings';

export interface StartOptions {
  doc: Document;
  /** Who is tracked and their records (src/matching/account-lookup.ts). */
  lookup: AccountLookup;
  /** Density and roles to show (default: badge only, every role). */
  display?: Display;
  /** "site" follows X's theme; "light"/"dark" force one. */
  themeChoice?: ThemeChoice;
  onOpenView?: (view: string) => void;
  schedule?: (callback: () => void) => void;
  onError?: (error: unknown) => void;
  /** False once the extension context is gone (src/content/batch-observer.ts). */
  isAlive?: () => boolean;
}

export interface RunningAnnotator {
  annotator: Annotator;
  stop(): void;
}

export function startX({ doc, lookup, schedule, onError, isAlive, display = DEFAULT_DISPLAY, themeChoice = 'site', onOpenView }: StartOptions): RunningAnnotator {
  const pageTheme = () => (themeChoice === 'site' ? readTheme(doc) : themeChoice);
  let theme = pageTheme();
  const annotator = createXAnnotator({ doc, lookup, theme: () => theme, display: () => display, onOpenView, onError });

  const isOwnNode = (node: Node) => node.nodeName.toLowerCase() === HOST_TAG;
  const posts = observeInBatches(doc.documentElement, {
    isOwnNode,
    schedule,
    isAlive,
    onBatch: (added, touched) => annotator.process(added, touched),
  });

  // X switches themes by restyling <body>/<html>; watch just those two nodes, not the subtree.
  const themeWatch = new MutationObserver(() => {
    const next = pageTheme();
    if (next === theme) return;
    theme = next;
    annotator.refreshTheme();
  });
  // A theme the user chose never changes with the page: nothing to watch then.
  if (themeChoice === 'site') {
    themeWatch.observe(doc.documentElement, { attributes: true, attributeFilter: ['style', 'class', 'data-theme'] });
    if (doc.body) themeWatch.observe(doc.body, { attributes: true, attributeFilter: ['style', 'class'] });
  }

  annotator.processAll();

  return {
    annotator,
    stop() {
      posts.disconnect();
      themeWatch.disconnect();
      annotator.teardown();
    },
  };
}
