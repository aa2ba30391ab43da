import type { PolicyRecord, PolicyVersion } from '../dataset/schema';
import { versionAt } from '../policy/versions';
import { formatPartialDate, isolated } from './format';
import { text } from './labels';
import { ExternalLink } from './SourceList';
import { ViewLink } from './ViewLink';
import { correctionUrl } from '../project';

/** A version's dates: "in force since…", "in force … – …", or "on record since…" when the start is only the earliest evidence. */
export function describeVersion(version: PolicyVersion): string {
  const from = formatPartialDate(version.from);
  if (version.fromIsEarliestRecord) return text.onRecordSince(from);
  return version.to ? text.inForceBetween(from, formatPartialDate(version.to)) : text.inForceSince(from);
}

/** A policy clause in the version that was in force at `at`, or why none was. */
export function ClauseItem({ policy, at, datasetVersion, pack }: { policy: PolicyRecord; at: number; datasetVersion: string; pack?: string | undefined }) {
  const { status, version } = versionAt(policy, at);
  const from = formatPartialDate(version.from);
  let when: string;
  if (status === 'not-yet') when = text.notYetInForce(from);
  else if (status === 'unrecorded') when = text.unrecorded(from);
  else if (status === 'ended') when = text.endedBy(version.to ? formatPartialDate(version.to) : from);
  else when = describeVersion(version);
  return (
    <li class={`clause clause--${status}`}>
      <div class="clause__head">
        <span class="clause__name">{policy.name}</span>
        <span class="clause__when">{when}</span>
      </div>
      {pack !== undefined && <p class="event__pack">{text.fromPack(isolated(pack))}</p>}
      <p class="clause__summary" lang="en" dir="auto">{version.summary}</p>
      <p class="clause__links">
        <ExternalLink href={version.url}>{text.readPolicy}</ExternalLink>
        <ViewLink view={`#/clause/${policy.id}`}>{text.whereApplied}</ViewLink>
        <ExternalLink href={correctionUrl({ kind: 'policy', id: policy.id, label: policy.name, datasetVersion })}>
          {text.reportCorrection}
        </ExternalLink>
      </p>
    </li>
  );
}
