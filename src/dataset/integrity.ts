/**
 * The checks that hold across records (ids, references, handle claims, dates in order), shared by
 * the compiler (record files, src/dataset/compile.ts) and by imported packs (one compiled JSON
 * document, src/packs/). Each problem is located by the caller's `locate`, so it names the file and
 * the path the user can fix: "entities/x.json › accounts.0.handles" or "pack.json › accounts.3.handles".
 */
import { handleProblem, userIdProblem } from './handles';
import { handleKey, userIdKey } from './keys';
import type { CompiledAccount, EntityRecord } from './compiled';
import { rangesOverlap, shareSpan, spanOf, startOf } from './dates';
import type { EventRecord, PolicyRecord, Source } from './schema';

export interface DatasetProblem {
  file: string;
  /** Dotted path to the field, e.g. "events.2.sources.0.url"; "" for the whole file. */
  field: string;
  message: string;
}

export interface RecordLists {
  entities: readonly EntityRecord[];
  accounts: readonly CompiledAccount[];
  events: readonly EventRecord[];
  policies: readonly PolicyRecord[];
}

/** Where a record lives: its file, and the path of the record inside that file ("" for a whole file). */
export type Locate = (record: object) => { file: string; path: string };


const seatKey = (office: { title: string; country: string }) => `${office.country}:${office.title}`;

/**
 * Explicit direction embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069). No record
 * needs one (each string is isolated when shown), and one can make a publisher read as another
 * outlet's name, or turn a sentence around it.
 */
/** Wording about the record's own fields or ids, which means nothing to a reader. */
const EDITORIAL_WORDING = /'(?:to|from)' is\b|\brecorded as [a-z0-9]+(?:-[a-z0-9]+)+/;
const DIRECTION_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/;

/** Each string field of a record (dotted path, value), however deep (an array's keys are its indexes). */
function* strings(value: unknown, path = ''): Generator<[string, string]> {
  if (typeof value === 'string') yield [path, value];
  else if (typeof value === 'object' && value !== null)
    for (const [key, item] of Object.entries(value)) yield* strings(item, path ? `${path}.${key}` : key);
}

export function formatProblem(problem: DatasetProblem): string {
  return `${problem.file}${problem.field ? ` › ${problem.field}` : ''}: ${problem.message}`;
}

export function checkRecords(lists: RecordLists, locate: Locate, today: Date = new Date()): DatasetProblem[] {
  const problems: DatasetProblem[] = [];
  const where = (record: object) => locate(record).file;
  const report = (record: object, field: string, message: string) => {
    const { file, path } = locate(record);
    problems.push({ file, field: [path, field].filter(Boolean).join('.'), message });
  };
  const { entities, accounts, events, policies } = lists;

  // Unique ids across every kind of record.
  const seen = new Map<string, string>();
  for (const [kind, list] of [
    ['entity', entities],
    ['account', accounts],
    ['event', events],
    ['policy', policies],
  ] as const) {
    for (const record of list) {
      const previous = seen.get(record.id);
      if (previous) report(record, 'id', `id "${record.id}" is also used by ${previous}`);
      else seen.set(record.id, `the ${kind} in ${where(record)}`);
    }
  }

  const entityIds = new Set(entities.map((entity) => entity.id));
  const accountById = new Map(accounts.map((account) => [account.id, account]));
  const policyIds = new Set(policies.map((policy) => policy.id));
  const latest = today.getTime();

  const checkSources = (record: object, field: string, sources: readonly Source[]) =>
    sources.forEach((source, index) => {
      if (source.date && startOf(source.date) > latest) report(record, `${field}.${index}.date`, 'is in the future');
    });

  for (const list of [entities, accounts, events, policies])
    for (const record of list)
      for (const [field, value] of strings(record))
        if (DIRECTION_CONTROLS.test(value)) report(record, field, 'holds a direction override or isolate character (U+202A–U+202E, U+2066–U+2069)');

  // Readers see `note`; how the record's own fields were set belongs in `editorNote`.
  for (const record of [...entities, ...accounts, ...policies])
    if (record.note && EDITORIAL_WORDING.test(record.note))
      report(record, 'note', 'speaks of the record\'s own fields (\'to\' is…, recorded as <id>…): readers see this note; move that part to "editorNote"');

  const seatsHeld = new Set(entities.flatMap((entity) => (entity.type === 'person' ? entity.offices.map(seatKey) : [])));
  for (const entity of entities) {
    entity.offices.forEach((office, index) => {
      if (office.to && startOf(office.to) < startOf(office.from)) report(entity, `offices.${index}.to`, 'is before "from"');
    });
    if (entity.seat && entity.type === 'person') report(entity, 'seat', 'a person holds offices; only an office, body or household serves a seat');
    else if (entity.seat && !seatsHeld.has(seatKey(entity.seat)))
      report(entity, 'seat', `no person holds "${entity.seat.title}" (${entity.seat.country}): its holders need that office, spelt the same`);
  }

  for (const account of accounts) {
    if (!entityIds.has(account.entity)) report(account, 'entity', `entity "${account.entity}" does not exist`);
    checkSources(account, 'sources', account.sources);
    if (account.userIdSource) checkSources(account, 'userIdSource', [account.userIdSource]);
    const idProblem = account.userId ? userIdProblem(account.userId, account.platform) : null;
    if (idProblem) report(account, 'userId', idProblem);
    account.handles.forEach((claim, index) => {
      const problem = handleProblem(claim.handle, account.platform);
      if (problem) report(account, `handles.${index}.handle`, problem);
      if (claim.from && claim.to && startOf(claim.to) < startOf(claim.from)) report(account, `handles.${index}.to`, 'is before "from"');
    });
  }

  // No handle may belong to two accounts of one platform at overlapping dates. An id belongs to one
  // platform account; several records may share it only when that account changed owner, each record
  // covering its own dates (the span of its handle claims), so a post's date picks one of them.
  // Grouped by key rather than compared pairwise: the benchmark compiles 50,000 accounts.
  const withUserId = new Map<string, CompiledAccount[]>();
  const claimsByHandle = new Map<string, Array<{ account: CompiledAccount; claim: CompiledAccount['handles'][number] }>>();
  for (const b of accounts) {
    if (b.userId) {
      const key = userIdKey(b.platform, b.userId);
      const others = withUserId.get(key) ?? [];
      const clash = others.find((a) => rangesOverlap(spanOf(a.handles), spanOf(b.handles)));
      if (clash) report(b, 'userId', `user id ${b.userId} is also claimed by account "${clash.id}" for overlapping dates`);
      else withUserId.set(key, [...others, b]);
    }
    const reported = new Set<string>();
    for (const claimB of b.handles) {
      const key = handleKey(b.platform, claimB.handle);
      for (const { account: a, claim: claimA } of claimsByHandle.get(key) ?? []) {
        // (`b`'s own claims join the map only after this loop: `a` is always another account.)
        if (reported.has(`${a.id}:${claimB.handle}`) || !rangesOverlap(claimA, claimB)) continue;
        reported.add(`${a.id}:${claimB.handle}`);
        report(b, 'handles', `handle "${claimB.handle}" is also claimed by account "${a.id}" (${where(a)}) for overlapping dates`);
      }
    }
    for (const claim of b.handles) {
      const key = handleKey(b.platform, claim.handle);
      claimsByHandle.set(key, [...(claimsByHandle.get(key) ?? []), { account: b, claim }]);
    }
  }

  const eventById = new Map(events.map((event) => [event.id, event]));
  for (const event of events) {
    if (!accountById.has(event.account)) report(event, 'account', `account "${event.account}" does not exist`);
    if (event.after !== undefined) checkAfter(event, eventById.get(event.after));
    event.policies.forEach((policy, index) => {
      if (!policyIds.has(policy)) report(event, `policies.${index}`, `policy "${policy}" does not exist`);
    });
    if (startOf(event.date) > latest) report(event, 'date', 'is in the future');
    checkSources(event, 'sources', event.sources);
  }

  /** `after` orders events whose dates cannot: it must name another event of the same record, in the same span, not naming this one back. */
  function checkAfter(event: EventRecord, earlier: EventRecord | undefined) {
    const entityOf = (record: EventRecord) => accountById.get(record.account)?.entity;
    if (earlier === undefined) report(event, 'after', `event "${event.after}" does not exist`);
    else if (earlier === event || earlier.after === event.id) report(event, 'after', `"${event.after}" cannot come both before and after this event`);
    else if (entityOf(earlier) !== entityOf(event)) report(event, 'after', `"${event.after}" is another record's event`);
    else if (!shareSpan(earlier.date, event.date))
      report(event, 'after', `"${event.after}" is dated ${earlier.date}, apart from this event's ${event.date}: the dates already order them`);
  }

  for (const policy of policies) {
    let previousEnd: string | null | undefined;
    policy.versions.forEach((version, index) => {
      if (version.to && startOf(version.to) < startOf(version.from)) report(policy, `versions.${index}.to`, 'is before "from"');
      // `previousEnd` is undefined for the first version (no previous one), null after an open-ended one.
      if (previousEnd === null) report(policy, `versions.${index - 1}.to`, 'is open-ended but a later version follows');
      else if (previousEnd !== undefined && startOf(version.from) < startOf(previousEnd))
        report(policy, `versions.${index}.from`, 'starts before the previous version ends (versions must be in order)');
      previousEnd = version.to;
      checkSources(policy, `versions.${index}.sources`, version.sources);
    });
  }
  return problems;
}
