/**
 * "Precedent on this site": on/off for the current tab's site, live. Built-in sites flip a
 * setting; any other site is switched on by granting Precedent that origin (and off by giving it
 * back), which the background turns into a registered content script.
 */
import { useEffect, useState } from 'preact/hooks';
import type { Settings, SettingsChange } from '../../settings/settings';
import { isSiteOn, SITE_NAMES } from '../../sites/registry';
import type { TabFailures } from '../../messaging/protocol';
import { currentTab, loadDiagnostics, removeSite, requestSite, type CurrentTab } from '../common/extension-api';
import { Failures } from '../common/Failures';
import { ui } from '../strings';

export function SiteToggle({ settings, update }: { settings: Settings; update: (change: SettingsChange) => void }) {
  const [tab, setTab] = useState<CurrentTab | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [failures, setFailures] = useState<TabFailures | null>(null);
  useEffect(() => {
    currentTab(location.search).then(
      (found) => {
        setTab(found);
        loadDiagnostics().then(
          (tabs) => setFailures(tabs.find((entry) => entry.tabId === found.tabId && entry.count > 0) ?? null),
          (error: unknown) => setProblem(String(error)),
        );
      },
      () => setTab({ tabId: null, own: false, site: null }),
    );
  }, []);
  if (!tab) return <section class="site" aria-busy="true" />;
  if (tab.own)
    return failures ? (
      <section class="site">
        <Failures failures={failures} />
      </section>
    ) : null;
  const { site } = tab;
  if (!site) {
    return (
      <section class="site site--none">
        <p>{ui.siteUnavailable}</p>
        {/* A tab whose address the browser does not show the extension can still have reported failures. */}
        {failures && <Failures failures={failures} />}
      </section>
    );
  }
  const on = isSiteOn(site, settings);
  const host = new URL(site.origin).host;
  const toggle = () => {
    setProblem(null);
    if (site.kind === 'built-in') return update({ sites: { [site.site]: !on } });
    if (on) return void removeSite(site.origin).catch((error: unknown) => setProblem(String(error)));
    // The request must start inside this click; nothing is awaited before it.
    requestSite(site.origin).then(
      (granted) => !granted && setProblem(ui.permissionRefused),
      (error: unknown) => setProblem(String(error)),
    );
  };
  return (
    <section class={`site site--${on ? 'on' : 'off'}`}>
      <div class="site__row">
        <div>
          <p class="site__host" dir="ltr">
            {host}
          </p>
          <p class="site__what">
            {site.kind === 'built-in' ? ui.builtInSite(SITE_NAMES[site.site]) : on ? ui.customSiteOn : ui.customSiteOff}
          </p>
        </div>
        <button type="button" role="switch" class="switch" aria-checked={on} aria-label={ui.siteSwitch(host)} onClick={toggle}>
          <span class="switch__thumb" aria-hidden="true" />
          <span class="switch__text">{on ? ui.on : ui.off}</span>
        </button>
      </div>
      {problem && (
        <p class="site__problem" role="alert">
          {problem}
        </p>
      )}
      {failures && <Failures failures={failures} />}
    </section>
  );
}
