import { describe, expect, it } from 'vitest';
import { applyChange, DEFAULT_SETTINGS, normaliseOrigin, parseSettings } from '../../src/settings/settings';
import { loadSettings, SETTINGS_KEY, updateSettings, watchSettings } from '../../src/settings/store';
import { memoryArea } from '../support/storage';

describe('settings', () => {
  it('defaults when nothing is stored', () => {
    expect(parseSettings(undefined)).toEqual(DEFAULT_SETTINGS);
    expect(parseSettings(null)).toEqual(DEFAULT_SETTINGS);
  });

  it('falls back field by field: a bad field does not reset the good ones', () => {
    const parsed = parseSettings({
      version: 1,
      sites: { x: false },
      customSites: ['https://www.example.com', 'javascript:alert(1)', 42, 'https://www.example.com/path', 'ftp://a.b'],
      density: 'enormous',
      show: { author: 'yes', quoted: false },
      theme: 'dark',
      language: ['en'],
    });
    expect(parsed).toEqual({
      ...DEFAULT_SETTINGS,
      // Sites added later (Bluesky, Truth Social) take their defaults beside a stored X switch.
      sites: { x: false, bluesky: true, truthsocial: true },
      customSites: ['https://www.example.com'],
      show: { author: true, quoted: false, reposter: true },
      theme: 'dark',
    });
  });

  it('reads corrupt, old and future versions without throwing', () => {
    for (const stored of ['junk', 7, [], { version: 0 }, { version: 99, sites: 'all', extra: { deep: true } }, { show: [] }]) {
      expect(() => parseSettings(stored)).not.toThrow();
      expect(parseSettings(stored).version).toBe(1);
    }
    // Unknown fields are dropped, known ones kept when valid.
    expect(parseSettings({ version: 99, density: 'summary', extra: 1 })).toEqual({ ...DEFAULT_SETTINGS, density: 'summary' });
  });

  it('normalises origins and refuses anything else', () => {
    expect(normaliseOrigin('https://WWW.Example.com/a/b?c')).toBe('https://www.example.com');
    expect(normaliseOrigin('http://news.example')).toBe('http://news.example');
    for (const bad of ['javascript:alert(1)', 'data:text/html,x', 'file:///etc', 'https://user:pw@x.com', 'not a url', 3]) expect(normaliseOrigin(bad)).toBeNull();
  });

  it('applies nested changes without losing siblings', () => {
    const next = applyChange(DEFAULT_SETTINGS, { show: { quoted: false } });
    expect(next.show).toEqual({ author: true, quoted: false, reposter: true });
  });

  it('stores in the current version and reports changes from other contexts', async () => {
    const area = memoryArea({ [SETTINGS_KEY]: { theme: 'nonsense', density: 'summary' } });
    expect((await loadSettings(area)).density).toBe('summary');
    await updateSettings(area, { theme: 'light' });
    expect(area.data[SETTINGS_KEY]).toEqual({ ...DEFAULT_SETTINGS, density: 'summary', theme: 'light' });

    const listeners: Array<(changes: Record<string, { newValue?: unknown }>, area: string) => void> = [];
    const seen: string[] = [];
    const unwatch = watchSettings({ addListener: (l) => listeners.push(l), removeListener: (l) => listeners.splice(listeners.indexOf(l), 1) }, (s) =>
      seen.push(s.theme),
    );
    listeners.forEach((l) => l({ [SETTINGS_KEY]: { newValue: { theme: 'dark' } } }, 'local'));
    listeners.forEach((l) => l({ [SETTINGS_KEY]: { newValue: { theme: 'light' } } }, 'sync')); // another area: ignored
    listeners.forEach((l) => l({ other: { newValue: 1 } }, 'local'));
    unwatch();
    expect(seen).toEqual(['dark']);
    expect(listeners).toHaveLength(0);
  });
});
