/**
 * The overlay's English wording, in one place so that translation (_locales, issue #7) replaces
 * one module. Neutral wording: what the platform did, not what to think of it.
 */
import type { AccountKind, Action, EntityFile, Platform } from '../dataset/schema';

export const ACTION_LABELS: Record<Action, string> = {
  'post-removed': 'Post removed',
  'post-hidden-notice': 'Post hidden behind a notice',
  'post-labelled': 'Label added to post',
  'reach-limited': 'Reach limited',
  'withheld-in-country': 'Withheld in a country',
  'account-locked': 'Account locked',
  'temporary-suspension': 'Temporary suspension',
  'indefinite-suspension': 'Indefinite suspension',
  'permanent-suspension': 'Permanent suspension',
  reinstatement: 'Reinstated',
  'account-labelled': 'Account labelled',
  'account-label-removed': 'Account label removed',
  'no-action': 'No action after review',
};

export const KIND_LABELS: Record<AccountKind, string> = {
  official: 'official account',
  personal: 'personal account',
  office: 'office account',
  ministry: 'ministry account',
  embassy: 'embassy account',
  spokesperson: 'spokesperson account',
  'state-media': 'state media',
  campaign: 'campaign account',
  affiliated: 'affiliated account',
};

export const TYPE_LABELS: Record<EntityFile['type'], string> = {
  person: 'Person',
  office: 'Office',
  'government-body': 'Government body',
  'state-media': 'State media',
  party: 'Party',
};

export const PLATFORM_LABELS: Record<Platform, string> = {
  x: 'X (Twitter)',
  bluesky: 'Bluesky',
  mastodon: 'Mastodon',
  truthsocial: 'Truth Social',
  facebook: 'Facebook',
  instagram: 'Instagram',
  youtube: 'YouTube',
};

export const text = {
  actionsOnRecord: (count: number) => (count === 1 ? '1 action on record' : `${count} actions on record`),
  noActionsOnRecord: 'no actions on record',
  repostedBy: 'Reposted by',
  quoted: 'Quoted',
  badgeBefore: 'Precedent:',
  badgeAfter: '. Show the record.',
  panelLabel: (account: string) => `Precedent record for ${account}`,
  accountConfirmedBy: 'Account attributed on the strength of:',
  offices: 'Offices',
  entityOf: (type: string, country: string) => `${type} (${country})`,
  enforcement: 'Enforcement on record',
  noEnforcement: 'No enforcement actions on record for this account.',
  otherAccounts: (name: string) => `On other accounts of ${name}`,
  policyCited: 'Policy cited',
  noneStated: 'none stated',
  platformSaid: 'Platform said',
  disagreement: 'Sources disagree',
  sources: 'Sources',
  undated: 'undated page',
  clauses: 'Relevant policy clauses',
  clausesAsOf: (date: string) => `as in force on ${date}`,
  inForceSince: (date: string) => `in force since ${date}`,
  inForceBetween: (from: string, to: string) => `in force ${from} – ${to}`,
  notYetInForce: (date: string) => `not yet in force on this date (from ${date})`,
  unrecorded: (date: string) => `wording on this date not on record (earliest record: ${date}; shown below)`,
  onRecordSince: (date: string) => `on record since ${date} (earlier start not established)`,
  endedBy: (date: string) => `no longer in force on this date (ended ${date})`,
  readPolicy: 'Read the policy',
  dataset: (version: string, date: string) => `Precedent dataset ${version} · ${date}`,
  affectedPost: 'Affected post',
  kindOn: (kind: string, platform: string) => `${kind} on ${platform}`,
  language: 'language',
  latestAction: (action: string, date: string, summary: string) => `Latest: ${action}, ${date}. ${summary}`,
  openRecord: 'Open the full record',
  whereApplied: 'Where this clause was applied',
  reportCorrection: 'Report a correction',
  fromPacks: (names: string) => `Includes records from your imported ${names}, not from Precedent's reviewed dataset.`,
  packNames: (names: string[]) => (names.length === 1 ? `pack “${names[0]}”` : `packs ${names.map((name) => `“${name}”`).join(', ')}`),
  fromPack: (name: string) => `From your pack “${name}”`,
};
