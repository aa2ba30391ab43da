/**
 * What a badge shows, and nothing more: who the account belongs to (with the dated offices and seat
 * holders that name it on a post's date), its kind, how many actions are on record on its platform,
 * and the latest. Small enough for the content scripts to carry for every account of a small
 * dataset (src/matching/index-keys.ts), so that a tracked post gets its badge in the frame that
 * first paints it; the panel's detail (events, sources, clauses) still comes from the background.
 * The badge drawn from a summary is the badge drawn from the full profile: both go through here.
 */
import type { CompiledAccount, MatchableAccount } from './compiled';
import { isWithin } from './dates';
import { placedEvents, type AccountProfile } from './queries';
import type { Action, Platform } from './schema';
import { countActions, latestAction } from './tally';

interface Dated {
  from?: string | undefined;
  to?: string | null | undefined;
}

export interface BadgeSummary {
  account: MatchableAccount & Pick<CompiledAccount, 'kind'>;
  /** The entity's English name. */
  name: string;
  /** A person's dated offices: the badge names the one held on the post's date. */
  offices: Array<Dated & { title: string }>;
  /** An office body's seat and everyone on record as holding it, with their dates. */
  seat?: { title: string; holders: Array<Dated & { name: string }> };
  /** Enforcement actions on this platform across the entity's accounts (the badge's count). */
  actions: number;
  /**
   * The latest of them (the one-line summary at "summary" density). Its `summary` text is left out
   * of what the content scripts carry (src/matching/index-keys.ts) and arrives with the panel's detail.
   */
  latest?: { action: Action; date: string; summary?: string };
}

const dated = ({ from, to }: Dated): Dated => ({ ...(from !== undefined && { from }), ...(to !== undefined && { to }) });

export function summariseForBadge(profile: AccountProfile): BadgeSummary {
  const { account, entity } = profile;
  const platform: Platform = account.platform;
  const placed = placedEvents(profile);
  const latest = latestAction(placed.filter((placedEvent) => placedEvent.platform === platform).map(({ event }) => event));
  return {
    account: {
      id: account.id,
      platform,
      kind: account.kind,
      handles: account.handles.map(({ handle, from, to }) => ({ handle, ...dated({ from, to }) })),
      ...(account.userId !== undefined && { userId: account.userId }),
    },
    name: entity.names.en,
    offices: entity.offices.map((office) => ({ title: office.title, ...dated(office) })),
    ...(entity.seat && {
      seat: { title: entity.seat.title, holders: profile.holders.map(({ person, office }) => ({ name: person.names.en, ...dated(office) })) },
    }),
    actions: countActions(placed).byPlatform[platform] ?? 0,
    ...(latest && { latest: { action: latest.action, date: latest.date, summary: latest.summary } }),
  };
}

/** The seat's holders on a date (several for a shared office; none before the first on record). */
export function seatHoldersAt(summary: BadgeSummary, at: number): string[] {
  return (summary.seat?.holders ?? []).filter((holder) => isWithin(at, holder.from, holder.to)).map((holder) => holder.name);
}

/** The title of the office a person held on a date, if any. */
export function officeTitleAt(summary: BadgeSummary, at: number): string | null {
  return summary.offices.find((office) => isWithin(at, office.from, office.to))?.title ?? null;
}
