/**
 * The overlay's wording, as message keys of assets/public/_locales/<locale>/messages.json, read in
 * the current language (src/i18n/current.ts). Neutral wording: what the platform did, not what to
 * think of it.
 */
import type { Platform } from '../dataset/schema';
import { ACCOUNT_KINDS, ACTIONS } from '../dataset/vocabulary';
import { fmt, i18n, labels, msg, plural, strings } from '../i18n/current';
import { isolated } from './format';

export const ACTION_LABELS = labels(ACTIONS, 'action_');
export const KIND_LABELS = labels(ACCOUNT_KINDS, 'kind_');
export const TYPE_LABELS = labels(['person', 'office', 'government-body', 'state-media', 'party'] as const, 'type_');

/** Brand names stay as they are, except X's, which readers of Persian and Arabic know in their script. */
const BRANDS: Record<Exclude<Platform, 'x'>, string> = {
  bluesky: 'Bluesky',
  mastodon: 'Mastodon',
  truthsocial: 'Truth Social',
  facebook: 'Facebook',
  instagram: 'Instagram',
  youtube: 'YouTube',
  tiktok: 'TikTok',
  threads: 'Threads',
  telegram: 'Telegram',
  wechat: 'WeChat',
  weibo: 'Weibo',
  twitch: 'Twitch',
  snapchat: 'Snapchat',
  zhihu: 'Zhihu',
};
export const PLATFORM_LABELS: Readonly<Record<Platform, string>> = Object.defineProperty({ ...BRANDS } as Record<Platform, string>, 'x', {
  get: () => i18n().t('platform_x'),
  enumerable: true,
});

export const text = strings({
  noActionsOnRecord: msg('noActionsOnRecord'),
  actionsOn: plural<[string]>('actionsOn'),
  noActionsOn: fmt<[string]>('noActionsOn'),
  actionsShort: plural('actionsShort'),
  noActionsShort: msg('noActionsShort'),
  actionsOnAllPlatforms: plural('actionsOnAllPlatforms'),
  onPlatform: fmt<[string]>('onPlatform'),
  summaryOnce: fmt<[string, string]>('summaryOnce'),
  summaryRepeated: fmt<[string, number, string]>('summaryRepeated'),
  summaryRemoved: plural('summaryRemoved'),
  summaryNotices: plural('summaryNotices'),
  summaryLabels: plural('summaryLabels'),
  summaryWithheld: plural('summaryWithheld'),
  summaryLimited: plural('summaryLimited'),
  summaryRestricted: plural('summaryRestricted'),
  summaryNoAction: plural('summaryNoAction'),
  close: msg('close'),
  copyCitation: msg('copyCitation'),
  copied: msg('copied'),
  copyFailed: msg('copyFailed'),
  formerTerm: fmt<[string, string]>('formerTerm'),
  former: msg('former'),
  showAll: plural('showAll'),
  showFewer: msg('showFewer'),
  repostedBy: msg('repostedBy'),
  claimedPrefix: msg('claimedPrefix'),
  claimedNotice: msg('claimedNotice'),
  quoted: msg('quoted'),
  badgeBefore: msg('badgeBefore'),
  badgeAfter: msg('badgeAfter'),
  panelLabel: fmt<[string]>('panelLabel'),
  accountConfirmedBy: msg('accountConfirmedBy'),
  offices: msg('offices'),
  seatServes: fmt<[string, string]>('seatServes'),
  seatOnDate: fmt<[string]>('seatOnDate'),
  seatToday: fmt<[string]>('seatToday'),
  seatNoneOnDate: msg('seatNoneOnDate'),
  seatHolders: msg('seatHolders'),
  accountChecked: fmt<[string]>('accountChecked'),
  accountNoHandle: msg('accountNoHandle'),
  entityOf: fmt<[string, string]>('entityOf'),
  enforcement: msg('enforcement'),
  noEnforcement: msg('noEnforcement'),
  recordLoading: msg('recordLoading'),
  recordUnavailable: msg('recordUnavailable'),
  otherAccounts: fmt<[string]>('otherAccounts'),
  policyCited: msg('policyCited'),
  noneStated: msg('noneStated'),
  platformSaid: msg('platformSaid'),
  disagreement: msg('disagreement'),
  sources: msg('sources'),
  undated: msg('undated'),
  clauses: msg('clauses'),
  clausesAsOf: fmt<[string]>('clausesAsOf'),
  inForceSince: fmt<[string]>('inForceSince'),
  inForceBetween: fmt<[string, string]>('inForceBetween'),
  notYetInForce: fmt<[string]>('notYetInForce'),
  unrecorded: fmt<[string]>('unrecorded'),
  onRecordSince: fmt<[string]>('onRecordSince'),
  endedBy: fmt<[string]>('endedBy'),
  readPolicy: msg('readPolicy'),
  dataset: fmt<[string, string]>('datasetVersion'),
  affectedPost: msg('affectedPost'),
  kindOn: fmt<[string, string]>('kindOn'),
  language: msg('language'),
  latestAction: fmt<[string, string, string]>('latestAction'),
  openRecord: msg('openRecord'),
  compareWith: msg('compareWith'),
  whereApplied: msg('whereApplied'),
  reportCorrection: msg('reportCorrection'),
  coverageCaveat: fmt<[number, number, number]>('coverageCaveat'),
  coverageLink: msg('coverageLink'),
  fromPacks: fmt<[string]>('fromPacks'),
  fromPack: fmt<[string]>('fromPack'),
});

/** Pack names as a list in the current language: “a.json”, “b.json” and “c.json”, each direction-isolated. */
export const packNames = (names: string[]) => i18n().list(names.map((name) => `“${isolated(name)}”`));
