/**
 * The options page: sites and their state, display density, which matches to show, theme,
 * language, and the user's data (imported packs, backups). Every change is saved at once (typed
 * storage, validated on read).
 */
import { useState } from 'preact/hooks';
import type { CompiledDataset } from '../../dataset/compiled';
import { LOCALE_NAMES } from '../../i18n/locales';
import {
  BUILT_IN_SITES,
  CALENDAR_CHOICES,
  DENSITIES,
  LANGUAGE_CHOICES,
  normaliseOrigin,
  THEME_CHOICES,
  type Role,
  type Settings,
  type SettingsChange,
} from '../../settings/settings';
import { BUILT_IN_HOSTS, siteFor, SITE_NAMES } from '../../sites/registry';
import { removeSite, requestSite } from '../common/extension-api';
import { applyLocale, useDocumentTheme, useSettings } from '../common/use-settings';
import { APP_NAME, ui } from '../strings';
import { DataPacks } from './DataPacks';
import { Diagnostics } from './Diagnostics';
import { opt } from './strings';

export function OptionsApp({ bundled }: { bundled: CompiledDataset }) {
  const [settings, update, failure] = useSettings();
  useDocumentTheme(settings);
  const { locale } = applyLocale(settings);
  const failed = failure && (
    <p class="problem" role="alert">
      {ui.settingsFailed(failure)}
    </p>
  );
  if (!settings) return <main class="options" aria-busy={failure ? undefined : 'true'}>{failed}</main>;
  return (
    <main class="options">
      <h1 class="options__title">
        {APP_NAME} · {opt.title}
      </h1>
      {failed}
      <Sites settings={settings} update={update} />
      <Choice
        legend={opt.density}
        name="density"
        choices={DENSITIES}
        labels={opt.densityLabels}
        value={settings.density}
        onChange={(density) => update({ density })}
      />
      <fieldset class="group">
        <legend>{opt.show}</legend>
        {(['author', 'quoted', 'reposter'] as Role[]).map((role) => (
          <label class="check" key={role}>
            <input type="checkbox" checked={settings.show[role]} onChange={(event) => update({ show: { [role]: event.currentTarget.checked } })} />
            {opt.showLabels[role]}
          </label>
        ))}
      </fieldset>
      <Choice legend={opt.theme} name="theme" choices={THEME_CHOICES} labels={opt.themeLabels} value={settings.theme} onChange={(theme) => update({ theme })} />
      <div class="group">
        <label for="language" class="group__label">
          {opt.language}
        </label>
        <select id="language" value={settings.language} onChange={(event) => update({ language: event.currentTarget.value as Settings['language'] })}>
          {LANGUAGE_CHOICES.map((language) => (
            <option value={language} key={language} lang={language === 'browser' ? undefined : language}>
              {language === 'browser' ? opt.languageBrowser : LOCALE_NAMES[language]}
            </option>
          ))}
        </select>
        <p class="hint">{opt.languageHint}</p>
      </div>
      {locale === 'fa' && (
        <Choice
          legend={opt.calendar}
          name="calendar"
          choices={CALENDAR_CHOICES}
          labels={opt.calendarLabels}
          value={settings.calendar}
          onChange={(calendar) => update({ calendar })}
          hint={opt.calendarHint}
        />
      )}
      <DataPacks bundled={bundled} settings={settings} />
      <Diagnostics />
    </main>
  );
}

function Choice<T extends string>(props: {
  legend: string;
  name: string;
  choices: readonly T[];
  labels: Record<T, string>;
  value: T;
  onChange: (value: T) => void;
  hint?: string;
}) {
  return (
    <fieldset class="group">
      <legend>{props.legend}</legend>
      {props.choices.map((choice) => (
        <label class="check" key={choice}>
          <input type="radio" name={props.name} value={choice} checked={props.value === choice} onChange={() => props.onChange(choice)} />
          {props.labels[choice]}
        </label>
      ))}
      {props.hint && <p class="hint">{props.hint}</p>}
    </fieldset>
  );
}

function Sites({ settings, update }: { settings: Settings; update: (change: SettingsChange) => void }) {
  const [draft, setDraft] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const add = (event: Event) => {
    event.preventDefault();
    setProblem(null);
    const origin = normaliseOrigin(/^[a-z]+:\/\//i.test(draft.trim()) ? draft.trim() : `https://${draft.trim()}`);
    const site = origin ? siteFor(origin) : null;
    if (!origin || !site) return setProblem(opt.badSite(draft));
    if (site.kind === 'built-in') return setProblem(opt.alreadyBuiltIn(SITE_NAMES[site.site]));
    // Inside the submit: the browser only shows its permission prompt for a user action.
    requestSite(origin).then(
      (granted) => (granted ? setDraft('') : setProblem(ui.permissionRefused)),
      (error: unknown) => setProblem(String(error)),
    );
  };
  return (
    <section class="group" aria-labelledby="sites-title">
      <h2 id="sites-title" class="group__title">
        {opt.sites}
      </h2>
      <ul class="sites">
        {BUILT_IN_SITES.map((site) => (
          <li class="sites__row" key={site}>
            <span>
              <span class="sites__name">{SITE_NAMES[site]}</span>
              <span class="hint" dir="ltr">
                {BUILT_IN_HOSTS[site].join(', ')}
              </span>
            </span>
            <button
              type="button"
              role="switch"
              class="switch"
              aria-checked={settings.sites[site]}
              aria-label={ui.siteSwitch(SITE_NAMES[site])}
              onClick={() => update({ sites: { [site]: !settings.sites[site] } })}
            >
              <span class="switch__thumb" aria-hidden="true" />
              <span class="switch__text">{settings.sites[site] ? ui.on : ui.off}</span>
            </button>
          </li>
        ))}
        {settings.customSites.map((origin) => (
          <li class="sites__row" key={origin}>
            <span class="sites__name" dir="ltr">
              {origin}
            </span>
            <button type="button" class="button" onClick={() => void removeSite(origin).catch((error: unknown) => setProblem(String(error)))}>
              {opt.remove}
              <span class="visually-hidden"> {origin}</span>
            </button>
          </li>
        ))}
      </ul>
      <form class="sites__add" onSubmit={add}>
        <label for="add-site">{opt.addSite}</label>
        <div class="sites__addrow">
          <input id="add-site" type="text" dir="ltr" inputMode="url" placeholder="www.example.com" value={draft} onInput={(event) => setDraft(event.currentTarget.value)} />
          <button type="submit" class="button">
            {opt.add}
          </button>
        </div>
        <p class="hint">{opt.addHint}</p>
        {problem && (
          <p class="problem" role="alert">
            {problem}
          </p>
        )}
      </form>
    </section>
  );
}
