/**
 * Keeps a site's annotator in step with the settings: started while the site is switched on,
 * stopped (every overlay and marker removed) the moment it is switched off in any tab or page of
 * the extension, and restarted when a display choice changes. No reload, no polling: it listens to
 * storage changes.
 */
import type { Settings } from '../settings/settings';
import type { SettingsSource } from '../settings/store';
import { isSiteOn, type SiteRef } from '../sites/registry';

export interface Running {
  stop(): void;
}

/** The settings a running annotator depends on; a change to any of them restarts it. */
const relevant = (site: SiteRef, settings: Settings) =>
  JSON.stringify([isSiteOn(site, settings), settings.density, settings.show, settings.theme, settings.language, settings.calendar]);

export function runWhileEnabled(options: {
  site: SiteRef;
  settings: SettingsSource;
  start: (settings: Settings) => Running;
  /** Called each time the settings leave the site switched off. */
  onOff?: () => void;
  onError?: (error: unknown) => void;
}): Running {
  const { site, start } = options;
  let running: Running | null = null;
  let applied = '';
  let stopped = false;

  const apply = (settings: Settings) => {
    if (stopped) return;
    const next = relevant(site, settings);
    if (next === applied) return;
    applied = next;
    running?.stop();
    running = null;
    if (isSiteOn(site, settings)) running = start(settings);
    else options.onOff?.();
  };

  const unwatch = options.settings.watch((settings) => {
    try {
      apply(settings);
    } catch (error) {
      options.onError?.(error);
    }
  });
  // A failure to load the settings or to start on them is reported alike (a throw in `apply` would
  // escape a second argument to `then`).
  options.settings
    .load()
    .then(apply)
    .catch((error: unknown) => options.onError?.(error));

  return {
    stop() {
      stopped = true;
      unwatch();
      running?.stop();
      running = null;
    },
  };
}
