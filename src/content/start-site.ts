/**
 * A content script's body for any site, runnable without WXT (the DOM tests and the benchmark call
 * it too): the site's adapter, the annotator, a batched MutationObserver and a theme watch.
 *
 *   MutationObserver ──queues──▶ one batch per frame ──▶ annotator ──▶ site adapter (DOM → posts)
 *   (document, subtree)                                      │        lookup (post → account: index,
 *                                                            │          then the background, once)
 *   theme observer (html/body attributes) ──▶ refreshTheme   └──────▶ overlay (shadow-root mounts)
 *
 * Everything registered here is undone by the returned `stop()`, which the entrypoint ties to the
 * extension context: an updated or disabled extension leaves no overlay behind.
 */
import type { AccountLookup } from '../matching/account-lookup';
import { isOwnHost } from '../overlay/mount';
import type { Display, Theme } from '../overlay/types';
import type { ThemeChoice } from '../settings/settings';
import type { SiteAdapter } from '../sites/site-adapter';
import type { SiteDefinition } from '../sites/site-definition';
import { createAnnotator, DEFAULT_DISPLAY, type Annotator } from './annotator';
import { observeInBatches } from './batch-observer';
import { selfTimed } from './self-timing';

export interface StartOptions {
  doc: Document;
  /** Who is tracked and their records (src/matching/account-lookup.ts). */
  lookup: AccountLookup;
  /** Density and roles to show (default: badge only, every role). */
  display?: Display;
  /** "site" follows the page's theme; "light"/"dim"/"dark" force one. */
  themeChoice?: ThemeChoice;
  onOpenView?: (view: string) => void;
  schedule?: (callback: () => void) => void;
  onError?: (error: unknown) => void;
  /** False once the extension context is gone (src/content/batch-observer.ts). */
  isAlive?: () => boolean;
  /** Called after each batch of page changes has been read (the extension's diagnostics report). */
  afterBatch?: () => void;
}

export interface SiteOptions extends StartOptions {
  adapter: SiteAdapter;
  /** The page's own theme (read on start and whenever html/body attributes change). */
  readTheme(doc: Document): Theme;
}

export interface RunningAnnotator {
  annotator: Annotator;
  stop(): void;
}

/** Annotates a page of `site` (src/sites/<site>/index.ts): its adapter and theme reader under the shared annotator. */
export function startSite(site: SiteDefinition, options: StartOptions): RunningAnnotator {
  return startAnnotating({ ...options, ...site.setUp(options.doc) });
}

export function startAnnotating(options: SiteOptions): RunningAnnotator {
  const { doc, lookup, schedule, onError, isAlive, adapter, display = DEFAULT_DISPLAY, themeChoice = 'site', onOpenView } = options;
  const pageTheme = () => (themeChoice === 'site' ? options.readTheme(doc) : themeChoice);
  let theme = pageTheme();
  const annotator = createAnnotator({ doc, site: adapter, lookup, theme: () => theme, display: () => display, onOpenView, onError });

  const posts = observeInBatches(doc.documentElement, {
    isOwnNode: isOwnHost,
    schedule,
    isAlive,
    ...(adapter.textMatters ? { textMatters: (node: Node) => adapter.textMatters!(node) } : {}),
    onBatch: (added, touched) => {
      annotator.process(added, touched);
      options.afterBatch?.();
    },
  });

  // Sites switch themes by restyling or reclassing <body>/<html>; watch just those two nodes.
  const themeWatch = new MutationObserver(selfTimed(() => {
    const next = pageTheme();
    if (next === theme) return;
    theme = next;
    annotator.refreshTheme();
  }));
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
