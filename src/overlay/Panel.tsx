import type { RefObject } from 'preact';
import { accountLabelAt, placedEvents, type AccountProfile, type RecordLookup } from '../dataset/queries';
import { countActions } from '../dataset/tally';
import { ClauseList, EntityName, FoldedEventList, OfficeList, SeatLines } from './RecordLists';
import { RecordAtAGlance } from './Summary';
import { ExternalLink, SourceList } from './SourceList';
import { ViewLink } from './ViewLink';
import { PackNotice } from './PackNotice';
import { COVERAGE_URL, correctionUrl } from '../project';
import { coverageShare } from '../dataset/coverage-figure';
import type { CoverageFigure } from '../dataset/schema';
import { formatInstant, formatPartialDate } from './format';
import { KIND_LABELS, PLATFORM_LABELS, TYPE_LABELS, text } from './labels';
import type { OverlayRole } from './types';

export interface PanelProps {
  id: string;
  profile: AccountProfile;
  records: RecordLookup;
  /** The post's date: clauses are shown as they stood then. */
  at: number;
  /** `claimed`: only the page's own text names this account as the author; said first. */
  role?: OverlayRole | undefined;
  /** The region itself, for the overlay to move focus into when it opens. */
  sectionRef?: RefObject<HTMLElement | null>;
  /** The panel's own Close button (Escape and the badge close it too). */
  onClose?: (() => void) | undefined;
}

/**
 * The record, opened inside the post: who, the record at a glance (counts and a one-line story),
 * the latest events (all on demand), the clauses, the dataset. What attributes the account to its
 * owner is one click away, not in the reader's way.
 */
export function Panel({ id, profile, records, at, role, sectionRef, onClose }: PanelProps) {
  const { account, entity, events, otherEvents, policies } = profile;
  const label = accountLabelAt(account, at);
  const { meta } = records;
  // Every record the panel shows, the clauses its events name included: a pack that only renames a
  // clause still changes what this panel says.
  const placed = placedEvents(profile);
  const shown = placed.map(({ event }) => event);
  const ids = [account.id, entity.id, ...shown.flatMap((event) => [event.id, ...event.policies]), ...policies.map((policy) => policy.id)];
  const packs = [...new Set(ids.map((recordId) => records.packOf(recordId)).filter((name): name is string => name !== undefined))];
  return (
    // Focusable so that keyboard users can scroll a long record.
    <section ref={sectionRef} id={id} class="panel" role="region" aria-label={text.panelLabel(label)} tabIndex={0}>
      {onClose && (
        <button type="button" class="panel__close" onClick={onClose}>
          <svg viewBox="0 0 16 16" aria-hidden="true">
            <path d="M4 4l8 8M12 4l-8 8" />
          </svg>
          <span>{text.close}</span>
        </button>
      )}
      <header class="panel__who">
        {role === 'claimed' && (
          <p class="panel__claim" role="note">
            {text.claimedNotice}
          </p>
        )}
        {packs.length > 0 && <PackNotice names={packs} />}
        <EntityName entity={entity} />
        {entity.offices.length === 0 && !entity.seat && entity.country && (
          <p class="panel__offices">{text.entityOf(TYPE_LABELS[entity.type], entity.country)}</p>
        )}
        <OfficeList entity={entity} />
        <SeatLines entity={entity} holders={profile.holders} at={at} />
        <p class="panel__account">
          <bdi>{label}</bdi> · {text.kindOn(KIND_LABELS[account.kind], PLATFORM_LABELS[account.platform])} ·{' '}
          {text.language} <span lang="en">{account.language}</span>
        </p>
        <RecordAtAGlance counts={countActions(placed)} events={placed} platforms={[account.platform]} />
        <p class="panel__open">
          <ViewLink view={`#/entity/${entity.id}`}>{text.openRecord}</ViewLink>
          <ViewLink view={`#/compare/${entity.id}`}>{text.compareWith}</ViewLink>
        </p>
        <details class="panel__provenance">
          <summary class="event__term">{text.accountConfirmedBy}</summary>
          {account.note && <p class="panel__note" lang="en" dir="auto">{account.note}</p>}
          <SourceList sources={account.sources} />
          {account.checked && <p class="panel__note">{text.accountChecked(formatPartialDate(account.checked))}</p>}
        </details>
      </header>

      <h3 class="panel__heading">{text.enforcement}</h3>
      {events.length > 0 ? (
        <FoldedEventList items={events.map((event) => ({ event }))} records={records} />
      ) : (
        <p class="panel__empty">{text.noEnforcement}</p>
      )}
      <CoverageCaveat figure={meta.coverage} />

      {otherEvents.length > 0 && (
        <>
          <h3 class="panel__heading">{text.otherAccounts(entity.names.en)}</h3>
          <FoldedEventList items={otherEvents} records={records} />
        </>
      )}

      {policies.length > 0 && (
        <>
          <h3 class="panel__heading">
            {text.clauses} <span class="panel__asof">{text.clausesAsOf(formatInstant(at))}</span>
          </h3>
          <ClauseList policies={policies} at={at} records={records} />
        </>
      )}

      <footer class="panel__footer">
        <span>{text.dataset(meta.version, formatPartialDate(meta.date))}</span>
        <ExternalLink href={correctionUrl({ kind: 'account', id: account.id, label, datasetVersion: meta.version })}>
          {text.reportCorrection}
        </ExternalLink>
      </footer>
    </section>
  );
}

/** The record is not the press record: said under the actions, with the page that lists what is left out and why. */
function CoverageCaveat({ figure }: { figure: CoverageFigure | undefined }) {
  const share = coverageShare(figure);
  if (!share) return null;
  return (
    <p class="panel__coverage" role="note">
      {text.coverageCaveat(share.recorded, share.listed, share.percent)} <ExternalLink href={COVERAGE_URL}>{text.coverageLink}</ExternalLink>
    </p>
  );
}
