/**
 * The messages the content scripts send the background:
 * - open an extension view in a tab (content scripts may not open extension pages themselves);
 * - look up the accounts behind handles and ids the content script's index says may be tracked
 *   (the content scripts ship a compact index, not the dataset: see src/content/remote-lookup.ts);
 * - from inside an embed frame, ask which page the frame is on (its top page's address);
 * - report the failures it caught on its page (posts it could not read), for the popup and the
 *   options page to show; and, from those pages only, ask for them.
 * The background validates every message it receives: a content script runs beside hostile pages,
 * so its messages are input like any other.
 */
import type { CompiledAccount } from '../dataset/compiled';
import type { AccountProfile } from '../dataset/queries';
import type { PolicyRecord } from '../dataset/schema';
import { parseView, viewHash } from './views';

export interface OpenViewMessage {
  type: 'precedent:open-view';
  /** A view hash (./views.ts), e.g. "#/clause/x-world-leaders". */
  view: string;
}

export interface LookupMessage {
  type: 'precedent:lookup';
  /** Index keys (src/dataset/keys.ts: handleKey, userIdKey), e.g. "x:h:potus", "x:i:822215679726100480". */
  keys: string[];
}

/** The background's answer to a lookup. */
export interface LookupReply {
  /** Every account that ever held one of the handles or ids asked for (with all its handle claims). */
  accounts: CompiledAccount[];
  /** Each of those accounts' profile: entity, events, clauses. */
  profiles: AccountProfile[];
  /** Every clause the profiles' events cite, so that the panel can name them. */
  policies: PolicyRecord[];
  /** Records of this reply that come from the user's imported packs: [record id, pack name]. */
  packs: Array<[string, string]>;
}

/**
 * From the frames content script (inside an X or Bluesky embed frame): which page is this frame
 * on? The frame cannot see its top page's address; the background can, through the sender's tab,
 * and only for pages Precedent has a host permission for (a site the user switched on, or X).
 */
export interface FramePageMessage {
  type: 'precedent:frame-page';
}

export interface FramePageReply {
  /** The tab's top-level origin, or null when the browser does not tell (no permission for it). */
  origin: string | null;
}

/** A content script's failures on its page so far (it never lets them reach the page). */
export interface FailuresMessage {
  type: 'precedent:failures';
  /** Failures since the script started on this page. */
  count: number;
  /** The last few error messages, short. */
  samples: string[];
}

/**
 * A content script's state on its page, told once it settles: `annotating` after its first pass over
 * the page (how many posts it annotated, how many wait for an answer), `off` when the page's site is
 * switched off, `waiting` when an embed frame's page is not one it may annotate. What the tests wait
 * for instead of sleeping, and what the options page can show.
 */
export interface RanMessage {
  type: 'precedent:ran';
  script: string;
  state: RunState;
  annotated: number;
  waiting: number;
}

export const RUN_STATES = ['annotating', 'off', 'waiting'] as const;
export type RunState = (typeof RUN_STATES)[number];

/** From the extension's own pages: the failures content scripts reported, per tab. */
export interface DiagnosticsMessage {
  type: 'precedent:diagnostics';
}

export interface TabFailures {
  tabId: number;
  url: string;
  count: number;
  samples: string[];
}

/** A content script's last reported state in a tab (one per script and frame). */
export interface TabRun {
  tabId: number;
  /** The page (or the frame) the script runs in. */
  url: string;
  script: string;
  state: RunState;
  annotated: number;
  waiting: number;
}

export interface DiagnosticsReply {
  tabs: TabFailures[];
  runs: TabRun[];
}

export type Message = OpenViewMessage | LookupMessage | FramePageMessage | FailuresMessage | RanMessage | DiagnosticsMessage;

/** At most this many samples, each at most this long: a failure report is small whatever the error. */
export const MAX_SAMPLES = 5;
export const MAX_SAMPLE_LENGTH = 200;

/** At most this many keys per message: a page cannot make the background do unbounded work. */
export const MAX_LOOKUP_KEYS = 200;
/** platform:h:handle or platform:i:id, lower case; long enough for any platform's handles, bounded. */
const LOOKUP_KEY = /^[a-z]{1,16}:[hi]:[a-z0-9_.\-:@]{1,100}$/;

export function openViewMessage(view: string): OpenViewMessage {
  return { type: 'precedent:open-view', view };
}

export function framePageMessage(): FramePageMessage {
  return { type: 'precedent:frame-page' };
}

export function lookupMessage(keys: string[]): LookupMessage {
  return { type: 'precedent:lookup', keys };
}

export function failuresMessage(count: number, samples: readonly string[]): FailuresMessage {
  return { type: 'precedent:failures', count, samples: samples.slice(-MAX_SAMPLES).map((sample) => sample.slice(0, MAX_SAMPLE_LENGTH)) };
}

export function ranMessage(script: string, state: RunState, annotated = 0, waiting = 0): RanMessage {
  return { type: 'precedent:ran', script, state, annotated, waiting };
}

export function diagnosticsMessage(): DiagnosticsMessage {
  return { type: 'precedent:diagnostics' };
}

/** The message, re-derived from its parts, or null when it is not one of ours. */
export function parseMessage(value: unknown): Message | null {
  if (typeof value !== 'object' || value === null) return null;
  const { type, view, keys, count, samples, script, state, annotated, waiting } = value as Record<string, unknown>;
  if (type === 'precedent:ran') {
    const counted = (n: unknown): n is number => typeof n === 'number' && Number.isInteger(n) && n >= 0 && n <= 1_000_000;
    if (typeof script !== 'string' || !/^[a-z-]{1,30}$/.test(script) || !RUN_STATES.includes(state as RunState) || !counted(annotated) || !counted(waiting)) return null;
    return ranMessage(script, state as RunState, annotated, waiting);
  }
  if (type === 'precedent:failures') {
    if (typeof count !== 'number' || !Number.isInteger(count) || count < 0 || count > 1_000_000) return null;
    if (!Array.isArray(samples) || samples.length > MAX_SAMPLES || !samples.every((sample): sample is string => typeof sample === 'string')) return null;
    return failuresMessage(count, samples);
  }
  if (type === 'precedent:diagnostics') return diagnosticsMessage();
  if (type === 'precedent:lookup') {
    if (!Array.isArray(keys) || keys.length === 0 || keys.length > MAX_LOOKUP_KEYS) return null;
    if (!keys.every((key): key is string => typeof key === 'string' && LOOKUP_KEY.test(key))) return null;
    return lookupMessage([...new Set(keys)]);
  }
  if (type === 'precedent:frame-page') return framePageMessage();
  if (type !== 'precedent:open-view' || typeof view !== 'string' || view.length > 200) return null;
  // Re-serialised from the parsed view: only known routes with safe ids reach the tab URL.
  return openViewMessage(viewHash(parseView(view)));
}
