// @vitest-environment happy-dom
/**
 * The overlay in every language, drawn from what the content scripts ship
 * (`virtual:precedent-messages/overlay`, only the overlay's messages): every badge and every open
 * panel on the recorded home timeline, with the real dataset, at summary density. No message may
 * be missing from that subset, and the panel takes the language's direction.
 */
import dataset from 'virtual:precedent-dataset';
import overlayMessages from 'virtual:precedent-messages/overlay';
import { afterAll, describe, expect, it } from 'vitest';
import { startSite } from '../../src/content/start-site';
import { xSite } from '../../src/sites/x';
import { installMessages, setLocale } from '../../src/i18n/current';
import { LOCALES } from '../../src/i18n/locales';
import { MESSAGES } from '../../src/i18n/messages';
import type { MessageTables } from '../../src/i18n/translate';
import { createLocalLookup } from '../support/local-lookup';
import { installFixture, manualFrames } from '../support/dom';

/** The overlay's messages, noting every key asked for that the subset does not have. */
function recording(tables: MessageTables, missing: Set<string>): MessageTables {
  const wrap = (locale: keyof MessageTables) =>
    new Proxy(tables[locale], {
      get(table, key: string) {
        const found = table[key];
        // Plural lookups try the exact category first, then "other": only a missing "other" is a gap.
        if (found === undefined && !/_(zero|one|two|few|many)$/.test(key)) missing.add(`${locale}:${key}`);
        return found;
      },
    });
  return Object.fromEntries(LOCALES.map((locale) => [locale, wrap(locale)])) as MessageTables;
}

afterAll(() => {
  installMessages(MESSAGES);
  setLocale('en');
});

describe('the overlay in every language', () => {
  for (const locale of LOCALES) {
    it(`${locale}: every badge and open panel, with nothing missing from the shipped messages`, async () => {
      const missing = new Set<string>();
      installMessages(recording(overlayMessages, missing));
      setLocale(locale);
      installFixture('x/home-2025.html', 'https://x.com/home');
      const frames = manualFrames();
      const running = startSite(xSite, { doc: document, lookup: createLocalLookup(dataset), schedule: frames.schedule, display: { density: 'summary', show: { author: true, quoted: true, reposter: true } } });
      const hosts = [...document.querySelectorAll('precedent-annotation')];
      expect(hosts.length).toBeGreaterThanOrEqual(5);
      for (const host of hosts) host.shadowRoot!.querySelector('button')!.click();
      await frames.flush();
      const panels = hosts.map((host) => host.shadowRoot!.querySelector('section.panel')!);
      expect(panels.every(Boolean)).toBe(true);
      const roots = hosts.map((host) => host.shadowRoot!.querySelector('div')!);
      expect(roots.map((root) => [root.lang, root.dir])).toEqual(hosts.map(() => [locale, locale === 'fa' || locale === 'ar' ? 'rtl' : 'ltr']));
      expect([...missing]).toEqual([]);
      running.stop();
    });
  }
});
