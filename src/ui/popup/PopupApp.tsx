/**
 * The popup: the current site's switch, then a view chosen by the URL hash (search, a record, the
 * policies, a clause's consistency lens), and the dataset's version and counts.
 */
import { useEffect, useMemo } from 'preact/hooks';
import type { AppliedPacks } from '../../packs/apply-packs';
import { createQueries } from '../../dataset/queries';
import { formatPartialDate } from '../../overlay/format';
import { ViewLinksContext } from '../../overlay/ViewLink';
import { CHANGELOG_URL, COVERAGE_URL } from '../../project';
import { coverageShare } from '../../dataset/coverage-figure';
import { createSearchIndex } from '../../search/search-index';
import { openOptions } from '../common/extension-api';
import { applyLocale, useDocumentTheme, useSettings } from '../common/use-settings';
import { useView } from '../common/use-view';
import { APP_NAME, datasetCounts, ui } from '../strings';
import { AccountView } from './AccountView';
import { ClauseLens } from './ClauseLens';
import { CompareView } from './CompareView';
import { EntityView } from './EntityView';
import { PoliciesView } from './PoliciesView';
import { SearchView } from './SearchView';
import { SiteToggle } from './SiteToggle';

const HASH_LINKS = { href: (view: string) => view };

export function PopupApp({ data }: { data: Pick<AppliedPacks, 'dataset' | 'origin' | 'applied'> }) {
  const { dataset, origin } = data;
  const queries = useMemo(() => createQueries(dataset, origin), [dataset, origin]);
  const index = useMemo(() => createSearchIndex(dataset), [dataset]);
  // The index builds when the popup is idle after its first paint (or at the first keystroke).
  useEffect(() => {
    const idle = requestIdleCallback(() => index.warm());
    return () => cancelIdleCallback(idle);
  }, [index]);
  const [settings, update, failure] = useSettings();
  useDocumentTheme(settings);
  applyLocale(settings);
  const view = useView();
  const { meta } = dataset;
  const coverage = coverageShare(meta.coverage);
  return (
    <ViewLinksContext.Provider value={HASH_LINKS}>
      <header class="bar">
        <a class="bar__brand" href="#/">
          <svg viewBox="0 0 16 16" aria-hidden="true" class="bar__icon">
            <path d="M8 1.5 2.5 3.6v3.9c0 3.3 2.3 6.1 5.5 7 3.2-.9 5.5-3.7 5.5-7V3.6L8 1.5Zm0 2.1 3.5 1.3v2.6c0 2.2-1.4 4.2-3.5 5V3.6Z" />
          </svg>
          {APP_NAME}
        </a>
        <nav class="bar__nav" aria-label={APP_NAME}>
          <a href="#/" aria-current={view.name === 'home' ? 'page' : undefined}>
            {ui.search}
          </a>
          <a href="#/compare" aria-current={view.name === 'compare' ? 'page' : undefined}>
            {ui.compare}
          </a>
          <a href="#/policies" aria-current={view.name === 'policies' || view.name === 'clause' ? 'page' : undefined}>
            {ui.policies}
          </a>
          <button type="button" class="linkish" onClick={openOptions}>
            {ui.options}
          </button>
        </nav>
      </header>
      <main class="main">
        {failure && (
          <p class="problem" role="alert">
            {ui.settingsFailed(failure)}
          </p>
        )}
        {view.name === 'home' && settings && <SiteToggle settings={settings} update={update} />}
        {view.name !== 'home' && (
          <p class="crumb">
            <a href="#/" onClick={(event) => history.length > 1 && (event.preventDefault(), history.back())}>
              ← {ui.back}
            </a>
          </p>
        )}
        {view.name === 'home' && <SearchView index={index} />}
        {view.name === 'entity' && <EntityView id={view.id} queries={queries} />}
        {view.name === 'account' && <AccountView id={view.id} queries={queries} />}
        {view.name === 'policies' && <PoliciesView queries={queries} />}
        {view.name === 'clause' && <ClauseLens id={view.id} queries={queries} />}
        {view.name === 'compare' && <CompareView ids={view.ids} queries={queries} index={index} />}
      </main>
      <footer class="foot">
        <span>{ui.datasetLine(meta.version, formatPartialDate(meta.date))}</span>
        <span>{datasetCounts(dataset.entities.length, dataset.accounts.length, dataset.events.length)}</span>
        {data.applied.length > 0 && (
          <button type="button" class="linkish" onClick={openOptions}>
            {ui.withPacks(data.applied.length)}
          </button>
        )}
        {coverage && (
          <a href={COVERAGE_URL} target="_blank" rel="noopener noreferrer">
            {ui.coverageShort(coverage.recorded, coverage.listed, coverage.percent)}
          </a>
        )}
        <a href={CHANGELOG_URL} target="_blank" rel="noopener noreferrer">
          {ui.changelog}
        </a>
      </footer>
    </ViewLinksContext.Provider>
  );
}
