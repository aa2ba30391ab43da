/**
 * One site as Precedent knows it. Each site's folder holds two exports:
 * - `about.ts`: its id, its name and where its script runs: small and free of DOM code, so the
 *   settings, the registry, the manifest and every content script can read the list of them
 *   (./all-sites.ts) without carrying every site's adapter;
 * - `index.ts`: the full definition (that, plus how a page of it is read), which only its own
 *   content script imports (src/content/content-scripts.ts).
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
 * - `switched-on`: on any origin the user switches on (one script serves them all, `SWITCHED_ON_SCRIPT`:
 *   the first such site in the list that recognises the page reads it);
 * - `frames`: in every frame of its hosts, while the page around the frame is switched on.
 */
export type SiteRuns = { kind: 'built-in'; matches: readonly string[] } | { kind: 'switched-on' } | { kind: 'frames'; matches: readonly string[] };

export interface SiteAbout {
  /** Its folder's name, its settings switch (built-in sites) and its content script's name. */
  id: string;
  /** The brand, as the popup and options page show it (never translated). */
  name: string;
  runs: SiteRuns;
}

export interface SiteDefinition extends SiteAbout {
  setUp(doc: Document): SiteSetup;
  /** Switched-on sites: whether this page is one of the site's (embeds take any page). */
  recognises?(doc: Document): boolean;
}

/**
 * The content script that serves every switched-on site: `entrypoints/<this>.content`, which the
 * background registers for the granted origins (src/background/custom-sites.ts). Built-in and frames
 * sites' scripts are named by their id.
 */
export const SWITCHED_ON_SCRIPT = 'sites';

/** Keeps the literal types (its id, its kind), from which the settings' types derive. */
export const aboutSite = <const About extends SiteAbout>(about: About): About => about;

export const defineSite = <const About extends SiteAbout>(
  about: About,
  reader: Pick<SiteDefinition, 'setUp' | 'recognises'>,
): About & Pick<SiteDefinition, 'setUp' | 'recognises'> => ({ ...about, ...reader });

/** The site that reads a page of an origin the user switched on: the first in `sites` that recognises it. */
export function switchedOnSiteFor(doc: Document, sites: readonly SiteDefinition[]): SiteDefinition {
  const site = sites.find((candidate) => candidate.recognises?.(doc) ?? false);
  if (!site) throw new Error('no switched-on site recognises this page');
  return site;
}
