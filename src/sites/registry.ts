/**
 * Which site a URL belongs to, as pure functions of the URL: a built-in site (its hosts declared in
 * the manifest), or another origin the user may switch on.
 */
import { BUILT_IN_SITES, type BuiltInAbout, type BuiltInSite } from './all-sites';

export type { BuiltInSite } from './all-sites';

const hostOf = (pattern: string) => new URL(pattern.replace('/*', '/')).hostname;

/** One value per built-in site, keyed by its id. */
const perSite = <T>(value: (site: BuiltInAbout) => T): Record<BuiltInSite, T> =>
  Object.fromEntries(BUILT_IN_SITES.map((site) => [site.id, value(site)])) as Record<BuiltInSite, T>;

export const BUILT_IN_HOSTS: Record<BuiltInSite, readonly string[]> = perSite((site) => site.runs.matches.map(hostOf));

/** Brand names: not translated. */
export const SITE_NAMES: Record<BuiltInSite, string> = perSite((site) => site.name);

export type SiteRef = { kind: 'built-in'; site: BuiltInSite; origin: string } | { kind: 'custom'; origin: string };

/** The site a page URL belongs to; null for pages no content script can run on (about:, file:, stores...). */
export function siteFor(url: string | undefined): SiteRef | null {
  if (!url) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return null;
  for (const [site, hosts] of Object.entries(BUILT_IN_HOSTS) as Array<[BuiltInSite, readonly string[]]>) {
    if (parsed.protocol === 'https:' && hosts.includes(parsed.hostname)) return { kind: 'built-in', site, origin: parsed.origin };
  }
  if (STORE_HOSTS.includes(parsed.hostname)) return null;
  return { kind: 'custom', origin: parsed.origin };
}

/** Browsers never let extensions script their own add-on stores. */
const STORE_HOSTS = ['chromewebstore.google.com', 'chrome.google.com', 'addons.mozilla.org'];

/** The match pattern for an origin: the permission asked for and the content script's match. */
export function originPattern(origin: string): string {
  return `${origin}/*`;
}

/** The origin of a granted host pattern ("https://www.example.com/*"), or null for wildcard patterns. */
export function originOfPattern(pattern: string): string | null {
  const match = /^(https?):\/\/([^/*]+)\/\*$/.exec(pattern);
  return match ? `${match[1]}://${match[2]}` : null;
}

/** Whether Precedent should run on this page now, given the settings. */
export function isSiteOn(site: SiteRef, settings: { sites: Record<BuiltInSite, boolean>; customSites: readonly string[] }): boolean {
  return site.kind === 'built-in' ? settings.sites[site.site] : settings.customSites.includes(site.origin);
}
