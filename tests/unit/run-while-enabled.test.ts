import { describe, expect, it } from 'vitest';
import { runWhileEnabled } from '../../src/content/run-while-enabled';
import { applyChange, DEFAULT_SETTINGS, type Settings } from '../../src/settings/settings';
import type { SettingsSource } from '../../src/settings/store';

function source(initial: Settings) {
  let listener: ((settings: Settings) => void) | null = null;
  const settings: SettingsSource = {
    load: async () => initial,
    watch: (callback) => {
      listener = callback;
      return () => (listener = null);
    },
  };
  return { settings, emit: (next: Settings) => listener?.(next), watching: () => listener !== null };
}

describe('a content script follows the settings live', () => {
  const site = { kind: 'built-in', site: 'x', origin: 'https://x.com' } as const;

  it('starts when on, stops when switched off, restarts on a display or language change only', async () => {
    const log: string[] = [];
    const s = source(DEFAULT_SETTINGS);
    const controller = runWhileEnabled({ site, settings: s.settings, start: (settings) => (log.push(`start ${settings.density}`), { stop: () => log.push('stop') }) });
    await Promise.resolve();
    expect(log).toEqual(['start badge']);
    s.emit(applyChange(DEFAULT_SETTINGS, { customSites: ['https://news.example'] })); // irrelevant to X: nothing happens
    expect(log).toEqual(['start badge']);
    s.emit(applyChange(DEFAULT_SETTINGS, { density: 'summary' }));
    expect(log).toEqual(['start badge', 'stop', 'start summary']);
    // The language is drawn into every overlay: a change redraws them.
    s.emit(applyChange(DEFAULT_SETTINGS, { density: 'summary', language: 'fa' }));
    expect(log).toEqual(['start badge', 'stop', 'start summary', 'stop', 'start summary']);
    s.emit(applyChange(DEFAULT_SETTINGS, { density: 'summary', language: 'fa', sites: { x: false } }));
    expect(log).toEqual(['start badge', 'stop', 'start summary', 'stop', 'start summary', 'stop']);
    controller.stop();
    expect(s.watching()).toBe(false);
  });

  it('never starts on a site that is off, and a custom site follows customSites', async () => {
    const log: string[] = [];
    const custom = { kind: 'custom', origin: 'https://news.example' } as const;
    const s = source(DEFAULT_SETTINGS);
    runWhileEnabled({ site: custom, settings: s.settings, start: () => (log.push('start'), { stop: () => log.push('stop') }) });
    await Promise.resolve();
    expect(log).toEqual([]);
    s.emit(applyChange(DEFAULT_SETTINGS, { customSites: ['https://news.example'] }));
    s.emit(applyChange(DEFAULT_SETTINGS, { customSites: [] }));
    expect(log).toEqual(['start', 'stop']);
  });
});
