/** The settings as a Preact hook: loaded once, then kept current from storage changes. */
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { setLocale } from '../../i18n/current';
import { resolveLocale } from '../../i18n/locales';
import type { Translator } from '../../i18n/translate';
import { extensionSettings } from '../../settings/extension-settings';
import type { Settings, SettingsChange } from '../../settings/settings';

/** Settings, the function that changes them, and why the last read or write failed (null when it did not). */
export function useSettings(): [Settings | null, (change: SettingsChange) => void, string | null] {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const fail = (error: unknown) => setFailure(error instanceof Error ? error.message : String(error));
  useEffect(() => {
    let live = true;
    extensionSettings.load().then((loaded) => live && setSettings(loaded), fail);
    const unwatch = extensionSettings.watch(setSettings);
    return () => {
      live = false;
      unwatch();
    };
  }, []);
  const update = (change: SettingsChange) => {
    setFailure(null);
    extensionSettings.update(change).then(setSettings, fail);
  };
  return [settings, update, failure];
}

/**
 * Draws the page in the user's language (the browser's by default): sets the strings' locale and
 * the document's `lang` and `dir` during render, before any text is read.
 */
export function applyLocale(settings: Settings | null): Translator {
  const translator = setLocale(resolveLocale(settings?.language ?? 'browser', browser.i18n.getUILanguage()), settings?.calendar);
  document.documentElement.lang = translator.locale;
  document.documentElement.dir = translator.dir;
  return translator;
}

/** The page's colour scheme: the user's choice, else the system's (set on <html data-theme>). */
export function useDocumentTheme(settings: Settings | null): void {
  useEffect(() => {
    const choice = settings?.theme ?? 'site';
    if (choice === 'site') document.documentElement.removeAttribute('data-theme');
    else document.documentElement.setAttribute('data-theme', choice);
  }, [settings?.theme]);
}
