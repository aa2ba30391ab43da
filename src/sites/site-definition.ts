/**
 * One site as Precedent knows it: its name, where its content script runs, and how a page of it is
 * read. Each site's folder exports one definition (src/sites/<site>/index.ts); the list of them
 * (./all-sites.ts) is all the rest of the extension knows of sites: the manifest's hosts, the
 * settings' switches, the registry that tells a page's site, and the content scripts come from it.
 */
import type { SiteAdapter, Theme } from './site-adapter';

/** What the annotator needs to read one page of a site. */
export interface SiteSetup {
  adapter: SiteAdapter;
  /** The page's own theme, read on start and whenever <html>'s or <body>'s attributes change. */
  readTheme(doc: Document): Theme;
}

/**
 * Where a site's content script runs:
 * - `built-in`: on hosts declared in the manifest, on by default, with its own switch (its id);
 * - `switched-on`: on any origin the user switches on (one script for them all: the first such site
 *   in the list that recognises the page reads it);
 * - `frames`: in every frame of its hosts, while the page around the frame is switched on.
 */
export type SiteRuns =
  | { kind: 'built-in'; matches: readonly string[] }
  | { kind: 'switched-on'; recognises(doc: Document): boolean }
  | { kind: 'frames'; matches: readonly string[] };

export interface SiteDefinition {
  /** Names its settings switch (built-in sites) and its content script. */
  id: string;
  /** The brand, as the popup and options page show it (never translated). */
  name: string;
  runs: SiteRuns;
  setUp(doc: Document): SiteSetup;
}

/** Keeps the definition's literal types (its id, its kind), from which the settings' types derive. */
export const defineSite = <const Definition extends SiteDefinition>(definition: Definition): Definition => definition;
