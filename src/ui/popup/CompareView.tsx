/**
 * Two to four people or bodies side by side, clause by clause: for each platform, each rule their
 * records cite, what the platform did to each under it (with dates and sources), beside the
 * documented decisions to take none. An empty cell says why it is empty: nothing on record, or no
 * account on that platform at all. Its address lists the compared (#/compare/a,b), so a comparison
 * can be shared and reopened; the CSV and JSON carry the same table.
 */
import { useMemo, useState } from 'preact/hooks';
import { cellStatus, compareRecords, MAX_COMPARED, type ComparedEntity, type Comparison, type ComparisonCell, type PlatformComparison } from '../../dataset/compare';
import { comparisonCsv, comparisonJson } from '../../dataset/compare-export';
import type { DatasetQueries } from '../../dataset/queries';
import { isEnforcementAction } from '../../dataset/tally';
import { viewHash } from '../../messaging/views';
import { formatPartialDate } from '../../overlay/format';
import { ACTION_LABELS, PLATFORM_LABELS } from '../../overlay/labels';
import { OfficeTitle } from '../../overlay/RecordLists';
import { SourceList } from '../../overlay/SourceList';
import { officeAt } from '../../dataset/queries';
import type { SearchIndex } from '../../search/search-index';
import { download } from '../common/download';
import { openInTab } from '../common/extension-api';
import { ui } from '../strings';

const addressOf = (ids: readonly string[]) => viewHash({ name: 'compare', ids: [...ids] });

export function CompareView({ ids, queries, index }: { ids: readonly string[]; queries: DatasetQueries; index: SearchIndex }) {
  const comparison = useMemo(() => compareRecords(queries, ids), [queries, ids]);
  const shown = comparison.columns.map(({ entity }) => entity.id);
  const go = (next: readonly string[]) => {
    location.hash = addressOf(next);
  };
  const name = `precedent-compare-${shown.join('-')}`;
  return (
    <article class="compare" aria-labelledby="compare-title">
      <h2 class="view-title" id="compare-title">
        {ui.compareTitle}
      </h2>
      <p class="lens__intro">{ui.compareIntro}</p>
      {comparison.unknown.length > 0 && (
        <p class="problem" role="alert">
          {ui.compareUnknown(comparison.unknown.join(', '))}
        </p>
      )}
      <ul class="compare__chosen" aria-label={ui.compareChosen}>
        {comparison.columns.map(({ entity }) => (
          <li key={entity.id} class="chip">
            <a href={`#/entity/${entity.id}`}>
              <bdi lang="en">{entity.names.en}</bdi>
            </a>
            <button type="button" class="chip__remove" aria-label={ui.compareRemove(entity.names.en)} title={ui.compareRemove(entity.names.en)} onClick={() => go(shown.filter((id) => id !== entity.id))}>
              ×
            </button>
          </li>
        ))}
      </ul>
      {shown.length < MAX_COMPARED ? <AddToComparison index={index} chosen={shown} onAdd={(id) => go([...shown, id])} /> : <p class="panel__note">{ui.compareFull(MAX_COMPARED)}</p>}
      {shown.length < 2 ? (
        <p class="empty">{ui.compareNeedTwo}</p>
      ) : (
        <>
          <p class="panel__open">
            <button type="button" class="linkish" onClick={() => download(`${name}.csv`, 'text/csv', comparisonCsv(comparison))}>
              {ui.compareCsv}
            </button>
            <button type="button" class="linkish" onClick={() => download(`${name}.json`, 'application/json', comparisonJson(comparison, queries.meta))}>
              {ui.compareJson}
            </button>
            <button type="button" class="linkish in-popup-only" onClick={() => openInTab(addressOf(shown))}>
              {ui.openInTab}
            </button>
          </p>
          {comparison.platforms.length === 0 ? <p class="empty">{ui.compareNothing}</p> : comparison.platforms.map((block) => <PlatformTable key={block.platform} block={block} comparison={comparison} />)}
        </>
      )}
    </article>
  );
}

/** A search box whose results add a record to the comparison (the ones already chosen are left out). */
function AddToComparison({ index, chosen, onAdd }: { index: SearchIndex; chosen: readonly string[]; onAdd: (id: string) => void }) {
  const [query, setQuery] = useState('');
  const results = query.trim() === '' ? [] : index.search(query, 8).filter(({ entity }) => !chosen.includes(entity.id)).slice(0, 6);
  return (
    <div class="compare__add">
      <label for="compare-add">{ui.compareAdd}</label>
      <input id="compare-add" class="search__box" type="search" dir="auto" autoComplete="off" spellcheck={false} autoFocus={chosen.length < 2} value={query} onInput={(event) => setQuery(event.currentTarget.value)} />
      {results.length > 0 && (
        <ul class="compare__options">
          {results.map(({ entity }) => {
            const office = officeAt(entity, Date.now()) ?? entity.offices.at(-1);
            return (
              <li key={entity.id}>
                <button
                  type="button"
                  class="compare__option"
                  onClick={() => {
                    setQuery('');
                    onAdd(entity.id);
                  }}
                >
                  <span class="compare__plus" aria-hidden="true">
                    +
                  </span>{' '}
                  <bdi lang="en">{entity.names.en}</bdi>
                  {office && (
                    <span class="result__office">
                      {' '}
                      · <OfficeTitle office={office} now={Date.now()} />
                    </span>
                  )}
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}

/**
 * One platform's table. Each clause is a heading row across the table, its cells on the row below
 * (under each compared column's heading), so the table reads the same at 400 px as in a tab; every
 * cell names its clause and column through `headers`.
 */
function PlatformTable({ block, comparison }: { block: PlatformComparison; comparison: Comparison }) {
  const { platform, rows, counts } = block;
  const columnId = (entity: ComparedEntity) => `compare-${platform}-${entity.entity.id}`;
  const span = comparison.columns.length;
  return (
    <section class="compare__platform" aria-labelledby={`compare-${platform}`}>
      <h3 class="panel__heading" id={`compare-${platform}`}>
        {PLATFORM_LABELS[platform]}
      </h3>
      <div class="table-wrap">
        <table class="compare__table">
          <caption class="visually-hidden">{ui.compareCaption(PLATFORM_LABELS[platform])}</caption>
          <thead>
            <tr>
              {comparison.columns.map((column) => (
                <th scope="col" id={columnId(column)} key={column.entity.id}>
                  <bdi lang="en">{column.entity.names.en}</bdi>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            <tr class="compare__rule">
              <th colSpan={span} scope="colgroup" id={`compare-${platform}-count`}>
                {ui.compareActions}
              </th>
            </tr>
            <tr>
              {comparison.columns.map((column, at) => (
                <td key={column.entity.id} headers={`compare-${platform}-count ${columnId(column)}`} class="compare__count">
                  {counts[at]}
                </td>
              ))}
            </tr>
            {rows.map((row) => {
              const rowId = `compare-${platform}-${row.policyId ?? 'none'}`;
              return [
                <tr class="compare__rule" key={`${rowId}-head`}>
                  <th colSpan={span} scope="colgroup" id={rowId}>
                    {row.policyId === null ? ui.compareNoRule : <a href={`#/clause/${row.policyId}`}>{row.policy?.name ?? row.policyId}</a>}
                  </th>
                </tr>,
                <tr key={`${rowId}-cells`}>
                  {row.cells.map((cell, at) => (
                    <td key={comparison.columns[at]!.entity.id} headers={`${rowId} ${columnId(comparison.columns[at]!)}`}>
                      <Cell cell={cell} platform={PLATFORM_LABELS[platform]} />
                    </td>
                  ))}
                </tr>,
              ];
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}

/** What happened, newest first, each opening to its summary and sources; or why there is nothing. */
function Cell({ cell, platform }: { cell: ComparisonCell; platform: string }) {
  const status = cellStatus(cell);
  if (status === 'none-on-record') return <span class="compare__empty">{ui.compareNone}</span>;
  if (status === 'no-account') return <span class="compare__empty">{ui.compareNoAccount(platform)}</span>;
  return (
    <ul class="compare__events">
      {cell.uses.map(({ event }) => (
        <li key={event.id} class={isEnforcementAction(event) ? 'compare__event' : 'compare__event compare__event--not-action'}>
          <details>
            <summary>
              <span class="compare__action">{ACTION_LABELS[event.action]}</span> <time dateTime={event.date}>{formatPartialDate(event.date)}</time>
            </summary>
            <p class="lens__summary" lang="en" dir="auto">
              {event.summary}
            </p>
            <SourceList sources={event.sources} />
          </details>
        </li>
      ))}
    </ul>
  );
}
