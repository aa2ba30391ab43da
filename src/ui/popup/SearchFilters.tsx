/**
 * The search's filters: kind of record, platform, country and action on record, each "Any" by
 * default, behind a disclosure that says how many are set. Options come from the vocabulary and the
 * records (platforms, countries), labelled in the reader's language.
 */
import { ACTIONS, PLATFORMS } from '../../dataset/vocabulary';
import { i18n } from '../../i18n/current';
import { ACTION_LABELS, PLATFORM_LABELS, TYPE_LABELS } from '../../overlay/labels';
import type { Platform } from '../../dataset/schema';
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

export function SearchFilters(props: { filters: Filters; platforms: readonly Platform[]; countries: readonly string[]; onChange: (filters: Filters) => void }) {
  const { filters, platforms, countries, onChange } = props;
  const set = filtersSet(filters);
  const byName = [...countries].sort((a, b) => countryName(a).localeCompare(countryName(b), i18n().locale));
  const choose = (key: keyof Filters) => (value: string) => onChange({ ...filters, [key]: value === '' ? undefined : value });
  return (
    <details class="filters" open={set > 0}>
      <summary>{set > 0 ? ui.filtersOn(set) : ui.filters}</summary>
      <div class="filters__grid">
        <FilterSelect name="type" label={ui.filterType} value={filters.type} options={TYPES.map((type) => [type, TYPE_LABELS[type]])} onChange={choose('type')} />
        <FilterSelect name="platform" label={ui.filterPlatform} value={filters.platform} options={platforms.map((platform) => [platform, PLATFORM_LABELS[platform]])} onChange={choose('platform')} />
        <FilterSelect name="country" label={ui.filterCountry} value={filters.country} options={byName.map((code) => [code, countryName(code)])} onChange={choose('country')} />
        <FilterSelect name="action" label={ui.filterAction} value={filters.action} options={ACTIONS.map((action) => [action, ACTION_LABELS[action]])} onChange={choose('action')} />
      </div>
      {set > 0 && (
        <button type="button" class="linkish" onClick={() => onChange({})}>
          {ui.filtersClear}
        </button>
      )}
    </details>
  );
}

/** One filter: "Any", then its options as [value, label]. */
function FilterSelect(props: { name: string; label: string; value: string | undefined; options: Array<[string, string]>; onChange: (value: string) => void }) {
  const { name, label, value, options, onChange } = props;
  return (
    <label>
      <span>{label}</span>
      <select name={name} value={value ?? ''} onChange={(event) => onChange(event.currentTarget.value)}>
        <option value="">{ui.filterAny}</option>
        {options.map(([option, text]) => (
          <option key={option} value={option}>
            {text}
          </option>
        ))}
      </select>
    </label>
  );
}
