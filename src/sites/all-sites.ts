/**
 * Every site Precedent knows, in the order it tries them. Adding a site is its folder and one line
 * here (docs/adding-a-site.md); the manifest (wxt.config.ts), the settings' switches
 * (src/settings/settings.ts), the registry (./registry.ts) and the content scripts
 * (src/content/content-scripts.ts) all read this list.
 */
import { blueskySite } from './bluesky';
import { embedFramesSite } from './embed-frames';
import { embedsSite } from './embeds';
import { mastodonSite } from './mastodon';
import type { SiteDefinition } from './site-definition';
import { truthSocialSite } from './truthsocial';
import { xSite } from './x';

export const SITES = [xSite, blueskySite, truthSocialSite, mastodonSite, embedsSite, embedFramesSite] as const;

type Site = (typeof SITES)[number];
export type BuiltInDefinition = Extract<Site, { runs: { kind: 'built-in' } }>;
export type SwitchedOnDefinition = Extract<Site, { runs: { kind: 'switched-on' } }>;
/** A built-in site's id: its switch in the settings. */
export type BuiltInSite = BuiltInDefinition['id'];

const isBuiltIn = (site: Site): site is BuiltInDefinition => site.runs.kind === 'built-in';
const isSwitchedOn = (site: Site): site is SwitchedOnDefinition => site.runs.kind === 'switched-on';

/**
 * The content script that serves every switched-on site: `entrypoints/<this>.content`, which the
 * background registers for the granted origins (src/background/custom-sites.ts). Built-in and frames
 * sites' scripts are named by their id.
 */
export const SWITCHED_ON_SCRIPT = 'sites';

/** The embed frames' site. */
export const FRAMES_SITES = SITES.filter((site): site is Extract<Site, { runs: { kind: 'frames' } }> => site.runs.kind === 'frames');

/** Sites with declared hosts, each with its own switch, on by default. */
export const BUILT_IN_SITES: readonly BuiltInDefinition[] = SITES.filter(isBuiltIn);
/** Sites read on the origins the user switches on, in the order they are tried. */
export const SWITCHED_ON_SITES: readonly SwitchedOnDefinition[] = SITES.filter(isSwitchedOn);

/** The site that reads a page of an origin the user switched on: the first that recognises it (embeds take any page). */
export function switchedOnSiteFor(doc: Document, sites: readonly SwitchedOnDefinition[] = SWITCHED_ON_SITES): SiteDefinition {
  const site = sites.find((candidate) => candidate.runs.recognises(doc));
  if (!site) throw new Error('no switched-on site recognises this page');
  return site;
}
