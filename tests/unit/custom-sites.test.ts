import { beforeEach, describe, expect, it } from 'vitest';
import { grantedCustomOrigins, onOriginsGranted, SITES_SCRIPT_FILE, SITES_SCRIPT_ID, SITES_STYLE_FILE, syncCustomSites, type SitesApi } from '../../src/background/custom-sites';
import { SETTINGS_KEY } from '../../src/settings/store';

/** The browser's permission, scripting and tabs state, in memory. */
function fakeBrowser(origins: string[], permissions: string[]) {
  const state = {
    origins: [...origins],
    permissions: [...permissions],
    registered: [] as Array<{ id: string; matches?: string[]; js?: string[] }>,
    injected: [] as Array<{ tabId: number; files: string[] }>,
    styled: [] as Array<{ tabId: number; files: string[] }>,
    storage: {} as Record<string, unknown>,
    tabs: [
      { id: 1, url: 'https://news.example/a' },
      { id: 2, url: 'https://x.com/home' },
      { id: 3, url: 'https://other.example/' },
    ],
  };
  const api: SitesApi = {
    storage: { get: async (key) => ({ [key]: state.storage[key] }), set: async (items) => void Object.assign(state.storage, items) },
    permissions: {
      getAll: async () => ({ origins: state.origins, permissions: state.permissions }),
      remove: async ({ origins: o = [], permissions: p = [] }) => {
        state.origins = state.origins.filter((x) => !o.includes(x));
        state.permissions = state.permissions.filter((x) => !p.includes(x));
        return true;
      },
    },
    scripting: () =>
      state.permissions.includes('scripting')
        ? {
            getRegisteredContentScripts: async ({ ids }) => state.registered.filter((s) => ids.includes(s.id)),
            registerContentScripts: async (scripts) => {
              if (state.registered.some((s) => scripts.some((n) => n.id === s.id))) throw new Error('duplicate id');
              state.registered.push(...scripts);
            },
            updateContentScripts: async (scripts) => {
              state.registered = state.registered.map((s) => scripts.find((n) => n.id === s.id) ?? s);
            },
            unregisterContentScripts: async ({ ids }) => {
              state.registered = state.registered.filter((s) => !ids.includes(s.id));
            },
            executeScript: async ({ target, files }) => void state.injected.push({ tabId: target.tabId, files }),
            insertCSS: async ({ target, files }) => void state.styled.push({ tabId: target.tabId, files }),
          }
        : undefined,
    tabs: {
      query: async ({ url }) => state.tabs.filter((tab) => url.some((pattern) => tab.url.startsWith(pattern.replace('/*', '/')))),
    },
    onError: (error) => {
      throw error;
    },
  };
  return { api, state };
}

const X_GRANTS = ['https://x.com/*', 'https://twitter.com/*'];

describe('other sites follow the user’s grants', () => {
  let fake: ReturnType<typeof fakeBrowser>;
  beforeEach(() => {
    fake = fakeBrowser(X_GRANTS, ['storage', 'activeTab']);
  });

  it('ignores the built-in hosts and wildcard patterns', async () => {
    fake.state.origins.push('https://*/*', 'https://news.example/*');
    expect(await grantedCustomOrigins(fake.api)).toEqual(['https://news.example']);
  });

  it('registers one script for exactly the granted origins, mirrors them in settings and annotates open tabs', async () => {
    fake.state.origins.push('https://news.example/*');
    fake.state.permissions.push('scripting');
    await onOriginsGranted(fake.api, ['https://news.example/*']);
    expect(fake.state.registered).toEqual([
      expect.objectContaining({ id: SITES_SCRIPT_ID, js: [SITES_SCRIPT_FILE], css: [SITES_STYLE_FILE], matches: ['https://news.example/*'] }),
    ]);
    expect((fake.state.storage[SETTINGS_KEY] as { customSites: string[] }).customSites).toEqual(['https://news.example']);
    expect(fake.state.injected).toEqual([{ tabId: 1, files: [SITES_SCRIPT_FILE] }]);
    // With the page-level sheet that shows the overlays (src/overlay/page.css).
    expect(fake.state.styled).toEqual([{ tabId: 1, files: [SITES_STYLE_FILE] }]);

    // A second site updates the same registration.
    fake.state.origins.push('https://other.example/*');
    await onOriginsGranted(fake.api, ['https://other.example/*']);
    expect(fake.state.registered).toHaveLength(1);
    expect(fake.state.registered[0]!.matches).toEqual(['https://news.example/*', 'https://other.example/*']);
    expect(fake.state.injected.map((i) => i.tabId)).toEqual([1, 3]);
  });

  it('on revocation: unregisters, clears the settings mirror and gives "scripting" back with the last site', async () => {
    fake.state.origins.push('https://news.example/*');
    fake.state.permissions.push('scripting');
    await syncCustomSites(fake.api);
    fake.state.origins = fake.state.origins.filter((o) => o !== 'https://news.example/*'); // revoked in the browser's UI
    await syncCustomSites(fake.api);
    expect(fake.state.registered).toEqual([]);
    expect((fake.state.storage[SETTINGS_KEY] as { customSites: string[] }).customSites).toEqual([]);
    expect(fake.state.permissions).not.toContain('scripting');
    expect(fake.state.origins).toEqual(X_GRANTS);
  });

  it('without "scripting" still mirrors the grants (and injects nothing)', async () => {
    fake.state.origins.push('https://news.example/*');
    await onOriginsGranted(fake.api, ['https://news.example/*']);
    expect((fake.state.storage[SETTINGS_KEY] as { customSites: string[] }).customSites).toEqual(['https://news.example']);
    expect(fake.state.injected).toEqual([]);
  });
});
