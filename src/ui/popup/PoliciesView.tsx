/** Every clause on record, by platform, with each version's dates and wording summary. */
import type { DatasetQueries } from '../../dataset/queries';
import type { PolicyRecord } from '../../dataset/schema';
import { formatPartialDate } from '../../overlay/format';
import { PLATFORM_LABELS, text } from '../../overlay/labels';
import { describeVersion } from '../../overlay/ClauseItem';
import { ExternalLink } from '../../overlay/SourceList';
import { ui } from '../strings';

export function PoliciesView({ queries }: { queries: DatasetQueries }) {
  const byPlatform = new Map<PolicyRecord['platform'], PolicyRecord[]>();
  // X first (the record's main subject), then the others in dataset order.
  const ordered = [...queries.dataset.policies].sort((a, b) => Number(b.platform === 'x') - Number(a.platform === 'x'));
  for (const policy of ordered) byPlatform.set(policy.platform, [...(byPlatform.get(policy.platform) ?? []), policy]);
  return (
    <div class="policies">
      <h2 class="view-title">{ui.policies}</h2>
      {[...byPlatform].map(([platform, policies]) => (
        <section key={platform} aria-labelledby={`policies-${platform}`}>
          <h3 class="panel__heading" id={`policies-${platform}`}>
            {ui.clauseFor(PLATFORM_LABELS[platform])}
          </h3>
          <ul class="clauses">
            {policies.map((policy) => (
              <li class="clause" key={policy.id}>
                <div class="clause__head">
                  <a class="clause__name" href={`#/clause/${policy.id}`}>
                    {policy.name}
                  </a>
                  <span class="clause__when">{versionSpan(policy)}</span>
                </div>
                <p class="clause__summary" lang="en" dir="auto">{policy.versions.at(-1)?.summary}</p>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}

/** "2019-10 – 2023-04" over all versions; an open end reads as "present". */
export function versionSpan(policy: PolicyRecord): string {
  const first = policy.versions[0];
  const last = policy.versions.at(-1);
  if (!first || !last) return '';
  return `${formatPartialDate(first.from)} – ${last.to ? formatPartialDate(last.to) : ui.present}`;
}

export function VersionList({ policy }: { policy: PolicyRecord }) {
  return (
    <ol class="versions" aria-label={ui.versions}>
      {policy.versions.map((version) => (
        <li key={version.from}>
          <p class="clause__when">{describeVersion(version)}</p>
          <p class="clause__summary" lang="en" dir="auto">{version.summary}</p>
          <ExternalLink href={version.url}>{text.readPolicy}</ExternalLink>
        </li>
      ))}
    </ol>
  );
}
