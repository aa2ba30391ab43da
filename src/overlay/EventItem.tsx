import type { CompiledAccount } from '../dataset/compiled';
import { accountLabelAt, type RecordLookup } from '../dataset/queries';
import type { EventRecord } from '../dataset/schema';
import { formatPartialDate, gregorianAlso, isolated } from './format';
import { ACTION_LABELS, PLATFORM_LABELS, text } from './labels';
import { ExternalLink, SourceList } from './SourceList';
import { correctionUrl } from '../project';
import { CopyCitation } from './CopyCitation';

export interface EventItemProps {
  event: EventRecord;
  records: RecordLookup;
  /** Set when the event concerns another account than the one the panel is about. */
  account?: CompiledAccount;
}

/** One enforcement event: date at its precision, action, cited policy, summary, sources. */
export function EventItem({ event, records, account }: EventItemProps) {
  const cited = event.policies.map((id) => records.policy(id)?.name ?? id);
  const gregorian = gregorianAlso(event.date);
  // The event's own record, and every clause it names, may come from a pack: each is said.
  const packs = [...new Set([event.id, ...event.policies].map((id) => records.packOf(id)).filter((name): name is string => name !== undefined))];
  return (
    <li class={`event event--${event.action}`}>
      <div class="event__head">
        <time class="event__date" dateTime={event.date}>
          {formatPartialDate(event.date)}
        </time>
        {gregorian && <span class="event__date-also">({gregorian})</span>}
        <span class="event__action">{ACTION_LABELS[event.action]}</span>
        {(account || event.platform !== 'x') && (
          <span class="event__platform">
            {PLATFORM_LABELS[event.platform]}
            {account && (
              <>
                {' '}
                <bdi>{accountLabelAt(account, Date.now())}</bdi>
              </>
            )}
          </span>
        )}
      </div>
      {packs.map((pack) => (
        <p class="event__pack" key={pack}>
          {text.fromPack(isolated(pack))}
        </p>
      ))}
      <p class="event__summary" lang="en" dir="auto">{event.summary}</p>
      <p class="event__policy">
        <span class="event__term">{text.policyCited}:</span> {cited.length > 0 ? cited.join('; ') : text.noneStated}
      </p>
      {event.platformStatement && (
        <p class="event__statement">
          <span class="event__term">{text.platformSaid}:</span> <bdi lang="en" dir="auto">{event.platformStatement}</bdi>
        </p>
      )}
      {event.post?.url && (
        <p class="event__post">
          <ExternalLink href={event.post.url}>{text.affectedPost}</ExternalLink>
        </p>
      )}
      {event.disagreements?.map((disagreement) => (
        <div class="event__disagreement" key={disagreement.note}>
          <p>
            <span class="event__term">{text.disagreement}:</span> <bdi lang="en" dir="auto">{disagreement.note}</bdi>
          </p>
          <SourceList sources={disagreement.sources} />
        </div>
      ))}
      <SourceList sources={event.sources} />
      <p class="event__links">
        <ExternalLink
          href={correctionUrl({
            kind: 'event',
            id: event.id,
            label: `${ACTION_LABELS[event.action]}, ${formatPartialDate(event.date)}`,
            datasetVersion: records.meta.version,
          })}
        >
          {text.reportCorrection}
        </ExternalLink>
        <CopyCitation event={event} />
      </p>
    </li>
  );
}
