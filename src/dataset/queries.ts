/**
 * Read-side view over the compiled dataset: the lookups the overlay needs, built once.
 */
import type { CompiledAccount, CompiledDataset, EntityRecord } from './compiled';
import { isWithin, startOf } from './dates';
import { compareEventsNewestFirst } from './event-order';
import type { DatasetMeta, EventRecord, Office, PolicyRecord } from './schema';
import { isEnforcementAction, type PlacedEvent } from './tally';

/** A person who held the office an office body serves (its `seat`), with that office's dates. */
export interface SeatHolder {
  person: EntityRecord;
  office: Office;
}

export interface AccountProfile {
  account: CompiledAccount;
  entity: EntityRecord;
  /** For an office body: everyone on record as holding its seat, earliest first (empty otherwise). */
  holders: SeatHolder[];
  /** This account's events, newest first. */
  events: EventRecord[];
  /** Events on the entity's other accounts (other handles, other platforms), newest first. */
  otherEvents: Array<{ event: EventRecord; account: CompiledAccount }>;
  /** Clauses cited by the account's events, then those that always apply to its kind of account. */
  policies: PolicyRecord[];
}

export interface EntityRecordView {
  entity: EntityRecord;
  /** For an office body: everyone on record as holding its seat, earliest first. */
  holders: SeatHolder[];
  accounts: CompiledAccount[];
  /** Every event on every account of the entity, newest first. */
  events: Array<{ event: EventRecord; account: CompiledAccount }>;
  /** Clauses those events cite. */
  policies: PolicyRecord[];
}

/** One row of the consistency lens: an event, whose account it hit, and whose account that is. */
export interface ClauseUse {
  event: EventRecord;
  account: CompiledAccount;
  entity: EntityRecord;
}

/**
 * What the overlay needs beyond an account's profile: the dataset's version and date, and the
 * clauses events cite by id. The content scripts hold only the clauses they were sent.
 */
export interface RecordLookup {
  readonly meta: DatasetMeta;
  policy(id: string): PolicyRecord | null;
  /** The name of the user's imported pack a record comes from; undefined for the bundled dataset's. */
  packOf(id: string): string | undefined;
}

export interface DatasetQueries extends RecordLookup {
  readonly dataset: CompiledDataset;
  profile(accountId: string): AccountProfile | null;
  entityRecord(entityId: string): EntityRecordView | null;
  /**
   * Where a clause was cited, newest first: enforcement actions (src/dataset/tally.ts), their
   * reversals (reinstatements, labels removed), and documented decisions to take none.
   */
  clauseUses(policyId: string): { applied: ClauseUse[]; undone: ClauseUse[]; noAction: ClauseUse[] };
}

/** `origin`: record id → the imported pack it comes from (src/packs/apply-packs.ts). */
export function createQueries(dataset: CompiledDataset, origin: ReadonlyMap<string, string> = new Map()): DatasetQueries {
  const entities = new Map(dataset.entities.map((entity) => [entity.id, entity]));
  const accounts = new Map(dataset.accounts.map((account) => [account.id, account]));
  const policies = new Map(dataset.policies.map((policy) => [policy.id, policy]));
  const eventsByAccount = new Map<string, EventRecord[]>();
  const accountsByEntity = new Map<string, CompiledAccount[]>();
  for (const account of dataset.accounts) accountsByEntity.set(account.entity, [...(accountsByEntity.get(account.entity) ?? []), account]);
  for (const event of dataset.events) {
    const list = eventsByAccount.get(event.account) ?? [];
    list.push(event); // dataset.events is already newest first
    eventsByAccount.set(event.account, list);
  }
  const profiles = new Map<string, AccountProfile | null>();
  const holdersBySeat = new Map<string, SeatHolder[]>();
  for (const person of dataset.entities.filter((entity) => entity.type === 'person'))
    for (const office of person.offices) {
      const key = seatKey(office);
      holdersBySeat.set(key, [...(holdersBySeat.get(key) ?? []), { person, office }]);
    }
  for (const list of holdersBySeat.values()) list.sort((a, b) => startOf(a.office.from) - startOf(b.office.from));
  const holdersOf = (entity: EntityRecord) => (entity.seat ? (holdersBySeat.get(seatKey(entity.seat)) ?? []) : []);

  const buildProfile = (accountId: string): AccountProfile | null => {
    const account = accounts.get(accountId);
    const entity = account && entities.get(account.entity);
    if (!account || !entity) return null;
    const events = eventsByAccount.get(accountId) ?? [];
    const cited = new Set(events.flatMap((event) => event.policies));
    const relevant = [
      ...[...cited].map((id) => policies.get(id)).filter((p): p is PolicyRecord => p !== undefined),
      // Clauses that always apply to this kind of account: the account's own platform's only.
      ...dataset.policies.filter((p) => !cited.has(p.id) && p.platform === account.platform && p.appliesTo?.includes(account.kind)),
    ];
    const otherEvents = (accountsByEntity.get(entity.id) ?? [])
      .filter((other) => other.id !== accountId)
      .flatMap((other) => (eventsByAccount.get(other.id) ?? []).map((event) => ({ event, account: other })))
      .sort((a, b) => compareEventsNewestFirst(a.event, b.event));
    return { account, entity, holders: holdersOf(entity), events, otherEvents, policies: relevant };
  };

  return {
    dataset,
    meta: dataset.meta,
    profile(accountId) {
      if (!profiles.has(accountId)) profiles.set(accountId, buildProfile(accountId));
      return profiles.get(accountId) ?? null;
    },
    policy: (id) => policies.get(id) ?? null,
    packOf: (id) => origin.get(id),
    entityRecord(entityId) {
      const entity = entities.get(entityId);
      if (!entity) return null;
      const owned = accountsByEntity.get(entityId) ?? [];
      const events = owned
        .flatMap((account) => (eventsByAccount.get(account.id) ?? []).map((event) => ({ event, account })))
        .sort((a, b) => compareEventsNewestFirst(a.event, b.event));
      const cited = new Set(events.flatMap(({ event }) => event.policies));
      return { entity, holders: holdersOf(entity), accounts: owned, events, policies: dataset.policies.filter((policy) => cited.has(policy.id)) };
    },
    clauseUses(policyId) {
      const uses = dataset.events
        .filter((event) => event.policies.includes(policyId))
        .map((event) => {
          const account = accounts.get(event.account);
          const entity = account && entities.get(account.entity);
          return account && entity ? { event, account, entity } : null;
        })
        .filter((use): use is ClauseUse => use !== null);
      return {
        applied: uses.filter((use) => isEnforcementAction(use.event)),
        undone: uses.filter((use) => !isEnforcementAction(use.event) && use.event.action !== 'no-action'),
        noAction: uses.filter((use) => use.event.action === 'no-action'),
      };
    },
  };
}

/** Every event on the entity's accounts, with each account's platform: what its counts cover. */
export function placedEvents(profile: Pick<AccountProfile, 'account' | 'events' | 'otherEvents'>): PlacedEvent[] {
  return [
    ...profile.events.map((event) => ({ event, platform: profile.account.platform })),
    ...profile.otherEvents.map(({ event, account }) => ({ event, platform: account.platform })),
  ];
}

/**
 * How to name the account at an instant: "@handle" as it was then (handles move between accounts),
 * else its latest handle, else the page or channel name sources give.
 */
export function accountLabelAt(account: CompiledAccount, at: number): string {
  const claim = account.handles.find((c) => isWithin(at, c.from, c.to)) ?? account.handles.at(-1);
  return claim ? `@${claim.handle}` : (account.name ?? account.id);
}

/** The office an entity held at an instant, or null. */
export function officeAt(entity: EntityRecord, at: number): Office | null {
  return entity.offices.find((office) => isWithin(at, office.from, office.to)) ?? null;
}

const seatKey = (office: { title: string; country: string }) => `${office.country}:${office.title}`;

/**
 * Who held the office at an instant: the holders whose dated office covers it (a spokesperson's
 * office may have several at once). Empty before the first holder on record, or in a gap the
 * sources leave: a post never shows a holder whose term had not begun.
 */
export function holdersAt(holders: readonly SeatHolder[], at: number): SeatHolder[] {
  return holders.filter((holder) => isWithin(at, holder.office.from, holder.office.to));
}
