/** What every view of a record shares: the name line, the enforcement timeline, the clauses. */
import type { CompiledAccount, EntityRecord } from '../dataset/compiled';
import type { RecordLookup } from '../dataset/queries';
import type { EventRecord, PolicyRecord } from '../dataset/schema';
import { ClauseItem } from './ClauseItem';
import { EventItem } from './EventItem';
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

/** Clauses as they stood at `at`. */
export function ClauseList({ policies, at, records }: { policies: PolicyRecord[]; at: number; records: RecordLookup }) {
  return (
    <ul class="clauses">
      {policies.map((policy) => (
        <ClauseItem key={policy.id} policy={policy} at={at} datasetVersion={records.meta.version} />
      ))}
    </ul>
  );
}

/** The entity's offices with their dates (an open end stays open). */
export function OfficeList({ entity }: { entity: EntityRecord }) {
  return (
    <ul class="panel__offices" aria-label={text.offices}>
      {entity.offices.map((office) => (
        <li key={`${office.title}${office.from}`}>
          <bdi lang="en">{office.title}</bdi> ({office.country}) · {formatPartialDate(office.from)} – {office.to ? formatPartialDate(office.to) : ''}
        </li>
      ))}
    </ul>
  );
}

/** The English name, then the names in other scripts, each in its own language and direction. */
export function EntityName({ entity, id }: { entity: EntityRecord; id?: string }) {
  return (
    <h2 class="panel__name" id={id}>
      {entity.names.en}
      {Object.entries(entity.names)
        .filter(([lang]) => lang !== 'en')
        .map(([lang, name]) => (
          <span class="panel__native" lang={lang} dir="auto" key={lang}>
            {name}
          </span>
        ))}
    </h2>
  );
}
