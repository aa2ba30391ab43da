/**
 * The popup's wording (and what it shares with the options page), as message keys of
 * assets/public/_locales/<locale>/messages.json, read in the current language.
 */
import { fmt, i18n, msg, plural, strings } from '../i18n/current';

export const ui = strings({
  search: msg('search'),
  searchLabel: msg('searchLabel'),
  searchPlaceholder: msg('searchPlaceholder'),
  searchHint: msg('searchHint'),
  noResults: fmt<[string]>('noResults'),
  results: plural('results'),
  policies: msg('policies'),
  back: msg('back'),
  on: msg('on'),
  off: msg('off'),
  siteSwitch: fmt<[string]>('siteSwitch'),
  builtInSite: fmt<[string]>('builtInSite'),
  customSiteOn: msg('customSiteOn'),
  customSiteOff: msg('customSiteOff'),
  siteUnavailable: msg('siteUnavailable'),
  permissionRefused: msg('permissionRefused'),
  settingsFailed: fmt<[string]>('settingsFailed'),
  failuresOnTab: fmt<[string]>('failuresOnTab'),
  failuresDetails: msg('failuresDetails'),
  diagnosticsTitle: msg('diagnosticsTitle'),
  diagnosticsHint: msg('diagnosticsHint'),
  diagnosticsNone: msg('diagnosticsNone'),
  accounts: msg('accounts'),
  downloadJson: msg('downloadJson'),
  copyReport: msg('copyReport'),
  downloadDraft: msg('downloadDraft'),
  correctionHint: msg('correctionHint'),
  resultsSome: fmt<[number, number]>('resultsSome'),
  downloadCsv: msg('downloadCsv'),
  record: msg('record'),
  noRecord: msg('noRecord'),
  clausesCited: msg('clausesCited'),
  notFound: msg('notFound'),
  versions: msg('versions'),
  lens: msg('lens'),
  lensIntro: msg('lensIntro'),
  lensApplied: plural('lensApplied'),
  lensLeaders: plural('lensLeaders'),
  lensNone: msg('lensNone'),
  noActionCases: msg('noActionCases'),
  noActionNone: msg('noActionNone'),
  who: msg('who'),
  action: msg('action'),
  date: msg('date'),
  clauseFor: fmt<[string]>('clauseFor'),
  datasetLine: fmt<[string, string]>('datasetLine'),
  withPacks: plural('withPacks'),
  changelog: msg('changelog'),
  options: msg('options'),
  present: msg('present'),
  compare: msg('compare'),
  compareTitle: msg('compareTitle'),
  compareIntro: msg('compareIntro'),
  compareUnknown: fmt<[string]>('compareUnknown'),
  compareChosen: msg('compareChosen'),
  compareRemove: fmt<[string]>('compareRemove'),
  compareFull: fmt<[number]>('compareFull'),
  compareNeedTwo: msg('compareNeedTwo'),
  compareAdd: msg('compareAdd'),
  openInTab: msg('openInTab'),
  compareNothing: msg('compareNothing'),
  compareCaption: fmt<[string]>('compareCaption'),
  compareActions: msg('compareActions'),
  compareNoRule: msg('compareNoRule'),
  compareNone: msg('compareNone'),
  compareNoAccount: fmt<[string]>('compareNoAccount'),
  compareSelected: fmt<[number]>('compareSelected'),
  compareSelect: fmt<[string]>('compareSelect'),
  lensUndone: msg('lensUndone'),
  compareCsv: msg('compareCsv'),
  compareJson: msg('compareJson'),
  compareTick: msg('compareTick'),
});

/** The product's name: the same in every language. */
export const APP_NAME = 'Precedent';

/** "152 leaders and bodies · 156 accounts · 90 events" in the current language. */
export function datasetCounts(entities: number, accounts: number, events: number): string {
  const { plural: count } = i18n();
  return [count('countEntities', entities), count('countAccounts', accounts), count('countEvents', events)].join(' · ');
}
