/**
 * The record summed up, the same way in the badge, the panel and the popup: counts of enforcement
 * actions (src/dataset/tally.ts says what counts) with the platforms they cover, and a one-line
 * story of what the platform did.
 */
import type { Platform } from '../dataset/schema';
import { summaryParts, type ActionCounts, type PlacedEvent, type PostGroup, type SummaryPart } from '../dataset/tally';
import { formatPartialDate } from './format';
import { ACTION_LABELS, PLATFORM_LABELS, text } from './labels';

/**
 * The count for a scope: "15 actions on X", and "26 on all platforms" after it when the entity has
 * actions elsewhere too. Without a platform (the popup's lists): the platform when all actions are
 * on one, else the total on all platforms.
 */
export function countPhrases(counts: ActionCounts, platform?: Platform): string[] {
  const platforms = Object.keys(counts.byPlatform) as Platform[];
  const scope = platform ?? (platforms.length === 1 ? platforms[0] : undefined);
  if (scope === undefined) return [counts.total > 0 ? text.actionsOnAllPlatforms(counts.total) : text.noActionsOnRecord];
  const here = counts.byPlatform[scope] ?? 0;
  const first = here > 0 ? text.actionsOn(here, PLATFORM_LABELS[scope]) : text.noActionsOn(PLATFORM_LABELS[scope]);
  return counts.total > here ? [first, text.actionsOnAllPlatforms(counts.total)] : [first];
}

function partText(part: SummaryPart): string {
  if (part.kind === 'account') {
    const date = formatPartialDate(part.latest);
    return part.count === 1 ? text.summaryOnce(ACTION_LABELS[part.action], date) : text.summaryRepeated(ACTION_LABELS[part.action], part.count, date);
  }
  return POST_PHRASES[part.group](part.count);
}

const POST_PHRASES: Record<PostGroup, (count: number) => string> = {
  removed: (count) => text.summaryRemoved(count),
  notices: (count) => text.summaryNotices(count),
  labels: (count) => text.summaryLabels(count),
  withheld: (count) => text.summaryWithheld(count),
  limited: (count) => text.summaryLimited(count),
  restricted: (count) => text.summaryRestricted(count),
  noAction: (count) => text.summaryNoAction(count),
};

/** "Permanent suspension (Jan 2021) · Reinstated (Nov 2022) · 6 posts behind a notice · 4 posts labelled". */
export function summaryLine(events: readonly PlacedEvent[], platform: Platform): string | null {
  const parts = summaryParts(events.filter((placed) => placed.platform === platform).map(({ event }) => event));
  return parts.length > 0 ? parts.map(partText).join(' · ') : null;
}

/** The panel's and the record page's top lines: counts, then each platform's story. */
export function RecordAtAGlance({ counts, events, platforms }: { counts: ActionCounts; events: readonly PlacedEvent[]; platforms: readonly Platform[] }) {
  const lines = platforms
    .map((platform) => ({ platform, line: summaryLine(events, platform) }))
    .filter((entry): entry is { platform: Platform; line: string } => entry.line !== null);
  return (
    <div class="glance">
      <p class="glance__counts">
        {countPhrases(counts, platforms.length === 1 ? platforms[0] : undefined).map((phrase, index) => (
          <span key={phrase} class={index === 0 ? 'glance__count' : 'glance__count glance__count--all'}>
            {phrase}
          </span>
        ))}
      </p>
      {lines.map(({ platform, line }) => (
        <p key={platform} class="glance__story" data-platform={platform}>
          {platforms.length > 1 ? <span class="glance__platform">{text.onPlatform(PLATFORM_LABELS[platform])} </span> : null}
          {line}
        </p>
      ))}
    </div>
  );
}
