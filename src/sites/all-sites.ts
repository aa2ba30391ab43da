/**
 * Every site Precedent knows, in the order it tries them: what each is called and where its script
 * runs (each site's `about.ts`). The manifest (wxt.config.ts), the settings' switches
 * (src/settings/settings.ts), the registry (./registry.ts) and the content scripts' checks
 * (src/content/content-scripts.ts) read this list. Adding a site: docs/adding-a-site.md.
 */
import { blueskyAbout } from './bluesky/about';
import { embedFramesAbout } from './embed-frames/about';
import { embedsAbout } from './embeds/about';
import { mastodonAbout } from './mastodon/about';
import type { SiteAbout } from './site-definition';
import { truthSocialAbout } from './truthsocial/about';
import { xAbout } from './x/about';

export const SITES = [xAbout, blueskyAbout, truthSocialAbout, mastodonAbout, embedsAbout, embedFramesAbout] as const;

type Site = (typeof SITES)[number];
export type BuiltInAbout = Extract<Site, { runs: { kind: 'built-in' } }>;
/** A built-in site's id: its switch in the settings. */
export type BuiltInSite = BuiltInAbout['id'];

const runsAs =
  <Kind extends SiteAbout['runs']['kind']>(kind: Kind) =>
  (site: Site): site is Extract<Site, { runs: { kind: Kind } }> =>
    site.runs.kind === kind;

/** Sites with declared hosts, each with its own switch, on by default. */
export const BUILT_IN_SITES = SITES.filter(runsAs('built-in'));
/** Sites read on the origins the user switches on, in the order they are tried. */
export const SWITCHED_ON_SITES = SITES.filter(runsAs('switched-on'));
/** Sites whose script runs inside other pages' frames (the embed frames). */
export const FRAMES_SITES = SITES.filter(runsAs('frames'));
