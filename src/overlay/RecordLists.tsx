/** What every view of a record shares: the name line, the enforcement timeline, the clauses. */
import type { CompiledAccount, EntityRecord } from '../dataset/compiled';
import { holdersAt, type RecordLookup, type SeatHolder } from '../dataset/queries';
import { endOf } from '../dataset/dates';
import type { EventRecord, Office, PolicyRecord } from '../dataset/schema';
import { ClauseItem } from './ClauseItem';
import { EventItem } from './EventItem';
import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import { i18n } from '../i18n/current';
import { formatPartialDate } from './format';
import { text } from './labels';

/** Events newest first; `account` marks those on another account than the view's own. */
export function EventList({ items, records }: { items: Array<{ event: EventRecord; account?: CompiledAccount | undefined }>; records: RecordLookup }) {
  return (
    <ol class="events">
      {items.map(({ event, account }) => (
        <EventItem key={event.id} event={event} records={records} account={account} />
      ))}
    </ol>
  );
}

/** How many events a folded list shows before "Show all": the latest few, which a reader takes in at once. */
export const FOLDED_LENGTH = 3;

/** The latest events, and the rest on demand ("Show all 16"); a short list shows whole. */
export function FoldedEventList({ items, records }: { items: Array<{ event: EventRecord; account?: CompiledAccount | undefined }>; records: RecordLookup }) {
  const [whole, setWhole] = useState(false);
  // One more than the fold would only trade an event for a button.
  const folds = items.length > FOLDED_LENGTH + 1;
  return (
    <>
      <EventList items={folds && !whole ? items.slice(0, FOLDED_LENGTH) : items} records={records} />
      {folds && (
        <button type="button" class="linkish fold" aria-expanded={whole} onClick={() => setWhole(!whole)}>
          {whole ? text.showFewer : text.showAll(items.length)}
        </button>
      )}
    </>
  );
}

/** Clauses as they stood at `at`. */
export function ClauseList({ policies, at, records }: { policies: PolicyRecord[]; at: number; records: RecordLookup }) {
  return (
    <ul class="clauses">
      {policies.map((policy) => (
        <ClauseItem key={policy.id} policy={policy} at={at} datasetVersion={records.meta.version} pack={records.packOf(policy.id)} />
      ))}
    </ul>
  );
}

/** The entity's offices with their dates (an open end stays open); an office that has ended says so. */
export function OfficeList({ entity, now = Date.now() }: { entity: EntityRecord; now?: number }) {
  return (
    <ul class="panel__offices" aria-label={text.offices}>
      {entity.offices.map((office) => (
        <li key={`${office.title}${office.from}`}>
          <bdi lang="en">{office.title}</bdi> ({office.country}) · {formatPartialDate(office.from)} – {office.to ? formatPartialDate(office.to) : ''}
          {hasEnded(office, now) && <span class="office__former"> · {text.former}</span>}
        </li>
      ))}
    </ul>
  );
}

/** Whether an office's term was over at `now` (an open end never is). */
export const hasEnded = (office: Office, now: number): boolean => office.to !== null && endOf(office.to) < now;

/**
 * An office as a list names it: "President of Nigeria", or for one that has ended "President of
 * Nigeria (former, 2015–2023)", so that a former holder never looks current. The title is the
 * record's English, the words around it the reader's language.
 */
export function OfficeTitle({ office, now }: { office: Office; now: number }) {
  return (
    <>
      <bdi lang="en">{office.title}</bdi>
      {hasEnded(office, now) && office.to && <span class="office__former"> {text.formerTerm(formatPartialDate(office.from.slice(0, 4)), formatPartialDate(office.to.slice(0, 4)))}</span>}
    </>
  );
}

/**
 * An entity's names in the order a reader wants them: the name in the reader's own language first
 * where the record has it (a Persian reader sees "سید علی خامنه‌ای" before "Ali Khamenei"), then the
 * English name, then the others.
 */
export function namesForReader(names: Readonly<Record<string, string>>, reader: string = i18n().locale): Array<[lang: string, name: string]> {
  const own = names[reader] ? [[reader, names[reader]] as [string, string]] : [];
  const english = names.en ? [['en', names.en] as [string, string]] : [];
  // Each name once: the reader's and the English one where they come first, and a spelling two
  // languages share (a name placed already is not repeated among the others).
  const seen = new Set<string>();
  return [...own, ...english, ...Object.entries(names)].filter(([, name]) => !seen.has(name) && (seen.add(name), true));
}

/** The reader's name first, then the others, each in its own language and direction. */
export function EntityName({ entity, id }: { entity: EntityRecord; id?: string }) {
  const [[firstLang, first] = ['en', entity.names.en], ...others] = namesForReader(entity.names);
  return (
    <h2 class="panel__name" id={id}>
      <bdi lang={firstLang}>{first}</bdi>
      {others.map(([lang, name]) => (
        <span class="panel__native" lang={lang} dir="auto" key={lang}>
          {name}
        </span>
      ))}
    </h2>
  );
}

/**
 * A translated message with an element where its `$1` goes: the words stay in the reader's
 * language and order, the inserted names (English, from the record) keep their own direction.
 */
function around(message: (part: string) => string, part: JSX.Element): JSX.Element {
  // A part missing (no `$1`) renders as nothing, as an empty string would.
  const [before, after] = message('\u0000').split('\u0000');
  return (
    <>
      {before}
      {part}
      {after}
    </>
  );
}

/** Names in the reader's list style ("a, b and c"), each kept in its own direction by the caller's <bdi>. */
const namesOf = (holders: readonly SeatHolder[]) => i18n().list(holders.map((holder) => holder.person.names.en));

/**
 * An office account's holder on the post's date, and today's when it differs: the record of a
 * Kremlin post from 2011 names Medvedev, not today's president. `at` is the post's instant; a
 * profile header (dated now) shows only today's.
 */
export function SeatLines({ entity, holders, at, now = Date.now() }: { entity: EntityRecord; holders: readonly SeatHolder[]; at: number; now?: number }) {
  if (!entity.seat) return null;
  const then = holdersAt(holders, at);
  const today = holdersAt(holders, now);
  const same = then.length === today.length && then.every((holder, index) => holder.person.id === today[index]?.person.id);
  return (
    <div class="panel__seat">
      <p class="panel__offices">{text.seatServes(entity.seat.title, entity.seat.country)}</p>
      {then.length > 0 ? (
        <p class="panel__holder">{around(same ? text.seatToday : text.seatOnDate, <bdi lang="en">{namesOf(then)}</bdi>)}</p>
      ) : (
        <p class="panel__holder panel__holder--none">{text.seatNoneOnDate}</p>
      )}
      {!same && today.length > 0 && (
        <p class="panel__offices">{around(text.seatToday, <bdi lang="en">{namesOf(today)}</bdi>)}</p>
      )}
    </div>
  );
}
