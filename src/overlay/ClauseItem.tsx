import type { PolicyRecord } from '../dataset/schema';
import { versionAt } from '../policy/versions';
import { formatPartialDate } from './format';
import { text } from './labels';
import { ExternalLink } from './SourceList';

/** A policy clause in the version that was in force at `at`, or why none was. */
export function ClauseItem({ policy, at }: { policy: PolicyRecord; at: number }) {
  const { status, version } = versionAt(policy, at);
  const from = formatPartialDate(version.from);
  let when: string;
  if (status === 'not-yet') when = text.notYetInForce(from);
  else if (status === 'unrecorded') when = text.unrecorded(from);
  else if (status === 'ended') when = text.endedBy(version.to ? formatPartialDate(version.to) : from);
  else if (version.fromIsEarliestRecord) when = text.onRecordSince(from);
  else when = version.to ? text.inForceBetween(from, formatPartialDate(version.to)) : text.inForceSince(from);
  return (
    <li class={`clause clause--${status}`}>
      <div class="clause__head">
        <span class="clause__name">{policy.name}</span>
        <span class="clause__when">{when}</span>
      </div>
      <p class="clause__summary">{version.summary}</p>
      <ExternalLink href={version.url}>{text.readPolicy}</ExternalLink>
    </li>
  );
}
