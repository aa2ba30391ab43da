/**
 * The popup's lookup over the whole dataset: one entry per entity, found by handle (with or
 * without @), by name in any script and the spellings other languages' press use (`aliases`), by
 * country name (English and the five UI languages) or code, by office, by kind ("state media",
 * "embassy") and by action on record ("suspension"); narrowed by filters. Ranked by relevance, with
 * a bounded bonus for the record's weight (heads of state and government, then records with more
 * actions), so that "russia" puts Putin before the embassies. Built once when the popup opens (a
 * few hundred entries; each query is a scan of pre-folded strings, well under a millisecond).
 */
import type { CompiledAccount, CompiledDataset, EntityRecord } from '../dataset/compiled';
import { countActions, type ActionCounts, type PlacedEvent } from '../dataset/tally';
import { endOf } from '../dataset/dates';
import type { Action, Platform } from '../dataset/schema';
import { PLATFORMS } from '../dataset/vocabulary';
import { fold, INVISIBLE } from './normalize';
import { editsAllowed, withinEdits } from './typos';

export interface SearchResult {
  entity: EntityRecord;
  accounts: CompiledAccount[];
  platforms: Platform[];
  /** Enforcement actions on all the entity's accounts (src/dataset/tally.ts), for ranking. */
  actions: number;
  /** The same, per platform: what the result's count line says. */
  counts: ActionCounts;
  /** Why it matched, shown to the user ("@khamenei_ir", "Iran"). */
  matched: string;
  score: number;
}

interface Field {
  folded: string;
  /** `folded` split into words, once. */
  words: string[];
  shown: string;
  /** How much a match in this field counts: a handle beats a name beats a country. */
  weight: number;
  /** Handles and codes match whole or by prefix only; free text also by word. */
  exactOnly?: boolean;
}

/** What the results can be narrowed to; an unset field does not narrow. */
export interface SearchFilters {
  type?: EntityRecord['type'] | undefined;
  platform?: Platform | undefined;
  country?: string | undefined;
  action?: Action | undefined;
}

interface Entry {
  entity: EntityRecord;
  /** The bonus of `weightOf`, once. */
  weight: number;
  countries: Set<string>;
  actionsOnRecord: Set<Action>;
  accounts: CompiledAccount[];
  platforms: Platform[];
  actions: number;
  counts: ActionCounts;
  fields: Field[];
  handles: string[];
}

const COUNTRY_NAME_LOCALES = ['en', 'fa', 'ar', 'es', 'ru', 'fr', 'de', 'pt', 'zh', 'ja', 'ko', 'tr'];

function countryNames(code: string): string[] {
  const names = new Set<string>();
  for (const locale of COUNTRY_NAME_LOCALES) {
    try {
      const name = new Intl.DisplayNames([locale], { type: 'region' }).of(code);
      if (name && name !== code) names.add(name);
    } catch {
      // A runtime without this locale's data: the other names still work.
    }
  }
  return [...names];
}

export function createSearchIndex(dataset: CompiledDataset) {
  const accountsByEntity = new Map<string, CompiledAccount[]>();
  for (const account of dataset.accounts) {
    const list = accountsByEntity.get(account.entity) ?? [];
    list.push(account);
    accountsByEntity.set(account.entity, list);
  }
  const accountById = new Map(dataset.accounts.map((account) => [account.id, account]));
  const eventsByEntity = new Map<string, PlacedEvent[]>();
  for (const event of dataset.events) {
    const account = accountById.get(event.account);
    if (!account) continue;
    const list = eventsByEntity.get(account.entity) ?? [];
    list.push({ event, platform: account.platform });
    eventsByEntity.set(account.entity, list);
  }
  const countryCache = new Map<string, string[]>();
  const now = Date.now();

  /*
   * Built on first use (or when the popup is idle, `warm`), not when the popup opens: the popup
   * paints its search box first, and most openings end before a query.
   */
  let built: Entry[] | undefined;
  let countryList: string[] | undefined;
  let platformList: Platform[] | undefined;
  const entries = (): Entry[] => (built ??= buildEntries());
  const buildEntries = (): Entry[] => dataset.entities.map((entity) => {
    const accounts = accountsByEntity.get(entity.id) ?? [];
    const fields: Field[] = [];
    /** Handles whole (Bluesky's and Mastodon's hold dots, hyphens and "@", which folding splits). */
    const handles: string[] = [];
    const add = (shown: string, weight: number, exactOnly = false, folded = fold(shown)) => {
      fields.push({ folded, words: folded.split(' '), shown, weight, exactOnly });
    };
    for (const name of Object.values(entity.names)) add(name, 60);
    for (const alias of entity.aliases ?? []) add(alias, 55);
    // The record's vocabulary in words ("state-media" → "state media"), English as the data is.
    const events = eventsByEntity.get(entity.id) ?? [];
    const actionsOnRecord = new Set(events.map(({ event }) => event.action));
    // Already lower-case ASCII: folded by hand, not by fold().
    for (const term of new Set([entity.type, ...accounts.map((account) => account.kind), ...actionsOnRecord])) add(term, 20, false, term.replaceAll('-', ' '));
    for (const account of accounts) {
      for (const claim of account.handles) {
        add(`@${claim.handle}`, 100, true);
        handles.push(claim.handle.toLowerCase());
      }
      if (account.name) add(account.name, 55);
    }
    const countries = new Set([entity.country, ...entity.offices.map((office) => office.country)].filter((c): c is string => !!c));
    for (const code of countries) {
      add(code, 45, true);
      if (!countryCache.has(code)) countryCache.set(code, countryNames(code));
      for (const name of countryCache.get(code) ?? []) add(name, 40);
    }
    for (const office of entity.offices) add(office.title, 35);
    const counts = countActions(events);
    return {
      entity,
      weight: weightOf(entity, counts.total, now),
      countries,
      actionsOnRecord,
      accounts,
      platforms: [...new Set(accounts.map((account) => account.platform))],
      actions: counts.total,
      counts,
      fields,
      handles,
    };
  });

  const scoreField = (field: Field, query: string): number => {
    const { folded } = field;
    if (!folded) return 0;
    // Handles are stored with "@"; a query without it matches them too.
    const bare = folded.startsWith('@') ? folded.slice(1) : folded;
    const q = query.startsWith('@') && field.exactOnly ? query.slice(1) : query;
    if (bare === q || folded === query) return field.weight;
    // The start of a handle typed with its "@" is meant as one; without it, often a word ("russia"
    // is the start of @RussianEmbassy), which must not outrank a name.
    if (field.exactOnly && bare.startsWith(q)) return field.weight * (query.startsWith('@') ? 0.8 : 0.45);
    if (bare.startsWith(q) || folded.startsWith(query)) return field.weight * 0.8;
    if (field.exactOnly) return 0;
    if (field.words.some((word) => word.startsWith(query))) return field.weight * 0.7;
    if (query.length >= 3 && folded.includes(query)) return field.weight * 0.5;
    // A misspelt word ("khamenie", "bolsanaro") still finds the name, below every exact match.
    const edits = editsAllowed(query.length);
    if (edits > 0 && field.words.some((word) => withinEdits(word, query, edits))) return field.weight * 0.3;
    return 0;
  };

  const passes = (entry: Entry, filters: SearchFilters) =>
    (!filters.type || entry.entity.type === filters.type) &&
    (!filters.platform || entry.platforms.includes(filters.platform)) &&
    (!filters.country || entry.countries.has(filters.country)) &&
    (!filters.action || entry.actionsOnRecord.has(filters.action));
  const resultOf = (entry: Entry, matched: string, score: number): SearchResult => ({
    entity: entry.entity,
    accounts: entry.accounts,
    platforms: entry.platforms,
    actions: entry.actions,
    counts: entry.counts,
    matched,
    score,
  });
  const ranked = (results: SearchResult[], limit: number) =>
    results.sort((a, b) => b.score - a.score || b.actions - a.actions || a.entity.names.en.localeCompare(b.entity.names.en)).slice(0, limit);

  return {
    get size() {
      return entries().length;
    },
    /** Builds the index now (the popup calls it when idle, so the first keystroke finds it ready). */
    warm(): void {
      entries();
    },
    /** The countries of the records, for the country filter (ISO codes). */
    get countries(): string[] {
      return (countryList ??= [...new Set(entries().flatMap((entry) => [...entry.countries]))].sort());
    },
    /** The platforms the records hold accounts on, in the vocabulary's order: a filter offers no empty choice. */
    get platforms(): Platform[] {
      return (platformList ??= PLATFORMS.filter((platform) => entries().some((entry) => entry.platforms.includes(platform))));
    },
    /**
     * Best matches first; every word of the query must match some field. With an empty query and a
     * filter set, every record the filters let through, weightiest first.
     */
    search(input: string, limit = 30, filters: SearchFilters = {}): SearchResult[] {
      const candidates = entries().filter((entry) => passes(entry, filters));
      // A whole handle ("@jd-vance-1.bsky.social", "gov@social.example"): matched as one, whole or by prefix.
      const handle = HANDLE_QUERY.exec(input.replace(INVISIBLE, '').trim().toLowerCase())?.[1];
      if (handle) {
        const found = candidates
          .map((entry) => ({ entry, hit: entry.handles.find((h) => h === handle) ?? entry.handles.find((h) => h.startsWith(handle)) }))
          .filter((found): found is { entry: Entry; hit: string } => found.hit !== undefined)
          .map(({ entry, hit }) => resultOf(entry, `@${hit}`, hit === handle ? 100 : 80));
        if (found.length > 0) return ranked(found, limit);
      }
      const words = fold(input).split(' ').filter(Boolean);
      if (words.length === 0) {
        const filtered = Object.values(filters).some((value) => value !== undefined);
        return filtered ? ranked(candidates.map((entry) => resultOf(entry, '', entry.weight)), limit) : [];
      }
      const results: SearchResult[] = [];
      for (const entry of candidates) {
        let score = 0;
        // The field that matched best overall, shown as "why this result".
        let matched = { shown: '', score: 0 };
        let all = true;
        for (const word of words) {
          let best = { shown: '', score: 0 };
          for (const field of entry.fields) {
            const fieldScore = scoreField(field, word);
            if (fieldScore > best.score) best = { shown: field.shown, score: fieldScore };
          }
          if (best.score === 0) {
            all = false;
            break;
          }
          score += best.score;
          if (best.score > matched.score) matched = best;
        }
        if (!all) continue;
        // A whole multi-word query that matches one field (a full name) beats scattered words.
        const phrase = words.join(' ');
        if (words.length > 1 && entry.fields.some((field) => field.folded.includes(phrase))) score += 50;
        results.push(resultOf(entry, matched.shown, score + entry.weight));
      }
      return ranked(results, limit);
    },
  };
}

/** Heads of state and government, by the title of the office (the record's titles are English). */
const LEADER_TITLE = /^(President|Prime Minister|Premier|Chancellor|King|Queen|Monarch|Emir|Sultan|Crown Prince|Supreme Leader|Commander-in-Chief)\b/;

/**
 * The bonus a record's weight adds to its relevance, at most 45: a sitting head of state or
 * government 30 (a former one 20), and half a point per enforcement action up to 15. Enough to put
 * Putin before the embassies on "russia" (a country match, 40, against a name's word, 42), never
 * enough to put a country match before a whole name (60 and the phrase bonus).
 */
function weightOf(entity: EntityRecord, actions: number, now: number): number {
  const leader = entity.type === 'person' ? entity.offices.filter((office) => LEADER_TITLE.test(office.title)) : [];
  const sitting = leader.some((office) => office.to === null || office.to === undefined || endOf(office.to) >= now);
  return (sitting ? 30 : leader.length > 0 ? 20 : 0) + Math.min(actions, 30) / 2;
}

export type SearchIndex = ReturnType<typeof createSearchIndex>;

/** Input that can only be a handle: no spaces, and a dot, hyphen or inner "@" that folding would split on. */
const HANDLE_QUERY = /^@?([a-z0-9_][a-z0-9_.@-]*[.@-][a-z0-9_.@-]*)$/;
