/**
 * The user's choices: one typed, versioned record in `storage.local`. The type comes from the
 * defaults; every stored field is validated on read and a bad one falls back to its default alone
 * (a corrupt theme must not reset the user's sites).
 */
import { LOCALES } from '../i18n/locales';
import { isRecord } from '../storage/storage';
import { BUILT_IN_SITES as BUILT_IN_DEFINITIONS, type BuiltInSite } from '../sites/all-sites';

/** Sites Precedent knows and runs on by default (their hosts are declared in the manifest): src/sites/all-sites.ts. */
export const BUILT_IN_SITES: readonly BuiltInSite[] = BUILT_IN_DEFINITIONS.map((site) => site.id);
export type { BuiltInSite } from '../sites/all-sites';

export const DENSITIES = ['badge', 'summary'] as const;
export const THEME_CHOICES = ['site', 'light', 'dim', 'dark'] as const;
/** "browser" follows the browser's language; else one of the locales the UI is written in. */
export const LANGUAGE_CHOICES = ['browser', ...LOCALES] as const;
/** Dates in Persian: the Solar Hijri calendar (the default in Iran and Afghanistan) or the Gregorian. */
export const CALENDAR_CHOICES = ['persian', 'gregorian'] as const;

export const SETTINGS_VERSION = 1;

export const DEFAULT_SETTINGS = {
  version: SETTINGS_VERSION as number,
  /** Built-in sites switched on or off. Other sites are on exactly while their host permission is granted. */
  sites: Object.fromEntries(BUILT_IN_SITES.map((site) => [site, true])) as Record<BuiltInSite, boolean>,
  /**
   * Other sites (origins such as "https://www.example.com") switched on from the popup or options.
   * Mirrors the optional host permissions the user granted; the background keeps the two in step.
   */
  customSites: [] as string[],
  /** "badge": the badge alone; "summary": the badge with a one-line summary of the record. */
  density: 'badge' as (typeof DENSITIES)[number],
  /** Which of a post's tracked accounts get a badge. */
  show: { author: true, quoted: true, reposter: true },
  /** "site": follow the page's own theme (X's light, dim, dark). */
  theme: 'site' as (typeof THEME_CHOICES)[number],
  language: 'browser' as (typeof LANGUAGE_CHOICES)[number],
  calendar: 'persian' as (typeof CALENDAR_CHOICES)[number],
};

export type Settings = typeof DEFAULT_SETTINGS;
export type Density = Settings['density'];
export type ThemeChoice = Settings['theme'];
export type Role = keyof Settings['show'];


const oneOf = <T extends string>(choices: readonly T[], value: unknown, fallback: T): T =>
  choices.includes(value as T) ? (value as T) : fallback;

const bool = (value: unknown, fallback: boolean) => (typeof value === 'boolean' ? value : fallback);

/** "https://www.example.com" from anything URL-like; null unless http(s) with a host and no path. */
export function normaliseOrigin(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  try {
    const url = new URL(value);
    if ((url.protocol !== 'https:' && url.protocol !== 'http:') || !url.hostname || url.username || url.password) return null;
    return url.origin;
  } catch {
    return null;
  }
}

function parseOrigins(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  const origins = value.map(normaliseOrigin).filter((origin): origin is string => origin !== null);
  return [...new Set(origins)].sort();
}

/**
 * Reads whatever storage holds (nothing, an old version, a hand-edited or corrupt value) into
 * valid settings, keeping every field that is valid. Newer versions than this build knows are read
 * the same way: unknown fields are dropped, known ones kept when valid.
 */
export function parseSettings(stored: unknown): Settings {
  const raw = isRecord(stored) ? stored : {};
  const defaults = DEFAULT_SETTINGS;
  const sites = isRecord(raw.sites) ? raw.sites : {};
  const show = isRecord(raw.show) ? raw.show : {};
  return {
    version: SETTINGS_VERSION,
    sites: Object.fromEntries(BUILT_IN_SITES.map((site) => [site, bool(sites[site], defaults.sites[site])])) as Settings['sites'],
    customSites: parseOrigins(raw.customSites),
    density: oneOf(DENSITIES, raw.density, defaults.density),
    show: {
      author: bool(show.author, defaults.show.author),
      quoted: bool(show.quoted, defaults.show.quoted),
      reposter: bool(show.reposter, defaults.show.reposter),
    },
    theme: oneOf(THEME_CHOICES, raw.theme, defaults.theme),
    language: oneOf(LANGUAGE_CHOICES, raw.language, defaults.language),
    calendar: oneOf(CALENDAR_CHOICES, raw.calendar, defaults.calendar),
  };
}

/** A partial change, deep enough for the nested groups. */
export type SettingsChange = Partial<Omit<Settings, 'sites' | 'show' | 'version'>> & {
  sites?: Partial<Settings['sites']>;
  show?: Partial<Settings['show']>;
};

export function applyChange(settings: Settings, change: SettingsChange): Settings {
  return parseSettings({
    ...settings,
    ...change,
    sites: { ...settings.sites, ...change.sites },
    show: { ...settings.show, ...change.show },
  });
}
