/**
 * Where the project lives. Corrections are filed as issues here; the extension itself never makes
 * a network request: it only opens a prefilled https link in a new tab when the user asks.
 */
export const PROJECT_REPOSITORY = 'https://github.com/precedent-extension/precedent';
export const CHANGELOG_URL = `${PROJECT_REPOSITORY}/blob/main/CHANGELOG.md`;

export interface CorrectionTarget {
  kind: 'entity' | 'account' | 'event' | 'policy';
  id: string;
  /** What the reader sees the record as ("Ali Khamenei", "@khamenei_ir", "Permanent suspension, 8 Jan 2021"). */
  label: string;
  datasetVersion: string;
}

/** A new-issue link with the record named, so that a correction lands on the right file. */
export function correctionUrl(target: CorrectionTarget): string {
  const title = `Correction: ${target.kind} ${target.id}`;
  const body = [
    `Record: ${target.kind} \`${target.id}\` (${target.label})`,
    `Dataset version: ${target.datasetVersion}`,
    '',
    'What is wrong or missing:',
    '',
    'Source (URL, publisher, title, date):',
    '',
  ].join('\n');
  const url = new URL(`${PROJECT_REPOSITORY}/issues/new`);
  url.searchParams.set('title', title);
  url.searchParams.set('body', body);
  url.searchParams.set('labels', 'dataset');
  return url.href;
}
