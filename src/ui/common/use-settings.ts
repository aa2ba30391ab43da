/** The settings as a Preact hook: loaded once, then kept current from storage changes. */
import { useEffect, useState } from 'preact/hooks';
import { extensionSettings } from '../../settings/extension-settings';
import type { Settings, SettingsChange } from '../../settings/settings';

export function useSettings(): [Settings | null, (change: SettingsChange) => void] {
  const [settings, setSettings] = useState<Settings | null>(null);
  useEffect(() => {
    let live = true;
    extensionSettings.load().then((loaded) => live && setSettings(loaded), console.warn);
    const unwatch = extensionSettings.watch(setSettings);
    return () => {
      live = false;
      unwatch();
    };
  }, []);
  const update = (change: SettingsChange) => {
    extensionSettings.update(change).then(setSettings, console.warn);
  };
  return [settings, update];
}

/** The page's colour scheme: the user's choice, else the system's (set on <html data-theme>). */
export function useDocumentTheme(settings: Settings | null): void {
  useEffect(() => {
    const choice = settings?.theme ?? 'site';
    if (choice === 'site') document.documentElement.removeAttribute('data-theme');
    else document.documentElement.setAttribute('data-theme', choice);
  }, [settings?.theme]);
}
