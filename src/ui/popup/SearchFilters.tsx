/**
 * The search's filters: kind of record, platform, country and action on record, each "Any" by
 * default, behind a disclosure that says how many are set. Options come from the vocabulary and the
 * records (countries), labelled in the reader's language.
 */
import { ACTIONS, PLATFORMS } from '../../dataset/vocabulary';
import { i18n } from '../../i18n/current';
import { ACTION_LABELS, PLATFORM_LABELS, TYPE_LABELS } from '../../overlay/labels';
import type { SearchFilters as Filters } from '../../search/search-index';
import { countryName } from '../common/country-name';
import { ui } from '../strings';

const TYPES = Object.keys(TYPE_LABELS) as Array<keyof typeof TYPE_LABELS>;

/** The filters kept for the session, as the query is; anything unreadable is no filter. */
export function storedFilters(raw: string | null): Filters {
  try {
    const value = JSON.parse(raw ?? '{}') as Record<string, unknown>;
    const pick = <T extends string>(key: string, allowed: readonly T[]) => (allowed.includes(value[key] as T) ? (value[key] as T) : undefined);
    const country = typeof value.country === 'string' && /^[A-Z]{2}$/.test(value.country) ? value.country : undefined;
    return { type: pick('type', TYPES), platform: pick('platform', PLATFORMS), country, action: pick('action', ACTIONS) };
  } catch {
    return {};
  }
}

export const filtersSet = (filters: Filters): number => Object.values(filters).filter((value) => value !== undefined).length;

export function SearchFilters({ filters, countries, onChange }: { filters: Filters; countries: readonly string[]; onChange: (filters: Filters) => void }) {
  const set = filtersSet(filters);
  const byName = [...countries].sort((a, b) => countryName(a).localeCompare(countryName(b), i18n().locale));
  const choose = (key: keyof Filters) => (event: Event) => {
    const value = (event.currentTarget as HTMLSelectElement).value;
    onChange({ ...filters, [key]: value === '' ? undefined : value });
  };
  return (
    <details class="filters" open={set > 0}>
      <summary>{set > 0 ? ui.filtersOn(set) : ui.filters}</summary>
      <div class="filters__grid">
        <label>
          <span>{ui.filterType}</span>
          <select name="type" value={filters.type ?? ''} onChange={choose('type')}>
            <option value="">{ui.filterAny}</option>
            {TYPES.map((type) => (
              <option key={type} value={type}>
                {TYPE_LABELS[type]}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span>{ui.filterPlatform}</span>
          <select name="platform" value={filters.platform ?? ''} onChange={choose('platform')}>
            <option value="">{ui.filterAny}</option>
            {PLATFORMS.map((platform) => (
              <option key={platform} value={platform}>
                {PLATFORM_LABELS[platform]}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span>{ui.filterCountry}</span>
          <select name="country" value={filters.country ?? ''} onChange={choose('country')}>
            <option value="">{ui.filterAny}</option>
            {byName.map((code) => (
              <option key={code} value={code}>
                {countryName(code)}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span>{ui.filterAction}</span>
          <select name="action" value={filters.action ?? ''} onChange={choose('action')}>
            <option value="">{ui.filterAny}</option>
            {ACTIONS.map((action) => (
              <option key={action} value={action}>
                {ACTION_LABELS[action]}
              </option>
            ))}
          </select>
        </label>
      </div>
      {set > 0 && (
        <button type="button" class="linkish" onClick={() => onChange({})}>
          {ui.filtersClear}
        </button>
      )}
    </details>
  );
}
