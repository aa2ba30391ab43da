/**
 * The dataset's one source of truth for shape: the files under assets/dataset/ are parsed with these
 * schemas at build time (scripts/lib/dataset-plugin.ts) and by `npm run data:check`; every type the
 * extension uses for records is inferred from them. Rules: docs/data-standards.md.
 */
import { z } from 'zod';
import { ACCOUNT_KINDS, ACTIONS, PLATFORMS } from './vocabulary';

export { ACCOUNT_KINDS, ACTIONS, PLATFORMS } from './vocabulary';

/** "YYYY", "YYYY-MM" or "YYYY-MM-DD": a date stated only to the precision its source gives. */
export const partialDateSchema = z
  .string()
  .regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, 'must be YYYY, YYYY-MM or YYYY-MM-DD')
  .refine((value) => value.length < 10 || isRealDay(value), 'is not a real calendar day');

function isRealDay(value: string): boolean {
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

/** A whole day, "YYYY-MM-DD" (for dates the project itself records, such as when a record was checked). */
const dayDateSchema = partialDateSchema.refine((value) => value.length === 10, 'must be a whole day, YYYY-MM-DD');

const slugSchema = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be a lowercase slug (a-z, 0-9, -)');

/**
 * Query parameters that only tell an outlet which campaign, click, share button or feed brought a reader
 * (utm_source, fbclid, a share button's `share=sms`, a feed reader's `?rss`). Copies found through
 * newsletters, social posts and feeds carry them; a link from Precedent must not report its readers to
 * anyone, so the record cites the address without them.
 */
const TRACKING_PARAMETER =
  /^(utm_[a-z_]+|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|igshid|ns_mchannel|ns_campaign|ns_source|ns_linkname|ns_fee|ito|_ga|yclid|smid|ocid|cmpid|taid|scrolla|ufrm|trc|share|__source|rss|feed)$/i;
/**
 * Generic names (`src`, `source`, `from`, `ref`, `par`) track only when they name a feed or a share
 * button: `?src=rss`, CNBC's `?par=sharebar`.
 */
const CHANNEL_MARKER = { names: /^(src|source|from|ref|par)$/i, values: /^(rss2?|feed|atom|sharebar)$/i };

function trackingParameters(value: string): string[] {
  return [...new URL(value).searchParams.entries()]
    .filter(([key, setting]) => TRACKING_PARAMETER.test(key) || (CHANNEL_MARKER.names.test(key) && CHANNEL_MARKER.values.test(setting)))
    .map(([key]) => key);
}

/**
 * App-link wrappers (Firebase's `*.page.link`, Branch's `*.app.link`, `app.goo.gl`) send a reader to
 * an app store or to the article, and carry campaign tags of their own: the record cites the
 * article's own address, which the wrapper names in its `link=` parameter.
 */
const APP_LINK_WRAPPER = /(^|\.)(page\.link|app\.link|app\.goo\.gl)$/i;

/**
 * Only https links ever leave the extension, never with credentials (`https://google.com@evil.example/`
 * reads as google.com but goes to evil.example) and never with tracking parameters.
 */
export const httpsUrlSchema = z
  .string()
  .refine((value) => URL.canParse(value) && new URL(value).protocol === 'https:', 'must be an https:// URL')
  .refine((value) => !URL.canParse(value) || (!new URL(value).username && !new URL(value).password), 'must not carry a user name or password')
  .refine((value) => !URL.canParse(value) || trackingParameters(value).length === 0, {
    error: (issue) => `carries a tracking parameter (${trackingParameters(String(issue.input)).join(', ')}): cite the address without it`,
  })
  .refine((value) => !URL.canParse(value) || !APP_LINK_WRAPPER.test(new URL(value).hostname), "is an app-link wrapper: cite the article's own address (its link= parameter)");

export const sourceSchema = z.strictObject({
  url: httpsUrlSchema,
  publisher: z.string().min(1),
  title: z.string().min(1),
  /** Publication date. Required for the sources of events and accounts (see datedSourceSchema). */
  date: partialDateSchema.optional(),
  archiveUrl: httpsUrlSchema.optional(),
});

/** News reports and statements are always dated; only a living help page may lack a date. */
export const datedSourceSchema = sourceSchema.extend({ date: partialDateSchema });


export const platformSchema = z.enum(PLATFORMS);


export const accountKindSchema = z.enum(ACCOUNT_KINDS);


export const actionSchema = z.enum(ACTIONS);

/**
 * A handle as the platform shows it, without a leading "@": X `Name_1`, Bluesky `name.bsky.social`,
 * Mastodon `user@server.example`, Truth Social `user`. Each platform's own form is checked with the
 * records (src/dataset/handles.ts, run by src/dataset/integrity.ts).
 */
const handleSchema = z.string().regex(/^[A-Za-z0-9_][A-Za-z0-9_.@-]{0,252}$/, 'must be a bare handle without "@" prefix');

const handleClaimSchema = z.strictObject({
  handle: handleSchema,
  from: partialDateSchema.optional(),
  to: partialDateSchema.nullable().optional(),
});

export const accountSchema = z
  .strictObject({
  id: slugSchema,
  platform: platformSchema,
  kind: accountKindSchema,
  language: z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/, 'must be a BCP-47 language tag'),
  /** The platform's own id: X's numeric id as a string, or a Bluesky DID (checked per platform in integrity.ts). */
  userId: z.string().regex(/^(\d{1,25}|did:[a-z0-9.:-]{5,260})$/, 'must be the numeric platform id as a string, or a Bluesky DID').optional(),
  /**
   * The page, channel or account name as sources give it (e.g. a Facebook page "Donald J. Trump"), for
   * accounts whose handle no dated source states. Such an account never matches a post (posts are
   * matched by handle or id) but keeps its events in the record, the look-up and the comparison:
   * leaving a reported action out because a report named the ministry and not its handle would make
   * the comparison say less than the sources do, and guessing the handle would make it say more.
   */
  name: z.string().min(1).max(120).optional(),
  handles: z.array(handleClaimSchema),
  /** Where the userId is stated (the platform's own page, an academic dataset, an archive). */
  userIdSource: sourceSchema.optional(),
  /** For readers: shown with the account. */
  note: z.string().max(400).optional(),
  /** For the record's editors only (how a field was set, why a date is what it is): never shown to readers. */
  editorNote: z.string().min(1).max(600).optional(),
  sources: z.array(datedSourceSchema).min(1),
  /** The day a researcher last checked the account (owner, handles, kind) against its sources. */
  checked: dayDateSchema.optional(),
  })
  .refine((account) => account.handles.length > 0 || account.name !== undefined, {
    message: 'needs a handle, or the "name" sources give it when no dated source states its handle',
    path: ['handles'],
  })
  .refine((account) => account.userId === undefined || account.userIdSource !== undefined, {
    message: 'a userId needs the userIdSource that states it',
    path: ['userIdSource'],
  });

const disagreementSchema = z.strictObject({
  about: z.enum(['date', 'action', 'policy', 'account', 'attribution', 'outcome', 'duration', 'other']),
  note: z.string().min(1).max(400),
  sources: z.array(datedSourceSchema).min(1),
});

export const eventSchema = z.strictObject({
  id: slugSchema,
  account: slugSchema,
  platform: platformSchema,
  date: partialDateSchema,
  action: actionSchema,
  /** Clause ids the platform cited; an empty list means the platform stated none. */
  policies: z.array(slugSchema),
  summary: z.string().min(1).max(240),
  platformStatement: z.string().min(1).max(400).optional(),
  post: z.strictObject({ url: httpsUrlSchema.optional(), statusId: z.string().regex(/^\d+$/).optional() }).optional(),
  disagreements: z.array(disagreementSchema).optional(),
  /**
   * The id of an event of the same record that this one followed, where the sources say so but the
   * dates cannot (a check shown again "days after" the removal of 20 April, dated only "2023-04").
   * Only for events whose dates share a span; elsewhere the dates order them.
   */
  after: slugSchema.optional(),
  sources: z.array(datedSourceSchema).min(1),
});

export const officeSchema = z.strictObject({
  title: z.string().min(1),
  country: z.string().regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 code'),
  from: partialDateSchema,
  to: partialDateSchema.nullable(),
  sources: z.array(datedSourceSchema).optional(),
});

export const entityFileSchema = z.strictObject({
  id: slugSchema,
  type: z.enum(['person', 'office', 'government-body', 'state-media', 'party']),
  /** Names by BCP-47 language; "en" is required, native scripts are keyed by their language. */
  /** The state a body or outlet belongs to, for records without offices (ISO 3166-1 alpha-2). */
  country: z.string().regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 code').optional(),
  names: z
    .record(z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/), z.string().min(1))
    .refine((names) => typeof names.en === 'string', 'needs an English name under "en"')
    .transform((names) => names as Record<string, string> & { en: string }),
  /**
   * Other spellings readers type, for search only: the name as the press of other languages writes it
   * ("Трамп", "ترامپ", "ترامب"). Not the entity's own names (those are `names`), never shown as its name.
   */
  aliases: z.array(z.string().min(1).max(80)).max(24).optional(),
  wikidata: z.string().regex(/^Q\d+$/).optional(),
  offices: z.array(officeSchema),
  /**
   * For an office's own body (a presidency, a prime minister's office, a royal household, a ministry):
   * the office it serves, spelt as its holders' `offices[].title` and `country`. Who held it on a
   * post's date comes from those holders' dated offices, never from this record.
   */
  seat: z.strictObject({ title: z.string().min(1), country: z.string().regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 code') }).optional(),
  accounts: z.array(accountSchema),
  events: z.array(eventSchema),
  note: z.string().max(600).optional(),
  /**
   * For the record's editors only (how a field was set, why a date is what it is): never shown to
   * readers, and stripped from the build. Longer than elsewhere: one note serves all the entity's
   * events and keeps every pass's audit trail (Trump's, with 77 events, passed 48,000 characters in
   * December 2026); the cap only stops a runaway paste.
   */
  editorNote: z.string().min(1).max(150000).optional(),
});

export const policyVersionSchema = z.strictObject({
  from: partialDateSchema,
  /**
   * True when `from` is only the earliest date a source shows this wording in force, not when the
   * clause began: before it, the record says nothing (rather than "not yet in force").
   */
  fromIsEarliestRecord: z.boolean().optional(),
  to: partialDateSchema.nullable(),
  summary: z.string().min(1).max(400),
  url: httpsUrlSchema,
  sources: z.array(sourceSchema).min(1),
});

export const policyFileSchema = z.strictObject({
  id: slugSchema,
  platform: platformSchema,
  name: z.string().min(1),
  appliesTo: z.array(accountKindSchema).optional(),
  versions: z.array(policyVersionSchema).min(1),
  note: z.string().max(600).optional(),
  /** For the record's editors only (how a field was set, why a date is what it is): never shown to readers. */
  editorNote: z.string().min(1).max(600).optional(),
});

/**
 * How much of the coverage checklist (assets/coverage) the dataset holds: written by `npm run
 * data:coverage`, so that the panel can tell readers the record is not complete.
 */
export const coverageFigureSchema = z
  .strictObject({
    /** Checklist items the dataset records. */
    recorded: z.number().int().nonnegative(),
    /** Checklist items counted (all but those out of scope). */
    listed: z.number().int().positive(),
  })
  .refine((figure) => figure.recorded <= figure.listed, { message: 'recorded cannot exceed listed' });

export const datasetMetaSchema = z.strictObject({
  version: z.string().regex(/^\d+\.\d+\.\d+$/),
  date: partialDateSchema,
  changelog: httpsUrlSchema.optional(),
  coverage: coverageFigureSchema.optional(),
});

export type Source = z.infer<typeof sourceSchema>;
export type CoverageFigure = z.infer<typeof coverageFigureSchema>;
export type Platform = z.infer<typeof platformSchema>;
export type Action = z.infer<typeof actionSchema>;
export type EntityFile = z.infer<typeof entityFileSchema>;
export type AccountRecord = z.infer<typeof accountSchema>;
export type EventRecord = z.infer<typeof eventSchema>;
export type Office = z.infer<typeof officeSchema>;
export type PolicyRecord = z.infer<typeof policyFileSchema>;
export type PolicyVersion = z.infer<typeof policyVersionSchema>;
export type DatasetMeta = z.infer<typeof datasetMetaSchema>;
