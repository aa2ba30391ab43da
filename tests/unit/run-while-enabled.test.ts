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

  it('tells onOff each time the site is switched off, and needs no onOff to switch off cleanly', async () => {
    const log: string[] = [];
    const errors: unknown[] = [];
    const s = source(DEFAULT_SETTINGS);
    const start = () => (log.push('start'), { stop: () => log.push('stop') });
    runWhileEnabled({ site, settings: s.settings, start, onOff: () => log.push('off'), onError: (error) => errors.push(error) });
    await Promise.resolve();
    s.emit(applyChange(DEFAULT_SETTINGS, { sites: { x: false } }));
    expect(log).toEqual(['start', 'stop', 'off']);
    const without = source(DEFAULT_SETTINGS);
    runWhileEnabled({ site, settings: without.settings, start, onError: (error) => errors.push(error) });
    await Promise.resolve();
    without.emit(applyChange(DEFAULT_SETTINGS, { sites: { x: false } }));
    expect(errors).toEqual([]);
  });

  it('leaves no unhandled rejection when the settings cannot be loaded and no onError is given', async () => {
    const unhandled: unknown[] = [];
    const record = (reason: unknown) => unhandled.push(reason);
    process.on('unhandledRejection', record);
    try {
      const broken: SettingsSource = { load: () => Promise.reject(new Error('storage gone')), watch: () => () => undefined };
      runWhileEnabled({ site, settings: broken, start: () => ({ stop: () => undefined }) });
      // Node reports unhandled rejections once the microtasks have run: one macrotask later.
      await new Promise((resolve) => setTimeout(resolve, 0));
      expect(unhandled).toEqual([]);
    } finally {
      process.off('unhandledRejection', record);
    }
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

  it('starts nothing when stopped before the settings have loaded', async () => {
    // The extension context can go while storage is still answering: nothing may start after that.
    const log: string[] = [];
    const s = source(DEFAULT_SETTINGS);
    const controller = runWhileEnabled({ site, settings: s.settings, start: () => (log.push('start'), { stop: () => log.push('stop') }) });
    controller.stop();
    await Promise.resolve();
    await Promise.resolve();
    expect(log).toEqual([]);
  });

  it('hands a failure to start on a settings change to onError, and throws none into the settings listener', async () => {
    const failure = new Error('no room for the overlay');
    // Starts on load, fails on the change that restarts it.
    const failingAfterFirst = () => {
      let calls = 0;
      return () => {
        if (calls++ > 0) throw failure;
        return { stop: () => undefined };
      };
    };
    const errors: unknown[] = [];
    const s = source(DEFAULT_SETTINGS);
    const reported = runWhileEnabled({ site, settings: s.settings, start: failingAfterFirst(), onError: (error) => errors.push(error) });
    await Promise.resolve();
    s.emit(applyChange(DEFAULT_SETTINGS, { density: 'summary' }));
    expect(errors).toEqual([failure]);
    reported.stop();
    // Without onError the failure goes nowhere, least of all into the settings listener.
    const silent = source(DEFAULT_SETTINGS);
    runWhileEnabled({ site, settings: silent.settings, start: failingAfterFirst() });
    await Promise.resolve();
    expect(() => silent.emit(applyChange(DEFAULT_SETTINGS, { density: 'summary' }))).not.toThrow();
  });

  it('hands a failure to start on the first load to onError, and failing to load the settings too', async () => {
    const failure = new Error('no room for the overlay');
    const errors: unknown[] = [];
    runWhileEnabled({ site, settings: source(DEFAULT_SETTINGS).settings, start: () => { throw failure; }, onError: (error) => errors.push(error) });
    const unreadable = new Error('storage gone');
    const broken: SettingsSource = { load: () => Promise.reject(unreadable), watch: () => () => undefined };
    runWhileEnabled({ site, settings: broken, start: () => ({ stop: () => undefined }), onError: (error) => errors.push(error) });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(errors).toEqual([failure, unreadable]);
  });
});
