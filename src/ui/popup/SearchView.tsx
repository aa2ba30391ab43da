/**
 * The popup's home: a search box focused on open, filters, results as you type, arrow keys between
 * them. An empty box with filters set lists what the filters let through.
 */
import { useMemo, useRef, useState } from 'preact/hooks';
import { officeAt } from '../../dataset/queries';
import { PLATFORM_LABELS, TYPE_LABELS, text } from '../../overlay/labels';
import { countPhrases } from '../../overlay/Summary';
import { namesForReader, OfficeTitle } from '../../overlay/RecordLists';
import type { SearchFilters as Filters, SearchIndex, SearchResult } from '../../search/search-index';
import { countryName } from '../common/country-name';
import { ui } from '../strings';
import { filtersSet, SearchFilters, storedFilters } from './SearchFilters';

/** Results shown before "Show all": a screenful and a half at 400 × 600. */
export const FIRST_RESULTS = 30;

export function SearchView({ index }: { index: SearchIndex }) {
  const [query, setQuery] = useState(() => sessionStorage.getItem('precedent:query') ?? '');
  const [filters, setFilters] = useState(() => storedFilters(sessionStorage.getItem('precedent:filters')));
  const all = useMemo(() => index.search(query, Infinity, filters), [index, query, filters]);
  // "Show all" holds for the search it was asked for; a new query or filter starts short again.
  const asked = `${query}\u0000${JSON.stringify(filters)}`;
  const [wholeFor, setWholeFor] = useState<string | null>(null);
  const results = wholeFor === asked ? all : all.slice(0, FIRST_RESULTS);
  const blank = query.trim() === '' && filtersSet(filters) === 0;
  const list = useRef<HTMLOListElement>(null);
  const box = useRef<HTMLInputElement>(null);

  const onInput = (value: string) => {
    setQuery(value);
    // Kept for the session, so that "back" from a record returns to the same results.
    sessionStorage.setItem('precedent:query', value);
  };
  const onFilters = (next: Filters) => {
    setFilters(next);
    sessionStorage.setItem('precedent:filters', JSON.stringify(next));
  };

  /** ArrowDown/ArrowUp move between the box and the results; Enter follows the focused link. */
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    // Each result <li> holds one link; the box comes first.
    const links = [...(list.current?.children ?? [])].map((item) => item.firstElementChild).filter((el): el is HTMLElement => el instanceof HTMLElement);
    const focusables = [box.current, ...links].filter((el): el is HTMLElement => el !== null);
    const at = focusables.indexOf(document.activeElement as HTMLElement);
    const next = event.key === 'ArrowDown' ? Math.min(at + 1, focusables.length - 1) : Math.max(at - 1, 0);
    focusables[next]?.focus();
    event.preventDefault();
  };

  return (
    <div class="search" onKeyDown={onKeyDown}>
      <label class="visually-hidden" for="search">
        {ui.searchLabel}
      </label>
      <input
        id="search"
        ref={box}
        class="search__box"
        type="search"
        dir="auto"
        autoFocus
        autoComplete="off"
        spellcheck={false}
        placeholder={ui.searchPlaceholder}
        value={query}
        onInput={(event) => onInput(event.currentTarget.value)}
        aria-describedby="search-status"
      />
      <SearchFilters filters={filters} platforms={index.platforms} countries={index.countries} onChange={onFilters} />
      <p id="search-status" class="search__status" role="status">
        {blank ? ui.searchHint : all.length === 0 ? (query.trim() === '' ? ui.noFilterResults : ui.noResults(query.trim())) : results.length < all.length ? ui.resultsSome(results.length, all.length) : ui.results(all.length)}
      </p>
      <ol class="results" ref={list} aria-label={ui.search}>
        {results.map((result) => (
          <ResultItem key={result.entity.id} result={result} />
        ))}
      </ol>
      {results.length < all.length && (
        <button type="button" class="linkish results__all" onClick={() => setWholeFor(asked)}>
          {text.showAll(all.length)}
        </button>
      )}
    </div>
  );
}

function ResultItem({ result }: { result: SearchResult }) {
  const { entity, platforms, actions, counts, matched } = result;
  const now = Date.now();
  const office = officeAt(entity, now) ?? entity.offices.at(-1);
  const [[firstLang, first] = ['en', entity.names.en], second] = namesForReader(entity.names);
  const country = office?.country ?? entity.country;
  return (
    <li>
      <a class="result" href={`#/entity/${entity.id}`}>
        <span class="result__name">
          <span lang={firstLang} dir="auto">
            {first}
          </span>
          {second && (
            <span class="result__native" lang={second[0]} dir="auto">
              {second[1]}
            </span>
          )}
        </span>
        <span class="result__what">
          {office ? <OfficeTitle office={office} now={now} /> : TYPE_LABELS[entity.type]}
          {country && <span class="result__country"> · {countryName(country)}</span>}
        </span>
        <span class="result__meta">
          {platforms.map((platform) => (
            <span class={`platform platform--${platform}`} key={platform}>
              {PLATFORM_LABELS[platform]}
            </span>
          ))}
          <span class={`result__count${actions > 0 ? ' result__count--some' : ''}`}>{countPhrases(counts).join(' · ')}</span>
        </span>
        {matched && ![...Object.values(entity.names), office?.title, country, country && countryName(country)].includes(matched) && (
          <span class="result__matched" dir="auto">
            {matched}
          </span>
        )}
      </a>
    </li>
  );
}
