/**
 * The consistency lens: for one clause, every leader and account it was applied to, with the
 * action and date, beside its reversals and the documented decisions to take no action under it.
 * The question the record exists to answer: is a rule applied to one leader applied to the others?
 * Rows can be chosen to open them side by side in the comparison view.
 */
import { useState } from 'preact/hooks';
import { MAX_COMPARED } from '../../dataset/compare';
import { accountLabelAt, type ClauseUse, type DatasetQueries } from '../../dataset/queries';
import { viewHash } from '../../messaging/views';
import { formatPartialDate } from '../../overlay/format';
import { ACTION_LABELS, PLATFORM_LABELS, text } from '../../overlay/labels';
import { ExternalLink } from '../../overlay/SourceList';
import { correctionUrl } from '../../project';
import { lensCsv, lensJson } from '../../dataset/lens-export';
import { download } from '../common/download';
import { ui } from '../strings';
import { VersionList, versionSpan } from './PoliciesView';

interface Selection {
  chosen: readonly string[];
  toggle: (entityId: string) => void;
}

export function ClauseLens({ id, queries }: { id: string; queries: DatasetQueries }) {
  const [chosen, setChosen] = useState<readonly string[]>([]);
  const policy = queries.policy(id);
  if (!policy) return <p class="empty">{ui.notFound}</p>;
  const { applied, undone, noAction } = queries.clauseUses(id);
  const leaders = new Set(applied.map((use) => use.entity.id)).size;
  const selection: Selection = {
    chosen,
    toggle: (entityId) => setChosen((now) => (now.includes(entityId) ? now.filter((other) => other !== entityId) : [...now, entityId])),
  };
  return (
    <article class="lens" aria-labelledby="lens-title">
      <p class="lens__kicker">
        {ui.lens} · {PLATFORM_LABELS[policy.platform]}
      </p>
      <h2 class="view-title" id="lens-title">
        {policy.name}
      </h2>
      <p class="clause__when">{versionSpan(policy)}</p>
      <p class="lens__intro">{ui.lensIntro}</p>
      <p class="lens__compare">
        {chosen.length >= 2 ? <a href={viewHash({ name: 'compare', ids: [...chosen] })}>{ui.compareSelected(chosen.length)}</a> : ui.compareTick}
      </p>

      <h3 class="panel__heading">
        {applied.length > 0 ? `${ui.lensApplied(applied.length)} · ${ui.lensLeaders(leaders)}` : ui.lensNone}
      </h3>
      {applied.length > 0 && <UseTable uses={applied} caption={policy.name} selection={selection} />}

      {undone.length > 0 && (
        <>
          <h3 class="panel__heading">{ui.lensUndone}</h3>
          <UseTable uses={undone} caption={ui.lensUndone} selection={selection} />
        </>
      )}

      <h3 class="panel__heading">{ui.noActionCases}</h3>
      {noAction.length > 0 ? <UseTable uses={noAction} caption={ui.noActionCases} selection={selection} /> : <p class="panel__empty">{ui.noActionNone}</p>}

      {applied.length + undone.length + noAction.length > 0 && (
        <p class="panel__open">
          <button type="button" class="linkish" onClick={() => download(`precedent-lens-${policy.id}.csv`, 'text/csv', lensCsv(policy, { applied, undone, noAction }))}>
            {ui.lensCsv}
          </button>
          <button type="button" class="linkish" onClick={() => download(`precedent-lens-${policy.id}.json`, 'application/json', lensJson(policy, { applied, undone, noAction }, queries.meta))}>
            {ui.lensJson}
          </button>
        </p>
      )}

      <h3 class="panel__heading">{ui.versions}</h3>
      <VersionList policy={policy} />
      <p class="panel__footer">
        <ExternalLink href={correctionUrl({ kind: 'policy', id: policy.id, label: policy.name, datasetVersion: queries.dataset.meta.version })}>
          {text.reportCorrection}
        </ExternalLink>
      </p>
    </article>
  );
}

function UseTable({ uses, caption, selection }: { uses: ClauseUse[]; caption: string; selection: Selection }) {
  const { chosen, toggle } = selection;
  return (
    <div class="table-wrap">
      <table class="lens__table">
        <caption class="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{ui.who}</th>
            <th scope="col">{ui.action}</th>
            <th scope="col">{ui.date}</th>
          </tr>
        </thead>
        <tbody>
          {uses.map(({ event, account, entity }) => {
            const picked = chosen.includes(entity.id);
            return (
              <tr key={event.id}>
                <th scope="row">
                  <label class="lens__pick">
                    <input type="checkbox" checked={picked} disabled={!picked && chosen.length >= MAX_COMPARED} onChange={() => toggle(entity.id)} />
                    <span class="visually-hidden">{ui.compareSelect(entity.names.en)}</span>
                  </label>
                  <a href={`#/entity/${entity.id}`}>{entity.names.en}</a>
                  <span class="lens__account">
                    <a href={`#/account/${account.id}`}>
                      <bdi>{accountLabelAt(account, Date.parse(event.date) || Date.now())}</bdi>
                    </a>
                  </span>
                </th>
                <td>
                  <span class="lens__action">{ACTION_LABELS[event.action]}</span>
                  <span class="lens__summary" lang="en" dir="auto">
                    {event.summary}
                  </span>
                </td>
                <td>
                  <time dateTime={event.date}>{formatPartialDate(event.date)}</time>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
