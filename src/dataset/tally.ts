/**
 * How the record is counted and summed up, one definition for every place that shows a count (the
 * badge, the panel, the popup's search results and record page). An enforcement action is something
 * a platform did against an account or its post; undoing one (a reinstatement, a label removed) and
 * a documented decision to take none are on record and shown as such, but never counted as actions.
 */
import { compareEventsNewestFirst, type OrderedEvent } from './event-order';
import type { Action, EventRecord, Platform } from './schema';

const NOT_ACTIONS: ReadonlySet<Action> = new Set<Action>(['reinstatement', 'account-label-removed', 'no-action']);

export const isEnforcementAction = (event: Pick<EventRecord, 'action'>): boolean => !NOT_ACTIONS.has(event.action);

/** The events that count as enforcement actions, in their order. */
export function enforcementActions<E extends Pick<EventRecord, 'action'>>(events: readonly E[]): E[] {
  return events.filter(isEnforcementAction);
}

/** An event with the platform of the account it hit. */
export interface PlacedEvent {
  event: EventRecord;
  platform: Platform;
}

export interface ActionCounts {
  /** Enforcement actions on every platform. */
  total: number;
  /** Enforcement actions per platform (platforms with none are absent). */
  byPlatform: Partial<Record<Platform, number>>;
}

export function countActions(events: readonly PlacedEvent[]): ActionCounts {
  const byPlatform: Partial<Record<Platform, number>> = {};
  let total = 0;
  for (const { event, platform } of events) {
    if (!isEnforcementAction(event)) continue;
    total += 1;
    byPlatform[platform] = (byPlatform[platform] ?? 0) + 1;
  }
  return { total, byPlatform };
}

/** The newest enforcement action among `events` (any order), or undefined. */
export function latestAction<E extends OrderedEvent>(events: readonly E[]): E | undefined {
  return enforcementActions(events).sort(compareEventsNewestFirst)[0];
}

/** Actions on the account itself: told one by one, with their dates, as the story of the account. */
const ACCOUNT_ACTIONS: readonly Action[] = [
  'permanent-suspension',
  'indefinite-suspension',
  'temporary-suspension',
  'account-locked',
  'ads-restricted',
  'reinstatement',
  'account-labelled',
  'account-label-removed',
];

/** Actions on single posts: told as counts. Each group is one phrase of the summary. */
export const POST_GROUPS = {
  removed: ['post-removed'],
  notices: ['post-hidden-notice'],
  labels: ['post-labelled'],
  withheld: ['withheld-in-country'],
  limited: ['reach-limited'],
  restricted: ['interaction-restricted'],
  noAction: ['no-action'],
} as const satisfies Record<string, readonly Action[]>;
export type PostGroup = keyof typeof POST_GROUPS;

export type SummaryPart =
  /** One account action ("Permanent suspension, Jan 2021") or several of a kind (count > 1, with the latest date). */
  | { kind: 'account'; action: Action; count: number; latest: string }
  | { kind: 'posts'; group: PostGroup; count: number };

/**
 * The record in a line: account actions in the order they last happened (suspended, then
 * reinstated), then counts of post actions, then documented decisions to take none.
 */
export function summaryParts(events: readonly OrderedEvent[]): SummaryPart[] {
  const byAction: Array<{ part: Extract<SummaryPart, { kind: 'account' }>; newest: OrderedEvent }> = [];
  for (const action of ACCOUNT_ACTIONS) {
    const [newest, ...older] = events.filter((event) => event.action === action).sort(compareEventsNewestFirst);
    if (newest) byAction.push({ part: { kind: 'account', action, count: older.length + 1, latest: newest.date }, newest });
  }
  // Oldest first, so that the line reads as what happened: "suspended Jan 2021 · reinstated Nov 2022".
  const accountParts = byAction.sort((a, b) => compareEventsNewestFirst(b.newest, a.newest)).map(({ part }) => part);
  const postParts: SummaryPart[] = [];
  for (const [group, actions] of Object.entries(POST_GROUPS) as Array<[PostGroup, readonly Action[]]>) {
    const count = events.filter((event) => actions.includes(event.action)).length;
    if (count > 0) postParts.push({ kind: 'posts', group, count });
  }
  return [...accountParts, ...postParts];
}
