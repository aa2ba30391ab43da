/**
 * A person or body's whole record: names, offices, every account on every platform (with what
 * attributes it), every enforcement event across them, and the clauses those events cite.
 */
import { accountLabelAt, type DatasetQueries } from '../../dataset/queries';
import { matchesPosts } from '../../dataset/keys';
import { ClauseList, EntityName, EventList, OfficeList, SeatLines } from '../../overlay/RecordLists';
import { formatPartialDate } from '../../overlay/format';
import { KIND_LABELS, PLATFORM_LABELS, TYPE_LABELS, text } from '../../overlay/labels';
import { PackNotice } from '../../overlay/PackNotice';
import { ExternalLink, SourceList } from '../../overlay/SourceList';
import { correctionText, correctionUrl } from '../../project';
import { CopyButton } from '../../overlay/CopyButton';
import { RecordAtAGlance } from '../../overlay/Summary';
import type { EventRecord, Platform } from '../../dataset/schema';
import { countActions, type PlacedEvent } from '../../dataset/tally';
import { CitationContext } from '../../overlay/CopyCitation';
import { correctionPackDraft, eventCitation, recordCsv, recordJson, type RecordExport } from '../../overlay/citation';
import { countryName } from '../common/country-name';
import { download } from '../common/download';
import { citedSources, sourcesBibtex, sourcesRis, sourcesText } from '../../overlay/reference-formats';
import { ui } from '../strings';

/** The platforms the record speaks of, the one with most actions first. */
function platformsByActions(placed: readonly PlacedEvent[]): Platform[] {
  const { byPlatform } = countActions(placed);
  const platforms = [...new Set(placed.map(({ platform }) => platform))];
  return platforms.sort((a, b) => (byPlatform[b] ?? 0) - (byPlatform[a] ?? 0));
}

export function EntityView({ id, queries }: { id: string; queries: DatasetQueries }) {
  const record = queries.entityRecord(id);
  if (!record) return <p class="empty">{ui.notFound}</p>;
  const { entity, holders, accounts, events, policies } = record;
  const now = Date.now();
  const { meta } = queries.dataset;
  const placed = events.map(({ event, account }) => ({ event, platform: account.platform }));
  const taken: RecordExport = { entity, accounts, events, policies, meta };
  const sources = citedSources(events.map(({ event }) => event));
  const datasetName = `Precedent dataset ${meta.version} (${meta.date})`;
  const correction = { kind: 'entity' as const, id: entity.id, label: entity.names.en, datasetVersion: meta.version };
  const accountOf = new Map(events.map(({ event, account }) => [event.id, account]));
  const copyCitation = async (event: EventRecord) => {
    const account = accountOf.get(event.id);
    if (!account) throw new Error(`event ${event.id} is not in this record`);
    await navigator.clipboard.writeText(eventCitation(event, account, entity, meta, policies));
  };
  const ids = [entity.id, ...accounts.map((account) => account.id), ...events.map(({ event }) => event.id), ...policies.map((policy) => policy.id)];
  const packs = [...new Set(ids.map((recordId) => queries.packOf(recordId)).filter((name): name is string => name !== undefined))];
  return (
    <article class="panel panel--page" aria-labelledby="entity-name">
      <header class="panel__who">
        {packs.length > 0 && <PackNotice names={packs} />}
        <EntityName entity={entity} id="entity-name" />
        <p class="panel__offices">
          {TYPE_LABELS[entity.type]}
          {entity.country ? ` · ${countryName(entity.country)}` : ''}
        </p>
        <OfficeList entity={entity} />
        <SeatLines entity={entity} holders={holders} at={now} now={now} />
        {entity.note && <p class="panel__note" lang="en" dir="auto">{entity.note}</p>}
        <RecordAtAGlance counts={countActions(placed)} events={placed} platforms={platformsByActions(placed)} />
        <p class="panel__open">
          <a href={`#/compare/${entity.id}`}>{text.compareWith}</a>
        </p>
      </header>

      {holders.length > 0 && (
        <>
          <h3 class="panel__heading">{text.seatHolders}</h3>
          <ul class="panel__offices holders">
            {holders.map(({ person, office }) => (
              <li key={`${person.id}${office.from}`}>
                <a href={`#/entity/${person.id}`}>
                  <bdi lang="en">{person.names.en}</bdi>
                </a>{' '}
                · {formatPartialDate(office.from)} – {office.to ? formatPartialDate(office.to) : ui.present}
              </li>
            ))}
          </ul>
        </>
      )}

      <h3 class="panel__heading">{ui.accounts}</h3>
      <ul class="accounts">
        {accounts.map((account) => (
          <li key={account.id} class="account">
            <p class="account__head">
              <span class={`platform platform--${account.platform}`}>{PLATFORM_LABELS[account.platform]}</span>{' '}
              <a href={`#/account/${account.id}`}>
                <bdi>{accountLabelAt(account, now)}</bdi>
              </a>{' '}
              <span class="account__kind">{KIND_LABELS[account.kind]}</span>
            </p>
            {account.handles.length > 1 && (
              <p class="account__handles">
                {account.handles.map((claim) => `@${claim.handle} (${claim.from ? formatPartialDate(claim.from) : '…'} – ${claim.to ? formatPartialDate(claim.to) : ui.present})`).join('; ')}
              </p>
            )}
            {!matchesPosts(account) && <p class="panel__note">{text.accountNoHandle}</p>}
            {account.note && <p class="panel__note" lang="en" dir="auto">{account.note}</p>}
            <SourceList sources={account.sources} />
            {account.checked && <p class="panel__note">{text.accountChecked(formatPartialDate(account.checked))}</p>}
          </li>
        ))}
      </ul>

      <h3 class="panel__heading">{ui.record}</h3>
      {events.length > 0 ? (
        <CitationContext.Provider value={copyCitation}>
          <EventList items={events.map(({ event, account }) => ({ event, account: accounts.length > 1 ? account : undefined }))} records={queries} />
        </CitationContext.Provider>
      ) : (
        <p class="panel__empty">{ui.noRecord}</p>
      )}
      <p class="panel__open">
        <button type="button" class="linkish" onClick={() => download(`precedent-${entity.id}.json`, 'application/json', recordJson(taken))}>
          {ui.downloadJson}
        </button>
        {events.length > 0 && (
          <button type="button" class="linkish" onClick={() => download(`precedent-${entity.id}.csv`, 'text/csv', recordCsv(taken))}>
            {ui.downloadCsv}
          </button>
        )}
      </p>
      {sources.length > 0 && (
        <p class="panel__open">
          <CopyButton label={ui.copyAllSources} copy={() => navigator.clipboard.writeText(sourcesText(sources))} />
          <button type="button" class="linkish" onClick={() => download(`precedent-${entity.id}-sources.ris`, 'application/x-research-info-systems', sourcesRis(sources, datasetName))}>
            {ui.downloadRis}
          </button>
          <button type="button" class="linkish" onClick={() => download(`precedent-${entity.id}-sources.bib`, 'application/x-bibtex', sourcesBibtex(sources, datasetName))}>
            {ui.downloadBibtex}
          </button>
        </p>
      )}

      {policies.length > 0 && (
        <>
          <h3 class="panel__heading">{ui.clausesCited}</h3>
          <ClauseList policies={policies} at={now} records={queries} />
        </>
      )}
      <footer class="panel__footer">
        <span>{text.dataset(meta.version, formatPartialDate(meta.date))}</span>
        <ExternalLink href={correctionUrl(correction)}>{text.reportCorrection}</ExternalLink>
      </footer>
      <p class="panel__note">{ui.correctionHint}</p>
      <p class="panel__open">
        <CopyButton label={ui.copyReport} copy={() => navigator.clipboard.writeText(correctionText(correction))} />
        <button type="button" class="linkish" onClick={() => download(`precedent-${entity.id}-correction.json`, 'application/json', correctionPackDraft(taken))}>
          {ui.downloadDraft}
        </button>
      </p>
    </article>
  );
}
