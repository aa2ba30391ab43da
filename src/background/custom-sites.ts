/**
 * Sites beyond the built-in ones. The user's grant is the source of truth: a site is on exactly
 * while Precedent holds the optional host permission for its origin. From the granted origins the
 * background derives the rest, in one place:
 *   - `settings.customSites`, which content scripts watch to start and stop live;
 *   - one dynamically registered content script matching exactly those origins;
 *   - on a new grant, the script injected into that site's open tabs (no reload needed).
 * Granting and revoking may happen in the popup, the options page or the browser's own extension
 * settings; each fires a permissions event that ends in `syncCustomSites`. Tabs of a revoked site
 * stop at once: their content script follows `settings.customSites`.
 */
import { SWITCHED_ON_SCRIPT } from '../sites/site-definition';
import { originOfPattern, originPattern, siteFor } from '../sites/registry';
import { updateSettings } from '../settings/store';
import type { StorageArea } from '../storage/storage';

export const SITES_SCRIPT_ID = 'precedent-sites';
/** Where WXT puts the switched-on sites' script in the build, and its page-level sheet (src/overlay/page.css). */
export const SITES_SCRIPT_FILE = `content-scripts/${SWITCHED_ON_SCRIPT}.js`;
export const SITES_STYLE_FILE = `content-scripts/${SWITCHED_ON_SCRIPT}.css`;

interface RegisteredScript {
  id: string;
  js?: string[];
  css?: string[];
  matches?: string[];
  runAt?: 'document_start' | 'document_end' | 'document_idle';
  persistAcrossSessions?: boolean;
}

/** The slices of the extension APIs this module uses (the background passes the real ones). */
export interface SitesApi {
  storage: StorageArea;
  permissions: {
    getAll(): Promise<{ origins?: string[]; permissions?: string[] }>;
    remove(permissions: { origins?: string[]; permissions?: string[] }): Promise<boolean>;
  };
  /** Absent until the user grants "scripting" together with a first site. */
  scripting(): {
    getRegisteredContentScripts(filter: { ids: string[] }): Promise<RegisteredScript[]>;
    registerContentScripts(scripts: RegisteredScript[]): Promise<unknown>;
    updateContentScripts(scripts: RegisteredScript[]): Promise<unknown>;
    unregisterContentScripts(filter: { ids: string[] }): Promise<unknown>;
    executeScript(injection: { target: { tabId: number }; files: string[] }): Promise<unknown>;
    insertCSS(injection: { target: { tabId: number }; files: string[] }): Promise<unknown>;
  } | undefined;
  tabs: { query(query: { url: string[] }): Promise<Array<{ id?: number }>> };
  onError(error: unknown): void;
}

/** Origins the user granted that are not built-in sites (the manifest's own hosts are always granted). */
export async function grantedCustomOrigins(api: Pick<SitesApi, 'permissions'>): Promise<string[]> {
  const { origins = [] } = await api.permissions.getAll();
  return origins
    .map(originOfPattern)
    .filter((origin): origin is string => origin !== null && siteFor(origin)?.kind === 'custom')
    .sort();
}

/** Brings settings and the registered content script in line with the granted origins. */
export async function syncCustomSites(api: SitesApi): Promise<string[]> {
  const origins = await grantedCustomOrigins(api);
  await updateSettings(api.storage, { customSites: origins });
  const scripting = api.scripting();
  if (!scripting) return origins;
  const registered = await scripting.getRegisteredContentScripts({ ids: [SITES_SCRIPT_ID] });
  if (origins.length === 0) {
    if (registered.length > 0) await scripting.unregisterContentScripts({ ids: [SITES_SCRIPT_ID] });
    // Nothing left to register: give "scripting" back, as it was before the first site.
    await api.permissions.remove({ permissions: ['scripting'] });
    return origins;
  }
  const script: RegisteredScript = {
    id: SITES_SCRIPT_ID,
    js: [SITES_SCRIPT_FILE],
    css: [SITES_STYLE_FILE],
    matches: origins.map(originPattern),
    runAt: 'document_idle',
    persistAcrossSessions: true,
  };
  if (registered.length > 0) await scripting.updateContentScripts([script]);
  else await scripting.registerContentScripts([script]);
  return origins;
}

/** After a grant: sync, then annotate the new sites' open tabs at once. */
export async function onOriginsGranted(api: SitesApi, patterns: readonly string[]): Promise<void> {
  const granted = await syncCustomSites(api);
  const added = patterns.map(originOfPattern).filter((origin): origin is string => origin !== null && granted.includes(origin));
  const scripting = api.scripting();
  if (added.length === 0 || !scripting) return;
  const tabs = await api.tabs.query({ url: added.map(originPattern) });
  await Promise.all(
    tabs.map((tab) =>
      tab.id === undefined
        ? undefined
        : Promise.all([
            scripting.insertCSS({ target: { tabId: tab.id }, files: [SITES_STYLE_FILE] }),
            scripting.executeScript({ target: { tabId: tab.id }, files: [SITES_SCRIPT_FILE] }),
          ]).catch(api.onError),
    ),
  );
}
